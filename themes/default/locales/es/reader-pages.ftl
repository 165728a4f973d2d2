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

model-layers-heading = Cómo encaja el modelo
model-layer-line-name = La organización jerárquica
model-layer-line = La responsabilidad está en la línea jerárquica: a la mayoría de los roles los designa otro rol u órgano, ante el que responden. Los roles se ordenan en estos grupos:
model-layer-forums-name = Los foros
model-layer-forums = Los foros reúnen a los roles para coordinar el trabajo y mantenerse informados, y algunos tienen autoridad de decisión. Se ordenan en estos grupos:
model-layer-escalation-name = La escalada
model-layer-escalation = Lo que un rol no puede resolver por sí mismo lo eleva: a un foro con autoridad de decisión o hacia arriba en la línea jerárquica. Las fichas de los roles muestran a quién escala cada rol, y el mapa muestra todas las vías juntas.
model-layer-cycle-name = El ciclo anual
model-layer-cycle = Los foros se reúnen con un ritmo fijo a lo largo del año. El ciclo anual muestra cuándo se reúne cada foro.
