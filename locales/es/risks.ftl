### Riesgo: los elementos de riesgo más importantes (diapositiva 24).

risk-unclear-role-understanding-name = Falta de una visión común de los roles
risk-unclear-role-understanding-summary = Falta de una comprensión común de los roles y de las competencias técnicas y de decisión necesarias para ejercerlos.

risk-system-owners-own-needs-name = Propietarios de sistemas centrados en sus propias necesidades
risk-system-owners-own-needs-summary = Existe el riesgo de que los propietarios de sistemas corporativos y de sistemas transversales se centren demasiado en sus propias necesidades en lugar de en las de los demás usuarios.

risk-lack-of-execution-capacity-name = Falta de capacidad de ejecución
risk-lack-of-execution-capacity-point-another-task = Una tarea más entre otras muchas
risk-lack-of-execution-capacity-point-capacity-and-competence = Capacidad y competencias

risk-missing-collaboration-arenas-name = Falta de espacios de colaboración
risk-missing-collaboration-arenas-summary = No llegan a crearse espacios de colaboración con las competencias técnicas y de decisión adecuadas.

risk-resistance-to-change-name = Resistencia al cambio
risk-resistance-to-change-point-change-fatigue = Fatiga de cambio en el ámbito TIC

risk-communication-name = La comunicación es un riesgo clave
risk-communication-point-understanding = Todos deben entender la nueva organización y sus consecuencias
risk-communication-point-anchoring = Es importante que el modelo cuente con el respaldo de los foros directivos pertinentes y de los representantes de los trabajadores
