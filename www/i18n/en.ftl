# CCA Migration Lab: interface messages in English (the fallback for every
# other language). One message per line or block; see README "Languages".

## Layout
app-title = CCA Migration Lab
app-tagline = Migration in Common Country Analyses and Cooperation Frameworks
skip-to-main = Skip to main content
nav-main = Main
nav-curricula = Curricula
nav-workspaces = Workspaces
nav-trainers = Trainers
language-switcher-label = Language
language-load-failed = { $language } could not be loaded ({ $why }). The interface stays in the current language; try again when the connection is back.
footer-sources = Official texts: SDG global indicator framework (A/RES/71/313, after the 2025 comprehensive review, E/CN.3/2025/6); Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). Your progress stays in this browser.
update-ready = A new version of CCA Migration Lab is ready. Reload to use it; your progress is kept.
update-reload = Reload now
dismiss = Dismiss
page-title = { $title } — CCA Migration Lab

## Language names (in the interface language)
lang-ar = Arabic
lang-zh = Chinese
lang-en = English
lang-fr = French
lang-ru = Russian
lang-es = Spanish

## Shared page parts
breadcrumb = Breadcrumb
breadcrumb-catalogue = Catalogue
lesson-completed-mark = ✓ completed
loading-catalogue = Loading the catalogue…
loading-curriculum = Loading the curriculum…
loading-module = Loading the module…
loading-lesson = Loading the lesson…
loading-reference = Loading the official texts…
loading-results = Loading your results…
loading-workspace = Loading the workspace…
problems-in-curriculum = Problems found in the curriculum files

## Catalogue
catalogue-heading = Curricula
catalogue-lead = Learn to bring migration into Common Country Analyses and Cooperation Frameworks, with the Global Compact for Migration and the SDG targets and indicators. Your answers stay in this browser.
catalogue-problems = The catalogue file has problems
catalogue-empty = This site offers no curricula yet.
catalogue-languages = Languages
catalogue-not-in-your-language = Not available in { $language }; shown in { $shown }
catalogue-time = Time
catalogue-time-value = { $hours ->
    [0] about { $minutes } minutes
   *[other] about { $hours } hours { $minutes } minutes
}
catalogue-progress = Your progress
catalogue-not-started = not started
catalogue-lessons-done = { $count ->
    [one] { $count } lesson completed
   *[other] { $count } lessons completed
}
catalogue-card-problem = This curriculum has problems in its files. Open it to see them.

## Not found
not-found-title = Page not found
not-found-body = This address does not lead to a page of CCA Migration Lab. The link may be mistyped, or the curriculum may have been renamed.
not-found-back = Go to the catalogue

## Module
module-lessons-done = { $done } of { $total } lessons completed

## Curriculum
curriculum-language = Language of this curriculum
curriculum-broken-title = Curriculum “{ $id }”
curriculum-broken-lead = This curriculum cannot be shown because its files have problems. The other curricula are not affected.
back-to-catalogue = Back to the catalogue
curriculum-not-in-language = This curriculum is not available in { $requested }; it is shown in { $shown }.
curriculum-partly-translated = Not yet translated into { $language }, shown in { $shown }: { $modules }.
your-results = Your results
curriculum-start = Start
curriculum-continue = Continue
curriculum-audience = For
curriculum-minutes = about { $minutes } minutes
curriculum-version = Version
curriculum-modules = Modules
curriculum-trainer-notes = Notes for trainers ({ $count })
curriculum-warnings = Warnings in the curriculum files
reset-label = Start over
reset-confirm = Clear every answer and completed lesson in this curriculum? This cannot be undone.
reset-yes = Yes, clear my progress
reset-no = Keep my progress
reset-start = Start over…
offline-title = Use offline
offline-available = Available offline (version { $version }): it opens without a network on this device.
offline-intro = Pages you open are kept for use without a network. To keep the whole curriculum, in every language, save it now.
offline-saving = Saving for offline use… { $count } files so far.
offline-saved = Saved: { $count } files. The curriculum now opens without a network on this device.
offline-failed = Not saved: { $why }. Check the connection and try again.
offline-save-again = Save the latest version again
offline-save = Make this curriculum available offline

