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

## Eksempel kommune's assessment and measures (a fictional example)

risk-unclear-role-understanding-mitigation = Every system owner and system coordinator gets a half-day introduction to the roles, and the role descriptions are reviewed in the management meeting every year.
risk-system-owners-own-needs-mitigation = The ICT coordinator brings change requests for finance and payroll to the ICT forum, where users from other units can give their views before the system owner decides.
risk-lack-of-execution-capacity-mitigation = The system coordinator role gets time set aside in the job description; the chief executive follows up the use of resources in the four-monthly report.
risk-missing-collaboration-arenas-mitigation = The ICT steering group adopts the meeting plan for all forums every year, and the ICT coordinator checks that the meetings are held.
risk-resistance-to-change-mitigation = The model is introduced step by step, one sector at a time; the ICT steering group has accepted the risk.
risk-communication-mitigation = The ICT staff prepare a short presentation of the model, which is gone through in every management meeting, at IKT-tinget and with the union representatives.

risk-health-records-downtime-name = Downtime in the patient record
risk-health-records-downtime-summary = If the patient record is unavailable, home care and the nursing homes lack information on medication and treatment.
risk-health-records-downtime-mitigation = The operations agreement requires a read-only fallback; changes to the record are made only in agreed windows after a decision in the change forum.

risk-access-rights-drift-name = Access rights that are not removed
risk-access-rights-drift-summary = Employees who change jobs or leave keep access to cases, pupil records and other personal data.
risk-access-rights-drift-mitigation = Access is driven by the payroll and HR system, and the system coordinators review access rights twice a year.
