# Meeting descriptions without a calendar (issue 10): the page and the feed say the same.

calendar-no-feed = No calendar to subscribe to: the forum has no fixed rhythm of meetings, so the dates are set each time it is called.
calendar-not-in-feed = The calendar of all forums leaves out forums without a fixed rhythm of meetings:
