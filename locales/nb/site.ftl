site-title = IKT-styringsmodell
site-description = Roller, møtefora og risikoer i styringen av IKT-området i kommunene, med utgangspunkt i en presentasjon fra KS.

page-introduction-title = Innledning
page-about-title = Om kilden
page-terminology-title = Termer og definisjoner

# Overstyrer temaets «Hvem»: kolonne fire på lysbilde 11-13 sier hvem som er ansvarlig
# for rollen (på kommunedirektørens rollekort: «Ansvarlig for rollene»), ikke hvem som har den.
label-held-by = Ansvarlig for rollen
