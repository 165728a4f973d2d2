### Risk: the most important risk elements (slide 24).

risk-unclear-role-understanding-name = No shared understanding of roles
risk-unclear-role-understanding-summary = If the roles are not understood the same way, and the people in them lack the right specialist and decision-making competence, the roles will not be filled as the model intends.

risk-system-owners-own-needs-name = System owners focusing on their own needs
risk-system-owners-own-needs-summary = There is a risk that system owners of enterprise systems and cross-disciplinary systems focus too much on their own needs rather than those of other users. The systems would then be shaped around one part of the organisation.

risk-lack-of-execution-capacity-name = Lack of capacity to deliver
risk-lack-of-execution-capacity-summary = The model will not be put into practice if those given a role lack the time or the competence to carry it out.
risk-lack-of-execution-capacity-point-another-task = Yet another task among many others: the roles come on top of what managers already do, and may slip down their list.
risk-lack-of-execution-capacity-point-capacity-and-competence = Capacity and competence: the people given the roles may lack the time or the competence to carry them out.

risk-missing-collaboration-arenas-name = No forums for working together
risk-missing-collaboration-arenas-summary = If the forums are not set up, or meet without the right specialist and decision-making competence, matters that need coordination are not decided.

risk-resistance-to-change-name = Resistance to change
risk-resistance-to-change-summary = The organisation may resist the new model, so that it is adopted late or only in part.
risk-resistance-to-change-point-change-fatigue = Change fatigue in the ICT area: after many changes, the organisation has no energy left for another.

risk-communication-name = Communication is a key risk
risk-communication-summary = If the model is poorly communicated, the people who are to fill the roles and attend the forums will not know what is expected of them.
risk-communication-point-understanding = Everyone must understand the new organisation and what it means for them; otherwise they will carry on working as before.
risk-communication-point-anchoring = The model must have the backing of the relevant management forums and of the trade union representatives; without it, the model lacks legitimacy.
