# Møtebeskrivelser uten kalender (issue 10): siden og kalenderen sier det samme.

calendar-no-feed = Ingen kalender å abonnere på: forumet har ingen fast møterytme, så datoene settes hver gang det kalles inn.
calendar-not-in-feed = Kalenderen for alle fora tar ikke med fora uten fast møterytme:
