site-title = Modelo de gobernanza TIC
site-description = Roles, foros de reunión y riesgos en el gobierno de las TIC municipales, a partir de una presentación de KS.

page-introduction-title = Introducción
page-about-title = Sobre la fuente
page-terminology-title = Términos y definiciones

# Sustituye al «Quién» del tema: la cuarta columna de las diapositivas 11-13 indica quién
# responde del rol (en la ficha del gerente municipal, «Responsable de los roles»).
label-held-by = Responsable del rol
# Sustituye el título del tema, que decía «pedidos».
model-supply-heading = Modelo Y: dirección, cliente interno y proveedor, unidos por el acuerdo de nivel de servicio (SLA)

# Cuestiones abiertas de la fuente que no son un campo del modelo; una por línea, en la
# página «Cuestiones abiertas» (issue 15).
open-questions-source-points =
    Quién preside el { -ict-steering-group }: la fuente dice «Ledes av: Rådmann», pero participan los gerentes municipales de varios municipios, y no dice el de qué municipio lo preside (diapositiva 19).
    La responsabilidad conforme a la ley noruega de datos personales (POL): la fuente escribe «POL???» en el modelo Y, así que no está claro si el reparto de esa responsabilidad estaba decidido (diapositiva 9).
    Qué asuntos pasan del { -ict-steering-group } al { -municipal-decision-body }: la fuente no lo dice (diapositiva 11).
    Quién desempeña el rol de { -projects-and-consulting } y en qué foros participa: la fuente no lo dice (diapositiva 13).
