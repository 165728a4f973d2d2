# The governance map (issue 10): who chairs and takes part where, and where disagreements escalate.

map-title = Governance map
map-intro = Who chairs and takes part in which forums, and where a role takes a disagreement: to a forum or to ordinary line management.
map-caption = The governance map. Each box links to its page, and the list below the map gives the same facts.
map-too-big =
    { $scope ->
        [escalation] The site has { $roles } roles and { $forums } forums, too many to draw readably, so the map shows the escalation paths only. Who chairs and takes part where is in the responsibility matrix and on each role and forum page.
       *[none] The site has { $roles } roles and { $forums } forums, too many to draw readably, so the map is not drawn. The list below gives the escalation paths. Who chairs and takes part where is in the responsibility matrix, and each role and forum page has a small map of its own.
    }
map-ties-heading =
    { $scope ->
        [full] The ties in the map
       *[other] The escalation paths
    }
map-no-ties = No role chairs or takes part in a forum yet.
map-tie-chairs = chairs
map-tie-takes-part = takes part in
map-tie-escalates = escalates to
map-for-category = for { $category }
map-line-organisation = line management
map-legend-role = Role
# same-as-source
map-legend-forum = Forum
map-legend-line-organisation = Ordinary line management
map-neighbourhood-heading = Ties
map-neighbourhood-title = Map of the ties of { $name }
map-neighbourhood-caption = Each box links to its page, and the list below gives the same facts. The whole map:
