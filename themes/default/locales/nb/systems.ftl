# Systemkort og systemoversikten (bokmål, kildespråket).

nav-systems = Systemer
systems-intro = Kommunens systemer etter kategori, med systemeier, forvaltning, drift og fora som styrer dem.
label-system = System
label-systems = Systemer
label-system-owner = Systemeier
label-system-coordinator = Systemkoordinator
label-operations-provider = Drift
label-supplier = Leverandør
label-sla = Tjenesteavtale (SLA)
label-change-forum = Endringsforum
label-user-forum = Brukerforum
label-owns-systems = Eier
label-coordinates-systems = Koordinerer
label-operates-systems = Drifter
label-supplies-systems = Leverer
label-change-forum-of = Endringsforum for
label-user-forum-of = Brukerforum for
system-not-stated = Ikke oppgitt
open-question-system-field =
    { $field ->
        [owner] hvem som er systemeier, er ikke avklart
        [coordinator] hvem som er systemkoordinator, er ikke avklart
        [operations-provider] hvem som drifter systemet, er ikke avklart
        [supplier] hvem som leverer systemet, er ikke avklart
        [sla] tjenesteavtalen er ikke avklart
        [change-forum] hvilket endringsforum som styrer systemet, er ikke avklart
       *[user-forum] hvilket brukerforum som styrer systemet, er ikke avklart
    }
