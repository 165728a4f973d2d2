# The default theme's words for calendars, the responsibility matrix and the annual cycle, in Spanish.

calendar-subscribe = Suscribirse al calendario de reuniones (iCalendar)
calendar-subscribe-all = Suscribirse al calendario de todos los foros (iCalendar)
calendar-all-forums = todos los foros
calendar-forum-for-category = { $forum } ({ $category })
calendar-note-approximate = El foro se reúne { $rhythm }; el calendario muestra el número mínimo de reuniones.
calendar-note-dates = Las fechas de este calendario solo muestran el ritmo: quien convoca las reuniones fija las fechas reales.

matrix-title = Matriz de responsabilidades
matrix-intro = Quién hace qué: cada rol frente a los foros y, cuando el sitio los incluye, los sistemas.
matrix-forums-caption = Roles y foros: quién preside, quién decide en calidad del rol, quién participa y quién convoca las reuniones
matrix-systems-caption = Roles y sistemas: quién es propietario, coordina, opera y suministra cada sistema
matrix-chairs = preside
matrix-decides = decide (en calidad del rol)
matrix-takes-part = participa
matrix-convenes = convoca
matrix-owns = es propietario
matrix-coordinates = coordina
matrix-operates = opera
matrix-supplies = suministra

cycle-title = Ciclo anual
cycle-intro = Cuándo se reúne cada foro a lo largo del año, según la frecuencia de sus reuniones. Los meses solo siguen el ritmo: quien convoca fija las fechas.
cycle-desc = Una rueda de los doce meses con un anillo numerado por foro y un punto en cada mes en que se reúne. La lista de al lado da los mismos datos.
cycle-list-heading = Los foros y sus meses
cycle-months = Meses en la rueda
cycle-no-months = Sin meses fijos: se reúne cuando es necesario o sin periodo fijo.
month-name = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
matrix-pairs-caption = Quién hace qué, una relación por fila: el sitio tiene demasiados foros o sistemas para una cuadrícula
matrix-pairs-where = Foro o sistema
matrix-pairs-what = Qué hace el rol allí

# Dated meetings of forums (issue 10): the meeting description, the annual cycle.
meetings-heading = Fechas de reunión
meeting-date = { $day } de { $month } de { $year }
cycle-dates = Fechas de reunión fijadas
cycle-intro-dated = Cuándo se reúne cada foro a lo largo del año: en las fechas fijadas donde los foros las tienen y, si no, según la frecuencia de sus reuniones. En ese caso los meses solo siguen el ritmo y quien convoca fija las fechas.
