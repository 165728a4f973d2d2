### Foros de reunión (diapositivas 18-23).

## Grupos de foros (diapositiva 18)

forum-group-control-boards-name = Foros de gobierno
forum-group-system-forums-name = Foros de sistema
forum-group-system-forums-summary = Foros que se crean para cada sistema.
forum-group-communication-forums-name = Foro de comunicación
forum-group-communication-forums-summary = Para todas las personas implicadas en las TIC del municipio.

## Grupo de dirección TIC (diapositiva 19)

forum-ict-steering-group-purpose = Foro de coordinación general y de decisiones de fondo.
forum-ict-steering-group-power-priorities = Decidir las prioridades entre los proyectos e iniciativas de mayor envergadura
forum-ict-steering-group-power-coordination = Asegurar la coordinación entre los municipios
forum-ict-steering-group-task-cross-sector = Coordinación y priorización entre las distintas áreas municipales
forum-ict-steering-group-task-focus-areas = Definir las áreas prioritarias y los objetivos generales del ámbito TIC en su conjunto
forum-ict-steering-group-task-resources = Asegurar una correcta asignación de recursos y la comunicación en todo el municipio
forum-ict-steering-group-task-sponsorship = Patrocinar, priorizar y hacer el seguimiento de los proyectos estratégicamente importantes
forum-ict-steering-group-task-risk = Gestión de los riesgos generales del ámbito TIC
forum-ict-steering-group-agenda-status = Situación general de las TIC
forum-ict-steering-group-agenda-change-needs = Necesidades de cambio importantes o de fondo
forum-ict-steering-group-agenda-projects = Proyectos grandes y críticos
forum-ict-steering-group-agenda-costs-and-risk = Evaluación de costes y riesgos
forum-ict-steering-group-agenda-other = Varios
forum-ict-steering-group-chair-duty-competence = Quien preside es responsable de que el foro cuente en todo momento con las competencias adecuadas, tanto técnicas como formales.
forum-ict-steering-group-participant-note-deputies = Participan los gerentes municipales de los municipios, o quien los sustituya.
forum-ict-steering-group-note-which-chief-executive = Cuestión abierta: según la fuente, preside el grupo el gerente municipal («Ledes av: Rådmann»), pero en el grupo participan los gerentes de varios municipios y la fuente no dice cuál de ellos lo preside.

## Foro TIC (diapositiva 20)

forum-ict-forum-purpose = Foro de coordinación de las TIC. En la fuente, esta finalidad va seguida de un signo de interrogación: no está decidida.
forum-ict-forum-decision-authority-question = La fuente no fija la autoridad de decisión del { -ict-forum }: en su lugar figura «???». También su finalidad lleva un signo de interrogación («Forum for koordinering av IKT ?»), y no se describen sus tareas principales.
forum-ict-forum-agenda-steering-group-information = Información del { -ict-steering-group }
forum-ict-forum-agenda-shared-changes = Cambios comunes, por ejemplo, actualizaciones de bases de datos o de infraestructura
forum-ict-forum-agenda-changes-affecting-others = Información sobre cambios que pueden afectar a otros propietarios de sistemas
forum-ict-forum-agenda-other = Varios
forum-ict-forum-chair-duty-competence = Quien preside es también responsable de que el foro cuente en todo momento con las competencias adecuadas, tanto técnicas como formales.
forum-ict-forum-participant-note-largest-systems = Los propietarios de sistemas del sector que corresponda, normalmente los de los sistemas más grandes y críticos de cada unidad.
forum-ict-forum-participant-note-appointed-others = En su caso, otras personas que designe el { -chief-executive }.

## Comité de cambios (diapositiva 21)

