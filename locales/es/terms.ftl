### Terminología: nombres de roles, foros y categorías de sistemas, en su
### forma básica. Se usan en títulos y en el glosario, y con { -term } en
### medio de una frase cuando encaja la forma básica. El plural se escribe
### en la propia frase, con las mismas palabras que el término.

## Roles

-municipal-decision-body = órgano municipal de decisión
-overall-management = gestión global
-steering-group-members = miembros del { -ict-steering-group }
-ict-staff = staff TIC
-chief-executive = gestor del municipio
-system-owner = propietario del sistema
-system-coordinator = coordinador del sistema
-ict-coordinator = coordinador TIC
-authorised-buyer = comprador autorizado
-user = usuario
-operations-provider = proveedor de operaciones
-other-system-vendors = otros proveedores de sistemas
-projects-and-consulting = proyectos y consultoría

## Foros

-ict-steering-group = grupo de dirección de TICs
-ict-forum = foro TICs
-change-forum = comité de cambios
-user-forum = comité de usuarios
-ikt-tinget = Ayuntamiento TIC

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
