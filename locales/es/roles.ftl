### Roles y grupos de roles (diapositivas 11-17).

## Grupos de roles

role-group-management-name = Dirección
role-group-management-summary = Fija el marco del ámbito TIC y vela por su cumplimiento.
role-group-ordering-name = Cliente interno
role-group-ordering-summary = El usuario en el centro.
role-group-suppliers-name = Proveedores
role-group-suppliers-summary = El proveedor de operaciones y los proveedores de sistemas.

## Órgano municipal de decisión (diapositiva 11)

role-municipal-decision-body-summary = Órgano superior de toma de decisiones del municipio.
role-municipal-decision-body-held-by = El órgano que determine la estructura de autoridad del municipio
role-municipal-decision-body-note-one-line = La fuente describe este rol en una sola línea (diapositiva 11): el órgano superior de decisión del municipio, el que determine su estructura de autoridad. No le da ningún puesto en los foros ni dice qué asuntos le llegan desde el { -ict-steering-group }; es una cuestión abierta.

## Dirección general (diapositiva 11)

role-overall-management-summary = Es responsable de la estrategia global, la arquitectura de seguridad, las políticas y el seguimiento de su cumplimiento en el ámbito TIC del municipio.
role-overall-management-note-one-line = La fuente describe este rol en una sola línea (diapositiva 11) y lo atribuye al { -chief-executive }. La diapositiva 14 describe en detalle el rol de dirección del { -chief-executive } (ámbitos de política, tareas principales y responsabilidades), y el { -chief-executive } preside el { -ict-steering-group } (diapositiva 19).

## Miembros del grupo de dirección TIC (diapositiva 11)

role-steering-group-members-summary = Como { -ict-steering-group }, forman el órgano superior encargado de tomar las decisiones y fijar las prioridades en materia de TIC.
role-steering-group-members-note-one-line = La fuente describe este rol en una sola línea (diapositiva 11). La diapositiva 19 dice quiénes son los miembros: los gerentes municipales de los municipios, o quien actúe en su lugar. Se reúnen en el { -ict-steering-group } una vez al mes y cuando es necesario, y participan en la { -ikt-tinget } (diapositiva 23).

## Unidad de apoyo TIC (diapositiva 11)

role-ict-staff-summary = Prepara los asuntos que debe resolver el { -chief-executive } y se encarga de los planes operativos y del seguimiento de la estrategia TIC, la seguridad, la arquitectura y la coordinación.
role-ict-staff-responsibility-case-preparation = Preparar los asuntos que debe resolver el { -chief-executive }
role-ict-staff-responsibility-operational-plans = Planes operativos y seguimiento de la estrategia TIC, la seguridad, la arquitectura y la coordinación
role-ict-staff-note-bfke = En la fuente, los planes operativos figuran bajo la abreviatura «BFKE», que no se explica.

## Gerente municipal: el rol de dirección (diapositiva 14)

role-chief-executive-summary = Dirige el ámbito TIC: define los requisitos, fija las políticas y responde de la estrategia TIC en su conjunto.
role-chief-executive-policy-area-architecture-and-infrastructure = Arquitectura e infraestructura TIC del municipio
role-chief-executive-policy-area-guidelines-and-standards = Guías y estándares
role-chief-executive-policy-area-prioritisation-and-coordination = Priorización y coordinación de las iniciativas TIC municipales (TIC HP: abreviatura que la fuente no explica, probablemente el plan de acción TIC)
role-chief-executive-policy-area-security-quality-projects = Seguridad de la información, control de calidad y gestión de proyectos
role-chief-executive-task-prioritisation = Orientar y controlar la priorización de las actividades TIC
role-chief-executive-task-strategy = Dirigir las TIC en su conjunto y fijar la estrategia TIC global
role-chief-executive-task-information-security = Responder en última instancia de la seguridad de la información y facilitar los medios para garantizarla
role-chief-executive-task-architecture-requirements = Definir requisitos y políticas de arquitectura e infraestructura
role-chief-executive-task-costs = Hacer el seguimiento de los costes totales de las TIC
role-chief-executive-task-duties = Asegurarse de que los actores implicados cumplen los deberes y responsabilidades que tienen asignados
role-chief-executive-task-steering-group = Presidir el { -ict-steering-group }
role-chief-executive-task-ordering-policy = Responsabilidad directiva sobre la política con la que el municipio encarga soluciones y servicios TIC
role-chief-executive-task-operations-contract = Responsabilidad contractual frente al { -operations-provider }
role-chief-executive-responsibility-strategic-planning = El rol abarca la planificación estratégica global de las TIC y la coordinación y la dirección necesarias para hacer el seguimiento de las actividades TIC del municipio
role-chief-executive-responsibility-investment = Responsable de coordinar la inversión en TIC a nivel global y estratégico
role-chief-executive-responsibility-coordinated-strategy = Responsable de desarrollar una estrategia TIC coordinada para la organización y sus prioridades
role-chief-executive-responsibility-personal-data = Responsable de garantizar que los datos personales estén debidamente protegidos en su tratamiento en los sistemas municipales, también frente a los encargados del tratamiento externos
role-chief-executive-note-policy-areas = En estos ámbitos, el rol define los requisitos y fija las políticas.

