### Terminología: nombres de roles, foros y categorías de sistemas, en su
### forma básica. Se usan en títulos y en el glosario, y con { -term } en
### medio de una frase cuando encaja la forma básica. El plural se escribe
### en la propia frase, con las mismas palabras que el término.

## Roles

-municipal-decision-body = órgano municipal de decisión
-overall-management = dirección general
-steering-group-members = miembros del { -ict-steering-group }
-ict-staff = unidad de apoyo TIC
# En noruego kommunedirektør (rådmann en la fuente): quien dirige la administración
# municipal por nombramiento, no el alcalde.
-chief-executive = gerente municipal
-system-owner = propietario del sistema
-system-coordinator = coordinador del sistema
-ict-coordinator = coordinador TIC
-authorised-buyer = comprador autorizado
-user = usuario
-operations-provider = proveedor de operaciones
-other-system-vendors = otros proveedores de sistemas
-projects-and-consulting = proyectos y consultoría

## Foros

-ict-steering-group = grupo de dirección TIC
-ict-forum = foro TIC
-change-forum = comité de cambios
-user-forum = comité de usuarios
# IKT-tinget: encuentro anual (una o dos veces al año) sin poder de decisión.
-ikt-tinget = Jornada TIC

## Categorías de sistemas

-enterprise-system = sistema corporativo
    .plural = sistemas corporativos
-specialist-system = sistema especializado
    .plural = sistemas especializados
-cross-disciplinary-system = sistema transversal
    .plural = sistemas transversales
-business-critical-system = sistema crítico para el servicio
    .plural = sistemas críticos para el servicio
-business-system = sistema de unidad
    .plural = sistemas de unidad

## Conceptos comunes a todas las páginas (termbase/termbase.yml)

-ict = TIC
-meeting-forum = foro de reunión
-governance-forums = foros de gobierno
-service-unit = unidad
-line-organisation = línea jerárquica
-decision-authority = autoridad de decisión
-compliance = cumplimiento
-competence = competencias
-governance = dirección
-system-management = gestión
-orderer = cliente interno
-human-competence = conocimiento de las personas

## Abreviaturas

-sla = SLA (acuerdo de nivel de servicio)
-ict-hp = TIC HP
-bfke = BFKE
-pol = POL (ley noruega de datos personales)
-source-title-chief-executive = «rådmann»: título de la fuente para el gerente municipal (hoy kommunedirektør)
