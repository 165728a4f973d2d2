### Risiko: de viktigste risikoelementene (lysbilde 24).

risk-unclear-role-understanding-name = Manglende enhetlig rolleforståelse
risk-unclear-role-understanding-summary = Manglende enhetlig rolleforståelse og mangel på riktig fag- og beslutningskompetanse til å fylle rollene.

risk-system-owners-own-needs-name = Systemeiere som ser mest på egne behov
risk-system-owners-own-needs-summary = Det er en risiko at { -system-owner(form: "plural") } for { -enterprise-system(form: "plural") } og { -cross-disciplinary-system(form: "plural") } fokuserer for mye på egne behov framfor behovene til andre { -user(form: "plural") }.

risk-lack-of-execution-capacity-name = Manglende gjennomføringsevne
risk-lack-of-execution-capacity-point-another-task = Nok en oppgave blant mange andre
risk-lack-of-execution-capacity-point-capacity-and-competence = Kapasitet og kompetanse

risk-missing-collaboration-arenas-name = Manglende samhandlingsarenaer
risk-missing-collaboration-arenas-summary = Samhandlingsarenaer med riktig fag- og beslutningskompetanse blir ikke etablert.

risk-resistance-to-change-name = Motstand mot endring
risk-resistance-to-change-point-change-fatigue = Endringstretthet på IKT-området

risk-communication-name = Kommunikasjon er en nøkkelrisiko
risk-communication-point-understanding = Alle må forstå den nye organiseringen og konsekvensene av den
risk-communication-point-anchoring = Det er viktig at modellen blir forankret i relevante lederfora og hos de tillitsvalgte
