### Roles and role groups (slides 11-17).

## Role groups

role-group-management-name = Management
role-group-management-summary = Sets the framework for ICT and makes sure it is complied with.
role-group-ordering-name = Commissioning
role-group-ordering-summary = The user at the centre.
role-group-suppliers-name = Suppliers
role-group-suppliers-summary = The operations provider and the system suppliers.

## Municipal decision-making body (slide 11)

role-municipal-decision-body-summary = The municipality's overall decision-making body.
role-municipal-decision-body-held-by = Whichever role the municipality's structure of authority requires
role-municipal-decision-body-note-one-line = The source describes this role in this one line (slide 11): the municipality's overall decision-making body, as its structure of authority determines. It gives the role no place in the forums and does not say which matters reach it from the { -ict-steering-group }; that is an open question.

## Overall management (slide 11)

role-overall-management-summary = Responsible for the overall strategy, the security architecture, policies and monitoring compliance in the municipality's ICT area.
role-overall-management-note-one-line = The source describes this role in this one line (slide 11) and makes the { -chief-executive } accountable for it. Slide 14 describes the { -chief-executive }'s management role in full (policy areas, main tasks and responsibilities), and the { -chief-executive } chairs the { -ict-steering-group } (slide 19).

## Members of the ICT steering group (slide 11)

role-steering-group-members-summary = As the { -ict-steering-group }, they form the highest body for decisions and priorities on ICT.
role-steering-group-members-note-one-line = The source describes this role in this one line (slide 11). Slide 19 says who the members are: the chief executives of the municipalities, or whoever acts in their place. They meet in the { -ict-steering-group } monthly and when needed, and they take part in the { -ikt-tinget } (slide 23).

## ICT staff function (slide 11)

role-ict-staff-summary = Prepares matters for decision by the { -chief-executive }, and is responsible for operational plans and for following up the ICT strategy, security, architecture and coordination.
role-ict-staff-responsibility-case-preparation = Prepare matters for decision by the { -chief-executive }
role-ict-staff-responsibility-operational-plans = Operational plans, and following up the ICT strategy, security, architecture and coordination
role-ict-staff-note-bfke = In the source, the operational plans appear under the abbreviation "BFKE", which it does not explain.

## Chief executive: the management role (slide 14)

role-chief-executive-summary = Holds the management role for ICT: sets requirements and policy, and is ultimately responsible for the ICT strategy.
role-chief-executive-policy-area-architecture-and-infrastructure = The municipality's ICT architecture and infrastructure
role-chief-executive-policy-area-guidelines-and-standards = Guidelines and standards
role-chief-executive-policy-area-prioritisation-and-coordination = Prioritisation and coordination of the municipality's ICT initiatives (ICT HP: not explained in the source, probably the ICT action plan)
role-chief-executive-policy-area-security-quality-projects = Information security, quality control and project management
role-chief-executive-task-prioritisation = Give direction on, and oversee, how ICT activities are prioritised
role-chief-executive-task-strategy = Overall management of ICT and setting the overall ICT strategy
role-chief-executive-task-information-security = Overall responsibility for information security, and for providing what security needs
role-chief-executive-task-architecture-requirements = Set requirements and policy for architecture and infrastructure
role-chief-executive-task-costs = Monitor total ICT costs
role-chief-executive-task-duties = Make sure that everyone involved carries out the duties and responsibilities assigned to them
role-chief-executive-task-steering-group = Chair the { -ict-steering-group }
role-chief-executive-task-ordering-policy = Management responsibility for how the municipality commissions ICT
role-chief-executive-task-operations-contract = Contractual responsibility towards the { -operations-provider }
role-chief-executive-responsibility-strategic-planning = The role covers the overall strategic planning of ICT, and the coordination and management needed to follow up ICT activity in the municipality
role-chief-executive-responsibility-investment = Responsible for coordinating ICT investment at an overall, strategic level
role-chief-executive-responsibility-coordinated-strategy = Responsible for developing a coordinated ICT strategy for the organisation and its priorities
role-chief-executive-responsibility-personal-data = Responsible for ensuring that personal data is properly protected when it is processed in the municipality's systems, including by external data processors
role-chief-executive-note-policy-areas = In these policy areas, the role sets the requirements and the policy.

## System owner: the commissioning role (slides 12, 15 and 16)

role-system-owner-summary = Responsible for clarifying needs, decisions on purchasing and development, funding, system management and training, benefits realisation, dealings with suppliers, contract management, support, processing and so on.
role-system-owner-responsibility-tools-for-users = Make sure users have the tools they need
role-system-owner-responsibility-purchase-and-phase-out = Decide on the purchase, management and phasing out of system solutions
role-system-owner-responsibility-legal-compliance = Make sure the solution complies with legislation and regulations in general, and with data protection law in particular
role-system-owner-responsibility-security-standards = Set the standards for the security solution according to the level of security required
role-system-owner-responsibility-functionality-and-quality = Set requirements for functionality and quality, and check that the system continues to meet them
role-system-owner-responsibility-training = Make sure the necessary training in using the system is provided, including granting special privileges (super users)
role-system-owner-responsibility-benefits = Make sure that introducing and using the system delivers benefits
role-system-owner-responsibility-agreements-and-budget = Agreements for running the system (licences, maintenance), and responsibility for funding it within the budget
role-system-owner-competency-business-processes = The business processes the system supports
role-system-owner-competency-user-needs = Users' needs
role-system-owner-competency-system-potential = The system and what it can be used for
role-system-owner-competency-laws-and-regulations = Relevant legislation and regulations
role-system-owner-competency-benefits-realisation = Benefits realisation
role-system-owner-competency-project-implementation = Project delivery
role-system-owner-success-factor-management-model = An agreed management model
    .detail = It is for the { -system-owner } to decide between managing the system in-house, managing it jointly with other municipal bodies, or outsourcing its management to one or more suppliers.
