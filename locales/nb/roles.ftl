### Roller og rollegrupper (lysbilde 11-17).

## Rollegrupper

role-group-management-name = Styring
role-group-management-summary = Setter rammene for IKT-området og følger opp at de blir etterlevd.
role-group-ordering-name = Bestilling
role-group-ordering-summary = Brukeren i sentrum.
role-group-suppliers-name = Leverandører
role-group-suppliers-summary = Drifts- og systemleverandører.

## Kommunalt beslutningsorgan (lysbilde 11)

role-municipal-decision-body-summary = Kommunens overordnede beslutningsorgan.
role-municipal-decision-body-held-by = Den rollen kommunens myndighetsstruktur krever
role-municipal-decision-body-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 11): kommunens overordnede beslutningsorgan, slik kommunens myndighetsstruktur bestemmer det. Den gir rollen ingen plass i møteforaene og sier ikke hvilke saker som går dit fra { -ict-steering-group(form: "definite") }; det er et åpent spørsmål.

## Overordnet ledelse (lysbilde 11)

role-overall-management-summary = Har ansvaret for overordnet strategi, sikkerhetsarkitektur, policyer og oppfølging av etterlevelse på kommunens IKT-område.
role-overall-management-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 11) og gjør { -chief-executive(form: "definite") } ansvarlig for den. Styringsrollen til { -chief-executive(form: "definite") } er beskrevet utførlig på lysbilde 14 (policyområder, hovedoppgaver og ansvar), og { -chief-executive(form: "definite") } leder { -ict-steering-group(form: "definite") } (lysbilde 19).

## Medlemmer av IKT-styringsgruppen (lysbilde 11)

role-steering-group-members-summary = Som { -ict-steering-group(form: "definite") } utgjør de det øverste organet for beslutninger og prioriteringer på IKT-området.
role-steering-group-members-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 11). Lysbilde 19 sier hvem medlemmene er: kommunedirektørene i kommunene, eller den som opptrer i deres sted. De møtes i { -ict-steering-group(form: "definite") } månedlig og ved behov, og de deltar i { -ikt-tinget } (lysbilde 23).

## IKT-stab (lysbilde 11)

role-ict-staff-summary = Forbereder saker for { -chief-executive(form: "definite") } og står for de operative planene og oppfølgingen av IKT-strategi, sikkerhet, arkitektur og koordinering.
role-ict-staff-responsibility-case-preparation = Forberede saker for { -chief-executive(form: "definite") }
role-ict-staff-responsibility-operational-plans = Operative planer og oppfølging av IKT-strategi, sikkerhet, arkitektur og koordinering
role-ict-staff-note-bfke = I kilden står de operative planene under forkortelsen «BFKE», som ikke er forklart der.

## Kommunedirektør: styringsrollen (lysbilde 14)

role-chief-executive-summary = Har styringsrollen på IKT-området: stiller krav, fastsetter policy og har det overordnede ansvaret for IKT-strategien.
role-chief-executive-policy-area-architecture-and-infrastructure = Kommunens IKT-arkitektur og -infrastruktur
role-chief-executive-policy-area-guidelines-and-standards = Retningslinjer og standarder
role-chief-executive-policy-area-prioritisation-and-coordination = Prioritering og koordinering av kommunens IKT-initiativer (IKT-HP: forkortelsen er ikke forklart i kilden, trolig IKT-handlingsplanen)
role-chief-executive-policy-area-security-quality-projects = Informasjonssikkerhet, kvalitetskontroll og prosjektstyring
role-chief-executive-task-prioritisation = Være veileder og kontrollinstans når IKT-aktivitetene skal prioriteres
role-chief-executive-task-strategy = Overordnet styring av IKT og fastsetting av den overordnede IKT-strategien
role-chief-executive-task-information-security = Overordnet ansvar for informasjonssikkerheten og tilrettelegging for sikkerhet
role-chief-executive-task-architecture-requirements = Stille krav og fastsette policy for arkitektur og infrastruktur
role-chief-executive-task-costs = Følge opp de samlede IKT-kostnadene
role-chief-executive-task-duties = Sørge for at de involverte aktørene ivaretar de pliktene og det ansvaret de er tildelt
role-chief-executive-task-steering-group = Lede { -ict-steering-group(form: "definite") }
role-chief-executive-task-ordering-policy = Lederansvar for kommunens prinsipper for bestilling av IKT
role-chief-executive-task-operations-contract = Kontraktsansvar overfor { -operations-provider(form: "definite") }
role-chief-executive-responsibility-strategic-planning = Rollen omfatter den overordnede strategiske planleggingen av IKT og den koordineringen og styringen som trengs for å følge opp IKT-aktivitetene i kommunen
role-chief-executive-responsibility-investment = Ansvar for å koordinere IKT-investeringene på et overordnet, strategisk nivå
role-chief-executive-responsibility-coordinated-strategy = Ansvar for å utvikle en samordnet IKT-strategi for organisasjonen og dens prioriteringer
role-chief-executive-responsibility-personal-data = Ansvar for at personopplysninger er forsvarlig sikret når de behandles i kommunens systemer, også overfor eksterne databehandlere
role-chief-executive-note-policy-areas = Rollen omfatter oppgaver med å stille krav og fastsette policy innenfor policyområdene.

