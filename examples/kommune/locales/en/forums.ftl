### Meetings and forums (slides 18-23).

## Forum groups (slide 18)

forum-group-control-boards-name = Governance forums
forum-group-system-forums-name = System forums
forum-group-system-forums-summary = Forums set up for each system.
forum-group-communication-forums-name = Communication forum
forum-group-communication-forums-summary = For everyone involved in ICT in the municipality.

## ICT steering group (slide 19)

forum-ict-steering-group-purpose = Forum for overall coordination and policy decisions.
forum-ict-steering-group-power-priorities = Decide priorities between major projects and initiatives
forum-ict-steering-group-power-coordination = Ensure coordination between the municipalities
forum-ict-steering-group-task-cross-sector = Coordination and prioritisation across the municipality's service areas
forum-ict-steering-group-task-focus-areas = Set out focus areas and overall objectives for the ICT area as a whole
forum-ict-steering-group-task-resources = Ensure resources are allocated correctly and communication works across the municipality
forum-ict-steering-group-task-sponsorship = Sponsor, prioritise and monitor strategically important projects
forum-ict-steering-group-task-risk = Overall risk management in the ICT area
forum-ict-steering-group-agenda-status = Overall ICT status
forum-ict-steering-group-agenda-change-needs = Major or fundamental changes needed
forum-ict-steering-group-agenda-projects = Large and critical projects
forum-ict-steering-group-agenda-costs-and-risk = Review of costs and risks
forum-ict-steering-group-agenda-other = Any other business
forum-ict-steering-group-chair-duty-competence = The chair is responsible for making sure the forum always has the right competence, both professional and formal.
forum-ict-steering-group-participant-note-deputies = The chief executives of the municipalities take part, or someone acting on their behalf.
forum-ict-steering-group-note-which-chief-executive = Open question: the source says the group is chaired by the chief executive ("Ledes av: Rådmann"), but the chief executives of several municipalities sit on it, and the source does not say which of them chairs.

## ICT forum (slide 20)

forum-ict-forum-purpose = Forum for coordinating ICT. The source puts a question mark after this purpose: it is not settled.
forum-ict-forum-decision-authority-question = The source does not settle what decision authority the { -ict-forum } should have: the slide shows "???" instead. Its purpose also carries a question mark ("Forum for koordinering av IKT ?"), and its main tasks are not described.
forum-ict-forum-agenda-steering-group-information = Information from the { -ict-steering-group }
forum-ict-forum-agenda-shared-changes = Shared changes, for example when databases or infrastructure are upgraded
forum-ict-forum-agenda-changes-affecting-others = Briefing on changes that may affect other system owners
forum-ict-forum-agenda-other = Any other business
forum-ict-forum-chair-duty-competence = The chair is also responsible for making sure the forum always has the right competence, both professional and formal.
forum-ict-forum-participant-note-largest-systems = Relevant system owners within the sector, typically the owners of the largest and most critical systems in each service unit.
forum-ict-forum-participant-note-appointed-others = Possibly others appointed by the { -chief-executive }.

## Change forum (slide 21)

forum-change-forum-purpose = Forum for prioritising and deciding on functional changes.
forum-change-forum-power-stop-or-implement = May stop changes, put them into effect, or both
forum-change-forum-task-assess-changes = Assess functional changes and the need for upgrades
forum-change-forum-task-avoid-conflicts = Make sure that significant changes to systems or infrastructure do not compete for the same resources or competence, that everyone affected has been told, and that decisions rest on the right information
forum-change-forum-task-infrastructure-principles = Make sure changes do not breach the infrastructure principles
forum-change-forum-agenda-proposed-changes = Changes proposed for the next period (change calendar)
forum-change-forum-agenda-future-needs = Future changes needed and requested
forum-change-forum-chair-duty-competence-and-composition = The chair is also responsible for making sure the forum always has the right competence and membership.
forum-change-forum-participant-note-key-users = Relevant users. Given the forum's purpose, only a few key users will attend.
forum-change-forum-participant-note-authority = Participants must be users with the authority and competence to take part.

## User forum (slide 22)

forum-user-forum-purpose = Forum for training, user needs and sharing experience.
forum-user-forum-task-requirements = Make sure that requirements and needs for functionality and training are gathered and coordinated in a structured way
forum-user-forum-task-development = Communication about development
forum-user-forum-task-exchange = Discussion, sharing experience and motivation
forum-user-forum-agenda-use-and-changes = Information about use and planned changes
forum-user-forum-agenda-expectations = Communicating what is expected of users
forum-user-forum-agenda-feedback = Feedback from users on use, changes they would like, and opportunities for realising benefits
forum-user-forum-chair-duty-competence-and-composition = The chair is also responsible for making sure the forum always has the right competence and membership.
forum-user-forum-participant-note-no-fixed-participation = Relevant users, with no fixed membership.
forum-user-forum-participant-note-composition = The { -user-forum } can be put together to suit the matters to be discussed.

## ICT Assembly (slide 23)

forum-ikt-tinget-purpose = Forum for communication from management to everyone involved in ICT in the municipality.
forum-ikt-tinget-task-communication = Communication
forum-ikt-tinget-task-experience = Sharing experience
forum-ikt-tinget-task-special-topics = Special topics
forum-ikt-tinget-agenda-status = Overall information on the status of ICT work in the municipality
forum-ikt-tinget-agenda-plans = Planned activities and important changes
forum-ikt-tinget-chair-duty-open-and-close = The chief executives are responsible for opening and closing the meeting.
forum-ikt-tinget-participant-note-unit-heads = Heads of service units
forum-ikt-tinget-participant-note-relevant-suppliers = Relevant ICT suppliers
forum-ikt-tinget-note-importance = The { -ikt-tinget } is important for getting a large and currently poorly coordinated organisation to move in step on ICT.
forum-ikt-tinget-note-review-need = Further needs may be considered later; the source does not say which.

# Dated meetings of Eksempel kommune's forums in 2027.
forum-ict-steering-group-meeting-annual-report = ICT annual report for 2026 and the year's priorities
forum-ict-steering-group-meeting-budget = Input to the budget and financial plan 2028–2031
forum-ikt-tinget-meeting-spring = Spring meeting: status and plans for the year
forum-ikt-tinget-meeting-autumn = Autumn meeting: lessons learnt and topics for next year
forum-user-forum-meeting-case-archive = User forum for case management and archive
forum-user-forum-meeting-finance-payroll = User forum for finance and payroll
