# Review status: machine-drafted, needs review by a native speaker.
# Сообщения командной строки `carnet`. Слова, которые человек вводит, остаются на английском.

## Help: headings

cli-help-usage = Как вводить:
cli-help-commands = Команды:
cli-help-arguments = Что указать:
cli-help-options = Параметры:
cli-help-examples = Примеры:

## Help: the whole program

cli-about = Carnet хранит запись того, что вы умеете: навыки, работу, языки, дипломы и курсы. Запись остаётся на вашем устройстве, защищённая вашим паролем.

cli-examples =
    Начать журнал:         carnet init
    Добавить навык:        carnet add skill --title "Welding" --level advanced
    Посмотреть записи:     carnet list
    Посмотреть одну:       carnet show 3f2a
    Справка по команде:    carnet add --help

cli-opt-data-dir = Папка, где хранится ваш журнал. Можно также задать CARNET_DATA_DIR.
cli-opt-json = Отвечать в формате JSON, для других программ.
cli-opt-lang = Язык сообщений Carnet, например ar, fa, fr, uk или en.
cli-opt-help = Показать эту справку.
cli-opt-version = Показать версию Carnet.

## Help: commands

cli-cmd-init = Создать новый журнал, защищённый паролем.
cli-cmd-passphrase = Сменить пароль вашего журнала.
cli-cmd-passphrase-change = Сменить пароль. Вы вводите старый, затем новый два раза.
cli-cmd-profile = Посмотреть или изменить профиль: ваше имя, ваши страны, ваши языки.
cli-cmd-profile-show = Показать ваш профиль.
cli-cmd-profile-set = Изменить ваш профиль. Чтобы что-то очистить, дайте ему пустое значение, например --contact "".
cli-cmd-add = Добавить запись: навык, квалификацию, опыт работы, язык или курс.
cli-cmd-list = Показать список ваших записей.
cli-cmd-show = Показать всё об одной записи.
cli-cmd-edit = Изменить запись.
cli-cmd-rm = Удалить запись.
cli-cmd-search = Найти записи, в которых есть определённые слова.
cli-cmd-detach = Убрать фото или голосовую заметку из записи. С этого устройства оно тоже удаляется, если его не показывает другая запись.
cli-cmd-attach = Добавить к записи фото документа, например диплома, сертификата или трудового документа. Или добавить голосовую заметку: звуковой файл, где вы рассказываете о навыке.
cli-cmd-export = Записать весь журнал в файл, который могут прочитать другие программы.
cli-cmd-import = Прочитать файл экспорта Carnet в ваш журнал. Ничего из журнала не удаляется.
cli-cmd-devices = Устройства, на которых есть ваш журнал.
cli-cmd-devices-list = Показать устройства, на которых есть ваш журнал.
cli-cmd-devices-remove = Забрать ваш журнал с устройства, например с потерянного телефона. Оно не сможет прочитать ничего, что вы добавите с этого момента.
cli-cmd-pair = Перенести ваш журнал на другое своё устройство, например на новый телефон.
cli-cmd-pair-show = На устройстве, где есть ваш журнал: показать код для нового устройства, затем разрешить ему.
cli-cmd-pair-join = На новом устройстве: получить журнал по коду, который показывает ваше другое устройство.
cli-cmd-sync = Отправить ваши изменения на хаб центра и получить изменения, сделанные на других ваших устройствах. Хаб хранит только закрытую копию, которую не может прочитать.

## Help: what to give to the commands

cli-arg-kind = Вид записи: skill (навык), qualification (квалификация), experience (работа), language (язык) или learning (курс).
cli-arg-title = Короткое название, например "Сварка" или "Водительские права B".
cli-arg-description = Больше слов об этом, если хотите.
cli-arg-level = Насколько хорошо вы это умеете. Для навыка или работы: basic, intermediate, advanced или expert. Для языка: от A1 (начинающий) до C2 (очень хорошо). Для квалификации или курса: уровень EQF, от 1 до 8.
cli-arg-eqf = Уровень EQF диплома или курса, от 1 до 8, если знаете.
cli-arg-from = Когда началось: год (2019), месяц (2019-05) или день (2019-05-14).
cli-arg-to = Когда закончилось, так же. Не указывайте, если ещё продолжается.
cli-arg-organisation = Работодатель, школа или учебный центр.
cli-arg-place = Город или место.
cli-arg-country = Страна, двумя буквами, например SY, AF, DE.
cli-arg-context = Как вы этому научились: formal (школа, диплом), non-formal (курс) или informal (на практике).
cli-arg-written-in = Язык, на котором вы написали эту запись, коротким кодом, например ar или en.
cli-arg-esco = Адрес ESCO навыка или профессии, если знаете.
cli-arg-isco = Код профессии ISCO-08 (от 1 до 4 цифр), если знаете.
cli-arg-stage = Когда на вашем пути это важно: recruitment, pre-departure, arrival, career или return. Можно указать несколько.

