# The default theme's words in English.

language-name = English
skip-to-content = Skip to content
language-switcher-label = Language
main-navigation-label = Main menu
footer-generated-by = Made with govdoc.
draft-fallback-banner =
    { $count ->
        [one] Draft: one text on this page is not translated yet and is shown in another language.
       *[other] Draft: { $count } texts on this page are not translated yet and are shown in another language.
    }
draft-fallback-marker = not translated

nav-home = Home
nav-roles = Roles
nav-forums = Forums
nav-risks = Risks
nav-model = The model
nav-glossary = Terms in all languages

home-forums-heading = Who decides what, and when do they meet?
home-roles-heading = Who is responsible?
roles-intro = The roles of the governance model, grouped as the model orders them. Choose a role to see its responsibilities, its tasks and the forums it takes part in.
roles-ungrouped = Other roles
forums-intro = The forums where decisions are made and information is shared: what they may decide, how often they meet and who leads them.
forums-ungrouped = Other forums
risks-intro = The main risks of the governance model.
model-intro = How the ICT area is governed: from the overall strategy to roles, functions and forums.
model-strategy-heading = From strategy to structure
model-capacities-heading = Capacities
model-foundations-heading = Using ICT comes down to three things
model-supply-heading = Model Y: management, commissioner and supplier, tied together by the service level agreement (SLA)
model-functions-heading = Five functions
glossary-intro = The terms of the governance model in every language, side by side. The site uses the same words everywhere.
open-questions-title = Open questions
open-questions-intro = Points the source material has not settled. They are shown as open until they are decided.
open-questions-none = There are no open questions.
open-question-field =
    { $field ->
        [chair] who leads the forum is not decided
       *[decision-authority] its decision authority is not decided
    }
translation-status-title = Translation status
translation-status-intro = How far each translation has come, measured against the Norwegian source text.
translation-status-language = Language
translation-status-source = Texts in the source
translation-status-translated = Translated
translation-status-missing = Missing
translation-status-stale = Out of date
translation-status-obsolete = Obsolete
translation-status-complete = Complete
translation-status-percent = { $percent }%
translation-status-done = Everything is translated and up to date.
translation-status-missing-heading = Missing ({ $count })
translation-status-stale-heading = Source text changed after translation ({ $count })
translation-status-obsolete-heading = No longer in the source ({ $count })
translation-status-id = Text
translation-status-old-source = Source when translated
translation-status-new-source = Source now
translation-status-how = Translators: see the translator's guide, and run “govdoc i18n status” for the same list with file names and line numbers.
not-found-title = Page not found
not-found-text = This page does not exist. Choose a language to go to the home page.

label-role = Role
label-responsibility = Responsibility
label-held-by = Who
label-chairs = Chairs
label-attends = Takes part in
label-convenes = Calls the meetings of
label-holds = Responsible for the roles
label-responsibilities = Responsibilities
label-tasks = Tasks
label-policy-areas = Sets requirements and policies for
label-competencies = Competencies
label-success-factors = Critical success factors
label-escalation = Escalation
escalation-for = For { $category }
escalation-line-organisation = through ordinary line management
label-notes = Clarifications
label-related-risks = Related risks
label-concerns = Concerns
label-term = Term

# same-as-source
label-forum = Forum
label-per-system = Established per system
label-meets = Meets
label-chair = Led by
chair-appointed = An appointed chair
undecided = Not decided
label-decision-authority = Decision authority
authority-none = Not a decision forum
authority-decides = Decision forum
authority-by-virtue-of = In the capacity of
label-main-tasks = Main tasks
label-fixed-agenda = Fixed agenda items
label-possible-topics = Possible topics
agenda-not-fixed = The forum has no fixed agenda, but these may be topics:
label-participants = Who takes part
label-chair-duties = The chair's responsibility
label-establishment = When the forum is established
establishment-must = Must be established for
establishment-may = May be established for
label-escalating-roles = Roles that escalate here

