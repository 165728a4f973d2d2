### Risiko: de viktigste risikoelementene (lysbilde 24).

risk-unclear-role-understanding-name = Manglende enhetlig rolleforståelse
risk-unclear-role-understanding-summary = Manglende enhetlig rolleforståelse og mangel på riktig fag- og beslutningskompetanse til å fylle rollene. Da blir rollene ikke fylt slik modellen forutsetter.

risk-system-owners-own-needs-name = Systemeiere som ser mest på egne behov
risk-system-owners-own-needs-summary = Det er en risiko at { -system-owner(form: "plural") } for { -enterprise-system(form: "plural") } og { -cross-disciplinary-system(form: "plural") } fokuserer for mye på egne behov framfor behovene til andre { -user(form: "plural") }. Da blir systemene innrettet etter én del av organisasjonen.

risk-lack-of-execution-capacity-name = Manglende gjennomføringsevne
risk-lack-of-execution-capacity-summary = Modellen blir ikke satt ut i livet hvis den som får en rolle, mangler tid eller kompetanse til å fylle den.
risk-lack-of-execution-capacity-point-another-task = Nok en oppgave blant mange andre: rollene kommer i tillegg til det lederne allerede gjør, og kan bli nedprioritert.
risk-lack-of-execution-capacity-point-capacity-and-competence = Kapasitet og kompetanse: de som får rollene, kan mangle tid eller kompetanse til å utøve dem.

risk-missing-collaboration-arenas-name = Manglende samhandlingsarenaer
risk-missing-collaboration-arenas-summary = Samhandlingsarenaer med riktig fag- og beslutningskompetanse blir ikke etablert. Da blir saker som krever samordning, ikke avgjort.

risk-resistance-to-change-name = Motstand mot endring
risk-resistance-to-change-summary = Organisasjonen kan møte den nye modellen med motstand, slik at den blir tatt i bruk sent eller bare delvis.
risk-resistance-to-change-point-change-fatigue = Endringstretthet på IKT-området: etter mange endringer orker ikke organisasjonen én til.

risk-communication-name = Kommunikasjon er en nøkkelrisiko
risk-communication-summary = Blir modellen dårlig kommunisert, vet ikke de som skal fylle rollene og møte i foraene, hva som forventes av dem.
risk-communication-point-understanding = Alle må forstå den nye organiseringen og konsekvensene av den, ellers fortsetter de å arbeide som før.
risk-communication-point-anchoring = Det er viktig at modellen blir forankret i relevante lederfora og hos de tillitsvalgte; uten forankring mangler den legitimitet.

## Eksempel kommunes vurdering og tiltak (oppdiktet eksempel)

risk-unclear-role-understanding-mitigation = Alle systemeiere og systemkoordinatorer får en halv dags innføring i rollene, og rollebeskrivelsene gjennomgås i ledermøtet hvert år.
risk-system-owners-own-needs-mitigation = IKT-koordinatoren legger endringsønsker for økonomi og lønn fram i IKT-forum, der brukerne fra andre enheter kan si sin mening før systemeieren bestemmer.
risk-lack-of-execution-capacity-mitigation = Systemkoordinatorrollen får avsatt tid i stillingsbeskrivelsen; kommunedirektøren følger opp ressursbruken i tertialrapporten.
risk-missing-collaboration-arenas-mitigation = Møteplanen for alle fora vedtas i IKT-styringsgruppen hvert år, og IKT-koordinatoren følger opp at møtene blir holdt.
risk-resistance-to-change-mitigation = Modellen innføres trinnvis, én sektor om gangen; risikoen er akseptert i IKT-styringsgruppen.
risk-communication-mitigation = IKT-staben lager en kort presentasjon av modellen, og den gjennomgås i alle ledermøter, på IKT-tinget og med de tillitsvalgte.

risk-health-records-downtime-name = Nedetid i pasientjournalen
risk-health-records-downtime-summary = Er pasientjournalen utilgjengelig, mangler hjemmetjenesten og sykehjemmene opplysninger om medisiner og behandling.
risk-health-records-downtime-mitigation = Driftsavtalen krever reserveløsning med lesetilgang; endringer i journalen tas bare i avtalte vinduer etter vedtak i endringsforumet.

risk-access-rights-drift-name = Tilganger som ikke fjernes
risk-access-rights-drift-summary = Ansatte som bytter stilling eller slutter, beholder tilganger til saker, elevopplysninger og andre personopplysninger.
risk-access-rights-drift-mitigation = Tilganger styres fra lønns- og personalsystemet, og systemkoordinatorene går gjennom tilgangene to ganger i året.