## Systemeier: bestillerrollen (lysbilde 12, 15 og 16)

role-system-owner-summary = Har ansvaret for behovsavklaring, beslutninger om anskaffelser og videreutvikling, finansiering, forvaltning og opplæring, gevinstrealisering, samhandling med leverandørene, kontraktsforvaltning, brukerstøtte, behandling og lignende.
role-system-owner-responsibility-tools-for-users = Sørge for at { -user(form: "definite-plural") } har verktøyene de trenger
role-system-owner-responsibility-purchase-and-phase-out = Bestemme anskaffelse, forvaltning og utfasing av systemløsningene
role-system-owner-responsibility-legal-compliance = Sørge for at løsningen oppfyller lover og regler generelt og personopplysningsloven særskilt
role-system-owner-responsibility-security-standards = Fastsette krav til sikkerhetsløsningen ut fra ønsket sikkerhetsnivå
role-system-owner-responsibility-functionality-and-quality = Stille krav til funksjonalitet og kvalitet og følge opp at kravene blir ivaretatt i systemet
role-system-owner-responsibility-training = Sørge for nødvendig opplæring i bruken av systemet, herunder tildeling av særskilte rettigheter (superbrukere)
role-system-owner-responsibility-benefits = Sørge for gevinstrealisering ved innføring og bruk av systemet
role-system-owner-responsibility-agreements-and-budget = Forvaltningsavtaler knyttet til systemet (lisenser, vedlikehold) og ansvar for budsjettdekningen
role-system-owner-competency-business-processes = Arbeidsprosessene som skal understøttes
role-system-owner-competency-user-needs = Brukernes behov
role-system-owner-competency-system-potential = Systemet og mulighetene det gir
role-system-owner-competency-laws-and-regulations = Relevante lover og forskrifter
role-system-owner-competency-benefits-realisation = Gevinstrealisering
role-system-owner-competency-project-implementation = Prosjektgjennomføring
role-system-owner-success-factor-management-model = Avklart forvaltningsmodell
    .detail = Det er { -system-owner(form: "definite") } selv som må avklare forholdet mellom egenforvaltning, fellesforvaltning med andre kommunale aktører og forvaltning gjennom utkontraktering til én eller flere leverandører.
role-system-owner-success-factor-right-sized-administration = Riktig dimensjonert forvaltningsapparat
    .detail = Riktig dimensjonering av forvaltningsapparatet er særlig viktig for fellessystemer og for sektorsystemer, det vil si systemer som brukes på tvers av virksomheter.
role-system-owner-success-factor-prioritisation = Prioritering
    .detail = Motstridende interesser fra { -user(form: "definite-plural") } må håndteres, avklares og kommuniseres entydig av { -system-owner(form: "definite") }.
role-system-owner-success-factor-escalation = Eskalering
    .detail = Ved uenighet eller lignende er { -ict-steering-group(form: "definite") } eskaleringspunktet for { -enterprise-system(form: "plural") }. For { -specialist-system(form: "plural") } skjer eskaleringen gjennom den ordinære linjeorganisasjonen.
role-system-owner-success-factor-leader-level = Plassering på ledernivå
    .detail = Plasseringen skal knyttes til den prosessen systemet skal understøtte: { -system-owner(form: "definite") } må være plassert på ledernivå for { -business-system(form: "plural") } og på kommunaldirektørnivå for { -enterprise-system(form: "plural") }.