## Propietario del sistema: el rol de cliente interno (diapositivas 12, 15 y 16)

role-system-owner-summary = Es responsable de la aclaración de necesidades, las decisiones de compra y desarrollo, la financiación, la gestión y la formación, la obtención de beneficios, la relación con los proveedores, la gestión de contratos, el soporte, el tratamiento, etc.
role-system-owner-responsibility-tools-for-users = Garantizar que los usuarios disponen de las herramientas que necesitan
role-system-owner-responsibility-purchase-and-phase-out = Decidir la compra, la gestión y la retirada progresiva de las soluciones
role-system-owner-responsibility-legal-compliance = Asegurar que la solución cumple las leyes y normas en general y, en particular, la Ley de Protección de Datos
role-system-owner-responsibility-security-standards = Fijar los estándares de la solución de seguridad en función del nivel de seguridad deseado
role-system-owner-responsibility-functionality-and-quality = Fijar los requisitos de funcionalidad y calidad y comprobar que el sistema los sigue cumpliendo
role-system-owner-responsibility-training = Asegurar la formación necesaria en el uso del sistema, incluida la asignación de privilegios especiales (superusuarios)
role-system-owner-responsibility-benefits = Asegurar la obtención de beneficios con la implantación y el uso del sistema
role-system-owner-responsibility-agreements-and-budget = Acuerdos de gestión del sistema (licencias, mantenimiento) y responsabilidad de la cobertura presupuestaria
role-system-owner-competency-business-processes = Los procesos de trabajo a los que da soporte el sistema
role-system-owner-competency-user-needs = Las necesidades de los usuarios
role-system-owner-competency-system-potential = El sistema y sus posibilidades de uso
role-system-owner-competency-laws-and-regulations = Las leyes y normas aplicables
role-system-owner-competency-benefits-realisation = La obtención de beneficios
role-system-owner-competency-project-implementation = La ejecución de proyectos
role-system-owner-success-factor-management-model = Modelo de gestión definido
    .detail = Es el propio { -system-owner } quien debe decidir entre la gestión propia, la gestión compartida con otros actores municipales o la gestión externalizada en uno o varios proveedores.
role-system-owner-success-factor-right-sized-administration = Estructura de gestión bien dimensionada
    .detail = Dimensionar bien la estructura de gestión es especialmente importante en los sistemas comunes y en los sistemas sectoriales, es decir, los que se utilizan en varias unidades.
role-system-owner-success-factor-prioritisation = Priorización
    .detail = El { -system-owner } debe gestionar, resolver y comunicar sin ambigüedad los intereses contrapuestos de los usuarios.
role-system-owner-success-factor-escalation = Escalado
    .detail = En caso de desacuerdo u otras situaciones similares, el punto de escalado para los sistemas corporativos es el { -ict-steering-group }. En los sistemas especializados, el escalado se hace por la línea jerárquica ordinaria.
role-system-owner-success-factor-leader-level = Ubicación en un nivel directivo
    .detail = La ubicación debe vincularse al proceso al que da soporte el sistema: el { -system-owner } debe situarse en un nivel directivo en los sistemas de unidad y en el nivel de director de área en los sistemas corporativos.
