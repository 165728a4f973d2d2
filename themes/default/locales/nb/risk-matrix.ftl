# Risikomatrisen (issue 10): sannsynlighet mot konsekvens.

risk-matrix-title = Risikomatrise
risk-matrix-intro = Hver vurderte risiko plassert etter sannsynlighet og konsekvens. Hver rute sier risikonivået med ord; fargen gjentar det bare.
risk-matrix-caption = Sannsynlighet (rader, høyest øverst) mot konsekvens (kolonner)
risk-matrix-scale =
    { $score ->
        [1] svært lav
        [2] lav
        [3] middels
        [4] høy
       *[5] svært høy
    }
risk-matrix-likelihood = Sannsynlighet { $score }: { risk-matrix-scale }
risk-matrix-impact = Konsekvens { $score }: { risk-matrix-scale }
risk-matrix-level =
    { $level ->
        [low] Lav risiko
        [high] Høy risiko
        [very-high] Svært høy risiko
       *[medium] Middels risiko
    }
risk-matrix-none-assessed =
    { $total ->
        [0] Risikoregisteret har ingen risikoer ennå, så det er ingenting å plassere i en matrise.
       *[other] Ingen av risikoene i registeret er vurdert etter sannsynlighet og konsekvens ennå, så det er ingenting å plassere i en matrise.
    }
risk-matrix-see-register = Risikoregisteret viser hva som mangler.
risk-matrix-unplaced-heading = Ikke plassert i matrisen
risk-matrix-unplaced =
    { $likelihood ->
        [known] konsekvensen er ikke vurdert
       *[other]
            { $impact ->
                [known] sannsynligheten er ikke vurdert
               *[other] verken sannsynlighet eller konsekvens er vurdert
            }
    }
