# System cards and the systems catalogue (English).

nav-systems = Systems
systems-intro = The municipality's systems by category: who owns, manages and runs each one, and which forums govern it.
# same-as-source
label-system = System
label-systems = Systems
label-system-owner = System owner
label-system-coordinator = System coordinator
label-operations-provider = Operations
label-supplier = Supplier
label-sla = Service level agreement (SLA)
label-change-forum = Change forum
label-user-forum = User forum
label-owns-systems = Owns
label-coordinates-systems = Coordinates
label-operates-systems = Runs
label-supplies-systems = Supplies
label-change-forum-of = Change forum for
label-user-forum-of = User forum for
system-not-stated = Not stated
open-question-system-field =
    { $field ->
        [owner] who owns the system is not decided
        [coordinator] who coordinates the system is not decided
        [operations-provider] who runs the system is not decided
        [supplier] who supplies the system is not decided
        [sla] the service level agreement is not decided
        [change-forum] which change forum governs the system is not decided
       *[user-forum] which user forum governs the system is not decided
    }
