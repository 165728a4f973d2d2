### Møtefora (lysbilde 18-23).

## Forumgrupper (lysbilde 18)

forum-group-control-boards-name = Styringsfora
forum-group-system-forums-name = Systemfora
forum-group-system-forums-summary = Fora som etableres per system.
forum-group-communication-forums-name = Kommunikasjonsforum
forum-group-communication-forums-summary = For alle som er involvert i IKT i kommunen.

## IKT-styringsgruppe (lysbilde 19)

forum-ict-steering-group-purpose = Forum for overordnet koordinering og prinsipielle beslutninger.
forum-ict-steering-group-power-priorities = Avgjøre prioriteringer mellom større prosjekter og initiativer
forum-ict-steering-group-power-coordination = Sikre koordinering mellom kommunene
forum-ict-steering-group-task-cross-sector = Samordning og prioritering på tvers av kommunens fagområder
forum-ict-steering-group-task-focus-areas = Klarlegge fokusområder og overordnede mål for IKT-området generelt
forum-ict-steering-group-task-resources = Sikre riktig fordeling av ressurser og god kommunikasjon på tvers av kommunen
forum-ict-steering-group-task-sponsorship = Være sponsorer for, prioritere og følge opp strategisk viktige prosjekter
forum-ict-steering-group-task-risk = Overordnet risikostyring på IKT-området
forum-ict-steering-group-agenda-status = Overordnet IKT-status
forum-ict-steering-group-agenda-change-needs = Større eller prinsipielle endringsbehov
forum-ict-steering-group-agenda-projects = Store og kritiske prosjekter
forum-ict-steering-group-agenda-costs-and-risk = Vurdering av kostnadsbilde og risiko
forum-ict-steering-group-agenda-other = Annet
forum-ict-steering-group-chair-duty-competence = Lederen har ansvar for at forumet til enhver tid har riktig kompetanse, både faglig og formelt.
forum-ict-steering-group-participant-note-deputies = Deltakerne er { -chief-executive(form: "definite-plural") } i kommunene, eller en som opptrer i den enkeltes sted.
forum-ict-steering-group-note-which-chief-executive = Åpent spørsmål: kilden sier at gruppen ledes av kommunedirektøren («Ledes av: Rådmann»), men gruppen har kommunedirektørene i flere kommuner som deltakere, og kilden sier ikke hvem av dem som leder.

## IKT-forum (lysbilde 20)

forum-ict-forum-purpose = Forum for koordinering av IKT. Formålet står med spørsmålstegn i kilden og er ikke avklart.
forum-ict-forum-decision-authority-question = Kilden har ikke avklart hvilken beslutningsmyndighet { -ict-forum(form: "definite") } skal ha; lysbildet har «???» i stedet. Også formålet står med spørsmålstegn («Forum for koordinering av IKT ?»), og hovedoppgavene er ikke beskrevet.
forum-ict-forum-agenda-steering-group-information = Informasjon fra { -ict-steering-group(form: "definite") }
forum-ict-forum-agenda-shared-changes = Felles endringer, for eksempel ved oppgradering av databaser eller infrastruktur
forum-ict-forum-agenda-changes-affecting-others = Orientering om endringer som kan ha betydning for andre { -system-owner(form: "plural") }
forum-ict-forum-agenda-other = Annet
forum-ict-forum-chair-duty-competence = Lederen har også ansvar for at forumet til enhver tid har riktig kompetanse, både faglig og formelt.
forum-ict-forum-participant-note-largest-systems = Relevante { -system-owner(form: "plural") } innen sektoren, typisk eierne av de største og mest kritiske systemene i den enkelte virksomhet.
forum-ict-forum-participant-note-appointed-others = Eventuelt andre som { -chief-executive(form: "definite") } utpeker.

## Endringsforum (lysbilde 21)

