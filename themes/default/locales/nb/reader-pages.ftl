# The reader's pages (issue 11): table captions, the role card's summary boxes, the risk
# register table and the model page's explanation (Norwegian Bokmål, the source).

caption-roles-in-group = Roller i gruppen { $group }
caption-forums-in-group = Fora i gruppen { $group }
caption-systems-in-category = Systemer i kategorien { $category }
caption-glossary = Begrepene og oversettelsene av dem
caption-translation-status-messages = Oversatte meldinger per språk

label-risk = Risiko
label-risk-level = Risikonivå
risk-register-caption = Risikoregisteret: sannsynlighet, konsekvens, nivå, risikoeier og tiltak for hver risiko
risk-register-level-unknown = Ikke vurdert
risk-register-see-mitigation = Se tiltakene

label-escalate-to = Eskaler til
label-whom-to-ask = Hvem du kan spørre
ask-chairs = leder

model-layers-heading = Slik henger modellen sammen
model-layer-line-name = Linjeorganisasjonen
model-layer-line = Ansvaret ligger i linjen: de fleste rollene oppnevnes av en annen rolle eller et organ og svarer til den. Rollene er ordnet i disse gruppene:
model-layer-forums-name = Møteforaene
model-layer-forums = Foraene samler rollene for å samordne arbeidet og holde hverandre orientert, og noen av dem har beslutningsmyndighet. De er ordnet i disse gruppene:
model-layer-escalation-name = Eskalering
model-layer-escalation = Det en rolle ikke kan løse selv, tar den videre: til et forum med myndighet eller oppover i linjen. Rollekortene viser hvem hver rolle eskalerer til, og kartet viser alle veiene samlet.
model-layer-cycle-name = Årshjulet
model-layer-cycle = Foraene møtes i en fast rytme gjennom året. Årshjulet viser når hvert forum møtes.
