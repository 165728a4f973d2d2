site-title = IKT-styringsmodell
site-description = Roller, møteplasser og risikoer i styringen av IKT-området i kommunene, med utgangspunkt i en presentasjon fra KS.

page-introduction-title = Innledning
page-about-title = Om kilden
