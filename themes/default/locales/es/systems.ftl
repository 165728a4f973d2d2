# Fichas de sistema y catálogo de sistemas (español).

nav-systems = Sistemas
systems-intro = Los sistemas del municipio por categoría, con quién los posee, los administra y los opera, y qué foros los gobiernan.
label-system = Sistema
label-systems = Sistemas
label-system-owner = Propietario del sistema
label-system-coordinator = Coordinador del sistema
label-operations-provider = Operación
label-supplier = Proveedor
label-sla = Acuerdo de nivel de servicio (SLA)
label-change-forum = Comité de cambios
label-user-forum = Comité de usuarios
label-owns-systems = Es propietario de
label-coordinates-systems = Coordina
label-operates-systems = Opera
label-supplies-systems = Suministra
label-change-forum-of = Comité de cambios de
label-user-forum-of = Comité de usuarios de
system-not-stated = Sin indicar
open-question-system-field =
    { $field ->
        [owner] no está decidido quién es el propietario del sistema
        [coordinator] no está decidido quién coordina el sistema
        [operations-provider] no está decidido quién opera el sistema
        [supplier] no está decidido quién suministra el sistema
        [sla] no está decidido el acuerdo de nivel de servicio
        [change-forum] no está decidido qué comité de cambios gobierna el sistema
       *[user-forum] no está decidido qué comité de usuarios gobierna el sistema
    }
