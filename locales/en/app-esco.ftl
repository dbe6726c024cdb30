# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# The app's ESCO screens: finding the standard name of a skill or a job
# (ESCO, the European list of skills and jobs), comparing the logbook with
# a job, and choosing what to show for each stage of the journey.
# Translators: keep every { $variable } exactly as written.

## Finding the standard name (on the add and change screens)

app-esco-find = Find the standard name (ESCO)
app-esco-find-hint = Type a few letters, for example “weld”
app-esco-why = Employers in other countries know these names. Choose the one closest to what you do.
app-esco-none = No standard name found. Try other words, or a shorter word.
# $english is the same name in English.
app-esco-english = In English: { $english }
app-esco-linked = Standard name
app-esco-unlink = Remove
app-esco-choose = Choose
app-esco-searching = Looking…
app-esco-kind-skill = Skill
app-esco-kind-occupation = Job

## Comparing with a job

app-match = Jobs for me
app-match-title = Jobs for me
app-match-intro = Choose a job to see which of its skills your logbook shows, and which are missing.
app-match-find = Find a job
app-match-chosen = The job you chose
app-match-find-hint = For example “cook” or “welder”
app-match-fit = Jobs that fit my logbook
app-match-fit-none = None of your entries has a standard name yet. Add one to an entry first: Change, then “Find the standard name”.
# $covered and $total are numbers of essential skills; $percent a whole number.
app-match-fit-line = { $covered } of { $total } main skills ({ $percent }%)
# $covered and $total are numbers.
app-match-summary = { $total ->
    [0] This job has no main skills in ESCO.
   *[other] Your logbook shows { $covered } of its { $total } main skills.
}
app-match-essential = Main skills
app-match-optional = Other useful skills
app-match-endorsed = Signed
app-match-self-declared = You said so
app-match-missing = Missing
# $title is the title of one of the person's entries.
app-match-maybe = Is this your entry “{ $title }”?
app-match-link = Yes, link it
app-match-other-job = Another job

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Choose for this stage
app-stage-template-hint = Carnet ticks what matters at this stage. You can change it.
app-stage-target = The job you apply for (you can skip this)
