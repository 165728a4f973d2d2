### Riesgo: los elementos de riesgo más importantes (diapositiva 24).

risk-unclear-role-understanding-name = Falta de una visión común de los roles
risk-unclear-role-understanding-summary = Si no hay una visión común de los roles ni las competencias técnicas y de decisión necesarias para ejercerlos, los roles no se ejercerán como prevé el modelo.

risk-system-owners-own-needs-name = Propietarios de sistemas centrados en sus propias necesidades
risk-system-owners-own-needs-summary = Existe el riesgo de que los propietarios de sistemas corporativos y de sistemas transversales se centren demasiado en sus propias necesidades y no en las de los demás usuarios. Los sistemas acabarían respondiendo a una sola parte de la organización.

risk-lack-of-execution-capacity-name = Falta de capacidad de ejecución
risk-lack-of-execution-capacity-summary = El modelo no llegará a aplicarse si quienes reciben un rol no tienen tiempo ni competencias para ejercerlo.
risk-lack-of-execution-capacity-point-another-task = Una tarea más entre otras muchas: los roles se suman al trabajo que ya tienen los directivos y pueden quedar relegados.
risk-lack-of-execution-capacity-point-capacity-and-competence = Capacidad y competencias: quienes reciben los roles pueden no tener el tiempo o las competencias necesarias para ejercerlos.

risk-missing-collaboration-arenas-name = Falta de espacios de colaboración
risk-missing-collaboration-arenas-summary = Si no llegan a crearse espacios de colaboración con las competencias técnicas y de decisión adecuadas, los asuntos que exigen coordinación quedan sin decidir.

risk-resistance-to-change-name = Resistencia al cambio
risk-resistance-to-change-summary = La organización puede resistirse al nuevo modelo, que se aplicaría tarde o solo en parte.
risk-resistance-to-change-point-change-fatigue = Fatiga de cambio en el ámbito TIC: después de muchos cambios, la organización no tiene fuerzas para otro más.

risk-communication-name = La comunicación es un riesgo clave
risk-communication-summary = Si el modelo se comunica mal, quienes deben ejercer los roles y acudir a los foros no sabrán qué se espera de ellos.
risk-communication-point-understanding = Todos deben entender la nueva organización y sus consecuencias; si no, seguirán trabajando como antes.
risk-communication-point-anchoring = Es importante que el modelo cuente con el respaldo de los foros directivos pertinentes y de los representantes de los trabajadores; sin ese respaldo, carece de legitimidad.

## Evaluación y medidas de Eksempel kommune (un ejemplo ficticio)

risk-unclear-role-understanding-mitigation = Todos los propietarios y coordinadores de sistema reciben media jornada de introducción a los roles, y las descripciones de los roles se revisan cada año en la reunión de dirección.
risk-system-owners-own-needs-mitigation = El coordinador de TIC lleva las peticiones de cambio de economía y nóminas al foro de TIC, donde los usuarios de otras unidades opinan antes de que decida el propietario del sistema.
risk-lack-of-execution-capacity-mitigation = El rol de coordinador de sistema tiene tiempo reservado en la descripción del puesto; el director municipal sigue el uso de recursos en el informe cuatrimestral.
risk-missing-collaboration-arenas-mitigation = El grupo directivo de TIC aprueba cada año el calendario de reuniones de todos los foros, y el coordinador de TIC comprueba que se celebran.
risk-resistance-to-change-mitigation = El modelo se implanta por etapas, un sector cada vez; el grupo directivo de TIC ha aceptado el riesgo.
risk-communication-mitigation = El equipo de TIC prepara una breve presentación del modelo, que se repasa en todas las reuniones de dirección, en el IKT-tinget y con los representantes sindicales.

risk-health-records-downtime-name = Caída de la historia clínica
risk-health-records-downtime-summary = Si la historia clínica no está disponible, la atención domiciliaria y las residencias se quedan sin información sobre medicación y tratamientos.
risk-health-records-downtime-mitigation = El contrato de operaciones exige una solución de respaldo de solo lectura; los cambios en la historia clínica solo se hacen en ventanas acordadas, tras la decisión del foro de cambios.

risk-access-rights-drift-name = Accesos que no se retiran
risk-access-rights-drift-summary = Quien cambia de puesto o deja el municipio conserva el acceso a expedientes, datos del alumnado y otros datos personales.
risk-access-rights-drift-mitigation = Los accesos se gestionan desde el sistema de nóminas y personal, y los coordinadores de sistema los revisan dos veces al año.