## Lesson
lesson-position = lesson { $position } of { $total }
lesson-not-translated = This module is not yet translated into { $language }; it is shown in { $shown }.
lesson-nav = Lessons
lesson-previous = ← Previous lesson
lesson-completed = ✓ Lesson completed
lesson-next = Next lesson →
lesson-complete-continue = Complete lesson and continue →
lesson-complete = Complete lesson
step-question = Check your understanding
step-reference = Official texts
step-mapping = Mapping exercise

## Numbers (English keeps a no-break space before %, as the project always has)
percent = { $whole } %
x-of-y = { $x } of { $y }

## Reference
reference-title = Reference
reference-load-failed = The official texts could not be loaded: { $why }. Check the connection and reload the page.
reference-not-found = Reference not found
reference-not-found-body = “{ $code }” names no GCM objective or SDG goal, target or indicator. Search for one below.
reference-find = Find another
reference-search-label = Code or words (for example 10.7, gcm 6, remittances)
search-results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}

## Results
downloaded = Downloaded { $name }.
file-not-made = The file could not be made: { $why }.
results-name-label = Your name, as it should appear (optional, kept only in this browser)
results-download = Download results (JSON)
print-or-pdf = Print or save as PDF
results-kicker = CCA Migration Lab · record of learning
results-lessons = Lessons completed
results-questions = Questions answered correctly
results-questions-value = { $correct } of { $total } ({ $answered } answered)
results-mappings = Mapping exercises
results-mappings-value = { $attempted } of { $total } attempted
results-score = Overall score
results-status = Status
results-completed = Completed
results-in-progress = In progress
results-version = Curriculum version
results-date = Date
results-table-caption = Mapping exercises: best and last scores
results-exercise = Exercise
results-best = Best
results-last = Last
results-attempts = Attempts
results-note = The overall score counts every question (right or not) and every mapping exercise (its best score) of the curriculum once.
back-to-curriculum = Back to the curriculum

## Question
question-correct = Correct.
question-partly = Not quite: { $right } of { $total } right options chosen, { $wrong } wrong. Read the feedback on each option.
question-wrong = Not quite. Read the feedback on each option.
question-choose-all = Choose all that apply
question-choose-one = Choose one
option-right = ✓ Your choice: correct
option-wrong = ✗ Your choice: not correct
option-missed = ! A right answer you did not choose
option-not-chosen = Not chosen
try-again = Try again
check-answer = Check answer

## Diagnostics
diagnostics-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}
diagnostics-counts-warnings = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
diagnostics-place = line { $line }, column { $column }
diagnostics-whole-file = whole file
diagnostics-error = Error
diagnostics-warning = Warning
diagnostics-fix = Fix:
diagnostics-cli = Trainers see the same list by running

## References and frameworks
ref-gcm = GCM objective { $code }
ref-goal = SDG { $code }
ref-target = SDG target { $code }
ref-indicator = SDG indicator { $code }
framework-gcm = GCM objectives
framework-sdg-targets = SDG targets
framework-sdg-indicators = SDG indicators

## Mapping exercise
sentence = { $text }.
precision-recall = precision { $precision }, recall { $recall }
precision-undefined = not defined (nothing chosen)
recall-undefined = not defined (nothing expected)
mapping-status = Score { $score } — { $detail }.
mapping-map-to = Map to: { $frameworks }.
mapping-priority = Priority { $number }
mapping-source = Source: { $source }
mapping-submit = Submit
scoring-title = How scoring works
scoring-credit = Each reference you choose earns a credit:
scoring-1 = 1 if the answer key expects it;
scoring-2 = the key's own credit (0.5 unless the trainer set another) if the key accepts it as partly right;
scoring-3 = 0.5 if it sits next to an expected SDG reference: an expected target's indicator, an expected indicator's target, or another indicator of the same target;
scoring-4 = 0.25 if it is under the same SDG goal as an expected target or indicator;
scoring-5 = 0 otherwise. GCM objectives count only when expected or accepted by the key.
scoring-match = Each expected reference is matched by at most one choice, the one earning most. Choosing the same reference twice counts once.
scoring-f1 = Per priority, precision is the credit earned ÷ the references chosen (how much of what you chose is right); recall is the credit of the expected references found ÷ the references expected (how much of the key you found; accepted partial references add to precision only). F1 = 2 × precision × recall ÷ (precision + recall). A priority that expects nothing scores 100 % when you choose nothing.
scoring-mean = The score is the mean F1 over the priorities, so each counts the same; the precision and recall shown with it are pooled over all priorities.
mapping-analytics = Analytics of your mapping: coverage, gaps, alignment
mapping-attempts = Your attempts
mapping-attempt = Score { $score }
verdict-group = { $title } ({ $count })
verdict-right = Right
verdict-keyed-partial = Partly right (accepted by the key)
verdict-right-target = Partly right (next to an expected reference)
verdict-right-goal = Partly right (the right goal)
verdict-extra = Not expected
verdict-note = { $verdict } — credit { $credit }.
verdict-note-for = { $verdict } — credit { $credit }, for the expected { $expected }.
verdict-partly-found = Partly found through { $reference }.
priority-f1 = F1 { $score }
priority-nothing = Nothing to map here, and you chose nothing: right.
group-right = Right
group-partly = Partly right
group-missed = Missed
group-extra = Not expected

## Reference cards
ref-not-in-data = { $code } is not in the reference data.
ref-under = Under
ref-targets = Targets ({ $count })
ref-indicators = Indicators ({ $count })
ref-repeated = The same indicator is also listed as:
official-english-stale = (English text: the { $language } translation predates the current official wording.)
official-english-missing = (English text: no { $language } translation in our data.)
official-english-gcm = (Official title in English: not available in { $language } in our data.)
official-arabic-community = Arabic SDG texts: community translation (Open SDG project), not verified against the official UN text.
gcm-commitment = Commitment (GCM paragraph { $paragraph })
gcm-english-only = The GCM text is shown in English, its original language in our data.
gcm-actions = Actions ({ $count })
gcm-actions-note = Action texts are near-verbatim; quote A/RES/73/195 for the official wording.

## Reference picker
picker-already = { $reference } is already chosen.
picker-added = Added { $reference }
picker-removed = Removed { $reference }
picker-first-results = First { $count } results; add words to narrow them.
picker-results = { $count ->
    [0] No results.
    [one] { $count } result.
   *[other] { $count } results.
}
picker-chosen-for = Chosen for: { $label }
picker-remove = Remove { $reference }
picker-nothing-chosen = Nothing chosen.
picker-nothing-yet = Nothing chosen yet.
picker-chosen = chosen
picker-add = Add a reference
picker-for = for: { $label }
picker-hint = { $kinds }: type a code ({ $examples }) or words, or Browse. ↓ ↑ move, Enter adds, Esc closes.
picker-browse = Browse
picker-everything = Everything
picker-references-for = References for: { $label }
picker-preview-empty = Move through the results with ↓ ↑ to read each official text here in full.
picker-nothing-matches = Nothing matches “{ $query }”. Try a code such as { $example }, fewer words, or Browse.

## Workspaces
cancel = Cancel
ws-priorities = { $count ->
    [one] { $count } priority
   *[other] { $count } priorities
}
ws-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
ws-untitled = Untitled workspace
ws-import-failed = { $source } could not be imported: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}.
ws-import-nothing-changed = Nothing was changed. Correct the file and try again.
ws-default-name = Workspace { $number }
ws-pasted-list = The pasted list
ws-lead = Map the priorities of a plan — a national development plan, a CCA or a Cooperation Framework — to the GCM objectives and the SDG targets and indicators, and analyse coverage, gaps and alignment. Workspaces stay in this browser: export them to keep a copy or share them.
ws-yours = Your workspaces
ws-none-yet = You have no workspaces yet. Create one below.
ws-delete-question = Delete { $name }?
ws-delete-confirm = Delete “{ $name }” ({ $facts })? This cannot be undone; export it first to keep a copy.
ws-delete = Delete
ws-delete-name = Delete { $name }
ws-open = Open
ws-new = New workspace
ws-created = Created “{ $name }”.
ws-open-it = Open it
ws-name-optional = Name (optional)
ws-paste-label = Priorities, one per line
ws-paste-hint = Paste from a document or spreadsheet. A CSV with a “text” column (and optional “id” and “source” columns) works too. Leave it empty to start with no priorities.
ws-create = Create workspace
ws-from-file = Or create one from a file (.csv, .json or .txt):
ws-workspace = Workspace
ws-not-found-crumb = Not found
ws-not-found = Workspace not found
ws-not-found-body = This browser has no workspace “{ $id }”. Workspaces stay in the browser they were made in; to move one, export it there and create a workspace from the file here.
ws-all = All workspaces
ws-facts = { $priorities } · { $links } · saved in this browser
ws-name = Name
ws-export-csv = Export CSV
ws-export-json = Export JSON
ws-printable-report = Printable report
ws-replace-label = Replace the priorities from a file (.csv, .json or .txt):
ws-replace-question = Replace the priorities?
ws-replace-confirm = Replace the { $current } of “{ $name }” with the { $new } in { $file }? The current priorities, links and notes will be lost; export the workspace first to keep a copy.
ws-replace = Replace
ws-priorities-title = Priorities
ws-no-priorities = No priorities yet. Add the first below.
ws-new-priority = New priority
ws-add-priority = Add priority
ws-analysis = Analysis
ws-note-on = Note on { $reference } (optional)
ws-text-needed = A priority needs a text. Until it has one, the last text is kept.
ws-source-optional = Source (optional)
ws-remove-question = Remove priority { $id }?
ws-remove-confirm = Remove priority { $id } and its { $links }?
ws-remove = Remove
ws-remove-priority = Remove priority { $id }
ws-note = Note: { $note }
ws-source-paren = (source: { $source })
ws-no-link = No link.
ws-back = Back to the workspace
ws-print = Print
ws-pdf-hint = To make a PDF, choose “Save as PDF” as the printer.
ws-report-meta = Mapping report of { $date }, made with CCA Migration Lab: { $priorities }, { $links }.
ws-report-priorities = Priorities and their links

