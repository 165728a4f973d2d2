# Styringskartet (issue 10): hvem som leder og deltar hvor, og hvor uenighet eskaleres.

map-title = Styringskart
map-intro = Hvem som leder og deltar i hvilke fora, og hvor en rolle tar en uenighet videre: til et forum eller til den ordinære linjeorganisasjonen.
map-caption = Styringskartet. Hver boks lenker til sin side, og listen under kartet gir de samme opplysningene.
map-too-big =
    { $scope ->
        [escalation] Nettstedet har { $roles } roller og { $forums } fora, for mange til å tegne lesbart. Kartet viser derfor bare eskaleringsveiene. Hvem som leder og deltar hvor, står i ansvarsmatrisen og på hver rolle- og forumside.
       *[none] Nettstedet har { $roles } roller og { $forums } fora, for mange til å tegne lesbart, så kartet er ikke tegnet. Listen under viser eskaleringsveiene. Hvem som leder og deltar hvor, står i ansvarsmatrisen, og hver rolle- og forumside har sitt eget lille kart.
    }
map-ties-heading =
    { $scope ->
        [full] Forbindelsene i kartet
       *[other] Eskaleringsveiene
    }
map-no-ties = Ingen roller leder eller deltar i noe forum ennå.
map-tie-chairs = leder
map-tie-takes-part = deltar i
map-tie-escalates = eskalerer til
map-for-category = for { $category }
map-line-organisation = linjeorganisasjonen
map-legend-role = Rolle
map-legend-forum = Forum
map-legend-line-organisation = Den ordinære linjeorganisasjonen
map-neighbourhood-heading = Forbindelser
map-neighbourhood-title = Kart over forbindelsene til { $name }
map-neighbourhood-caption = Hver boks lenker til sin side, og listen under gir de samme opplysningene. Hele kartet:
