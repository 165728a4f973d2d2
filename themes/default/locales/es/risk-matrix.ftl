# La matriz de riesgos (issue 10): probabilidad frente a impacto.

risk-matrix-title = Matriz de riesgos
risk-matrix-intro = Cada riesgo evaluado, situado según su probabilidad y su impacto. Cada casilla indica su nivel de riesgo con palabras; el color solo lo repite.
risk-matrix-caption = Probabilidad (filas, la más alta arriba) frente a impacto (columnas)
risk-matrix-scale =
    { $score ->
        [1] muy baja
        [2] baja
        [3] media
        [4] alta
       *[5] muy alta
    }
risk-matrix-likelihood = Probabilidad { $score }: { risk-matrix-scale }
risk-matrix-impact = Impacto { $score }: { $score ->
        [1] muy bajo
        [2] bajo
        [3] medio
        [4] alto
       *[5] muy alto
    }
risk-matrix-level =
    { $level ->
        [low] Riesgo bajo
        [high] Riesgo alto
        [very-high] Riesgo muy alto
       *[medium] Riesgo medio
    }
risk-matrix-none-assessed =
    { $total ->
        [0] El registro de riesgos aún no tiene riesgos, así que no hay nada que situar en una matriz.
       *[other] Ninguno de los riesgos del registro se ha evaluado aún por probabilidad e impacto, así que no hay nada que situar en una matriz.
    }
risk-matrix-see-register = El registro de riesgos muestra lo que falta.
risk-matrix-unplaced-heading = No situados en la matriz
risk-matrix-unplaced =
    { $likelihood ->
        [known] el impacto no se ha evaluado
       *[other]
            { $impact ->
                [known] la probabilidad no se ha evaluado
               *[other] no se han evaluado ni la probabilidad ni el impacto
            }
    }
