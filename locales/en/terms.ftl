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
