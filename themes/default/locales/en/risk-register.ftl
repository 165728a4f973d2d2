# The risk register: owner, likelihood, impact, mitigation and status (English).

risks-scale = Likelihood and impact are rated from 1 to 5, where 1 is very low and 5 very high.
label-risk-owner = Risk owner
label-likelihood = Likelihood
label-impact = Impact
label-mitigation = Mitigation
# same-as-source
label-risk-status = Status
risk-score = { $score } out of 5
risk-status =
    { $status ->
        [mitigating] Being mitigated
        [accepted] Accepted
        [closed] Closed
       *[open] Open
    }
open-question-risk-field =
    { $field ->
        [owner] who owns the risk is not decided
        [likelihood] the likelihood has not been assessed
        [impact] the impact has not been assessed
       *[mitigation] the mitigation is not decided
    }