role-system-owner-note-experience = Det er viktig at rollen fylles av noen med tilstrekkelig erfaring på kompetanseområdene som er nevnt.
role-system-owner-note-key-ordering-role = En av de viktigste bestillerrollene ligger hos { -system-owner(form: "definite-plural") }. Det er avgjørende å sikre at { -system-owner(form: "definite") } er i stand til å ivareta ansvaret sitt på en god måte.
role-system-owner-note-professional-ordering = Profesjonelle bestillere gir profesjonelle leverandører.
role-system-owner-note-value-chain = Ansvaret for de strategiske aktivitetene i verdikjeden ligger hos { -system-owner(form: "definite-plural") }.
role-system-owner-note-dialogue = Det er { -system-owner(form: "definite") } som har ansvaret for å koordinere og føre dialog med { -user(form: "definite-plural") } og med system- og driftsleverandørene.
role-system-owner-note-process-owner = Prosessen som systemløsningen skal understøtte, eies av { -system-owner(form: "definite") }.
role-system-owner-note-data-controller = I personvernarbeidet har { -system-owner(form: "definite-plural") } en rolle som behandlingsansvarlige.
role-system-owner-note-benefits = Det er { -system-owner(form: "definite") } som har ansvaret for gevinstrealiseringen.
role-system-owner-note-good-ownership = De kritiske suksessfaktorene ivaretas gjennom godt systemeierskap.

## Systemkoordinator (lysbilde 12)

role-system-coordinator-summary = Står for den operative forvaltningen på vegne av { -system-owner(form: "definite") }.
role-system-coordinator-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 12). Systemkoordinatoren handler på vegne av { -system-owner(form: "definite") }, som leder { -change-forum } og { -user-forum } for systemet og eskalerer uenighet.

## IKT-koordinator (lysbilde 12)

role-ict-coordinator-summary = Koordinerer { -system-owner(form: "definite-plural") } og sørger for at behovene til hver { -service-unit } blir ivaretatt i forvaltningen av systemene.
role-ict-coordinator-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 12) og gir den ingen fast plass i møteforaene; { -system-owner(form: "definite-plural") } den koordinerer, møtes i { -ict-forum(form: "definite") }.

## Autorisert bestiller (lysbilde 12)

role-authorised-buyer-summary = Foretar de daglige bestillingene av standardprodukter og -tjenester.
role-authorised-buyer-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 12) og gir den ingen plass i møteforaene.

## Bruker (lysbilde 12)

role-user-summary = Alle som bruker IKT som verktøy for å løse oppgavene kommunen utfører for innbyggerne.
role-user-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 12). Brukerne kommer til orde i { -change-forum } og { -user-forum(form: "definite") } for systemene de bruker.

## Driftsleverandør: leverandørrollen (lysbilde 13 og 17)

role-operations-provider-summary = Har det helhetlige driftsansvaret i samsvar med tjenestenivåavtalen (SLA), står for applikasjonsdriften og koordinerer leverandørkjeden med andre leverandører, støttende teknologier og infrastruktur.
role-operations-provider-held-by = Driftsenheten
role-operations-provider-task-efficient-operation = Sikre effektiv, økonomisk og stabil drift
role-operations-provider-task-coordinate-operations = Koordinere sentrale driftsoppgaver i kommunen
role-operations-provider-responsibility-overall-operation = Helhetlig driftsansvar i samsvar med SLA
role-operations-provider-responsibility-operating-agreements = Inngå avtaler om drift av systemer og følge opp SLA-kravene overfor eksterne driftsleverandører
role-operations-provider-responsibility-application-operation = Applikasjonsdrift, herunder å forstå nødvendige installasjoner, oppgraderinger og annet endringsarbeid
role-operations-provider-responsibility-phasing-in = Innfasing av endringer i driften og koordinering av dette med { -system-owner(form: "definite-plural") }, systemleverandørene og eksterne driftsleverandører
role-operations-provider-responsibility-supplier-coordination = Koordinere leveranser fra flere eksterne leverandører
role-operations-provider-responsibility-communication = Kommunikasjon med { -system-owner(form: "definite-plural") }
role-operations-provider-competency-expertise = Rollen må fylles med tilstrekkelig fagkompetanse

## Andre systemleverandører (lysbilde 13)

role-other-system-vendors-summary = Leverer i samsvar med inngåtte forpliktelser.
role-other-system-vendors-held-by = Leverandørene
role-other-system-vendors-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 13) og sier ikke mer om hvilke forpliktelser det gjelder. Relevante IKT-leverandører deltar i { -ikt-tinget } (lysbilde 23), og { -operations-provider(form: "definite") } koordinerer leveranser fra flere eksterne leverandører (lysbilde 17).

## Prosjekt og rådgivning (lysbilde 13)

role-projects-and-consulting-summary = Står for prosjektledelse, rådgivning og bistand til { -service-unit(form: "definite-plural") } i kommunen.
role-projects-and-consulting-note-one-line = Kilden beskriver rollen med denne ene linjen (lysbilde 13). Den sier ikke hvem som fyller rollen, og gir den ingen plass i møteforaene; begge deler er åpne spørsmål.
