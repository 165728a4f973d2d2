### Los sistemas de Eksempel kommune (un ejemplo ficticio).

## Sistemas corporativos

system-case-archive-name = Expedientes y archivo
system-case-archive-summary = Tramitación, registro y archivo de los expedientes y documentos del municipio.
system-case-archive-owner-holder = El equipo del director municipal, a través del jefe de gabinete
system-case-archive-coordinator-holder = El centro de documentación, a través de la responsable de archivo
system-case-archive-supplier = Proveedor A (ficticio)

system-finance-name = Economía
system-finance-summary = Contabilidad, presupuesto, tramitación de facturas y compras de todo el municipio.
system-finance-owner-holder = La directora económica
system-finance-coordinator-holder = El departamento económico, a través del jefe de contabilidad
system-finance-supplier = Proveedor B (ficticio)

system-payroll-hr-name = Nóminas y personal
system-payroll-hr-summary = Nóminas, datos del personal, ausencias y turnos de toda la plantilla.
system-payroll-hr-owner-holder = La directora de recursos humanos
system-payroll-hr-coordinator-holder = El departamento de nóminas, a través de su responsable
system-payroll-hr-supplier = Proveedor B (ficticio)

system-identity-access-name = Identidad y acceso
system-identity-access-summary = Cuentas de usuario, inicio de sesión y control de acceso a los sistemas del municipio.
system-identity-access-owner-holder = El director de TIC
system-identity-access-coordinator-holder = La unidad de operaciones TIC, a través del responsable de seguridad
system-intranet-name = Intranet
system-intranet-summary = El sitio web interno del municipio, con noticias, procedimientos y manuales para la plantilla.
system-intranet-owner-holder = La directora de comunicación
system-intranet-coordinator-holder = El departamento de comunicación, a través del editor web
system-intranet-supplier = Proveedor C (ficticio)

## Sistemas transversales

system-document-management-name = Gestión documental y colaboración
system-document-management-summary = Espacios comunes para documentos, plantillas y trabajo conjunto entre las unidades.
system-document-management-owner-holder = El equipo del director municipal, a través del jefe de gabinete
system-document-management-coordinator-holder = El centro de documentación, a través de la responsable de archivo
system-document-management-supplier = Proveedor C (ficticio)

system-gis-maps-name = Cartografía y datos geográficos
system-gis-maps-summary = Cartografía base, datos catastrales y mapas temáticos para urbanismo, obras, servicios técnicos y emergencias.
system-gis-maps-owner-holder = El director de desarrollo local
system-gis-maps-coordinator-holder = El departamento de topografía, a través del coordinador SIG
system-gis-maps-supplier = Proveedor D (ficticio)

## Sistemas críticos para el negocio

system-health-records-name = Historia clínica electrónica (HCE)
system-health-records-summary = Historias clínicas de la atención domiciliaria, las residencias, el centro de salud infantil y las urgencias.
system-health-records-owner-holder = La directora de salud y asistencia
system-health-records-coordinator-holder = La unidad de salud y asistencia, a través de la coordinadora de la HCE
system-health-records-supplier = Proveedor E (ficticio)

system-school-admin-name = Administración escolar
system-school-admin-summary = Datos del alumnado, horarios, ausencias, evaluación y contacto con las familias en la enseñanza obligatoria.
system-school-admin-owner-holder = El director de educación
system-school-admin-coordinator-holder = La oficina de educación, a través de la asesora escolar
system-school-admin-supplier = Proveedor F (ficticio)

## Sistemas especializados

system-kindergarten-name = Gestión de escuelas infantiles
system-kindergarten-summary = Admisiones, plazas, cuotas de las familias y contacto con ellas en las escuelas infantiles municipales.
system-kindergarten-owner-holder = La jefa de escuelas infantiles
system-kindergarten-coordinator-holder = La oficina de educación, a través del técnico de escuelas infantiles
system-kindergarten-supplier = Proveedor F (ficticio)

system-building-permits-name = Licencias de obra
system-building-permits-summary = Solicitudes de licencia de obra, su tramitación y los certificados de final de obra.
system-building-permits-owner-holder = El jefe de licencias de obra
system-building-permits-coordinator-holder = El departamento de licencias, a través de la coordinadora técnica
system-building-permits-supplier = Proveedor D (ficticio)

system-welfare-technology-name = Tecnología asistencial
system-welfare-technology-summary = Teleasistencia digital, dispensadores de medicamentos y sensores en el hogar, conectados con el centro de respuesta.
system-welfare-technology-owner-holder = La directora de salud y asistencia
system-welfare-technology-coordinator-holder = La atención domiciliaria, a través del coordinador de tecnología asistencial
system-welfare-technology-operations-provider = El centro de respuesta intermunicipal (ficticio)
system-welfare-technology-supplier = Proveedor G (ficticio)
