# Review status: machine-drafted, needs review by a native speaker.
# Екрани пристроїв: додати пристрій, список пристроїв, аркуш відновлення, експорт та імпорт.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Додати інший пристрій
app-pair-intro = Перенесіть свій журнал на інший свій телефон чи комп’ютер. Обом пристроям потрібен хаб.
app-pair-start = Додати інший пристрій
app-pair-passphrase = Щоб додати пристрій, введіть свій пароль.
app-pair-show = Показати код
app-pair-scan = На новому пристрої виберіть «Приєднатися до журналу», потім скануйте цей квадратний код або введіть текст під ним.
app-pair-qr-alt = Квадратний код для сканування новим пристроєм
app-pair-code-label = Код як текст
app-pair-expires = Код діє ще { $time }.
app-pair-waiting = Чекаємо на новий пристрій…
app-pair-request = «{ $name }» хоче отримати ваш журнал.
app-pair-compare = Новий пристрій показує такий самий код?
app-pair-approve = Так, дозволити
app-pair-refuse = Ні
app-pair-approved = «{ $name }» тепер має ваш журнал. Він з’явиться у списку пристроїв після синхронізації.
app-pair-refused = Ви відмовили. «{ $name }» нічого не отримав.
app-pair-again = Показати новий код

## Sync screen: the devices of this logbook

app-devices-title = Ваші пристрої
app-devices-none = Жоден пристрій ще не синхронізував цей журнал. Синхронізуйте, і цей пристрій з’явиться тут.
app-devices-this = Цей пристрій
app-devices-added = Додано { $date }
app-devices-removed = Вилучено { $date }
app-devices-remove = Вилучити
app-devices-remove-confirm = Вилучити «{ $name }»? Зробіть це, якщо телефон загублено, продано або віддано.
app-devices-remove-consequences = Він збереже те, що вже має, але не отримає нічого, що ви додасте відтепер. Ваш журнал отримає новий ключ, а ваші інші пристрої отримають його під час синхронізації. Щоб знову користуватися тим пристроєм, додайте його ще раз.
app-devices-remove-yes = Так, вилучити
app-devices-removed-done = «{ $name }» вилучено. Ваш журнал тепер має новий ключ, якого той пристрій не має.
app-devices-new-sheet = Ваш аркуш відновлення має старий ключ. Зробіть новий зараз у Налаштуваннях і знищте старий.

## First run: another way to start

app-start-other = У вас уже є журнал?
app-start-join = Приєднатися з іншого пристрою
app-start-recover = Відновити за аркушем

## First run: joining a logbook from another device

app-join-title = Приєднатися до журналу
app-join-intro = На іншому своєму пристрої відкрийте «Синхронізація» і виберіть «Додати інший пристрій». Він покаже код.
app-join-code = Код (починається з CNP1:)
app-join-code-hint = Вставте або введіть код тут
app-join-picture = Відкрити зображення коду
app-join-name = Назва цього пристрою
app-join-name-default = Мій новий пристрій
app-join-passphrase = Виберіть пароль для цього пристрою
app-join-send = Продовжити
app-join-check = Ваш інший пристрій має показувати такий самий код. Дозвольте там.
app-join-waiting = Чекаємо, поки ваш інший пристрій дозволить…
app-join-copying = Копіюємо ваш журнал…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Відновити журнал
app-recover-intro = Використайте аркуш відновлення і свій пароль. Carnet поверне ваш журнал із хаба.
app-recover-by-words = Ввести 12 слів
app-recover-by-code = Використати квадратний код
app-recover-words = 12 слів, по порядку
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = Адреса хаба з аркуша
app-recover-code = Текст квадратного коду (починається з CNS1:)
app-recover-picture = Відкрити фото аркуша
app-recover-passphrase = Ваш пароль (той, що був раніше)
app-recover-start = Відновити мій журнал

## Reading a square code from a picture