cadence-convened-by = Called by
cadence-regular = regularly
cadence-when-needed = when needed
cadence-and-when-needed = { $rhythm } and when needed
cadence-for-category = Each { $category } should have fixed meetings, for example { $rhythm }.
cadence-periodic =
    { $range ->
        [yes] { $min ->
            [1] { $max ->
                [2] once or twice
               *[other] { $min }–{ $max } times
            }
           *[other] { $min }–{ $max } times
        } { $per ->
            [week] a week
            [month] a month
            [quarter] a quarter
           *[year] a year
        }
       *[no] { $max ->
            [1] { $per ->
                [week] weekly
                [month] monthly
                [quarter] quarterly
               *[year] once a year
            }
            [2] twice { $per ->
                [week] a week
                [month] a month
                [quarter] a quarter
               *[year] a year
            }
           *[other] { $max } times { $per ->
                [week] a week
                [month] a month
                [quarter] a quarter
               *[year] a year
            }
        }
    }

# The frame: header, breadcrumbs, footer.
menu-button = Menu
breadcrumbs-label = You are here
footer-contact-heading = Contact us
footer-about-heading = About this site
footer-last-updated = Last updated
contact-email = Email
contact-phone = Phone
contact-page = Contact page
date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
not-found-lead = The page you are looking for does not exist. It may have been moved or deleted.
not-found-home = Go to the home page
not-found-other-languages = In other languages

# The accessibility statement (tilgjengelighetserklæring), in the structure uustatus uses.
accessibility-title = Accessibility statement
accessibility-intro = { $owner } is required to make this site accessible under the Norwegian regulations on universal design of ICT solutions. This statement applies to { $url }.
accessibility-status-heading = How well the site meets the requirements
accessibility-status =
    { $status ->
        [full] The site meets all the WCAG 2.1 requirements that apply to it.
        [partial] The site does not meet all the WCAG 2.1 requirements. The failures are listed below.
       *[none] The site does not meet the WCAG 2.1 requirements, or it has not been assessed yet.
    }
accessibility-deviations-heading = Content that does not meet the requirements
accessibility-no-deviations = We know of no failures to meet the requirements.
accessibility-criterion = Success criterion { $criterion }
accessibility-method-heading = How we assessed the site
accessibility-method =
    { $method ->
        [external] The site was tested by an outside party.
       *[self-assessment] We assessed the site ourselves.
    }
accessibility-feedback-heading = Feedback and contact
accessibility-feedback = Have you found content that is not accessible to you, or do you have questions about this statement? Write to us:
accessibility-complaint-heading = Complaints
accessibility-complaint = If you get no answer, or you are not satisfied with it, you can report it to
accessibility-authority = the Norwegian Authority for Universal Design of ICT
accessibility-dates-heading = About this statement
accessibility-created = Created
accessibility-updated = Last updated

## The banner on every page of an example site (`example: true` in govdoc.yml)

example-banner-label = Example
example-banner = This is a fictional example. The municipality, its units, systems and risks do not exist.

# Search: the search page, the header link and the words the search script shows.
search-link = Search
search-title = Search
search-label = Search roles, forums, risks and pages
search-button = Search
search-intro = Type one or more words, for example the name of a role or a forum. Matches in the title come first.
search-all-intro = Everything you can search, by kind:
search-status-short = Type at least three letters.
search-status-none = No results.
search-status-one = One result.
search-status-many = { $count } results.
search-status-error = The search could not be loaded. Use the list below.
search-results-label = Search results
search-kind-role = Role
search-kind-forum = Forum
# same-as-source
search-kind-system = System
search-kind-risk = Risk
search-kind-page = Page
search-kind-pages = Pages

# Translation status page: word counts and stale texts side by side (issue 14)
translation-status-number = { $n }
translation-status-words-heading = Words
translation-status-words-intro = Words are counted in the Norwegian source text, as translation agencies quote; placeholders and Fluent syntax are not counted.
translation-status-words-source = Words in the source
translation-status-words-current = Translated and up to date
translation-status-words-missing = Not translated
translation-status-words-stale = Out of date
translation-status-current-translation = Translation now
translation-status-change = Change in the source:

# Open-questions page: the source's own open points, from the site's messages (issue 15)
open-questions-source-heading = Points the source leaves open
open-questions-source-intro = Questions the source leaves open that do not belong to a single field of the model.
open-questions-source-points = { "" }

# Header: the menu's group of reference pages, so the menu keeps to one row (issue 11)
menu-more = More
