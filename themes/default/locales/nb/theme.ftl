# The default theme's words in Norwegian Bokmål (the source language).
# A site can override any of these in its own locales/nb/ files.

language-name = Norsk bokmål
skip-to-content = Hopp til innholdet
language-switcher-label = Språk
main-navigation-label = Hovedmeny
footer-generated-by = Laget med govdoc.
draft-fallback-banner =
    { $count ->
        [one] Utkast: én tekst på denne siden mangler oversettelse og vises på et annet språk.
       *[other] Utkast: { $count } tekster på denne siden mangler oversettelse og vises på et annet språk.
    }
draft-fallback-marker = ikke oversatt

nav-home = Forside
nav-roles = Roller
nav-forums = Møtefora
nav-risks = Risiko
nav-model = Modellen
nav-glossary = Termer på alle språk

home-forums-heading = Hvem bestemmer hva, og når møtes de?
home-roles-heading = Hvem har ansvaret?
roles-intro = Rollene i styringsmodellen, gruppert slik modellen ordner dem. Velg en rolle for å se ansvar, oppgaver og hvilke fora den deltar i.
roles-ungrouped = Andre roller
forums-intro = Møteforaene der beslutninger tas og informasjon deles: hva de kan bestemme, hvor ofte de møtes og hvem som leder dem.
forums-ungrouped = Andre fora
risks-intro = De viktigste risikoene ved styringsmodellen.
model-intro = Hvordan IKT-området styres: fra overordnet strategi til roller, funksjoner og fora.
model-strategy-heading = Fra strategi til struktur
model-capacities-heading = Kapasiteter
model-foundations-heading = Bruk av IKT handler om tre ting
model-supply-heading = Modell Y: styring, bestiller og leverandør, knyttet sammen av tjenestenivåavtalen (SLA)
model-functions-heading = Fem funksjoner
glossary-intro = Begrepene styringsmodellen bruker, på alle språkene side om side. Nettstedet bruker de samme ordene overalt.
open-questions-title = Åpne spørsmål
open-questions-intro = Punkter som kildematerialet ikke har avklart. De vises som åpne til de er bestemt.
open-questions-none = Ingen åpne spørsmål.
open-question-field =
    { $field ->
        [chair] hvem som leder forumet, er ikke avklart
       *[decision-authority] beslutningsmyndigheten er ikke avklart
    }
translation-status-title = Oversettelsesstatus
translation-status-intro = Hvor langt hver oversettelse er kommet, målt mot den norske kildeteksten.
translation-status-language = Språk
translation-status-source = Tekster i kilden
translation-status-translated = Oversatt
translation-status-missing = Mangler
translation-status-stale = Utdatert
translation-status-obsolete = Foreldet
translation-status-complete = Ferdig
translation-status-percent = { $percent } %
translation-status-done = Alt er oversatt og oppdatert.
translation-status-missing-heading = Mangler ({ $count })
translation-status-stale-heading = Kildeteksten er endret etter oversettelsen ({ $count })
translation-status-obsolete-heading = Finnes ikke lenger i kilden ({ $count })
translation-status-id = Tekst
translation-status-old-source = Kilde da den ble oversatt
translation-status-new-source = Kilde nå
translation-status-how = Oversettere: se oversetterveiledningen, og kjør «govdoc i18n status» for den samme listen med filnavn og linjenumre.
not-found-title = Fant ikke siden
not-found-text = Siden finnes ikke. Velg språk for å gå til forsiden.

label-role = Rolle
label-responsibility = Ansvar
label-held-by = Hvem
label-chairs = Leder
label-attends = Deltar i
label-convenes = Kaller inn til
label-holds = Ansvarlig for rollene
label-responsibilities = Ansvar
label-tasks = Oppgaver
label-policy-areas = Krav og retningslinjer for
label-competencies = Kompetanse
label-success-factors = Kritiske suksessfaktorer
label-escalation = Eskalering
escalation-for = For { $category }
escalation-line-organisation = via den ordinære linjeorganisasjonen
label-notes = Presisering
label-related-risks = Risiko som gjelder
label-concerns = Gjelder
label-term = Begrep

label-forum = Forum
label-per-system = Etableres per system
label-meets = Møtes
label-chair = Ledes av
chair-appointed = Utnevnt leder
undecided = Ikke avklart
label-decision-authority = Beslutningsmyndighet
authority-none = Ikke beslutningsforum
authority-decides = Beslutningsforum
authority-by-virtue-of = I egenskap av
label-main-tasks = Hovedoppgaver
label-fixed-agenda = Faste punkter på agendaen
label-possible-topics = Mulige temaer
agenda-not-fixed = Forumet har ikke fast agenda, men dette kan være tema:
label-participants = Hvem deltar
label-chair-duties = Lederens ansvar
label-establishment = Når forumet etableres
establishment-must = Skal etableres for
establishment-may = Kan etableres for
label-escalating-roles = Roller som eskalerer hit

