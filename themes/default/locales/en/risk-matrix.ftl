# The risk matrix (issue 10): likelihood against impact.

risk-matrix-title = Risk matrix
risk-matrix-intro = Every assessed risk, placed by likelihood and impact. Each cell states its risk level in words; the colour only repeats it.
risk-matrix-caption = Likelihood (rows, highest at the top) against impact (columns)
risk-matrix-scale =
    { $score ->
        [1] very low
        [2] low
        [3] medium
        [4] high
       *[5] very high
    }
risk-matrix-likelihood = Likelihood { $score }: { risk-matrix-scale }
risk-matrix-impact = Impact { $score }: { risk-matrix-scale }
risk-matrix-level =
    { $level ->
        [low] Low risk
        [high] High risk
        [very-high] Very high risk
       *[medium] Medium risk
    }
risk-matrix-none-assessed =
    { $total ->
        [0] The risk register has no risks yet, so there is nothing to place in a matrix.
       *[other] None of the risks in the register has been assessed for likelihood and impact yet, so there is nothing to place in a matrix.
    }
risk-matrix-see-register = The risk register shows what is missing.
risk-matrix-unplaced-heading = Not placed in the matrix
risk-matrix-unplaced =
    { $likelihood ->
        [known] the impact is not assessed
       *[other]
            { $impact ->
                [known] the likelihood is not assessed
               *[other] neither likelihood nor impact is assessed
            }
    }
