### Modellen (lysbilde 4-10).

## Fra strategi til struktur: fellesnevnerne (lysbilde 4)

strategy-level-overall-strategy-name = Overordnet strategi
strategy-level-overall-strategy-question-priorities = Hva er kommunens prioriteringer?
strategy-level-overall-strategy-question-resources = Hvilke ressurser trengs for å løse oppgavene?
strategy-level-emunicipality-strategy-name = eKommune-strategi
strategy-level-emunicipality-strategy-question-expectations = Hva forventes av IKT?
strategy-level-emunicipality-strategy-question-challenges = Hvordan skal IKT bidra til å løse utfordringene?
strategy-level-emunicipality-strategy-question-ict-strategy = Hvilken IKT-strategi skal utvikles for å fylle denne rollen?
strategy-level-ict-capacity-name = IKT-kapasitet
strategy-level-ict-capacity-question-resources-and-expertise = Hvilke IKT-ressurser og hvilken IKT-kompetanse trengs for å utfylle rollen og levere i tråd med strategien?
strategy-level-ict-structure-name = IKT-struktur
strategy-level-ict-structure-question-structure-capacity = Hvilken kapasitet har IKT-strukturen (funksjoner og roller)?
strategy-level-ict-structure-question-integration = Hvordan kan strukturen integreres med andre ressurser for å utvikle og optimalisere kapasiteten?

## Teknologisk kapasitet (lysbilde 5)

capacity-technological-capacity-name = Teknologisk kapasitet
capacity-technological-capacity-capability-stable-infrastructure = Bygge opp stabil og forutsigbar infrastruktur
capacity-technological-capacity-capability-support = Gi riktig brukerstøtte
capacity-technological-capacity-capability-solutions = Utvikle løsninger og informasjonssystemer som støtter arbeidet og organiseringen i { -service-unit(form: "definite-plural") }
capacity-technological-capacity-capability-improvement = Forbedre og videreutvikle løsninger og informasjonssystemer

## Ledelseskapasitet (lysbilde 6)

capacity-leadership-capacity-name = Ledelseskapasitet
capacity-leadership-capacity-capability-alignment = Sørge for god samordning mellom IKT og kommunens strategi
capacity-leadership-capacity-capability-expectations = Forutse fremtidige behov og avstemme og håndtere forventningene til tjenestene
capacity-leadership-capacity-capability-support = Utvikle støtte for utvikling og bruk av IKT
capacity-leadership-capacity-capability-initiatives = Identifisere og prioritere IKT-initiativer
capacity-leadership-capacity-capability-projects = Planlegge og styre IKT-prosjekter
capacity-leadership-capacity-capability-investments = Optimalisere investeringene gjennom styringsmekanismer
capacity-leadership-capacity-capability-provision = Planlegge og styre leveransen av tjenester og løsninger til lavest mulig kostnad
capacity-leadership-capacity-capability-change = Planlegge og styre endring
capacity-leadership-capacity-capability-resources = Identifisere, planlegge, utvikle, sette av, koordinere og styre interne og eksterne IKT-ressurser
capacity-leadership-capacity-capability-costs-and-benefits = Måle og følge opp kostnader og gevinstrealisering
capacity-leadership-capacity-capability-risk-and-security = Kontrollere risiko og sikkerhet

## Bruk av IKT handler om tre ting (lysbilde 7)

foundation-organisation-name = Organisering
foundation-leadership-name = Ledelse
foundation-human-knowledge-name = Kompetanse hos medarbeiderne

## Y-modellen: styring, bestiller og leverandør (lysbilde 8-9)

supply-side-governance-name = Styring
supply-side-governance-responsibility-ict-strategy = IKT-strategi
supply-side-governance-responsibility-security-and-personal-data = IKT-sikkerhet og overordnet lederansvar etter personopplysningsloven (POL). Åpent spørsmål: kilden skriver «POL???», så hvor dette ansvaret skal ligge, er ikke avklart.
supply-side-governance-responsibility-coordination-and-prioritisation = Koordinering og prioritering (IKT-HP, trolig IKT-handlingsplanen; forkortelsen er ikke forklart i kilden)
supply-side-governance-responsibility-infrastructure-and-platform = IKT-infrastruktur og teknologisk plattform
supply-side-governance-responsibility-quality-and-compliance = Kvalitetssikring og etterlevelse
supply-side-orderer-name = Bestiller
supply-side-orderer-responsibility-user-focus = Brukerfokus
supply-side-orderer-responsibility-requirements = Brukerkrav og funksjonelle krav
supply-side-orderer-responsibility-funding = Finansiering
supply-side-orderer-responsibility-project-implementation = Prosjektgjennomføring (anskaffelse og innføring)
supply-side-orderer-responsibility-cost-benefit = Kost/nytte og gevinstrealisering
supply-side-orderer-responsibility-organisational-development = Organisasjonsutvikling: nye prosesser og rutiner og justering av eksisterende
supply-side-orderer-responsibility-training = Opplæring og kompetanseutvikling
supply-side-supplier-name = Leverandør
supply-side-supplier-responsibility-operational-services = Drifts- og forvaltningstjenester levert i samsvar med tjenestenivåavtalen (SLA)
supply-side-supplier-responsibility-support-services = Støttetjenester, både funksjonelle og tekniske
supply-side-supplier-responsibility-operational-personal-data = Operativt ledelses- og sikkerhetsansvar etter personopplysningsloven (POL)

## Fem funksjoner (lysbilde 10)

function-it-leadership-name = IKT-ledelse
function-architecture-development-name = Arkitekturutvikling
function-business-development-name = Virksomhetsutvikling
function-technology-development-name = Teknologiutvikling
function-supplier-management-name = Leverandørstyring
