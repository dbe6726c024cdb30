# Review status: machine-drafted, needs review by a native speaker.
# Повідомлення командного рядка `carnet`. Слова, які людина вводить, лишаються англійською.

## Help: headings

cli-help-usage = Як вводити:
cli-help-commands = Команди:
cli-help-arguments = Що вказати:
cli-help-options = Параметри:
cli-help-examples = Приклади:

## Help: the whole program

cli-about = Carnet зберігає запис того, що ви вмієте: навички, роботу, мови, дипломи і курси. Запис лишається на вашому пристрої, захищений вашим паролем.

cli-examples =
    Почати журнал:         carnet init
    Додати навичку:        carnet add skill --title "Welding" --level advanced
    Переглянути записи:    carnet list
    Переглянути один:      carnet show 3f2a
    Довідка про команду:   carnet add --help

cli-opt-data-dir = Папка, де зберігається ваш журнал. Можна також задати CARNET_DATA_DIR.
cli-opt-json = Відповідати у форматі JSON, для інших програм.
cli-opt-lang = Мова повідомлень Carnet, наприклад ar, fa, fr, uk або en.
cli-opt-help = Показати цю довідку.
cli-opt-version = Показати версію Carnet.

## Help: commands

cli-cmd-init = Створити новий журнал, захищений паролем.
cli-cmd-passphrase = Змінити пароль вашого журналу.
cli-cmd-passphrase-change = Змінити пароль. Ви вводите старий, потім новий двічі.
cli-cmd-profile = Переглянути або змінити профіль: ваше ім’я, ваші країни, ваші мови.
cli-cmd-profile-show = Показати ваш профіль.
cli-cmd-profile-set = Змінити ваш профіль. Щоб щось очистити, дайте йому порожнє значення, наприклад --contact "".
cli-cmd-add = Додати запис: навичку, кваліфікацію, досвід роботи, мову або курс.
cli-cmd-list = Показати список ваших записів.
cli-cmd-show = Показати все про один запис.
cli-cmd-edit = Змінити запис.
cli-cmd-rm = Видалити запис.
cli-cmd-search = Знайти записи, що містять певні слова.
cli-cmd-detach = Прибрати фото або голосову нотатку із запису. З цього пристрою воно теж видаляється, якщо його не показує інший запис.
cli-cmd-attach = Додати до запису фото документа, наприклад диплома, сертифіката чи трудового документа. Або додати голосову нотатку: звуковий файл, де ви розповідаєте про навичку.
cli-cmd-export = Записати весь журнал у файл, який можуть прочитати інші програми.
cli-cmd-import = Прочитати файл експорту Carnet у ваш журнал. Нічого з журналу не видаляється.
cli-cmd-devices = Пристрої, на яких є ваш журнал.
cli-cmd-devices-list = Показати пристрої, на яких є ваш журнал.
cli-cmd-devices-remove = Забрати ваш журнал з пристрою, наприклад з загубленого телефона. Він не зможе прочитати нічого, що ви додасте відтепер.
cli-cmd-pair = Перенести ваш журнал на інший свій пристрій, наприклад на новий телефон.
cli-cmd-pair-show = На пристрої, де є ваш журнал: показати код для нового пристрою, потім дозволити йому.
cli-cmd-pair-join = На новому пристрої: отримати журнал за кодом, який показує ваш інший пристрій.
cli-cmd-sync = Надіслати ваші зміни на хаб центру і отримати зміни, зроблені на інших ваших пристроях. Хаб зберігає лише закриту копію, яку не може прочитати.

## Help: what to give to the commands

cli-arg-kind = Вид запису: skill (навичка), qualification (кваліфікація), experience (робота), language (мова) або learning (курс).
cli-arg-title = Коротка назва, наприклад "Зварювання" або "Посвідчення водія B".
cli-arg-description = Більше слів про це, якщо хочете.
cli-arg-level = Наскільки добре ви це вмієте. Для навички чи роботи: basic, intermediate, advanced або expert. Для мови: від A1 (початківець) до C2 (дуже добре). Для кваліфікації чи курсу: рівень EQF, від 1 до 8.
cli-arg-eqf = Рівень EQF диплома чи курсу, від 1 до 8, якщо знаєте.
cli-arg-from = Коли почалося: рік (2019), місяць (2019-05) або день (2019-05-14).
cli-arg-to = Коли закінчилося, так само. Не вказуйте, якщо ще триває.
cli-arg-organisation = Роботодавець, школа або навчальний центр.
cli-arg-place = Місто або місце.
cli-arg-country = Країна, двома літерами, наприклад SY, AF, DE.
cli-arg-context = Як ви цього навчилися: formal (школа, диплом), non-formal (курс) або informal (на практиці).
cli-arg-written-in = Мова, якою ви написали цей запис, коротким кодом, наприклад ar або en.
cli-arg-esco = Адреса ESCO навички чи професії, якщо знаєте.
cli-arg-isco = Код професії ISCO-08 (від 1 до 4 цифр), якщо знаєте.
cli-arg-stage = Коли на вашому шляху це важливо: recruitment, pre-departure, arrival, career або return. Можна вказати кілька.