## Analytics
list-and = { $init } and { $last }
list-separator = {", "}
an-percent-below-one = <1 %
an-coverage = Coverage
an-gaps = Gaps
an-alignment = Alignment with the SDG targets
an-interlinkages = Interlinkages
an-objective = Objective { $number }
an-goal = Goal { $number }
an-summary-none-gcm = None of the { $total } objectives is addressed yet.
an-summary-none-sdg = None of the { $total } goals is addressed yet.
an-summary-top = { $name } ({ $count ->
        [one] { $count } priority
       *[other] { $count } priorities
    })
an-summary-gcm = { $count } of { $total } objectives { $count ->
        [one] is
       *[other] are
    } addressed; most addressed: { $most }; { $rest ->
        [0] every objective is addressed.
        [one] { $rest } objective not addressed.
       *[other] { $rest } objectives not addressed.
    }
an-summary-sdg = { $count } of { $total } goals { $count ->
        [one] is
       *[other] are
    } addressed; most addressed: { $most }; { $rest ->
        [0] every goal is addressed.
        [one] { $rest } goal not addressed.
       *[other] { $rest } goals not addressed.
    }
an-heatmap-gcm = Priorities × the 23 GCM objectives
an-heatmap-sdg = Priorities × the 17 SDGs
an-priorities = Priorities
an-priority = Priority
an-column-title = { $name }: { $label }
an-totals-gcm = Priorities addressing the objective
an-totals-sdg = Priorities addressing the goal
an-no-priorities = No priorities to show yet.
an-note-gcm = A cell holds 1 where the priority is linked to the objective. The bottom row counts the priorities addressing each column; darker cells hold more links.
an-note-sdg = Each cell counts the priority's links to the goal, its targets and their indicators. The bottom row counts the priorities addressing each column; darker cells hold more links.
an-table-show = Show as table
an-table-hide = Hide the table
an-table-caption = { $title }: number of links
an-gaps-gcm = GCM objectives no priority addresses
an-gaps-gcm-none = Every GCM objective is addressed.
an-gaps-count = { $count } of { $total }:
an-gaps-sdg = Migration-relevant SDG targets no priority reflects
an-gaps-sdg-none = Every migration-relevant target is reflected.
an-target = Target { $code }
an-gap-why = Why it matters for migration
an-gap-source = Source: { $source }
an-measure-against = Measure against
an-set-all = all { $total } targets
an-set-migration = the { $total } migration-relevant targets
an-share = { $share } of { $set ->
        [migration] migration-relevant targets
       *[all] targets
    } reflected
an-share-detail = . { $x } of { $y } { $set ->
        [migration] migration-relevant targets
       *[all] targets
    } are reflected by at least one priority, directly or through one of their indicators.
an-chart-title = Share of { $set ->
        [migration] migration-relevant targets
       *[all] targets
    } reflected, per goal
