# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = សេវានេះប្រើចំណាត់ថ្នាក់ ESCO របស់គណៈកម្មការអឺរ៉ុប។
esco-attribution-version = { esco-attribution } ESCO v{ $version } បានកែសម្រួល៖ ផ្នែកមួយដែលបានបម្លែងសម្រាប់ប្រើដោយគ្មានអ៊ីនធឺណិត។

## Help

cli-cmd-esco = ស្វែងរកជំនាញ និងមុខរបរក្នុង ESCO ដែលជាបញ្ជីជំនាញ និងមុខរបររបស់អឺរ៉ុប ដោយគ្មានអ៊ីនធឺណិត។
cli-cmd-esco-search = ស្វែងរកជំនាញ និងមុខរបរ ESCO តាមឈ្មោះរបស់វា ជាភាសារបស់អ្នក ឬជាភាសាអង់គ្លេស។ កំហុសវាយតូចៗត្រូវបានអត់ឱន។
cli-cmd-match = ប្រៀបធៀបសៀវភៅកំណត់ត្រារបស់អ្នកជាមួយមុខរបរមួយ៖ ជំនាញណាខ្លះរបស់វាដែលអ្នកមាន និងជំនាញណាខ្លះដែលអ្នកមិនទាន់មាន។
cli-arg-esco-text = ពាក្យដែលត្រូវស្វែងរក ឧទាហរណ៍ "welding" ឬ "carpenter"។
cli-arg-esco-kind = តែ skill ឬតែ occupation។
cli-arg-esco-limit = ចំនួនលទ្ធផលច្រើនបំផុតដែលត្រូវបង្ហាញ។ លំនាំដើមគឺ 10។
cli-arg-esco-taxonomy = ឯកសារទិន្នន័យ ESCO ដែលត្រូវប្រើជំនួសឯកសារដែលមកជាមួយ Carnet។
cli-arg-match-occupation = មុខរបរ ESCO៖ អាសយដ្ឋានរបស់វា (http://data.europa.eu/esco/occupation/…) ឬកូដនៅចុងរបស់វា។
cli-arg-match-rank = ជំនួសវិញ បង្ហាញមុខរបរ 10 ដែលសៀវភៅកំណត់ត្រារបស់អ្នកគ្របដណ្ដប់ជំនាញសំខាន់ៗបានល្អបំផុត។
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = បង្ហាញថាធាតុណាខ្លះរបស់អ្នកសំខាន់នៅដំណាក់កាលមួយនៃដំណើររបស់អ្នក និងហេតុអ្វី។ សម្រាប់ការជ្រើសរើសបុគ្គលិក អ្នកអាចដាក់ឈ្មោះការងារដែលអ្នកដាក់ពាក្យ។
cli-arg-stage-view-stage = ដំណាក់កាល៖ recruitment, pre-departure, arrival, career ឬ return។
cli-arg-stage-view-occupation = សម្រាប់ការជ្រើសរើសបុគ្គលិក៖ ការងារដែលអ្នកដាក់ពាក្យ ជាអាសយដ្ឋាន ESCO របស់វា (http://data.europa.eu/esco/occupation/…) ឬកូដនៅចុងរបស់វា។
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ជំនាញ
esco-kind-occupation = មុខរបរ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = គ្មានជំនាញ ឬមុខរបរ ESCO ណាត្រូវនឹង “{ $text }” ទេ។
esco-match-summary = { $total ->
    [0] មុខរបរនេះគ្មានជំនាញសំខាន់ៗក្នុង ESCO ទេ។
   *[other] សៀវភៅកំណត់ត្រារបស់អ្នកគ្របដណ្ដប់ជំនាញសំខាន់ៗ { $covered } ក្នុងចំណោម { $total } របស់វា។
}
esco-match-essential = ជំនាញសំខាន់ៗ៖
esco-match-optional = ជំនាញជម្រើស៖
esco-coverage-endorsed = បានបញ្ជាក់
esco-coverage-self-declared = អ្នកនិយាយខ្លួនឯង
esco-coverage-missing = នៅខ្វះ
esco-match-maybe = ប្រហែលជាធាតុ “{ $title }” របស់អ្នក ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = មិនទាន់មានធាតុណារបស់អ្នកមានជំនាញ ESCO នៅឡើយទេ។ សូមបន្ថែមមួយដោយ carnet add skill --title … --esco ADDRESS (រកអាសយដ្ឋានដោយ carnet esco search)។

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] សម្រាប់ { $stage } ធាតុ { $count } ទាំងនេះសំខាន់៖
}
stage-view-none = មិនទាន់មានធាតុណារបស់អ្នកសំខាន់សម្រាប់ { $stage } នៅឡើយទេ។ សូមសម្គាល់ធាតុជាមួយដំណាក់កាលនេះ៖ carnet edit ID --set stages={ $stage }
stage-view-present = ដើម្បីបង្ហាញវាជាកូដ QR៖ { $command }
stage-why-target-essential = ជំនាញសំខាន់សម្រាប់ការងារនេះ
stage-why-target-optional = មានប្រយោជន៍សម្រាប់ការងារនេះ
stage-why-target-maybe = អាចត្រូវនឹងជំនាញមួយនៃការងារនេះ
stage-why-marked = អ្នកបានសម្គាល់វាសម្រាប់ដំណាក់កាលនេះ
stage-why-abroad = បានរៀន ឬធ្វើនៅបរទេស
stage-why-endorsed = បានចុះហត្ថលេខា
stage-why-qualification = សញ្ញាបត្រ ឬវិញ្ញាបនបត្រ
stage-why-language = ភាសា
stage-why-experience = ការងារដែលអ្នកបានធ្វើ
stage-why-learning = វគ្គសិក្សា
stage-why-skill = ជំនាញ