app-picture-read = Код прочитано із зображення.
app-scan-camera = Сканувати камерою
error-camera-scan = Код не прочитано. Якщо Carnet не має дозволу на камеру, дозвольте його в налаштуваннях телефона. Можна також відкрити фото коду.

## Settings: the recovery sheet

app-sheet-title = Аркуш відновлення
app-sheet-intro = Аркуш відновлення — це папір із 12 словами і квадратним кодом. Якщо ви загубите цей телефон, аркуш і ваш пароль повернуть журнал на новий. Зберігайте аркуш у безпечному місці, окремо від телефона. Не тримайте пароль разом із ним.
app-sheet-replaces = Новий аркуш замінює старий: старий аркуш перестає діяти.
app-sheet-needs-hub = Аркуш використовує хаб. Спочатку вкажіть адресу хаба на екрані «Синхронізація».
app-sheet-passphrase = Введіть пароль, щоб зробити аркуш
app-sheet-format = Зберегти як
app-sheet-pdf = PDF, для друку
app-sheet-png = Зображення
app-sheet-make = Зробити аркуш відновлення
app-sheet-saved = Ваш аркуш відновлення збережено в { $path }. Надрукуйте його або запишіть слова нижче і зберігайте папір у безпеці.
app-sheet-english = Аркуш англійською: Carnet поки не вміє писати на ньому літери вашої мови.
app-sheet-words = Ваші 12 слів

## Settings: export and import

app-export-title = Експорт та імпорт
app-export-intro = Експорт зберігає весь ваш журнал в одному файлі, щоб зберегти його або дати людині, яку ви виберете.
app-export-consent = У цьому файлі ваш журнал відкритий для читання: він не захищений паролем. Будь-хто, хто отримає файл, зможе все прочитати. Фото у файл не входять.
app-export-agree = Я розумію. Зберегти файл
app-export = Експорт
app-export-saved = { $count ->
    [one] Збережено { $count } запис у { $path }.
    [few] Збережено { $count } записи у { $path }.
    [many] Збережено { $count } записів у { $path }.
   *[other] Збережено { $count } запису у { $path }.
}
app-import-intro = Імпорт додає до цього журналу те, що є в експортованому файлі. Нічого з журналу не видаляється.
app-import = Імпортувати файл
app-import-added = { $count ->
    [0] Нових записів немає.
    [one] Додано { $count } новий запис.
    [few] Додано { $count } нові записи.
    [many] Додано { $count } нових записів.
   *[other] Додано { $count } нового запису.
}
app-import-updated = { $count ->
    [0] Жоден запис не змінено.
    [one] Змінено { $count } запис.
    [few] Змінено { $count } записи.
    [many] Змінено { $count } записів.
   *[other] Змінено { $count } запису.
}
app-import-unchanged = { $count ->
    [0] Жоден запис не був таким самим.
    [one] { $count } запис уже був таким самим.
    [few] { $count } записи вже були такими самими.
    [many] { $count } записів уже були такими самими.
   *[other] { $count } запису вже були такими самими.
}
app-import-profile = Ваш профіль оновлено.
app-import-missing-photos = { $count ->
    [one] { $count } фото, назване у файлі, немає на цьому пристрої.
    [few] { $count } фото, названих у файлі, немає на цьому пристрої.
    [many] { $count } фото, названих у файлі, немає на цьому пристрої.
   *[other] { $count } фото, названих у файлі, немає на цьому пристрої.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Ваш аркуш відновлення діє й далі, з новим паролем.
app-passphrase-sheet-not-updated = Не вдалося оновити ваш аркуш відновлення на хабі. Поки ви не зробите новий, для нього потрібен старий пароль. Зробіть новий аркуш, коли будете на зв’язку.

## This device's name

app-device-name = Назва цього пристрою
app-device-name-hint = Назва, яку ваші інші пристрої показують для цього, наприклад «Телефон Аміни».
app-device-name-saved = Збережено. Ваші інші пристрої покажуть її після синхронізації цього пристрою.
