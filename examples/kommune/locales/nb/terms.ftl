### Terminologi: navnene på roller, møtefora og systemkategorier, og begrepene
### fra termbasen (termbase/termbase.yml), som er fasit for hvert begrep.
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
# Lovfestet tittel etter kommuneloven (2018) § 13-1. Kilden sier «rådmann»: en kommune
# som fortsatt bruker den tittelen, endrer bare denne termen (og termbase/termbase.yml).
-chief-executive =
    { $form ->
        [definite] kommunedirektøren
        [plural] kommunedirektører
        [definite-plural] kommunedirektørene
       *[base] kommunedirektør
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

## Møtefora

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

## Begreper på tvers av sidene (termbase/termbase.yml)

-ict = IKT
-meeting-forum =
    { $form ->
        [definite] møteforumet
        [plural] møtefora
        [definite-plural] møteforaene
       *[base] møteforum
    }
-governance-forums = styringsfora
-service-unit =
    { $form ->
        [definite] virksomheten
        [plural] virksomheter
        [definite-plural] virksomhetene
       *[base] virksomhet
    }
-line-organisation =
    { $form ->
        [definite] linjeorganisasjonen
       *[base] linjeorganisasjon
    }
-decision-authority =
    { $form ->
        [definite] beslutningsmyndigheten
       *[base] beslutningsmyndighet
    }
-compliance = etterlevelse
-competence = kompetanse
-governance = styring
-system-management = forvaltning
-orderer = bestiller
-human-competence = kompetanse hos medarbeiderne

## Forkortelser

-sla = SLA (tjenestenivåavtale)
-ict-hp = IKT-HP
-bfke = BFKE
-pol = POL (personopplysningsloven)
-source-title-chief-executive = «rådmann»: kildens tittel for kommunedirektør
