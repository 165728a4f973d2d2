site-title = ICT governance model
site-description = Roles, meetings and risks in the governance of municipal ICT, based on a presentation by KS.

page-introduction-title = Introduction
page-about-title = About the source
