# The default theme's words for calendars, the responsibility matrix and the annual cycle, in English.

calendar-subscribe = Subscribe to the meeting calendar (iCalendar)
calendar-subscribe-all = Subscribe to the calendar of all forums (iCalendar)
calendar-all-forums = all forums
calendar-forum-for-category = { $forum } ({ $category })
calendar-note-approximate = The forum meets { $rhythm }; the calendar shows the fewest meetings.
calendar-note-dates = The dates in this calendar show the rhythm only: whoever calls the meetings sets the actual dates.
