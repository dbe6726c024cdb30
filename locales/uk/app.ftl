# Review status: machine-drafted, needs review by a native speaker.
# Повідомлення застосунку Carnet. Короткі, прості речення.

## First run: choosing a language

app-choose-language = Виберіть свою мову
app-continue = Продовжити

## First run: making a passphrase

app-create-title = Захистіть свій журнал
app-create-intro = Виберіть пароль. Його знаєте лише ви. Carnet питає його щоразу, коли ви відкриваєте журнал.
app-passphrase = Пароль
app-passphrase-again = Введіть його ще раз
app-passphrase-show = Показати
app-passphrase-hide = Сховати
app-strength-too-short = Закороткий: використайте щонайменше { $min } символів.
app-strength-weak = Слабкий: кілька слів разом легше запам’ятати і важче вгадати.
app-strength-fair = Добрий. Довший — ще надійніший.
app-strength-strong = Надійний.
app-passphrase-mismatch = Два паролі не однакові. Введіть їх ще раз.
app-create = Створити мій журнал
app-working = Зачекайте, будь ласка…
app-back = Назад

## Unlock

app-unlock-title = Відкрийте свій журнал
app-unlock = Відкрити
app-lock = Заблокувати

## The logbook

app-logbook-title = Мій журнал
app-logbook-empty = Ваш журнал порожній. Додайте щось, що ви вмієте.
app-add = Додати
app-kind-skill = Навички
app-kind-qualification = Кваліфікації
app-kind-experience = Досвід роботи
app-kind-language = Мови
app-kind-learning = Курси
app-self-declared = З моїх слів
app-show-more = { $count ->
    [one] Показати ще { $count }
    [few] Показати ще { $count }
    [many] Показати ще { $count }
   *[other] Показати ще { $count }
}
app-endorsed = Підтверджено

## Adding an entry

app-add-title = Додати до мого журналу
app-add-kind = Що це?
app-add-title-label = Назва
app-add-title-hint = Наприклад: Зварювання, Водіння вантажівки, Арабська
app-add-level = Рівень
app-level-none = Без рівня
app-level-basic = Початковий
app-level-intermediate = Середній
app-level-advanced = Високий
app-level-expert = Експерт
app-level-eqf = Рівень { $level }
app-save = Зберегти
app-cancel = Скасувати

## Moving around

app-settings = Налаштування
app-sync = Синхронізація
app-edit = Змінити
app-remove = Вилучити

## The logbook: search and filter

app-search = Пошук
app-search-hint = Введіть слово, наприклад: звар
app-stage-filter = Етап вашого шляху
app-stage-any = Усі етапи
app-stage-recruitment = Пошук роботи
app-stage-pre-departure = Перед від’їздом
app-stage-arrival = Прибуття
app-stage-career = Робота
app-stage-return = Повернення
app-search-none = Нічого не знайдено. Спробуйте інше слово або інший етап.

## Changing and removing an entry

app-edit-title = Змінити цей запис
app-stages = Етапи вашого шляху
app-remove-confirm = Вилучити «{ $title }» з вашого журналу? Цього не можна скасувати.
app-remove-yes = Так, вилучити

## Settings

app-settings-title = Налаштування
app-settings-language = Мова
app-settings-lock = Блокувати після
app-lock-minutes = { $minutes ->
    [one] { $minutes } хвилини без дій
    [few] { $minutes } хвилин без дій
    [many] { $minutes } хвилин без дій
   *[other] { $minutes } хвилини без дій
}
app-settings-passphrase = Змінити пароль
app-passphrase-current = Поточний пароль
app-passphrase-new = Новий пароль
app-passphrase-change = Змінити пароль
app-passphrase-changed = Ваш пароль змінено. Відтепер використовуйте новий.
app-about = Про Carnet
app-locked-idle = Carnet заблокував ваш журнал, бо ним деякий час ніхто не користувався. Відкрийте його знову своїм паролем.

## Sync with a hub

app-sync-title = Синхронізація з хабом
app-sync-intro = Хаб зберігає закриту копію вашого журналу, щоб ви могли користуватися ним на іншому телефоні. Хаб не може її прочитати.
app-hub-address = Адреса хаба
app-hub-address-hint = Наприклад: https://hub.example.org
app-hub-save = Зберегти адресу
app-sync-now = Синхронізувати
app-sync-never = Ще не синхронізовано.
app-sync-last = Остання синхронізація: { $when }
app-sync-pending = { $count ->
    [0] Нічого не чекає на надсилання.
    [one] { $count } зміна чекає на надсилання.
    [few] { $count } зміни чекають на надсилання.
    [many] { $count } змін чекають на надсилання.
   *[other] { $count } зміни чекають на надсилання.
}
app-sync-sending = Надсилання
app-sync-receiving = Отримання
app-sync-photos = Фото
app-sync-done = Синхронізацію завершено.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Ваш журнал заблоковано. Відкрийте його своїм паролем і спробуйте ще раз.
error-unknown-language = Carnet не має мови { $tag }. Виберіть мову зі списку.

## Settings: how the screens look

app-settings-display = Вигляд Carnet
app-high-contrast = Сильний контраст (чорне на білому)
app-text-size = Розмір тексту
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Слухати

## Two languages at once

app-dual-language = Показати також мовою
app-dual-none = Без другої мови
