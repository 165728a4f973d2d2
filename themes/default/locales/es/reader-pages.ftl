# The reader's pages (issue 11): table captions, the role card's summary boxes, the risk
# register table and the model page's explanation (Spanish).

caption-roles-in-group = Roles del grupo { $group }
caption-forums-in-group = Foros del grupo { $group }
caption-systems-in-category = Sistemas de la categoría { $category }
caption-glossary = Los términos y sus traducciones
caption-translation-status-messages = Mensajes traducidos por idioma

label-risk = Riesgo
label-risk-level = Nivel de riesgo
risk-register-caption = El registro de riesgos: probabilidad, impacto, nivel, responsable y medidas de cada riesgo
risk-register-level-unknown = Sin evaluar
risk-register-see-mitigation = Ver las medidas

label-escalate-to = A quién escalar
label-whom-to-ask = A quién preguntar
ask-chairs = dirige
