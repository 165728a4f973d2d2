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