cli-arg-list-kind = Показати лише записи цього виду: skill, qualification, experience, language або learning.
cli-arg-list-stage = Показати лише записи для цього етапу: recruitment, pre-departure, arrival, career або return.

cli-arg-id = Id запису. Досить перших 4 або більше символів. Щоб побачити id, введіть: carnet list
cli-arg-set = Зміна, записана як FIELD=VALUE, наприклад level=advanced. Повторіть, щоб змінити більше. Порожнє значення очищає поле. Поля: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Слова, які шукати.
cli-arg-evidence = Фото або голосова нотатка, яку прибрати: її id, як його показують carnet show і carnet attach (досить перших 8 або більше символів).
cli-arg-photo = Фото (JPEG, PNG або WebP) або звуковий файл (WebM, Ogg, MP4, M4A, AAC, MP3 або WAV, до 5 МБ). Carnet сам дивиться у файл, щоб зрозуміти, що це. Він прибирає приховані дані, наприклад місце, де зроблено фото.
cli-arg-format = Вид файлу. Поки що лише json.
cli-arg-file = Файл експорту, який прочитати.

cli-arg-name = Ваше ім’я, як ви хочете, щоб його бачили інші.
cli-arg-birth-date = Ваша дата народження: 1990, 1990-05 або 1990-05-14.
cli-arg-origin = Країна, з якої ви походите, двома літерами, наприклад SY, AF, ER.
cli-arg-current = Країна, де ви живете зараз, двома літерами, наприклад DE, FR.
cli-arg-contact = Як з вами зв’язатися, наприклад номер телефону або email.
cli-arg-language = Мова, яку ви знаєте, коротким кодом, наприклад ar, fa-AF або en. Параметри нижче стосуються цієї мови.
cli-arg-mother-tongue = Ця мова — ваша рідна.
cli-arg-not-mother-tongue = Ця мова — не ваша рідна.
cli-arg-listening = Як добре ви розумієте мовлення: від A1 (початківець) до C2 (дуже добре).
cli-arg-reading = Як добре ви читаєте: від A1 до C2.
cli-arg-spoken-interaction = Як добре ви берете участь у розмові: від A1 до C2.
cli-arg-spoken-production = Як добре ви говорите самостійно: від A1 до C2.
cli-arg-writing = Як добре ви пишете: від A1 до C2.
cli-arg-remove-language = Прибрати мову з профілю.
cli-arg-hub = Адреса хаба центру, наприклад http://192.168.1.10:8470. Carnet її запам’ятає.
cli-arg-device-id = Id пристрою, як його показує: carnet devices list (досить перших 4 або більше символів).
cli-arg-pair-approve = Дозволити новий пристрій без запитання, якщо він показує цей код (для помічників і скриптів).
cli-arg-pair-code = Код, який показує ваш інший пристрій. Він починається з CNP1:
cli-arg-pair-name = Назва цього пристрою, щоб ви впізнали його на іншому (наприклад "Телефон Амаль").
cli-arg-sync-status = Лише показати, коли була остання синхронізація і скільки змін чекає. Нічого не надсилається.
cli-arg-sync-watch = Синхронізувати постійно. Якщо хаб недоступний, спробувати пізніше, щоразу чекаючи довше.
cli-arg-sync-every = З --watch: скільки секунд чекати між синхронізаціями (300, якщо не вказано).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Виберіть пароль щонайменше з { $min } символів. Він потрібен щоразу, коли ви відкриваєте журнал. Ніхто не зможе його для вас відновити.
cli-passphrase-prompt = Пароль:
cli-passphrase-new-prompt = Новий пароль:
cli-passphrase-repeat-prompt = Введіть новий пароль ще раз:
cli-passphrase-changed = Ваш пароль змінено. Відтепер використовуйте новий.

## Answers

