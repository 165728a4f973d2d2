# El registro de riesgos: responsable, probabilidad, impacto, medidas y estado (español).

risks-scale = La probabilidad y el impacto se valoran de 1 a 5, donde 1 es muy bajo y 5 muy alto.
label-risk-owner = Responsable del riesgo
label-likelihood = Probabilidad
label-impact = Impacto
label-mitigation = Medidas
label-risk-status = Estado
risk-score = { $score } de 5
risk-status =
    { $status ->
        [mitigating] Medidas en curso
        [accepted] Aceptado
        [closed] Cerrado
       *[open] Abierto
    }
open-question-risk-field =
    { $field ->
        [owner] no está decidido quién es el responsable del riesgo
        [likelihood] la probabilidad no está valorada
        [impact] el impacto no está valorado
       *[mitigation] no están decididas las medidas
    }
