# Risikoregisteret: eier, sannsynlighet, konsekvens, tiltak og status (bokmål, kildespråket).

risks-scale = Sannsynlighet og konsekvens vurderes fra 1 til 5: 1 er svært lav og 5 er svært høy.
label-risk-owner = Risikoeier
label-likelihood = Sannsynlighet
label-impact = Konsekvens
label-mitigation = Tiltak
label-risk-status = Status
risk-score = { $score } av 5
risk-status =
    { $status ->
        [mitigating] Tiltak pågår
        [accepted] Akseptert
        [closed] Lukket
       *[open] Åpen
    }
open-question-risk-field =
    { $field ->
        [owner] hvem som eier risikoen, er ikke avklart
        [likelihood] sannsynligheten er ikke vurdert
        [impact] konsekvensen er ikke vurdert
       *[mitigation] tiltakene er ikke avklart
    }