an-goal-covered = Goal { $number } { $x } of { $y }
an-bar-value = { $x } of { $y } ({ $share })
an-bars-label = { $share }. Per goal: { $list }.
an-bars-none = none
an-goal-row = Goal { $number } · { $label }
an-all-goals = All goals
an-col-goal = Goal
an-col-targets = Targets
an-col-reflected = Reflected
an-col-share = Share
an-col-targets-reflected = Targets reflected
an-indicators = Indicators to monitor the reflected targets
an-no-indicator = No indicator in the 2025 framework.
an-none-reflected = No { $set ->
        [migration] migration-relevant targets
       *[all] targets
    } reflected yet.
an-shared = References shared by several priorities
an-shared-none = No reference is linked by more than one priority.
an-shared-by = { $count ->
        [one] { $count } priority
       *[other] { $count } priorities
    }: { $list }
an-reach = Priorities by reach
an-reach-caption = GCM objectives and SDGs each priority touches, widest first
an-col-gcm = GCM objectives
an-col-sdgs = SDGs
an-col-links = Links
an-unlinked = Priorities with no link
an-unlinked-none = Every priority has at least one link.

## Suggestions and hints
suggest-intro = Suggestions: the app proposes GCM objectives, SDG targets and indicators for each priority, with the words that matched; you accept or reject each. Nothing is linked until you accept it.
suggest-language = Language of the priorities
suggest-all = Suggest for all
suggest = Suggest
suggest-for-label = Suggest links for priority { $id }
suggest-heading = Suggestions for priority { $id }
suggest-wait = Suggesting…
suggest-stale = The priority's text changed since: suggest again to update.
suggest-goals = Goals judged relevant: { $list }.
suggest-score = (score { $score })
suggest-evidence = Evidence:
suggest-accept = Accept
suggest-add = Add
suggest-accept-label = { $action } { $reference } for priority { $id }
suggest-reject = Reject
suggest-reject-label = Reject { $reference } for priority { $id }
suggest-none-left = No further suggestion: the engine found nothing else relevant enough, or every suggestion was accepted or rejected.
suggest-close = Close suggestions
suggest-close-label = Close the suggestions for priority { $id }
suggest-found-one = { $count ->
        [0] No suggestion
        [one] { $count } suggestion
       *[other] { $count } suggestions
    } for priority { $id }.
suggest-found-many = { $count ->
        [0] No suggestion
        [one] { $count } suggestion
       *[other] { $count } suggestions
    } for { $total } priorities.
suggest-rejected = Rejected { $reference } for priority { $id }.
suggest-linked = Linked { $reference } to priority { $id }.
suggest-added = Added { $reference } to priority { $id }.
suggest-not-loaded = The suggestion engine could not be loaded. Check the connection and try again (after one use it also works offline).
suggest-request-failed = The request could not be written.
hints = Hints
hints-label = Hints for priority { $number }

