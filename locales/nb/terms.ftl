### Terminologi: navnene på roller, fora og systemkategorier.
### Alene (i overskrifter, lenker og ordlisten) viser en term grunnformen (*[base]).
### Midt i setninger velges bøyd form med parameteren form, for eksempel
### { -system-owner(form: "definite") } = «systemeieren». Formene som brukes er
### definite (bestemt entall), plural (ubestemt flertall) og definite-plural
### (bestemt flertall). Setninger som begynner med termen, skrives med stor
### forbokstav som vanlige ord.

## Roller

-municipal-decision-body = kommunalt beslutningsorgan
-overall-management = overordnet ledelse
-steering-group-members = medlemmer av IKT-styringsgruppen
-ict-staff = IKT-stab
-chief-executive =
    { $form ->
        [definite] rådmannen
        [definite-plural] rådmennene
       *[base] rådmann
    }
-system-owner =
    { $form ->
        [definite] systemeieren
        [plural] systemeiere
        [definite-plural] systemeierne
       *[base] systemeier
    }
-system-coordinator = systemkoordinator
-ict-coordinator = IKT-koordinator
-authorised-buyer = autorisert bestiller
-user =
    { $form ->
        [plural] brukere
        [definite-plural] brukerne
       *[base] bruker
    }
-operations-provider =
    { $form ->
        [definite] driftsleverandøren
       *[base] driftsleverandør
    }
-other-system-vendors = andre systemleverandører
-projects-and-consulting = prosjekt og rådgivning

## Fora

-ict-steering-group =
    { $form ->
        [definite] IKT-styringsgruppen
       *[base] IKT-styringsgruppe
    }
-ict-forum =
    { $form ->
        [definite] IKT-forumet
       *[base] IKT-forum
    }
-change-forum = endringsforum
-user-forum =
    { $form ->
        [definite] brukerforumet
       *[base] brukerforum
    }
-ikt-tinget = IKT-tinget

## Systemkategorier

-enterprise-system =
    { $form ->
        [plural] konsernsystemer
       *[base] konsernsystem
    }
    .plural = konsernsystemer
-specialist-system =
    { $form ->
        [plural] fagsystemer
       *[base] fagsystem
    }
    .plural = fagsystemer
-cross-disciplinary-system =
    { $form ->
        [plural] tverrfaglige systemer
       *[base] tverrfaglig system
    }
    .plural = tverrfaglige systemer
-business-critical-system = virksomhetskritisk system
    .plural = virksomhetskritiske systemer
-business-system =
    { $form ->
        [plural] virksomhetssystemer
       *[base] virksomhetssystem
    }
    .plural = virksomhetssystemer
