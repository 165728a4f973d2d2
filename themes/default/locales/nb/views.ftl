# The default theme's words for calendars, the responsibility matrix and the annual cycle, in Norwegian Bokmål.

calendar-subscribe = Abonner på møtekalenderen (iCalendar)
calendar-subscribe-all = Abonner på kalenderen for alle fora (iCalendar)
calendar-all-forums = alle fora
calendar-forum-for-category = { $forum } ({ $category })
calendar-note-approximate = Forumet møtes { $rhythm }; kalenderen viser det laveste antallet møter.
calendar-note-dates = Datoene i denne kalenderen viser bare rytmen: den som kaller inn til møtene, fastsetter de faktiske datoene.