cli-arg-list-kind = Показать только записи этого вида: skill, qualification, experience, language или learning.
cli-arg-list-stage = Показать только записи для этого этапа: recruitment, pre-departure, arrival, career или return.

cli-arg-id = Id записи. Хватит первых 4 или больше знаков. Чтобы увидеть id, введите: carnet list
cli-arg-set = Изменение, записанное как FIELD=VALUE, например level=advanced. Повторите, чтобы изменить больше. Пустое значение очищает поле. Поля: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Слова для поиска.
cli-arg-evidence = Фото или голосовая заметка, которую убрать: её id, как его показывают carnet show и carnet attach (хватит первых 8 или больше знаков).
cli-arg-photo = Фото (JPEG, PNG или WebP) или звуковой файл (WebM, Ogg, MP4, M4A, AAC, MP3 или WAV, до 5 МБ). Carnet сам смотрит в файл, чтобы понять, что это. Он убирает скрытые данные, например место, где сделано фото.
cli-arg-format = Вид файла. Пока только json.
cli-arg-file = Файл экспорта, который прочитать.

cli-arg-name = Ваше имя, как вы хотите, чтобы его видели другие.
cli-arg-birth-date = Ваша дата рождения: 1990, 1990-05 или 1990-05-14.
cli-arg-origin = Страна, откуда вы родом, двумя буквами, например SY, AF, ER.
cli-arg-current = Страна, где вы живёте сейчас, двумя буквами, например DE, FR.
cli-arg-contact = Как с вами связаться, например номер телефона или email.
cli-arg-language = Язык, который вы знаете, коротким кодом, например ar, fa-AF или en. Параметры ниже относятся к этому языку.
cli-arg-mother-tongue = Этот язык — ваш родной.
cli-arg-not-mother-tongue = Этот язык — не ваш родной.
cli-arg-listening = Как хорошо вы понимаете речь: от A1 (начинающий) до C2 (очень хорошо).
cli-arg-reading = Как хорошо вы читаете: от A1 до C2.
cli-arg-spoken-interaction = Как хорошо вы участвуете в разговоре: от A1 до C2.
cli-arg-spoken-production = Как хорошо вы говорите сами: от A1 до C2.
cli-arg-writing = Как хорошо вы пишете: от A1 до C2.
cli-arg-remove-language = Убрать язык из профиля.
cli-arg-hub = Адрес хаба центра, например http://192.168.1.10:8470. Carnet его запомнит.
cli-arg-device-id = Id устройства, как его показывает: carnet devices list (хватит первых 4 или больше знаков).
cli-arg-pair-approve = Разрешить новое устройство без вопроса, если оно показывает этот код (для помощников и скриптов).
cli-arg-pair-code = Код, который показывает ваше другое устройство. Он начинается с CNP1:
cli-arg-pair-name = Название этого устройства, чтобы вы узнали его на другом (например "Телефон Амаль").
cli-arg-sync-status = Только показать, когда была последняя синхронизация и сколько изменений ждёт. Ничего не отправляется.
cli-arg-sync-watch = Синхронизировать постоянно. Если хаб недоступен, попробовать позже, каждый раз ожидая дольше.
cli-arg-sync-every = С --watch: сколько секунд ждать между синхронизациями (300, если не указано).

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

cli-passphrase-new-intro = Выберите пароль не короче { $min } знаков. Он нужен каждый раз, когда вы открываете журнал. Никто не сможет восстановить его для вас.
cli-passphrase-prompt = Пароль:
cli-passphrase-new-prompt = Новый пароль:
cli-passphrase-repeat-prompt = Введите новый пароль ещё раз:
cli-passphrase-changed = Ваш пароль изменён. Теперь используйте новый.

## Answers

