# The default theme's words for calendars, the responsibility matrix and the annual cycle, in Spanish.

calendar-subscribe = Suscribirse al calendario de reuniones (iCalendar)
calendar-subscribe-all = Suscribirse al calendario de todos los foros (iCalendar)
calendar-all-forums = todos los foros
calendar-forum-for-category = { $forum } ({ $category })
calendar-note-approximate = El foro se reúne { $rhythm }; el calendario muestra el número mínimo de reuniones.
calendar-note-dates = Las fechas de este calendario solo muestran el ritmo: quien convoca las reuniones fija las fechas reales.
