# The default theme's words for calendars, the responsibility matrix and the annual cycle, in English.

calendar-subscribe = Subscribe to the meeting calendar (iCalendar)
calendar-subscribe-all = Subscribe to the calendar of all forums (iCalendar)
calendar-all-forums = all forums
calendar-forum-for-category = { $forum } ({ $category })
calendar-note-approximate = The forum meets { $rhythm }; the calendar shows the fewest meetings.
calendar-note-dates = The dates in this calendar show the rhythm only: whoever calls the meetings sets the actual dates.

matrix-title = Responsibility matrix
matrix-intro = Who does what: each role against the forums and, where the site lists them, the systems.
matrix-forums-caption = Roles and forums: who chairs, who decides in the capacity of the role, who takes part and who calls the meetings
matrix-systems-caption = Roles and systems: who owns, coordinates, operates and supplies each system
matrix-chairs = chairs
matrix-decides = decides (in the capacity of the role)
matrix-takes-part = takes part
matrix-convenes = calls the meetings
matrix-owns = owns
matrix-coordinates = coordinates
matrix-operates = operates
matrix-supplies = supplies

cycle-title = Annual cycle
cycle-intro = When each forum meets over the year, from how often it meets. The months follow the rhythm only: whoever calls the meetings sets the dates.
cycle-desc = A wheel of the twelve months with one numbered ring per forum and a dot in each month it meets. The list beside it gives the same facts.
cycle-list-heading = The forums and their months
cycle-months = Months in the wheel
cycle-no-months = No fixed months: meets when needed or without a set period.
month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
matrix-pairs-caption = Who does what, one relation per row: the site has too many forums or systems for a grid
matrix-pairs-where = Forum or system
matrix-pairs-what = What the role does there

# Dated meetings of forums (issue 10): the meeting description, the annual cycle.
meetings-heading = Meeting dates
meeting-date = { $day } { $month } { $year }
cycle-dates = Meeting dates set
cycle-intro-dated = When each forum meets over the year: on the meeting dates set where forums have them, otherwise from how often the forum meets. Those months follow the rhythm only, and whoever calls the meetings sets the dates.