cli-init-done = Ваш журнал готов. Он в этой папке: { $dir }
cli-init-next = Храните пароль в надёжном месте. Без него никто не откроет ваш журнал, даже вы. Дальше добавьте то, что вы умеете, например: carnet add skill --title "Cooking"

cli-list-empty = В вашем журнале ещё нет записей. Чтобы добавить, введите: carnet add skill --title "Cooking"
cli-list-none-match = Ни одна запись не подходит под запрос.
cli-search-none = Ни в одной записи нет этих слов. Попробуйте другие слова или введите: carnet list

cli-edit-saved = Ваше изменение сохранено.
cli-rm-done = Удалено: { $title }
cli-detached = Фото или голосовая заметка убраны из записи.

cli-profile-saved = Ваш профиль сохранён.
cli-profile-empty = Ваш профиль пуст. Чтобы добавить имя, введите: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] Добавлена { $count } запись.
    [few] Добавлены { $count } записи.
    [many] Добавлено { $count } записей.
   *[other] Добавлено { $count } записи.
}
cli-import-updated = { $count ->
    [one] Обновлена { $count } запись.
    [few] Обновлены { $count } записи.
    [many] Обновлено { $count } записей.
   *[other] Обновлено { $count } записи.
}
cli-import-unchanged = { $count ->
    [one] { $count } запись уже была такой же.
    [few] { $count } записи уже были такими же.
    [many] { $count } записей уже были такими же.
   *[other] { $count } записи уже были такими же.
}
cli-import-profile-updated = Ваш профиль тоже обновлён.
cli-import-missing-photos = { $count ->
    [one] { $count } фото нет на этом устройстве. Файлы экспорта не содержат фото. Добавьте его снова с помощью: carnet attach
    [few] { $count } фото нет на этом устройстве. Файлы экспорта не содержат фото. Добавьте их снова с помощью: carnet attach
    [many] { $count } фото нет на этом устройстве. Файлы экспорта не содержат фото. Добавьте их снова с помощью: carnet attach
   *[other] { $count } фото нет на этом устройстве. Файлы экспорта не содержат фото. Добавьте их снова с помощью: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Вид
cli-show-added = Добавлено
cli-show-changed = Изменено
cli-show-evidence = Фото и голосовые заметки
cli-show-photo = { $sha }  { $width } × { $height } пикселей, { $kilobytes } КБ
cli-show-photo-missing = { $sha }  { $width } × { $height } пикселей, нет на этом устройстве
cli-show-voice = { $sha }  голосовая заметка, { $kilobytes } КБ
cli-show-voice-missing = { $sha }  голосовая заметка, нет на этом устройстве
cli-show-conflicts = Другое устройство тоже записало:
cli-show-conflicts-hint = Чтобы оставить одно из этого, введите: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Название
cli-field-description = Описание
cli-field-written-in = Язык записи
cli-field-esco = ESCO
cli-field-isco = Код профессии ISCO-08
cli-field-level = Уровень
cli-field-eqf = Уровень EQF
cli-field-organisation = Организация
cli-field-place = Место
cli-field-country = Страна
cli-field-from = С
cli-field-to = По
cli-field-context = Как вы научились
cli-field-stages = Этапы

cli-kind-skill = навык
cli-kind-qualification = квалификация
cli-kind-experience = опыт
cli-kind-language = язык
cli-kind-learning = обучение

cli-context-formal = формальное (школа, диплом)
cli-context-non-formal = неформальное (курс)
cli-context-informal = информальное (на практике)

cli-stage-recruitment = поиск работы
cli-stage-pre-departure = перед отъездом
cli-stage-arrival = прибытие
cli-stage-career = работа
cli-stage-return = возвращение

cli-proficiency-basic = начальный
cli-proficiency-intermediate = средний
cli-proficiency-advanced = высокий
cli-proficiency-expert = эксперт

cli-level-eqf = Уровень EQF { $level }

cli-profile-name = Имя
cli-profile-birth-date = Дата рождения
cli-profile-origin = Родом из
cli-profile-current = Живёт в
cli-profile-contact = Контакт
cli-profile-languages = Языки
cli-profile-mother-tongue = { $language } (родной язык)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = понимание на слух { $level }
cli-cefr-reading = чтение { $level }
cli-cefr-spoken-interaction = разговор с другими { $level }
cli-cefr-spoken-production = устная речь { $level }
cli-cefr-writing = письмо { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet не знает «{ $arg }» здесь.
cli-error-unknown-command = Нет команды «{ $command }».
cli-error-invalid-value = «{ $value }» нельзя использовать для { $arg }.
cli-error-missing-value = После { $arg } нужно значение.
cli-error-valid-values = Можно использовать: { $values }
cli-error-missing-argument = Чего-то не хватает: { $arg }
cli-error-missing-command = Скажите, что Carnet должен сделать после «{ $command }».
cli-error-valid-commands = Команды: { $commands }
cli-error-conflict = { $arg } нельзя использовать вместе с { $other }.
cli-error-no-equals = Напишите { $arg } со знаком равенства и значением сразу после него.
cli-error-too-many-values = { $arg } принимает меньше значений. «{ $value }» — лишнее.
cli-error-wrong-number-of-values = У { $arg } неправильное число значений.
cli-error-invalid-utf8 = Carnet не может прочитать некоторые введённые вами буквы. Введите их ещё раз.
cli-error-did-you-mean = Может быть, вы имели в виду { $suggestion }?
cli-error-usage = Carnet не понял эту команду.
cli-error-usage-hint = Введите { $command } --help, чтобы увидеть, что можно вводить.
cli-error-set-format = «{ $value }» — это не изменение. Пишите FIELD=VALUE, например --set level=advanced
cli-error-nothing-to-change = Нечего менять. Укажите хотя бы один параметр, например --name "Your name".

cli-error-passphrase-unavailable = Carnet нужен пароль, но здесь он не может его спросить. Запустите Carnet в терминале или задайте { $variable }.
cli-error-passphrase-mismatch = Два пароля не совпадают. Ничего не изменено. Попробуйте ещё раз.
cli-error-read-file = Carnet не может прочитать файл { $path }. Проверьте имя файла и папку, затем попробуйте ещё раз.
cli-error-no-data-dir = Carnet не может найти папку для вашего журнала. Выберите её с помощью --data-dir, например --data-dir ./carnet
cli-error-output = Carnet не смог записать ответ. Проверьте, не заполнен ли диск, затем попробуйте ещё раз.
cli-error-details = Подробности для помощника: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = Чтобы создать журнал, введите: carnet init
cli-hint-already-exists = Чтобы увидеть, что в нём, введите: carnet list. Для второго журнала выберите другую папку с помощью --data-dir.
cli-hint-not-found = Чтобы увидеть id, введите: carnet list
cli-hint-ambiguous-id = Чтобы увидеть id, введите: carnet list
cli-hint-import-format = Выберите файл, сделанный командой: carnet export --format json
cli-hint-invalid-field = Чтобы увидеть список полей, введите: carnet edit --help

## carnet sync

cli-sync-phase-sending = Отправка
cli-sync-phase-receiving = Получение
cli-sync-phase-photos = Фото
cli-sync-done = Синхронизировано с { $hub }.
cli-sync-changes = { $sent ->
    [one] отправлено { $sent } изменение
    [few] отправлено { $sent } изменения
    [many] отправлено { $sent } изменений
   *[other] отправлено { $sent } изменения
}, { $received ->
    [one] получено { $received } изменение.
    [few] получено { $received } изменения.
    [many] получено { $received } изменений.
   *[other] получено { $received } изменения.
}
cli-sync-photos = { $sent ->
    [one] отправлено { $sent } фото
    [few] отправлено { $sent } фото
    [many] отправлено { $sent } фото
   *[other] отправлено { $sent } фото
}, { $received ->
    [one] получено { $received } фото.
    [few] получено { $received } фото.
    [many] получено { $received } фото.
   *[other] получено { $received } фото.
}
cli-sync-bytes = Использовано данных: отправлено { $up } КБ, получено { $down } КБ.
cli-sync-retry = Новая попытка через { $seconds ->
    [one] { $seconds } секунду.
    [few] { $seconds } секунды.
    [many] { $seconds } секунд.
   *[other] { $seconds } секунды.
}
cli-sync-status-hub = Хаб: { $hub }
cli-sync-status-last = Последняя синхронизация: { $when }
cli-sync-status-pending = { $count ->
    [0] Ни одно изменение не ждёт.
    [one] { $count } изменение ждёт отправки.
    [few] { $count } изменения ждут отправки.
    [many] { $count } изменений ждут отправки.
   *[other] { $count } изменения ждут отправки.
}
cli-sync-no-hub = ещё нет
cli-sync-never = никогда
cli-hint-sync-no-hub = Чтобы задать, введите: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Ваши изменения сохранены. Чтобы попробовать позже, введите: carnet sync

## carnet pair

cli-pair-show-scan = Отсканируйте этот код новым устройством или введите там текст ниже.
cli-pair-show-expires = Код действует 10 минут.
cli-pair-show-request = Устройство «{ $name }» хочет получить ваш журнал. Его код: { $fingerprint }.
cli-pair-show-ask = Ваше новое устройство показывает такой же код? Введите да (или yes), чтобы разрешить, или нет.
cli-pair-yes = да
cli-pair-show-approved = «{ $name }» теперь имеет ваш журнал.
cli-pair-show-refused = Вы отказали. «{ $name }» ничего не получило.
cli-pair-default-name = Новое устройство
cli-pair-join-check = Ваше другое устройство должно показывать этот код: { $fingerprint }. Разрешите там.
cli-pair-join-done = { $count ->
    [one] Теперь на этом устройстве ваш журнал, { $count } запись.
    [few] Теперь на этом устройстве ваш журнал, { $count } записи.
    [many] Теперь на этом устройстве ваш журнал, { $count } записей.
   *[other] Теперь на этом устройстве ваш журнал, { $count } записи.
}

## carnet devices

cli-devices-none = Ни одно устройство ещё не синхронизировало этот журнал.
cli-devices-line = { $id }  { $name }  (с { $added })
cli-devices-this = ← это устройство
cli-devices-removed = (удалено { $when })
cli-devices-removed-done = «{ $name }» удалено. У вашего журнала теперь новый ключ, которого у того устройства нет.
cli-devices-new-sheet = На вашем листе восстановления старый ключ. Распечатайте новый сейчас и уничтожьте старый: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = Распечатать лист восстановления: с ним и вашим паролем вы сможете вернуть журнал на новый телефон, если потеряете этот.
cli-cmd-recover = На новом устройстве: вернуть журнал по листу восстановления и паролю.
cli-arg-recovery-out = Файл, в который записать лист. Имя должно заканчиваться на .png или .pdf.
cli-arg-recover-sheet = Фото или скан вашего листа восстановления (PNG или JPEG). Carnet прочитает его квадратный код.
cli-arg-recover-words = 12 слов вашего листа восстановления, по порядку, в кавычках. Укажите также --hub.
cli-arg-recover-hub = Адрес хаба, напечатанный на вашем листе восстановления, например http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet может записать лист как файл .png или .pdf, но не как «{ $path }».
cli-recovery-sheet-done = Ваш лист восстановления в { $path }. Распечатайте его и храните бумагу в надёжном месте, отдельно от телефона.
cli-recovery-sheet-english = Лист на английском: Carnet пока не умеет правильно писать на нём буквы вашего языка.
cli-recovery-sheet-replaced = Любой лист, распечатанный раньше, больше не работает. Уничтожьте его.
cli-recover-done = { $count ->
    [one] Ваш журнал снова на этом устройстве: { $count } запись.
    [few] Ваш журнал снова на этом устройстве: { $count } записи.
    [many] Ваш журнал снова на этом устройстве: { $count } записей.
   *[other] Ваш журнал снова на этом устройстве: { $count } записи.
}
cli-passphrase-sheet-updated = Ваш лист восстановления работает и дальше, с новым паролем.
cli-passphrase-sheet-not-updated = Не удалось обновить ваш лист восстановления на хабе. Пока вы не распечатаете новый, для него нужен старый пароль. Распечатайте новый лист, когда будете на связи: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Лист восстановления Carnet
cli-sheet-made = Сделано { $date }
cli-sheet-hub = Хаб: { $hub }
cli-sheet-words = Ваши 12 слов
cli-sheet-instructions =
    Храните эту бумагу в надёжном месте. С ней и вашим паролем вы вернёте журнал на новый телефон:
    1. Установите Carnet на новый телефон и выберите восстановление журнала.
    2. Отсканируйте квадратный код или введите 12 слов и адрес хаба.
    3. Введите пароль. Журнал вернётся с хаба.
    На компьютере: carnet recover --sheet photo.jpg
cli-sheet-warning = Сама эта бумага не открывает журнал: нужен ещё и пароль. Не храните их вместе. Если распечатаете новый лист, этот перестанет работать.