cadence-convened-by = Kalles inn av
cadence-regular = jevnlig
cadence-when-needed = ved behov
cadence-and-when-needed = { $rhythm } og ved behov
cadence-for-category = Faste møter bør holdes for hvert { $category }, for eksempel { $rhythm }.
cadence-periodic =
    { $range ->
        [yes] { $min }–{ $max } ganger { $per ->
            [week] i uka
            [month] i måneden
            [quarter] i kvartalet
           *[year] i året
        }
       *[no] { $max ->
            [1] { $per ->
                [week] ukentlig
                [month] månedlig
                [quarter] hvert kvartal
               *[year] årlig
            }
            [2] to ganger { $per ->
                [week] i uka
                [month] i måneden
                [quarter] i kvartalet
               *[year] i året
            }
           *[other] { $max } ganger { $per ->
                [week] i uka
                [month] i måneden
                [quarter] i kvartalet
               *[year] i året
            }
        }
    }

# The frame: header, breadcrumbs, footer.
menu-button = Meny
breadcrumbs-label = Du er her
footer-contact-heading = Kontakt oss
footer-about-heading = Om nettstedet
footer-last-updated = Sist oppdatert
contact-email = E-post
contact-phone = Telefon
contact-page = Kontaktside
date = { $day }. { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year }
not-found-lead = Siden du ser etter, finnes ikke. Den kan være flyttet eller slettet.
not-found-home = Gå til forsiden
not-found-other-languages = På andre språk

# The accessibility statement (tilgjengelighetserklæring), in the structure uustatus uses.
accessibility-title = Tilgjengelighetserklæring
accessibility-intro = { $owner } har plikt til å gjøre nettstedet universelt utformet etter forskrift om universell utforming av IKT-løsninger. Denne erklæringen gjelder { $url }.
accessibility-status-heading = Hvor godt nettstedet oppfyller kravene
accessibility-status =
    { $status ->
        [full] Nettstedet oppfyller alle kravene i WCAG 2.1 som gjelder for det.
        [partial] Nettstedet oppfyller ikke alle kravene i WCAG 2.1. Bruddene står nedenfor.
       *[none] Nettstedet oppfyller ikke kravene i WCAG 2.1, eller det er ikke vurdert ennå.
    }
accessibility-deviations-heading = Innhold som ikke oppfyller kravene
accessibility-no-deviations = Vi kjenner ikke til brudd på kravene.
accessibility-criterion = Suksesskriterium { $criterion }
accessibility-method-heading = Hvordan vi har vurdert nettstedet
accessibility-method =
    { $method ->
        [external] Nettstedet er testet av en ekstern part.
       *[self-assessment] Vi har vurdert nettstedet selv.
    }
accessibility-feedback-heading = Tilbakemelding og kontakt
accessibility-feedback = Finner du innhold som ikke er tilgjengelig for deg, eller har du spørsmål om erklæringen? Skriv til oss:
accessibility-complaint-heading = Klage
accessibility-complaint = Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til
accessibility-authority = Tilsynet for universell utforming av IKT
accessibility-dates-heading = Om erklæringen
accessibility-created = Opprettet
accessibility-updated = Sist oppdatert

## The banner on every page of an example site (`example: true` in govdoc.yml)

example-banner-label = Eksempel
example-banner = Dette er et oppdiktet eksempel. Kommunen, enhetene, systemene og risikoene finnes ikke.

# Search: the search page, the header link and the words the search script shows.
search-link = Søk
search-title = Søk
search-label = Søk etter roller, fora, risikoer og sider
search-button = Søk
search-intro = Skriv ett eller flere ord, for eksempel navnet på en rolle eller et møteforum. Treff i tittelen vises først.
search-all-intro = Alt du kan søke i, ordnet etter type:
search-status-short = Skriv minst tre bokstaver.
search-status-none = Ingen treff.
search-status-one = Ett treff.
search-status-many = { $count } treff.
search-status-error = Søket kunne ikke lastes. Bruk listen nedenfor.
search-results-label = Søkeresultater
search-kind-role = Rolle
search-kind-forum = Møteforum
search-kind-system = System
search-kind-risk = Risiko
search-kind-page = Side
search-kind-pages = Sider

# Translation status page: word counts and stale texts side by side (issue 14)
translation-status-number = { $n }
translation-status-words-heading = Ord
translation-status-words-intro = Ordene telles i den norske kildeteksten, slik oversettelsesbyråer regner pris; plassholdere og Fluent-syntaks telles ikke.
translation-status-words-source = Ord i kilden
translation-status-words-current = Oversatt og oppdatert
translation-status-words-missing = Ikke oversatt
translation-status-words-stale = Utdatert
translation-status-current-translation = Oversettelsen nå
translation-status-change = Endring i kilden:

# Open-questions page: the source's own open points, from the site's messages (issue 15)
open-questions-source-heading = Åpne punkter i kilden
open-questions-source-intro = Spørsmål kilden lar stå åpne, og som ikke hører til ett enkelt felt i modellen.
open-questions-source-points = { "" }

# Header: the menu's group of reference pages, so the menu keeps to one row (issue 11)
menu-more = Mer
