site-title = Modelo de gobernanza TIC
site-description = Roles, foros de reunión y riesgos en la gobernanza de las TIC municipales, a partir de una presentación de KS.

page-introduction-title = Introducción
page-about-title = Sobre la fuente
