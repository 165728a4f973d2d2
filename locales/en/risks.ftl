### Risk: the most important risk elements (slide 24).

risk-unclear-role-understanding-name = No shared understanding of roles
risk-unclear-role-understanding-summary = No shared understanding of the roles, and a lack of the right specialist and decision-making expertise to fill them.

risk-system-owners-own-needs-name = System owners focusing on their own needs
risk-system-owners-own-needs-summary = There is a risk that system owners of enterprise systems and cross-disciplinary systems focus too much on their own needs rather than those of other users.

risk-lack-of-execution-capacity-name = Lack of capacity to deliver
risk-lack-of-execution-capacity-point-another-task = Yet another task among many others
risk-lack-of-execution-capacity-point-capacity-and-competence = Capacity and expertise

risk-missing-collaboration-arenas-name = No forums for working together
risk-missing-collaboration-arenas-summary = Forums for working together, with the right specialist and decision-making expertise, are not set up.

risk-resistance-to-change-name = Resistance to change
risk-resistance-to-change-point-change-fatigue = Change fatigue in the ICT area

risk-communication-name = Communication is a key risk
risk-communication-point-understanding = Everyone must understand the new organisation and what it means for them
risk-communication-point-anchoring = The model must have the backing of the relevant management forums and of the trade union representatives
