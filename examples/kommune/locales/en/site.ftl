site-title = Eksempel kommune – ICT governance
site-description = Roles, forums, systems and risks in the ICT governance of Eksempel kommune, a fictional municipality that shows how the governance model can be put to use.

page-introduction-title = Introduction
page-about-title = About the source
page-terminology-title = Terms and definitions

# Overrides the theme's "Who": the fourth column of slides 11-13 names who is accountable
# for the role (on the chief executive's card: "Responsible for the roles"), not who holds it.
label-held-by = Accountable for the role
# Overrides the theme's wording: the site says "line management" throughout (termbase).
escalation-line-organisation = through normal line management