cli-init-done = Ваш журнал готовий. Він у цій папці: { $dir }
cli-init-next = Зберігайте пароль у безпеці. Без нього ніхто не відкриє ваш журнал, навіть ви. Далі додайте те, що ви вмієте, наприклад: carnet add skill --title "Cooking"

cli-list-empty = У вашому журналі ще немає записів. Щоб додати, введіть: carnet add skill --title "Cooking"
cli-list-none-match = Жоден запис не відповідає запиту.
cli-search-none = Жоден запис не має цих слів. Спробуйте інші слова або введіть: carnet list

cli-edit-saved = Вашу зміну збережено.
cli-rm-done = Видалено: { $title }
cli-detached = Фото або голосову нотатку прибрано із запису.

cli-profile-saved = Ваш профіль збережено.
cli-profile-empty = Ваш профіль порожній. Щоб додати ім’я, введіть: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] Додано { $count } запис.
    [few] Додано { $count } записи.
    [many] Додано { $count } записів.
   *[other] Додано { $count } запису.
}
cli-import-updated = { $count ->
    [one] Оновлено { $count } запис.
    [few] Оновлено { $count } записи.
    [many] Оновлено { $count } записів.
   *[other] Оновлено { $count } запису.
}
cli-import-unchanged = { $count ->
    [one] { $count } запис уже був таким самим.
    [few] { $count } записи вже були такими самими.
    [many] { $count } записів уже були такими самими.
   *[other] { $count } запису вже були такими самими.
}
cli-import-profile-updated = Ваш профіль теж оновлено.
cli-import-missing-photos = { $count ->
    [one] { $count } фото немає на цьому пристрої. Файли експорту не містять фото. Додайте його знову за допомогою: carnet attach
    [few] { $count } фото немає на цьому пристрої. Файли експорту не містять фото. Додайте їх знову за допомогою: carnet attach
    [many] { $count } фото немає на цьому пристрої. Файли експорту не містять фото. Додайте їх знову за допомогою: carnet attach
   *[other] { $count } фото немає на цьому пристрої. Файли експорту не містять фото. Додайте їх знову за допомогою: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Вид
cli-show-added = Додано
cli-show-changed = Змінено
cli-show-evidence = Фото і голосові нотатки
cli-show-photo = { $sha }  { $width } × { $height } пікселів, { $kilobytes } КБ
cli-show-photo-missing = { $sha }  { $width } × { $height } пікселів, немає на цьому пристрої
cli-show-voice = { $sha }  голосова нотатка, { $kilobytes } КБ
cli-show-voice-missing = { $sha }  голосова нотатка, немає на цьому пристрої
cli-show-conflicts = Інший пристрій теж записав:
cli-show-conflicts-hint = Щоб залишити одне з цього, введіть: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Назва
cli-field-description = Опис
cli-field-written-in = Мова запису
cli-field-esco = ESCO
cli-field-isco = Код професії ISCO-08
cli-field-level = Рівень
cli-field-eqf = Рівень EQF
cli-field-organisation = Організація
cli-field-place = Місце
cli-field-country = Країна
cli-field-from = З
cli-field-to = До
cli-field-context = Як ви навчилися
cli-field-stages = Етапи

cli-kind-skill = навичка
cli-kind-qualification = кваліфікація
cli-kind-experience = досвід
cli-kind-language = мова
cli-kind-learning = навчання

cli-context-formal = формальне (школа, диплом)
cli-context-non-formal = неформальне (курс)
cli-context-informal = інформальне (на практиці)

cli-stage-recruitment = пошук роботи
cli-stage-pre-departure = перед від’їздом
cli-stage-arrival = прибуття
cli-stage-career = робота
cli-stage-return = повернення

cli-proficiency-basic = початковий
cli-proficiency-intermediate = середній
cli-proficiency-advanced = високий
cli-proficiency-expert = експерт

cli-level-eqf = Рівень EQF { $level }

cli-profile-name = Ім’я
cli-profile-birth-date = Дата народження
cli-profile-origin = Походить з
cli-profile-current = Живе в
cli-profile-contact = Контакт
cli-profile-languages = Мови
cli-profile-mother-tongue = { $language } (рідна мова)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = розуміння на слух { $level }
cli-cefr-reading = читання { $level }
cli-cefr-spoken-interaction = розмова з іншими { $level }
cli-cefr-spoken-production = усне мовлення { $level }
cli-cefr-writing = письмо { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet не знає «{ $arg }» тут.
cli-error-unknown-command = Немає команди «{ $command }».
cli-error-invalid-value = «{ $value }» не можна використати для { $arg }.
cli-error-missing-value = Після { $arg } потрібне значення.
cli-error-valid-values = Можна використати: { $values }
cli-error-missing-argument = Чогось бракує: { $arg }
cli-error-missing-command = Скажіть, що Carnet має зробити після «{ $command }».
cli-error-valid-commands = Команди: { $commands }
cli-error-conflict = { $arg } не можна використовувати разом з { $other }.
cli-error-no-equals = Напишіть { $arg } зі знаком рівності і значенням одразу після нього.
cli-error-too-many-values = { $arg } приймає менше значень. «{ $value }» — зайве.
cli-error-wrong-number-of-values = { $arg } має неправильну кількість значень.
cli-error-invalid-utf8 = Carnet не може прочитати деякі введені вами літери. Введіть їх ще раз.
cli-error-did-you-mean = Може, ви мали на увазі { $suggestion }?
cli-error-usage = Carnet не зрозумів цю команду.
cli-error-usage-hint = Введіть { $command } --help, щоб побачити, що можна вводити.
cli-error-set-format = «{ $value }» — це не зміна. Пишіть FIELD=VALUE, наприклад --set level=advanced
cli-error-nothing-to-change = Нічого змінювати. Вкажіть хоча б один параметр, наприклад --name "Your name".

cli-error-passphrase-unavailable = Carnet потрібен пароль, але тут він не може його запитати. Запустіть Carnet у терміналі або задайте { $variable }.
cli-error-passphrase-mismatch = Два паролі не однакові. Нічого не змінено. Спробуйте ще раз.
cli-error-read-file = Carnet не може прочитати файл { $path }. Перевірте назву файлу і папку, потім спробуйте ще раз.
cli-error-no-data-dir = Carnet не може знайти папку для вашого журналу. Виберіть її за допомогою --data-dir, наприклад --data-dir ./carnet
cli-error-output = Carnet не зміг записати відповідь. Перевірте, чи диск не заповнений, потім спробуйте ще раз.
cli-error-details = Деталі для помічника: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = Щоб створити журнал, введіть: carnet init
cli-hint-already-exists = Щоб побачити, що в ньому, введіть: carnet list. Для другого журналу виберіть іншу папку за допомогою --data-dir.
cli-hint-not-found = Щоб побачити id, введіть: carnet list
cli-hint-ambiguous-id = Щоб побачити id, введіть: carnet list
cli-hint-import-format = Виберіть файл, зроблений командою: carnet export --format json
cli-hint-invalid-field = Щоб побачити список полів, введіть: carnet edit --help

## carnet sync

cli-sync-phase-sending = Надсилання
cli-sync-phase-receiving = Отримання
cli-sync-phase-photos = Фото
cli-sync-done = Синхронізовано з { $hub }.
cli-sync-changes = { $sent ->
    [one] надіслано { $sent } зміну
    [few] надіслано { $sent } зміни
    [many] надіслано { $sent } змін
   *[other] надіслано { $sent } зміни
}, { $received ->
    [one] отримано { $received } зміну.
    [few] отримано { $received } зміни.
    [many] отримано { $received } змін.
   *[other] отримано { $received } зміни.
}
cli-sync-photos = { $sent ->
    [one] надіслано { $sent } фото
    [few] надіслано { $sent } фото
    [many] надіслано { $sent } фото
   *[other] надіслано { $sent } фото
}, { $received ->
    [one] отримано { $received } фото.
    [few] отримано { $received } фото.
    [many] отримано { $received } фото.
   *[other] отримано { $received } фото.
}
cli-sync-bytes = Використано даних: { $up } КБ надіслано, { $down } КБ отримано.
cli-sync-retry = Нова спроба через { $seconds ->
    [one] { $seconds } секунду.
    [few] { $seconds } секунди.
    [many] { $seconds } секунд.
   *[other] { $seconds } секунди.
}
cli-sync-status-hub = Хаб: { $hub }
cli-sync-status-last = Остання синхронізація: { $when }
cli-sync-status-pending = { $count ->
    [0] Жодна зміна не чекає.
    [one] { $count } зміна чекає на надсилання.
    [few] { $count } зміни чекають на надсилання.
    [many] { $count } змін чекають на надсилання.
   *[other] { $count } зміни чекають на надсилання.
}
cli-sync-no-hub = ще немає
cli-sync-never = ніколи
cli-hint-sync-no-hub = Щоб задати, введіть: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Ваші зміни збережено. Щоб спробувати пізніше, введіть: carnet sync

## carnet pair

cli-pair-show-scan = Скануйте цей код новим пристроєм або введіть там текст нижче.
cli-pair-show-expires = Код діє 10 хвилин.
cli-pair-show-request = Пристрій «{ $name }» хоче отримати ваш журнал. Його код: { $fingerprint }.
cli-pair-show-ask = Ваш новий пристрій показує такий самий код? Введіть так (або yes), щоб дозволити, або ні.
cli-pair-yes = так
cli-pair-show-approved = «{ $name }» тепер має ваш журнал.
cli-pair-show-refused = Ви відмовили. «{ $name }» нічого не отримав.
cli-pair-default-name = Новий пристрій
cli-pair-join-check = Ваш інший пристрій має показувати цей код: { $fingerprint }. Дозвольте там.
cli-pair-join-done = { $count ->
    [one] Тепер цей пристрій має ваш журнал, з { $count } записом.
    [few] Тепер цей пристрій має ваш журнал, з { $count } записами.
    [many] Тепер цей пристрій має ваш журнал, з { $count } записами.
   *[other] Тепер цей пристрій має ваш журнал, з { $count } запису.
}

## carnet devices

cli-devices-none = Жоден пристрій ще не синхронізував цей журнал.
cli-devices-line = { $id }  { $name }  (з { $added })
cli-devices-this = ← цей пристрій
cli-devices-removed = (вилучено { $when })
cli-devices-removed-done = «{ $name }» вилучено. Ваш журнал тепер має новий ключ, якого той пристрій не має.
cli-devices-new-sheet = Ваш аркуш відновлення має старий ключ. Надрукуйте новий зараз і знищте старий: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = Надрукувати аркуш відновлення: з ним і вашим паролем ви зможете повернути журнал на новий телефон, якщо загубите цей.
cli-cmd-recover = На новому пристрої: повернути журнал за аркушем відновлення і паролем.
cli-arg-recovery-out = Файл, у який записати аркуш. Назва має закінчуватися на .png або .pdf.
cli-arg-recover-sheet = Фото або скан вашого аркуша відновлення (PNG або JPEG). Carnet прочитає його квадратний код.
cli-arg-recover-words = 12 слів вашого аркуша відновлення, по порядку, у лапках. Вкажіть також --hub.
cli-arg-recover-hub = Адреса хаба, надрукована на вашому аркуші відновлення, наприклад http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet може записати аркуш як файл .png або .pdf, але не як «{ $path }».
cli-recovery-sheet-done = Ваш аркуш відновлення в { $path }. Надрукуйте його і зберігайте папір у безпечному місці, окремо від телефона.
cli-recovery-sheet-english = Аркуш англійською: Carnet поки не вміє правильно писати на ньому літери вашої мови.
cli-recovery-sheet-replaced = Будь-який аркуш, надрукований раніше, більше не діє. Знищте його.
cli-recover-done = { $count ->
    [one] Ваш журнал знову на цьому пристрої: { $count } запис.
    [few] Ваш журнал знову на цьому пристрої: { $count } записи.
    [many] Ваш журнал знову на цьому пристрої: { $count } записів.
   *[other] Ваш журнал знову на цьому пристрої: { $count } запису.
}
cli-passphrase-sheet-updated = Ваш аркуш відновлення діє й далі, з новим паролем.
cli-passphrase-sheet-not-updated = Не вдалося оновити ваш аркуш відновлення на хабі. Поки ви не надрукуєте новий, для нього потрібен старий пароль. Надрукуйте новий аркуш, коли будете на зв’язку: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Аркуш відновлення Carnet
cli-sheet-made = Зроблено { $date }
cli-sheet-hub = Хаб: { $hub }
cli-sheet-words = Ваші 12 слів
cli-sheet-instructions =
    Зберігайте цей папір у безпеці. З ним і вашим паролем ви повернете журнал на новий телефон:
    1. Встановіть Carnet на новий телефон і виберіть відновлення журналу.
    2. Скануйте квадратний код або введіть 12 слів і адресу хаба.
    3. Введіть пароль. Журнал повернеться з хаба.
    На комп’ютері: carnet recover --sheet photo.jpg
cli-sheet-warning = Сам цей папір не відкриває журнал: потрібен ще й пароль. Не зберігайте їх разом. Якщо надрукуєте новий аркуш, цей перестане діяти.
