# The reader's pages (issue 11): table captions, the role card's summary boxes, the risk
# register table and the model page's explanation (English).

caption-roles-in-group = Roles in the group { $group }
caption-forums-in-group = Forums in the group { $group }
caption-systems-in-category = Systems in the category { $category }
caption-glossary = The terms and their translations
caption-translation-status-messages = Translated messages per language

label-risk = Risk
label-risk-level = Risk level
risk-register-caption = The risk register: likelihood, impact, level, owner and mitigation of each risk
risk-register-level-unknown = Not assessed
risk-register-see-mitigation = See the mitigation

label-escalate-to = Escalate to
label-whom-to-ask = Whom to ask
ask-chairs = chairs

model-layers-heading = How the model fits together
model-layer-line-name = Line management
model-layer-line = Responsibility lies in the line: most roles are appointed by another role or body and answer to it. The roles fall into these groups:
model-layer-forums-name = The forums
model-layer-forums = The forums bring the roles together to coordinate their work and keep each other informed, and some of them have decision authority. They fall into these groups:
model-layer-escalation-name = Escalation
model-layer-escalation = What a role cannot settle itself it takes further: to a forum with authority or up the line. The role cards show whom each role escalates to, and the map shows all the paths together.
model-layer-cycle-name = The annual cycle
model-layer-cycle = The forums meet in a fixed rhythm through the year. The annual cycle shows when each forum meets.
