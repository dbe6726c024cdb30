# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Этот сервис использует классификацию ESCO Европейской комиссии.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, адаптировано: часть преобразована для использования без интернета.

## Help

cli-cmd-esco = Искать навыки и профессии в ESCO, европейском списке навыков и профессий, без интернета.
cli-cmd-esco-search = Найти навыки и профессии ESCO по названиям, на вашем языке или на английском. Мелкие опечатки не мешают.
cli-cmd-match = Сравнить ваш журнал с профессией: какие её навыки у вас есть, а каких ещё нет.
cli-arg-esco-text = Слова для поиска, например "сварка" или "плотник".
cli-arg-esco-kind = Только skill (навыки) или только occupation (профессии).
cli-arg-esco-limit = Сколько результатов показать, самое большее. По умолчанию 10.
cli-arg-esco-taxonomy = Файл данных ESCO, который использовать вместо того, что идёт с Carnet.
cli-arg-match-occupation = Профессия ESCO: её адрес (http://data.europa.eu/esco/occupation/…) или код в его конце.
cli-arg-match-rank = Вместо этого показать 10 профессий, главные навыки которых ваш журнал покрывает лучше всего.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Показать, какие ваши записи важны на одном этапе вашего пути и почему. Для поиска работы можно указать работу, на которую вы подаёте заявку.
cli-arg-stage-view-stage = Этап: recruitment, pre-departure, arrival, career или return.
cli-arg-stage-view-occupation = Для поиска работы: работа, на которую вы подаёте заявку, как её адрес ESCO (http://data.europa.eu/esco/occupation/…) или код в его конце.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = навык
esco-kind-occupation = профессия
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Ни один навык или профессия ESCO не подходит под «{ $text }».
esco-match-summary = { $total ->
    [0] У этой профессии нет главных навыков в ESCO.
   *[other] Ваш журнал покрывает { $covered } из { $total } её главных навыков.
}
esco-match-essential = Главные навыки:
esco-match-optional = Дополнительные навыки:
esco-coverage-endorsed = подтверждено
esco-coverage-self-declared = с ваших слов
esco-coverage-missing = не хватает
esco-match-maybe = может быть, ваша запись «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Ни у одной вашей записи ещё нет навыка ESCO. Добавьте его командой carnet add skill --title … --esco ADDRESS (адрес найдёте командой carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Для этапа «{ $stage }» важна { $count } запись:
    [few] Для этапа «{ $stage }» важны { $count } записи:
    [many] Для этапа «{ $stage }» важны { $count } записей:
   *[other] Для этапа «{ $stage }» важны { $count } записи:
}
stage-view-none = Ни одна ваша запись ещё не важна для этапа «{ $stage }». Отметьте записи этим этапом: carnet edit ID --set stages={ $stage }
stage-view-present = Чтобы показать их QR-кодом: { $command }
stage-why-target-essential = главный навык для этой работы
stage-why-target-optional = полезно для этой работы
stage-why-target-maybe = может подходить к навыку этой работы
stage-why-marked = вы отметили это для этого этапа
stage-why-abroad = учились или работали за границей
stage-why-endorsed = подписано
stage-why-qualification = диплом или сертификат
stage-why-language = язык
stage-why-experience = работа, которую вы делали
stage-why-learning = курс
stage-why-skill = навык
