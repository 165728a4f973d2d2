### Terminology: the names of roles, forums and system categories, in their
### base form. They are used in headings and in the glossary, and as { -term }
### mid-sentence where the base form fits. Plurals are written out in the
### sentence itself, using the same words as the term.

## Roles

-municipal-decision-body = municipal decision-making body
-overall-management = overall management
-steering-group-members = members of the { -ict-steering-group }
-ict-staff = ICT staff function
-chief-executive = chief executive
-system-owner = system owner
-system-coordinator = system coordinator
-ict-coordinator = ICT coordinator
-authorised-buyer = authorised buyer
-user = user
-operations-provider = operations provider
-other-system-vendors = other system suppliers
-projects-and-consulting = projects and consultancy

## Forums

-ict-steering-group = ICT steering group
-ict-forum = ICT forum
-change-forum = change forum
-user-forum = user forum
-ikt-tinget = ICT Assembly

## System categories

-enterprise-system = enterprise system
    .plural = enterprise systems
-specialist-system = specialist system
    .plural = specialist systems
-cross-disciplinary-system = cross-disciplinary system
    .plural = cross-disciplinary systems
-business-critical-system = business-critical system
    .plural = business-critical systems
-business-system = service unit system
    .plural = service unit systems

## Concepts used across the pages (termbase/termbase.yml)

-ict = ICT
-meeting-forum = forum
-governance-forums = governance forums
-service-unit = service unit
-line-organisation = line management
-decision-authority = decision authority
-compliance = compliance
-competence = competence
-governance = management
-system-management = system management
-orderer = commissioner
-human-competence = people's competence

## Abbreviations

-sla = SLA (service level agreement)
-ict-hp = ICT HP
-bfke = BFKE
-pol = POL (Norwegian Personal Data Act)
-source-title-chief-executive = “rådmann”: the source's title for the chief executive (kommunedirektør today)
