### The model (slides 4-10).

## From strategy to structure: the common denominators (slide 4)

strategy-level-overall-strategy-name = Overall strategy
strategy-level-overall-strategy-question-priorities = What are the municipality's priorities?
strategy-level-overall-strategy-question-resources = What resources are needed to carry out its tasks?
strategy-level-emunicipality-strategy-name = eMunicipality strategy
strategy-level-emunicipality-strategy-question-expectations = What is expected of ICT?
strategy-level-emunicipality-strategy-question-challenges = How will ICT help to meet the challenges?
strategy-level-emunicipality-strategy-question-ict-strategy = What ICT strategy will be developed to fulfil this role?
strategy-level-ict-capacity-name = ICT capacity
strategy-level-ict-capacity-question-resources-and-expertise = What ICT resources and competence are needed to complement its role and deliver in line with the strategy?
strategy-level-ict-structure-name = ICT structure
strategy-level-ict-structure-question-structure-capacity = What is the capacity of the ICT structure (functions and roles)?
strategy-level-ict-structure-question-integration = How can this structure be integrated with other resources to develop and make the most of capacity?

## Technological capacity (slide 5)

capacity-technological-capacity-name = Technological capacity
capacity-technological-capacity-capability-stable-infrastructure = Build stable and predictable infrastructure
capacity-technological-capacity-capability-support = Provide appropriate support
capacity-technological-capacity-capability-solutions = Develop solutions and information systems that support the work and organisation of the service units
capacity-technological-capacity-capability-improvement = Improve and develop solutions and information systems

## Leadership capacity (slide 6)

capacity-leadership-capacity-name = Leadership capacity
capacity-leadership-capacity-capability-alignment = Align ICT properly with the municipality's strategy
capacity-leadership-capacity-capability-expectations = Anticipate future needs, and align and manage expectations of services
capacity-leadership-capacity-capability-support = Develop support for the development and use of ICT
capacity-leadership-capacity-capability-initiatives = Identify and prioritise ICT initiatives
capacity-leadership-capacity-capability-projects = Plan and manage ICT projects
capacity-leadership-capacity-capability-investments = Optimise investment through governance mechanisms
capacity-leadership-capacity-capability-provision = Plan and manage the provision of services and solutions at the lowest possible cost
capacity-leadership-capacity-capability-change = Plan and manage change
capacity-leadership-capacity-capability-resources = Identify, plan, develop, allocate, coordinate and manage internal and external ICT resources
capacity-leadership-capacity-capability-costs-and-benefits = Measure and monitor costs and benefits realisation
capacity-leadership-capacity-capability-risk-and-security = Control risk and security

## Using ICT is about three things (slide 7)

foundation-organisation-name = Organisation
foundation-leadership-name = Leadership
foundation-human-knowledge-name = People's competence

## Model Y: management, commissioner and supplier (slides 8-9)

supply-side-governance-name = Management
supply-side-governance-responsibility-ict-strategy = ICT strategy
supply-side-governance-responsibility-security-and-personal-data = ICT security, and overall management responsibility under the Norwegian Personal Data Act (POL). Open question: the source writes "POL???", so where this responsibility lies is not settled.
supply-side-governance-responsibility-coordination-and-prioritisation = Coordination and prioritisation (ICT HP, probably the ICT action plan; the source does not explain the abbreviation)
supply-side-governance-responsibility-infrastructure-and-platform = ICT infrastructure and technology platform
supply-side-governance-responsibility-quality-and-compliance = Quality assurance and compliance
supply-side-orderer-name = Commissioner
supply-side-orderer-responsibility-user-focus = User focus
supply-side-orderer-responsibility-requirements = User and functional requirements
supply-side-orderer-responsibility-funding = Funding
supply-side-orderer-responsibility-project-implementation = Project delivery (procurement and implementation)
supply-side-orderer-responsibility-cost-benefit = Cost/benefit and benefits realisation
supply-side-orderer-responsibility-organisational-development = Organisational development: new processes and procedures, and changes to existing ones
supply-side-orderer-responsibility-training = Training and skills development
supply-side-supplier-name = Supplier
supply-side-supplier-responsibility-operational-services = Operational and management services delivered under the service level agreement (SLA)
supply-side-supplier-responsibility-support-services = Support services, both functional and technical
supply-side-supplier-responsibility-operational-personal-data = Operational and security management responsibility under the Norwegian Personal Data Act (POL)

## Five functions (slide 10)

function-it-leadership-name = ICT leadership
function-architecture-development-name = Architecture development
function-business-development-name = Business development
function-technology-development-name = Technology development
function-supplier-management-name = Supplier management
