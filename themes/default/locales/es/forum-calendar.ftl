# Descripciones de reuniones sin calendario (issue 10): la página y el calendario dicen lo mismo.

calendar-no-feed = No hay calendario al que suscribirse: el foro no tiene un ritmo fijo de reuniones, así que las fechas se fijan cada vez que se convoca.
calendar-not-in-feed = El calendario de todos los foros no incluye los foros sin un ritmo fijo de reuniones:
