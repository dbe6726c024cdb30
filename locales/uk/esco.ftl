# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Цей сервіс використовує класифікацію ESCO Європейської Комісії.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, адаптовано: частину перетворено для використання без інтернету.

## Help

cli-cmd-esco = Шукати навички і професії в ESCO, європейському списку навичок і професій, без інтернету.
cli-cmd-esco-search = Знайти навички і професії ESCO за назвами, вашою мовою або англійською. Дрібні помилки в написанні не заважають.
cli-cmd-match = Порівняти ваш журнал із професією: які її навички у вас є, а яких ще немає.
cli-arg-esco-text = Слова для пошуку, наприклад "зварювання" або "тесля".
cli-arg-esco-kind = Лише skill (навички) або лише occupation (професії).
cli-arg-esco-limit = Скільки результатів показати, щонайбільше. За замовчуванням 10.
cli-arg-esco-taxonomy = Файл даних ESCO, який використати замість того, що йде з Carnet.
cli-arg-match-occupation = Професія ESCO: її адреса (http://data.europa.eu/esco/occupation/…) або код у її кінці.
cli-arg-match-rank = Натомість показати 10 професій, головні навички яких ваш журнал покриває найкраще.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Показати, які ваші записи важливі на одному етапі вашого шляху і чому. Для пошуку роботи можна вказати роботу, на яку ви подаєтеся.
cli-arg-stage-view-stage = Етап: recruitment, pre-departure, arrival, career або return.
cli-arg-stage-view-occupation = Для пошуку роботи: робота, на яку ви подаєтеся, як її адреса ESCO (http://data.europa.eu/esco/occupation/…) або код у її кінці.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = навичка
esco-kind-occupation = професія
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Жодна навичка чи професія ESCO не відповідає «{ $text }».
esco-match-summary = { $total ->
    [0] Ця професія не має головних навичок в ESCO.
   *[other] Ваш журнал покриває { $covered } з { $total } її головних навичок.
}
esco-match-essential = Головні навички:
esco-match-optional = Додаткові навички:
esco-coverage-endorsed = підтверджено
esco-coverage-self-declared = з ваших слів
esco-coverage-missing = бракує
esco-match-maybe = можливо, ваш запис «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Жоден ваш запис ще не має навички ESCO. Додайте її командою carnet add skill --title … --esco ADDRESS (адресу знайдете командою carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Для етапу «{ $stage }» важливий { $count } запис:
    [few] Для етапу «{ $stage }» важливі { $count } записи:
    [many] Для етапу «{ $stage }» важливі { $count } записів:
   *[other] Для етапу «{ $stage }» важливі { $count } запису:
}
stage-view-none = Жоден ваш запис ще не важливий для етапу «{ $stage }». Позначте записи цим етапом: carnet edit ID --set stages={ $stage }
stage-view-present = Щоб показати їх QR-кодом: { $command }
stage-why-target-essential = головна навичка для цієї роботи
stage-why-target-optional = корисно для цієї роботи
stage-why-target-maybe = може відповідати навичці цієї роботи
stage-why-marked = ви позначили це для цього етапу
stage-why-abroad = навчилися або робили за кордоном
stage-why-endorsed = підписано
stage-why-qualification = диплом або сертифікат
stage-why-language = мова
stage-why-experience = робота, яку ви виконували
stage-why-learning = курс
stage-why-skill = навичка
