### El modelo (diapositivas 4-10).

## De la estrategia a la estructura: los denominadores comunes (diapositiva 4)

strategy-level-overall-strategy-name = Estrategia global
strategy-level-overall-strategy-question-priorities = ¿Cuáles son las prioridades del municipio?
strategy-level-overall-strategy-question-resources = ¿Qué recursos se necesitan para resolver las tareas?
strategy-level-emunicipality-strategy-name = Estrategia de administración electrónica
strategy-level-emunicipality-strategy-question-expectations = ¿Qué se espera de las TIC?
strategy-level-emunicipality-strategy-question-challenges = ¿Cómo ayudarán las TIC a resolver los retos?
strategy-level-emunicipality-strategy-question-ict-strategy = ¿Qué estrategia TIC se desarrollará para cumplir este papel?
strategy-level-ict-capacity-name = Capacidad TIC
strategy-level-ict-capacity-question-resources-and-expertise = ¿Qué recursos y qué experiencia en TIC se necesitan para complementar su papel y responder de acuerdo con la estrategia?
strategy-level-ict-structure-name = Estructura TIC
strategy-level-ict-structure-question-structure-capacity = ¿Cuál es la capacidad de la estructura TIC (funciones y roles)?
strategy-level-ict-structure-question-integration = ¿Cómo integrar esta estructura con otros recursos para desarrollar y optimizar las capacidades?

## Capacidad tecnológica (diapositiva 5)

capacity-technological-capacity-name = Capacidad tecnológica
capacity-technological-capacity-capability-stable-infrastructure = Crear una infraestructura estable y previsible
capacity-technological-capacity-capability-support = Proporcionar el soporte adecuado
capacity-technological-capacity-capability-solutions = Desarrollar soluciones y sistemas de información que den soporte al trabajo y a la organización de las unidades
capacity-technological-capacity-capability-improvement = Mejorar y desarrollar soluciones y sistemas de información

## Capacidad de liderazgo (diapositiva 6)

capacity-leadership-capacity-name = Capacidad de liderazgo
capacity-leadership-capacity-capability-alignment = Lograr una buena alineación entre las TIC y la estrategia municipal
capacity-leadership-capacity-capability-expectations = Anticipar las necesidades futuras y alinear y gestionar las expectativas sobre los servicios
capacity-leadership-capacity-capability-support = Crear los apoyos necesarios para desarrollar y usar las TIC
capacity-leadership-capacity-capability-initiatives = Identificar y priorizar las iniciativas TIC
capacity-leadership-capacity-capability-projects = Planificar y gestionar los proyectos TIC
capacity-leadership-capacity-capability-investments = Optimizar las inversiones mediante mecanismos de gobernanza
capacity-leadership-capacity-capability-provision = Planificar y gestionar la prestación de servicios y soluciones al menor coste posible
capacity-leadership-capacity-capability-change = Planificar y gestionar el cambio
capacity-leadership-capacity-capability-resources = Identificar, planificar, desarrollar, reservar, coordinar y gestionar los recursos TIC internos y externos
capacity-leadership-capacity-capability-costs-and-benefits = Medir y hacer el seguimiento de los costes y de la obtención de beneficios
capacity-leadership-capacity-capability-risk-and-security = Controlar los riesgos y la seguridad

## El uso de las TIC depende de tres cosas (diapositiva 7)

foundation-organisation-name = Organización
foundation-leadership-name = Liderazgo
foundation-human-knowledge-name = Conocimiento de las personas

## El modelo Y: dirección, cliente interno y proveedor (diapositivas 8-9)

supply-side-governance-name = Dirección
supply-side-governance-responsibility-ict-strategy = Estrategia TIC
supply-side-governance-responsibility-security-and-personal-data = Seguridad TIC y responsabilidad directiva global conforme a la ley noruega de datos personales (POL). Cuestión abierta: la fuente pone «POL???», así que no está decidido dónde recae esta responsabilidad.
supply-side-governance-responsibility-coordination-and-prioritisation = Coordinación y priorización (TIC HP, probablemente el plan de acción TIC; la fuente no explica la abreviatura)
supply-side-governance-responsibility-infrastructure-and-platform = Infraestructura TIC y plataforma tecnológica
supply-side-governance-responsibility-quality-and-compliance = Aseguramiento de la calidad y cumplimiento
supply-side-orderer-name = Cliente interno
supply-side-orderer-responsibility-user-focus = Enfoque en el usuario
supply-side-orderer-responsibility-requirements = Requisitos de usuario y requisitos funcionales
supply-side-orderer-responsibility-funding = Financiación
supply-side-orderer-responsibility-project-implementation = Ejecución de proyectos (contratación pública e implantación)
supply-side-orderer-responsibility-cost-benefit = Coste/beneficio y obtención de beneficios
supply-side-orderer-responsibility-organisational-development = Desarrollo organizativo: procesos y procedimientos nuevos y ajuste de los existentes
supply-side-orderer-responsibility-training = Formación y capacitación
supply-side-supplier-name = Proveedor
supply-side-supplier-responsibility-operational-services = Prestación de servicios de operación y gestión conforme al acuerdo de nivel de servicio (SLA)
supply-side-supplier-responsibility-support-services = Prestación de servicios de soporte, funcional y técnico
supply-side-supplier-responsibility-operational-personal-data = Responsabilidad operativa y de seguridad conforme a la ley noruega de datos personales (POL)

## Cinco funciones (diapositiva 10)

function-it-leadership-name = Dirección de las TIC
function-architecture-development-name = Desarrollo de la arquitectura
function-business-development-name = Desarrollo del negocio
function-technology-development-name = Desarrollo tecnológico
function-supplier-management-name = Gestión de proveedores