forum-change-forum-purpose = Foro para priorizar y decidir los cambios funcionales.
forum-change-forum-power-stop-or-implement = Puede detener cambios, ponerlos en marcha o ambas cosas
forum-change-forum-task-assess-changes = Evaluar los cambios funcionales y las necesidades de actualización
forum-change-forum-task-avoid-conflicts = Asegurar que los cambios importantes en los sistemas o en la infraestructura no entren en conflicto en el uso de recursos y competencias, que se haya avisado a todos los actores pertinentes y que las decisiones se tomen sobre la base adecuada
forum-change-forum-task-infrastructure-principles = Asegurar que los cambios respetan los principios de infraestructura
forum-change-forum-agenda-proposed-changes = Cambios propuestos para el próximo periodo (calendario de cambios)
forum-change-forum-agenda-future-needs = Necesidades y deseos de cambio futuros
forum-change-forum-chair-duty-competence-and-composition = Quien preside es también responsable de que el foro tenga en todo momento las competencias y la composición adecuadas.
forum-change-forum-participant-note-key-users = Los usuarios pertinentes. Dado el propósito del foro, solo asistirán unos pocos usuarios clave.
forum-change-forum-participant-note-authority = Deben ser usuarios con las atribuciones y las competencias necesarias para ejercer su papel de participantes.

## Comité de usuarios (diapositiva 22)

forum-user-forum-purpose = Foro para la formación, las necesidades de los usuarios y el intercambio de experiencias.
forum-user-forum-task-requirements = Asegurar que los requisitos y las necesidades de funcionalidad y de formación se recogen y se coordinan de forma estructurada
forum-user-forum-task-development = Comunicación sobre la evolución del sistema
forum-user-forum-task-exchange = Debate, intercambio de experiencias y motivación
forum-user-forum-agenda-use-and-changes = Información sobre el uso y los cambios previstos
forum-user-forum-agenda-expectations = Comunicación de lo que se espera de los usuarios
forum-user-forum-agenda-feedback = Comentarios de los usuarios sobre el uso, los cambios que desean y las posibilidades de obtener beneficios
forum-user-forum-chair-duty-competence-and-composition = Quien preside es también responsable de que el foro tenga en todo momento las competencias y la composición adecuadas.
forum-user-forum-participant-note-no-fixed-participation = Los usuarios pertinentes, sin participación fija.
forum-user-forum-participant-note-composition = La composición del { -user-forum } puede adaptarse a los asuntos que se vayan a tratar.

## Jornada TIC (diapositiva 23)

forum-ikt-tinget-purpose = Encuentro en el que la dirección informa a todas las personas implicadas en las TIC del municipio.
forum-ikt-tinget-task-communication = Comunicación
forum-ikt-tinget-task-experience = Intercambio de experiencias
forum-ikt-tinget-task-special-topics = Temas especiales
forum-ikt-tinget-agenda-status = Información general sobre la situación del trabajo TIC en el municipio
forum-ikt-tinget-agenda-plans = Actividades previstas y cambios importantes
forum-ikt-tinget-chair-duty-open-and-close = La apertura y el cierre de la jornada corresponden a los gerentes municipales.
forum-ikt-tinget-participant-note-unit-heads = Responsables de unidad
forum-ikt-tinget-participant-note-relevant-suppliers = Proveedores TIC pertinentes
forum-ikt-tinget-note-importance = La { -ikt-tinget } es importante para que una organización grande, y hoy poco coordinada, avance al mismo paso en materia de TIC.
forum-ikt-tinget-note-review-need = Más adelante podrá estudiarse si hace falta algo más; la fuente no dice qué.

# Dated meetings of Eksempel kommune's forums in 2027.
forum-ict-steering-group-meeting-annual-report = Informe anual de TIC de 2026 y prioridades del año
forum-ict-steering-group-meeting-budget = Aportaciones al presupuesto y al plan económico 2028–2031
forum-ikt-tinget-meeting-spring = Reunión de primavera: situación y planes del año
forum-ikt-tinget-meeting-autumn = Reunión de otoño: experiencias y temas para el año próximo
forum-user-forum-meeting-case-archive = Foro de usuarios de expedientes y archivo
forum-user-forum-meeting-finance-payroll = Foro de usuarios de economía y nóminas