role-system-owner-success-factor-right-sized-administration = A right-sized management organisation
    .detail = Getting the size of the management organisation right matters most for shared systems and for sector systems, that is, systems used across several service units.
role-system-owner-success-factor-prioritisation = Prioritisation
    .detail = The { -system-owner } must handle conflicting interests among users, resolve them and communicate the outcome unambiguously.
role-system-owner-success-factor-escalation = Escalation
    .detail = In the event of disagreement or similar, the escalation point for enterprise systems is the { -ict-steering-group }. For specialist systems, escalation goes through normal line management.
role-system-owner-success-factor-leader-level = Placed at management level
    .detail = The placement follows the process the system supports: the { -system-owner } must sit at management level for service unit systems and at director level for enterprise systems.
role-system-owner-note-experience = It is important that the role is held by someone with enough experience in the areas of competence listed.
role-system-owner-note-key-ordering-role = One of the most important commissioning roles lies with the system owners. It is essential to make sure the { -system-owner } is able to carry out their responsibilities properly.
role-system-owner-note-professional-ordering = Professional commissioners make for professional suppliers.
role-system-owner-note-value-chain = Responsibility for the strategic activities in the value chain lies with system owners.
role-system-owner-note-dialogue = The { -system-owner } is responsible for coordination and dialogue with users and with system and operations suppliers.
role-system-owner-note-process-owner = The { -system-owner } owns the process that the system solution supports.
role-system-owner-note-data-controller = For data protection purposes, system owners act as data controllers.
role-system-owner-note-benefits = The { -system-owner } is responsible for benefits realisation.
role-system-owner-note-good-ownership = The critical success factors are put into practice through good system ownership.

## System coordinator (slide 12)

role-system-coordinator-summary = Handles operational management on behalf of the { -system-owner }.
role-system-coordinator-note-one-line = The source describes this role in this one line (slide 12). The system coordinator acts on behalf of the { -system-owner }, who chairs the system's { -change-forum } and { -user-forum } and escalates disagreements.

## ICT coordinator (slide 12)

role-ict-coordinator-summary = Coordinates the system owners and makes sure the needs of each { -service-unit } are met in how its systems are managed.
role-ict-coordinator-note-one-line = The source describes this role in this one line (slide 12) and gives it no fixed place in the forums; the system owners it coordinates meet in the { -ict-forum }.

## Authorised buyer (slide 12)

role-authorised-buyer-summary = Places the day-to-day orders for standard products and services.
role-authorised-buyer-note-one-line = The source describes this role in this one line (slide 12) and gives it no place in the forums.

## User (slide 12)

role-user-summary = Anyone who uses ICT as a tool to carry out the work the municipality does for its residents.
role-user-note-one-line = The source describes this role in this one line (slide 12). Users have their say in the { -change-forum } and the { -user-forum } of the systems they use.

## Operations provider: the supplier role (slides 13 and 17)

role-operations-provider-summary = Has overall operational responsibility under the service level agreement (SLA), runs applications, and coordinates the supply chain with other suppliers, supporting technologies and infrastructure.
role-operations-provider-held-by = The operations unit
role-operations-provider-task-efficient-operation = Ensure efficient, economical and stable operations
role-operations-provider-task-coordinate-operations = Coordinate the main operational tasks in the municipality
role-operations-provider-responsibility-overall-operation = Overall operational responsibility in line with the SLA
role-operations-provider-responsibility-operating-agreements = Enter into agreements for running systems and monitor SLA requirements with external operations providers
role-operations-provider-responsibility-application-operation = Application management, including understanding the installations, upgrades and other changes needed
role-operations-provider-responsibility-phasing-in = Phase changes into operation and coordinate them with the system owners, system suppliers and external operations providers
role-operations-provider-responsibility-supplier-coordination = Coordinate deliveries from several external suppliers
role-operations-provider-responsibility-communication = Communication with the system owners
role-operations-provider-competency-expertise = The role needs enough specialist competence

## Other system suppliers (slide 13)

role-other-system-vendors-summary = Deliver according to the commitments they have made.
role-other-system-vendors-held-by = The suppliers
role-other-system-vendors-note-one-line = The source describes this role in this one line (slide 13) and does not say which commitments are meant. Relevant ICT suppliers take part in the { -ikt-tinget } (slide 23), and the { -operations-provider } coordinates deliveries from several external suppliers (slide 17).

## Projects and consultancy (slide 13)

role-projects-and-consulting-summary = Provides project management, consultancy and support to the municipality's service units.
role-projects-and-consulting-note-one-line = The source describes this role in this one line (slide 13). It does not say who fills the role, and gives it no place in the forums; both are open questions.