role-system-owner-note-experience = Es importante que este rol lo ejerza alguien con experiencia suficiente en los ámbitos de competencia indicados.
role-system-owner-note-key-ordering-role = Los propietarios de los sistemas ejercen uno de los roles más importantes del cliente interno. Es fundamental asegurar que el { -system-owner } puede asumir debidamente sus responsabilidades.
role-system-owner-note-professional-ordering = Un cliente interno profesional consigue proveedores profesionales.
role-system-owner-note-value-chain = Los propietarios de los sistemas son responsables de las actividades estratégicas de la cadena de valor.
role-system-owner-note-dialogue = El { -system-owner } se encarga de coordinar y mantener el diálogo con los usuarios y con los proveedores de sistemas y de operaciones.
role-system-owner-note-process-owner = El { -system-owner } es el propietario del proceso al que da soporte la solución.
role-system-owner-note-data-controller = En materia de protección de datos, los propietarios de los sistemas actúan como responsables del tratamiento.
role-system-owner-note-benefits = El { -system-owner } es responsable de la obtención de beneficios.
role-system-owner-note-good-ownership = Los factores críticos de éxito se hacen realidad mediante un buen ejercicio del rol de { -system-owner }.

## Coordinador del sistema (diapositiva 12)

role-system-coordinator-summary = Se encarga de la gestión operativa en representación del { -system-owner }.
role-system-coordinator-note-one-line = La fuente describe este rol en una sola línea (diapositiva 12). El coordinador actúa en nombre del { -system-owner }, que preside el { -change-forum } y el { -user-forum } del sistema y eleva los desacuerdos.

## Coordinador TIC (diapositiva 12)

role-ict-coordinator-summary = Coordina a los propietarios de los sistemas y vela por que la gestión de los sistemas atienda las necesidades de cada { -service-unit }.
role-ict-coordinator-note-one-line = La fuente describe este rol en una sola línea (diapositiva 12) y no le da un puesto fijo en los foros; los propietarios de los sistemas a los que coordina se reúnen en el { -ict-forum }.

## Comprador autorizado (diapositiva 12)

role-authorised-buyer-summary = Realiza los pedidos diarios de productos y servicios estándar.
role-authorised-buyer-note-one-line = La fuente describe este rol en una sola línea (diapositiva 12) y no le da ningún puesto en los foros.

## Usuario (diapositiva 12)

role-user-summary = Cualquier persona que utiliza las TIC como herramienta en el trabajo que el municipio realiza para sus habitantes.
role-user-note-one-line = La fuente describe este rol en una sola línea (diapositiva 12). Los usuarios participan en el { -change-forum } y el { -user-forum } de los sistemas que utilizan.

## Proveedor de operaciones: el rol de proveedor (diapositivas 13 y 17)

role-operations-provider-summary = Tiene la responsabilidad global de la operación conforme al acuerdo de nivel de servicio (SLA), se encarga de la operación de las aplicaciones y coordina la cadena de suministro con los demás proveedores, las tecnologías y la infraestructura de soporte.
role-operations-provider-held-by = La unidad de operaciones
role-operations-provider-task-efficient-operation = Garantizar un funcionamiento eficiente, económico y estable
role-operations-provider-task-coordinate-operations = Coordinar las principales tareas de operación del municipio
role-operations-provider-responsibility-overall-operation = Responsabilidad operativa global de acuerdo con el SLA
role-operations-provider-responsibility-operating-agreements = Suscribir acuerdos de operación de sistemas y hacer el seguimiento de los requisitos del SLA frente a los proveedores de operaciones externos
role-operations-provider-responsibility-application-operation = Operación de aplicaciones, lo que incluye conocer las instalaciones, actualizaciones y demás cambios necesarios
role-operations-provider-responsibility-phasing-in = Incorporar los cambios a la operación y coordinarlos con los propietarios de los sistemas, los proveedores de sistemas y los proveedores de operaciones externos
role-operations-provider-responsibility-supplier-coordination = Coordinar las entregas de varios proveedores externos
role-operations-provider-responsibility-communication = Comunicación con los propietarios de los sistemas
role-operations-provider-competency-expertise = El rol requiere suficientes competencias técnicas

## Otros proveedores de sistemas (diapositiva 13)

role-other-system-vendors-summary = Suministran de acuerdo con los compromisos adquiridos.
role-other-system-vendors-held-by = Los proveedores
role-other-system-vendors-note-one-line = La fuente describe este rol en una sola línea (diapositiva 13) y no precisa de qué compromisos se trata. Los proveedores TIC pertinentes participan en la { -ikt-tinget } (diapositiva 23), y el { -operations-provider } coordina las entregas de varios proveedores externos (diapositiva 17).

## Proyectos y consultoría (diapositiva 13)

role-projects-and-consulting-summary = Se encarga de la dirección de proyectos, la consultoría y la asistencia a las unidades del municipio.
role-projects-and-consulting-note-one-line = La fuente describe este rol en una sola línea (diapositiva 13). No dice quién lo desempeña ni le da ningún puesto en los foros; ambas cosas quedan abiertas.
