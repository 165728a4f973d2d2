# The default theme's words for calendars, the responsibility matrix and the annual cycle, in Norwegian Bokmål.

calendar-subscribe = Abonner på møtekalenderen (iCalendar)
calendar-subscribe-all = Abonner på kalenderen for alle fora (iCalendar)
calendar-all-forums = alle fora
calendar-forum-for-category = { $forum } ({ $category })
calendar-note-approximate = Forumet møtes { $rhythm }; kalenderen viser det laveste antallet møter.
calendar-note-dates = Datoene i denne kalenderen viser bare rytmen: den som kaller inn til møtene, fastsetter de faktiske datoene.

matrix-title = Ansvarsmatrise
matrix-intro = Hvem gjør hva: hver rolle mot foraene og, der nettstedet har dem, systemene.
matrix-forums-caption = Roller og fora: hvem leder, hvem beslutter i kraft av rollen, hvem deltar og hvem kaller inn til møtene
matrix-systems-caption = Roller og systemer: hvem eier, koordinerer, drifter og leverer hvert system
matrix-chairs = leder
matrix-decides = beslutter (i kraft av rollen)
matrix-takes-part = deltar
matrix-convenes = kaller inn
matrix-owns = eier
matrix-coordinates = koordinerer
matrix-operates = drifter
matrix-supplies = leverer

cycle-title = Årshjul
cycle-intro = Når hvert forum møtes gjennom året, ut fra hvor ofte det møtes. Månedene følger bare rytmen: den som kaller inn, fastsetter datoene.
cycle-desc = Et hjul med årets tolv måneder, én nummerert ring per forum og en prikk i hver måned forumet møtes. Listen ved siden av gir de samme opplysningene.
cycle-list-heading = Foraene og månedene deres
cycle-months = Måneder i hjulet
cycle-no-months = Ingen faste måneder: møtes ved behov eller uten fast periode.
month-name = { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    }
matrix-pairs-caption = Hvem gjør hva, én sammenheng per rad: nettstedet har for mange fora eller systemer til et rutenett
matrix-pairs-where = Forum eller system
matrix-pairs-what = Hva rollen gjør der

# Dated meetings of forums (issue 10): the meeting description, the annual cycle.
meetings-heading = Møtedatoer
meeting-date = { $day }. { $month } { $year }
cycle-dates = Fastsatte møtedatoer
cycle-intro-dated = Når hvert forum møtes gjennom året: på de fastsatte møtedatoene der foraene har dem, ellers ut fra hvor ofte forumet møtes. Da følger månedene bare rytmen, og den som kaller inn, fastsetter datoene.
