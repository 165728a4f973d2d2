site-title = ICT governance model
site-description = Roles, forums and risks in the governance of municipal ICT, based on a presentation by KS.

page-introduction-title = Introduction
page-about-title = About the source
page-terminology-title = Terms and definitions

# Overrides the theme's "Who": the fourth column of slides 11-13 names who is accountable
# for the role (on the chief executive's card: "Responsible for the roles"), not who holds it.
label-held-by = Accountable for the role
# Overrides the theme's wording: the site says "line management" throughout (termbase).
escalation-line-organisation = through normal line management

# Open points of the source that are not a field of the model; one per line, on the
# "Open questions" page (issue 15).
open-questions-source-points =
    Who chairs the { -ict-steering-group }: the source says "Ledes av: Rådmann", but the chief executives of several municipalities take part, and it does not say which municipality's chief executive chairs (slide 19).
    Responsibility under the Norwegian Personal Data Act (POL): the source writes "POL???" in Model Y, so it is unclear whether where that responsibility lies had been settled (slide 9).
    Which matters go from the { -ict-steering-group } to the { -municipal-decision-body }: the source does not say (slide 11).
    Who fills the role of { -projects-and-consulting }, and in which forums it takes part: the source does not say (slide 13).
