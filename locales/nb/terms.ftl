### Terminologi: navnene på roller, fora og systemkategorier, i grunnform.
### Termene brukes i overskrifter og i ordlisten, og med { -term } midt i
### setninger der grunnformen passer. Bøyde former (bestemt form, flertall)
### skrives som vanlige ord i setningen, med samme ord som termen.

## Roller

-municipal-decision-body = kommunalt beslutningsorgan
-overall-management = overordnet ledelse
-steering-group-members = medlemmer av IKT-styringsgruppen
-ict-staff = IKT-stab
-chief-executive = rådmann
-system-owner = systemeier
-system-coordinator = systemkoordinator
-ict-coordinator = IKT-koordinator
-authorised-buyer = autorisert bestiller
-user = bruker
-operations-provider = driftsleverandør
-other-system-vendors = andre systemleverandører
-projects-and-consulting = prosjekt og rådgivning

## Fora

-ict-steering-group = IKT-styringsgruppe
-ict-forum = IKT-forum
-change-forum = endringsforum
-user-forum = brukerforum
-ikt-tinget = IKT-tinget

## Systemkategorier

-enterprise-system = konsernsystem
    .plural = konsernsystemer
-specialist-system = fagsystem
    .plural = fagsystemer
-cross-disciplinary-system = tverrfaglig system
    .plural = tverrfaglige systemer
-business-critical-system = virksomhetskritisk system
    .plural = virksomhetskritiske systemer
-business-system = virksomhetssystem
    .plural = virksomhetssystemer
