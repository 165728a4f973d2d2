site-title = Eksempel kommune – IKT-styring
site-description = Roller, møtefora, systemer og risikoer i IKT-styringen i Eksempel kommune, en oppdiktet kommune som viser hvordan styringsmodellen kan tas i bruk.

page-introduction-title = Innledning
page-about-title = Om kilden
page-terminology-title = Termer og definisjoner

# Overstyrer temaets «Hvem»: kolonne fire på lysbilde 11-13 sier hvem som er ansvarlig
# for rollen (på kommunedirektørens rollekort: «Ansvarlig for rollene»), ikke hvem som har den.
label-held-by = Ansvarlig for rollen
