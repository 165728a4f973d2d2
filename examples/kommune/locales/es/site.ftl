site-title = Eksempel kommune – gobernanza TIC
site-description = Roles, foros, sistemas y riesgos de la gobernanza TIC de Eksempel kommune, un municipio ficticio que muestra cómo aplicar el modelo de gobernanza.

page-introduction-title = Introducción
page-about-title = Sobre la fuente
page-terminology-title = Términos y definiciones

# Sustituye al «Quién» del tema: la cuarta columna de las diapositivas 11-13 indica quién
# responde del rol (en la ficha del gerente municipal, «Responsable de los roles»).
label-held-by = Responsable del rol
# Sustituye el título del tema, que decía «pedidos».
model-supply-heading = Modelo Y: dirección, cliente interno y proveedor, unidos por el acuerdo de nivel de servicio (SLA)
