site-title = IKT-styringsmodell
site-description = Roller, møtefora og risikoer i styringen av IKT-området i kommunene, med utgangspunkt i en presentasjon fra KS.

page-introduction-title = Innledning
page-about-title = Om kilden
page-terminology-title = Termer og definisjoner

# Overstyrer temaets «Hvem»: kolonne fire på lysbilde 11-13 sier hvem som er ansvarlig
# for rollen (på kommunedirektørens rollekort: «Ansvarlig for rollene»), ikke hvem som har den.
label-held-by = Ansvarlig for rollen

# Åpne punkter i kilden som ikke er ett felt i modellen; ett punkt per linje, vist på siden
# «Åpne spørsmål» (issue 15).
open-questions-source-points =
    Hvem som leder { -ict-steering-group(form: "definite") }: kilden sier «Ledes av: Rådmann», men deltakerne er kommunedirektørene i flere kommuner, og den sier ikke hvilken kommunes kommunedirektør som leder (lysbilde 19).
    Ansvaret etter personopplysningsloven (POL): kilden skriver «POL???» i Y-modellen, så det er uklart om plasseringen av ansvaret var avklart (lysbilde 9).
    Hvilke saker som går fra { -ict-steering-group(form: "definite") } til { -municipal-decision-body }: kilden sier det ikke (lysbilde 11).
    Hvem som fyller rollen { -projects-and-consulting }, og hvor den deltar: kilden sier det ikke (lysbilde 13).
