# Review status: machine-drafted, needs review by a native speaker.
# Экраны устройств: добавить устройство, список устройств, лист восстановления, экспорт и импорт.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Добавить другое устройство
app-pair-intro = Перенесите свой журнал на другой свой телефон или компьютер. Обоим устройствам нужен хаб.
app-pair-start = Добавить другое устройство
app-pair-passphrase = Чтобы добавить устройство, введите свой пароль.
app-pair-show = Показать код
app-pair-scan = На новом устройстве выберите «Присоединиться к журналу», затем отсканируйте этот квадратный код или введите текст под ним.
app-pair-qr-alt = Квадратный код для сканирования новым устройством
app-pair-code-label = Код в виде текста
app-pair-expires = Код действует ещё { $time }.
app-pair-waiting = Ждём новое устройство…
app-pair-request = «{ $name }» хочет получить ваш журнал.
app-pair-compare = Новое устройство показывает такой же код?
app-pair-approve = Да, разрешить
app-pair-refuse = Нет
app-pair-approved = «{ $name }» теперь имеет ваш журнал. Оно появится в списке устройств после синхронизации.
app-pair-refused = Вы отказали. «{ $name }» ничего не получило.
app-pair-again = Показать новый код

## Sync screen: the devices of this logbook

app-devices-title = Ваши устройства
app-devices-none = Ни одно устройство ещё не синхронизировало этот журнал. Синхронизируйте, и это устройство появится здесь.
app-devices-this = Это устройство
app-devices-added = Добавлено { $date }
app-devices-removed = Удалено { $date }
app-devices-remove = Удалить
app-devices-remove-confirm = Удалить «{ $name }»? Делайте это, если телефон потерян, продан или отдан.
app-devices-remove-consequences = У него останется то, что уже есть, но оно не получит ничего, что вы добавите с этого момента. Ваш журнал получит новый ключ, а ваши другие устройства получат его при синхронизации. Чтобы снова пользоваться тем устройством, добавьте его ещё раз.
app-devices-remove-yes = Да, удалить
app-devices-removed-done = «{ $name }» удалено. У вашего журнала теперь новый ключ, которого у того устройства нет.
app-devices-new-sheet = На вашем листе восстановления старый ключ. Сделайте новый сейчас в Настройках и уничтожьте старый.

## First run: another way to start

app-start-other = У вас уже есть журнал?
app-start-join = Присоединиться с другого устройства
app-start-recover = Восстановить по листу

## First run: joining a logbook from another device

app-join-title = Присоединиться к журналу
app-join-intro = На другом своём устройстве откройте «Синхронизация» и выберите «Добавить другое устройство». Оно покажет код.
app-join-code = Код (начинается с CNP1:)
app-join-code-hint = Вставьте или введите код здесь
app-join-picture = Открыть изображение кода
app-join-name = Название этого устройства
app-join-name-default = Моё новое устройство
app-join-passphrase = Выберите пароль для этого устройства
app-join-send = Продолжить
app-join-check = Ваше другое устройство должно показывать такой же код. Разрешите там.
app-join-waiting = Ждём, пока ваше другое устройство разрешит…
app-join-copying = Копируем ваш журнал…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Восстановить журнал
app-recover-intro = Используйте лист восстановления и свой пароль. Carnet вернёт ваш журнал с хаба.
app-recover-by-words = Ввести 12 слов
app-recover-by-code = Использовать квадратный код
app-recover-words = 12 слов, по порядку
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = Адрес хаба с листа
app-recover-code = Текст квадратного кода (начинается с CNS1:)
app-recover-picture = Открыть фото листа
app-recover-passphrase = Ваш пароль (тот, что был раньше)
app-recover-start = Восстановить мой журнал

## Reading a square code from a picture

app-picture-read = Код прочитан с изображения.
app-scan-camera = Сканировать камерой
error-camera-scan = Код не прочитан. Если Carnet не может использовать камеру, разрешите её в настройках телефона. Можно также открыть фото кода.

## Settings: the recovery sheet

app-sheet-title = Лист восстановления
app-sheet-intro = Лист восстановления — это бумага с 12 словами и квадратным кодом. Если вы потеряете этот телефон, лист и ваш пароль вернут журнал на новый. Храните лист в надёжном месте, отдельно от телефона. Не храните пароль вместе с ним.
app-sheet-replaces = Новый лист заменяет старый: старый лист перестаёт работать.
app-sheet-needs-hub = Лист использует хаб. Сначала укажите адрес хаба на экране «Синхронизация».
app-sheet-passphrase = Введите пароль, чтобы сделать лист
app-sheet-format = Сохранить как
app-sheet-pdf = PDF, для печати
app-sheet-png = Изображение
app-sheet-make = Сделать лист восстановления
app-sheet-saved = Ваш лист восстановления сохранён в { $path }. Распечатайте его или запишите слова ниже и храните бумагу в надёжном месте.
app-sheet-english = Лист на английском: Carnet пока не умеет писать на нём буквы вашего языка.
app-sheet-words = Ваши 12 слов

## Settings: export and import

app-export-title = Экспорт и импорт
app-export-intro = Экспорт сохраняет весь ваш журнал в одном файле, чтобы хранить его или отдать человеку, которого вы выберете.
app-export-consent = В этом файле ваш журнал открыт для чтения: он не защищён паролем. Любой, кто получит файл, сможет всё прочитать. Фото в файл не входят.
app-export-agree = Я понимаю. Сохранить файл
app-export = Экспорт
app-export-saved = { $count ->
    [one] Сохранена { $count } запись в { $path }.
    [few] Сохранены { $count } записи в { $path }.
    [many] Сохранено { $count } записей в { $path }.
   *[other] Сохранено { $count } записи в { $path }.
}
app-import-intro = Импорт добавляет в этот журнал то, что есть в экспортированном файле. Ничего из журнала не удаляется.
app-import = Импортировать файл
app-import-added = { $count ->
    [0] Новых записей нет.
    [one] Добавлена { $count } новая запись.
    [few] Добавлены { $count } новые записи.
    [many] Добавлено { $count } новых записей.
   *[other] Добавлено { $count } новой записи.
}
app-import-updated = { $count ->
    [0] Ни одна запись не изменена.
    [one] Изменена { $count } запись.
    [few] Изменены { $count } записи.
    [many] Изменено { $count } записей.
   *[other] Изменено { $count } записи.
}
app-import-unchanged = { $count ->
    [0] Ни одна запись не совпала.
    [one] { $count } запись уже была такой же.
    [few] { $count } записи уже были такими же.
    [many] { $count } записей уже были такими же.
   *[other] { $count } записи уже были такими же.
}
app-import-profile = Ваш профиль обновлён.
app-import-missing-photos = { $count ->
    [one] { $count } фото, указанного в файле, нет на этом устройстве.
    [few] { $count } фото, указанных в файле, нет на этом устройстве.
    [many] { $count } фото, указанных в файле, нет на этом устройстве.
   *[other] { $count } фото, указанных в файле, нет на этом устройстве.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Ваш лист восстановления работает и дальше, с новым паролем.
app-passphrase-sheet-not-updated = Не удалось обновить ваш лист восстановления на хабе. Пока вы не сделаете новый, для него нужен старый пароль. Сделайте новый лист, когда будете на связи.

## This device's name

app-device-name = Название этого устройства
app-device-name-hint = Название, которое ваши другие устройства показывают для этого, например «Телефон Амины».
app-device-name-saved = Сохранено. Ваши другие устройства покажут его после синхронизации этого устройства.