## Trainer pages
decimal-separator = {"."}
diagnostics-snippet-line = line { $line }
drop-choose-files = Choose files…
drop-choose-folder = Choose a folder…
drop-reading = Reading the files…
drop-local-only = Nothing is uploaded: the files are read in this browser only.
preview-title = Check and preview a curriculum
preview-lead-before = Drop a curriculum's folder (or a zip of it) to check it with the same rules as
preview-lead-after = and to read it as trainees will, in each of its languages. Edit a file, drop it again, and the checks and the preview follow. The files stay in this browser: nothing is uploaded or published.
preview-cohort-link = Cohort analytics from trainees' results files →
preview-reference-failed = The official SDG and GCM texts, which checking needs, could not be loaded: { $why }. Check the connection and reload.
preview-drop = Drop a curriculum folder, a zip of it, or edited files here
preview-drop-folder-first = { $file }: drop the curriculum's whole folder (or a zip of it) first; then drop single files to replace them
preview-no-such-file = { $file }: no file of that name in the curriculum; drop the folder to add new files
preview-ambiguous-file = { $file } is in several places ({ $list }); drop the folder, or the file inside its language folder
preview-folder = Folder “{ $name }”: { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
preview-files-read = The files read
preview-bytes = ({ $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    })
preview-forget = Forget these files
preview-ok = No problems found.
preview-warnings = Warnings
preview-problems = Problems to fix before trainees can use it
preview-open = Preview as trainees see it
preview-answers-kept = Answers you give in the preview are kept in this browser like a trainee's; “Start over” on the curriculum page clears them.
preview-banner = Preview: “{ $name }” is shown from the files you dropped, not from this site.
preview-back = Back to the checks
preview-end = End the preview
cohort-title = Cohort analytics
cohort-lead = Drop the results files your trainees downloaded from their Results page (hundreds at once, or a folder or zip of them) to see how the cohort did: completion, questions, mapping exercises, the references most often wrong or missed, agreement between trainees and who may need help. The files are read in this browser; nothing is uploaded.
cohort-curriculum = Curriculum
cohort-curriculum-problems = This curriculum has problems, so results cannot be analysed against it
cohort-not-json = { $file }: not a .json results file, left out
cohort-drop = Drop results files (.json), a folder of them or a zip here
cohort-files-read = { $count ->
        [one] { $count } file read.
       *[other] { $count } files read.
    } Drop more to add them.
cohort-start-again = Start again
cohort-none = none
cohort-key = Key:
cohort-report-title = { $title } (version { $version })
cohort-trainees-from = { $count ->
        [one] trainee
       *[other] trainees
    } from { $files ->
        [one] { $files } file
       *[other] { $files } files
    };
cohort-left-out = left out.
cohort-print = Print the report
cohort-csv-trainees = Trainees (CSV)
cohort-refused = Files left out
cohort-csv-refused = Files left out (CSV)
cohort-help = Trainees who may need help ({ $count })
cohort-help-criteria = A trainee is listed when they answered fewer than half of their questions right (with { $answered } or more answered), needed { $attempted } or more tries on { $count } or more questions, scored below { $score } in a mapping exercise, or completed fewer than half the lessons. These are prompts for a conversation, not grades.
cohort-help-nobody = Nobody, on these criteria.
cohort-modules = Completion per module
cohort-col-module = Module
cohort-col-lessons = Lessons
cohort-col-completed = Completed
cohort-col-started = Started
cohort-col-lessons-done = Lessons done, on average
cohort-csv-modules = Modules (CSV)
cohort-questions = Questions
cohort-col-question = Question
cohort-col-answered = Answered
cohort-col-right = Right
cohort-col-share-right = Share right
cohort-col-tries = Tries, on average
cohort-col-options = Options chosen (✓ right)
cohort-csv-questions = Questions (CSV)
cohort-mappings = Mapping exercises
cohort-mappings-explain = Best scores per trainee, in five bands of 20 %. Per priority: the mean score, the references most often chosen without credit (wrong) and the expected ones most often not found (missed, with the key's rationale), and Fleiss' kappa, which measures how far trainees agree on which references belong to the priority beyond what chance would give: 1 is full agreement, 0 no more than chance, below 0 less than chance.
cohort-csv-exercises = Exercises (CSV)
cohort-csv-priorities = Priorities (CSV)
cohort-csv-references = Wrong and missed references (CSV)
cohort-attempted = { $count } attempted
cohort-best-scores = ; best score mean { $mean }, median { $median }, lowest { $min }, highest { $max }; tries on average { $tries }.
cohort-col-mean-score = Mean score
cohort-col-wrong = Most often wrong
cohort-col-missed = Most often missed
cohort-col-kappa = Agreement (kappa)

## Stored progress and workspaces
storage-unavailable = Progress cannot be saved in this browser ({ $why }). It will be lost when you close this tab.
storage-progress-kept-aside = Your saved progress could not be used: { $why }. It was kept aside in this browser's storage under the key “{ $file }”, and a fresh record was started.
storage-progress-left = Your saved progress could not be used: { $why }. It could not be copied aside (storage is full) and was left unchanged until you answer again, and a fresh record was started.
storage-save-failed = Progress could not be saved: this browser's storage is full or disabled. It will be lost when you close this tab.
ws-store-no-reference = Workspaces cannot be opened before the official texts are loaded.
ws-store-unavailable = Workspaces cannot be read in this browser ({ $why }).
ws-store-kept-aside = The saved workspace “{ $id }” could not be read: { $why }. It was kept aside in this browser's storage under the key “{ $file }”.
ws-store-left = The saved workspace “{ $id }” could not be read: { $why }. It could not be copied aside (storage is full) and was left unchanged.
ws-store-save-failed = The workspace “{ $name }” could not be saved ({ $why }). Your changes are kept while this tab is open: export the workspace to keep them.
crash-message = Something went wrong and CCA Migration Lab stopped. Your progress is saved in this browser. Reload the page to continue; if this happens again, tell your trainer what you were doing.
file-unreadable = { $file } could not be read
folder-unreadable = the folder { $file } could not be read
