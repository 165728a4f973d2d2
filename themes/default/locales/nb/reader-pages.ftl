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