forum-change-forum-purpose = Forum for å prioritere og beslutte funksjonelle endringer.
forum-change-forum-power-stop-or-implement = Kan stanse og/eller iverksette endringer
forum-change-forum-task-assess-changes = Vurdere funksjonelle endringer og behov for oppgradering
forum-change-forum-task-avoid-conflicts = Sikre at vesentlige endringer i systemer eller infrastruktur ikke kommer i konflikt med hverandre når det gjelder bruk av ressurser og kompetanse, at alle relevante aktører er varslet, og at beslutningene bygger på riktig grunnlag
forum-change-forum-task-infrastructure-principles = Sikre at endringer ikke bryter med infrastrukturprinsippene
forum-change-forum-agenda-proposed-changes = Foreslåtte endringer i neste periode (endringskalender)
forum-change-forum-agenda-future-needs = Fremtidige endringsbehov og -ønsker
forum-change-forum-chair-duty-competence-and-composition = Lederen har også ansvar for at forumet til enhver tid har riktig kompetanse og sammensetning.
forum-change-forum-participant-note-key-users = Relevante { -user(form: "plural") }. På grunn av forumets formål vil bare et fåtall nøkkelbrukere være til stede.
forum-change-forum-participant-note-authority = Deltakerne må være { -user(form: "plural") } med relevante fullmakter og kompetanse til å fylle deltakerrollen.

## Brukerforum (lysbilde 22)

forum-user-forum-purpose = Forum for opplæring, brukerbehov og erfaringsutveksling.
forum-user-forum-task-requirements = Sikre at krav og behov knyttet til funksjonalitet og opplæring blir samlet inn og koordinert på en strukturert måte
forum-user-forum-task-development = Kommunikasjon om utviklingen
forum-user-forum-task-exchange = Diskusjon, erfaringsutveksling og motivasjon
forum-user-forum-agenda-use-and-changes = Informasjon om bruk og planlagte endringer
forum-user-forum-agenda-expectations = Kommunikasjon om forventningene til { -user(form: "definite-plural") }
forum-user-forum-agenda-feedback = Tilbakemeldinger fra { -user(form: "definite-plural") } om bruk, endringsønsker og muligheter for gevinstrealisering
forum-user-forum-chair-duty-competence-and-composition = Lederen har også ansvar for at forumet til enhver tid har riktig kompetanse og sammensetning.
forum-user-forum-participant-note-no-fixed-participation = Relevante { -user(form: "plural") }. Det er ingen fast deltakelse.
forum-user-forum-participant-note-composition = Sammensetningen av { -user-forum(form: "definite") } kan tilpasses sakene som skal belyses.

## IKT-tinget (lysbilde 23)

forum-ikt-tinget-purpose = Forum for kommunikasjon fra ledelsen til alle som er involvert i IKT i kommunen.
forum-ikt-tinget-task-communication = Kommunikasjon
forum-ikt-tinget-task-experience = Erfaringsutveksling
forum-ikt-tinget-task-special-topics = Spesielle temaer
forum-ikt-tinget-agenda-status = Overordnet informasjon om status for IKT-arbeidet i kommunen
forum-ikt-tinget-agenda-plans = Planlagte aktiviteter og viktige endringer
forum-ikt-tinget-chair-duty-open-and-close = Ansvaret for å innlede og avslutte ligger hos { -chief-executive(form: "definite-plural") }.
forum-ikt-tinget-participant-note-unit-heads = Virksomhetsledere
forum-ikt-tinget-participant-note-relevant-suppliers = Relevante IKT-leverandører
forum-ikt-tinget-note-importance = { -ikt-tinget } er viktig for å få en stor og i dag lite koordinert organisasjon til å gå i takt på IKT-området.
forum-ikt-tinget-note-review-need = Behovet kan eventuelt vurderes etter hvert.

# Dated meetings of Eksempel kommune's forums in 2027.
forum-ict-steering-group-meeting-annual-report = Årsrapport for IKT 2026 og prioriteringer for året
forum-ict-steering-group-meeting-budget = Innspill til budsjett og økonomiplan 2028–2031
forum-ikt-tinget-meeting-spring = Vårmøte: status og planer for året
forum-ikt-tinget-meeting-autumn = Høstmøte: erfaringer og tema for neste år
forum-user-forum-meeting-case-archive = Brukerforum for sak og arkiv
forum-user-forum-meeting-finance-payroll = Brukerforum for økonomi og lønn
