# Review status: source language (English), written by the developers.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

# Required by ESCO's licence; keep this sentence exactly in English, and
# translate it faithfully in other languages.
esco-attribution = This service uses the ESCO classification of the European Commission.
# $version is the ESCO version of the data, for example 1.1.1.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, adapted: a subset converted for offline use.

## Help

cli-cmd-esco = Look up skills and occupations in ESCO, the European list of skills and occupations, without internet.
cli-cmd-esco-search = Find ESCO skills and occupations by their names, in your language or in English. Small typing mistakes are forgiven.
cli-cmd-match = Compare your logbook with an occupation: which of its skills you have, and which you do not have yet.
cli-arg-esco-text = The words to look for, for example "welding" or "carpenter".
cli-arg-esco-kind = Only skill or only occupation.
cli-arg-esco-limit = How many results to show, at most. The default is 10.
cli-arg-esco-taxonomy = The ESCO data file to use instead of the one that comes with Carnet.
cli-arg-match-occupation = The ESCO occupation: its address (http://data.europa.eu/esco/occupation/…) or the code at its end.
cli-arg-match-rank = Instead, show the 10 occupations whose essential skills your logbook covers best.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Show which of your entries matter at one stage of your journey, and why. For recruitment, you can name the job you apply for.
cli-arg-stage-view-stage = The stage: recruitment, pre-departure, arrival, career or return.
cli-arg-stage-view-occupation = For recruitment: the job you apply for, as its ESCO address (http://data.europa.eu/esco/occupation/…) or the code at its end.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = skill
esco-kind-occupation = occupation
esco-label = { $label }
# $english is the same concept's name in English.
esco-label-translated = { $label } ({ $english })
# One search result: $kind (skill or occupation), $label, $uri (its ESCO address).
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = No ESCO skill or occupation matches “{ $text }”.
esco-match-summary = { $total ->
    [0] This occupation has no essential skills in ESCO.
   *[other] Your logbook covers { $covered } of its { $total } essential skills.
}
esco-match-essential = Essential skills:
esco-match-optional = Optional skills:
esco-coverage-endorsed = endorsed
esco-coverage-self-declared = you said so
esco-coverage-missing = missing
# An entry without an ESCO skill whose title resembles a missing skill.
# $id is the start of the entry's id, to type in carnet edit.
esco-match-maybe = maybe your entry “{ $title }” ({ $id })?
# $percent of the occupation's $total essential skills are covered ($covered of them).
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = None of your entries has an ESCO skill yet. Add one with carnet add skill --title … --esco ADDRESS (find the address with carnet esco search).

## Stage views: what matters at one stage of the journey

# $stage is a stage keyword (recruitment, pre-departure, arrival, career, return); $count a number.
stage-view-title = { $count ->
    [one] For { $stage }, this entry matters:
   *[other] For { $stage }, these { $count } entries matter:
}
stage-view-none = None of your entries matters for { $stage } yet. Mark entries with this stage: carnet edit ID --set stages={ $stage }
# $command is a carnet present command line, to copy.
stage-view-present = To show them as a QR code: { $command }
# Why an entry was chosen; shown after its title, in the app too.
stage-why-target-essential = a main skill for this job
stage-why-target-optional = useful for this job
stage-why-target-maybe = may match a skill of this job
stage-why-marked = you marked it for this stage
stage-why-abroad = learned or done abroad
stage-why-endorsed = signed
stage-why-qualification = a diploma or certificate
stage-why-language = a language
stage-why-experience = work you did
stage-why-learning = a course
stage-why-skill = a skill
