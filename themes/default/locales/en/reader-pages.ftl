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
