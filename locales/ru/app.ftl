# Review status: machine-drafted, needs review by a native speaker.
# Сообщения приложения Carnet. Короткие, простые предложения.

## First run: choosing a language

app-choose-language = Выберите свой язык
app-continue = Продолжить

## First run: making a passphrase

app-create-title = Защитите свой журнал
app-create-intro = Выберите пароль. Его знаете только вы. Carnet спрашивает его каждый раз, когда вы открываете журнал.
app-passphrase = Пароль
app-passphrase-again = Введите его ещё раз
app-passphrase-show = Показать
app-passphrase-hide = Скрыть
app-strength-too-short = Слишком короткий: используйте не меньше { $min } знаков.
app-strength-weak = Слабый: несколько слов вместе легче запомнить и труднее угадать.
app-strength-fair = Хороший. Более длинный — ещё надёжнее.
app-strength-strong = Надёжный.
app-passphrase-mismatch = Два пароля не совпадают. Введите их ещё раз.
app-create = Создать мой журнал
app-working = Подождите, пожалуйста…
app-back = Назад

## Unlock

app-unlock-title = Откройте свой журнал
app-unlock = Открыть
app-lock = Заблокировать

## The logbook

app-logbook-title = Мой журнал
app-logbook-empty = Ваш журнал пуст. Добавьте что-нибудь, что вы умеете.
app-add = Добавить
app-kind-skill = Навыки
app-kind-qualification = Квалификации
app-kind-experience = Опыт работы
app-kind-language = Языки
app-kind-learning = Курсы
app-self-declared = С моих слов
app-show-more = { $count ->
    [one] Показать ещё { $count }
    [few] Показать ещё { $count }
    [many] Показать ещё { $count }
   *[other] Показать ещё { $count }
}
app-endorsed = Подтверждено

## Adding an entry

app-add-title = Добавить в мой журнал
app-add-kind = Что это?
app-add-title-label = Название
app-add-title-hint = Например: Сварка, Вождение грузовика, Арабский
app-add-level = Уровень
app-level-none = Без уровня
app-level-basic = Начальный
app-level-intermediate = Средний
app-level-advanced = Высокий
app-level-expert = Эксперт
app-level-eqf = Уровень { $level }
app-save = Сохранить
app-cancel = Отмена

## Moving around

app-settings = Настройки
app-sync = Синхронизация
app-edit = Изменить
app-remove = Удалить

## The logbook: search and filter

app-search = Поиск
app-search-hint = Введите слово, например: свар
app-stage-filter = Этап вашего пути
app-stage-any = Все этапы
app-stage-recruitment = Поиск работы
app-stage-pre-departure = Перед отъездом
app-stage-arrival = Прибытие
app-stage-career = Работа
app-stage-return = Возвращение
app-search-none = Ничего не найдено. Попробуйте другое слово или другой этап.

## Changing and removing an entry

app-edit-title = Изменить эту запись
app-stages = Этапы вашего пути
app-remove-confirm = Удалить «{ $title }» из вашего журнала? Это нельзя отменить.
app-remove-yes = Да, удалить

## Settings

app-settings-title = Настройки
app-settings-language = Язык
app-settings-lock = Блокировать через
app-lock-minutes = { $minutes ->
    [one] { $minutes } минуту без использования
    [few] { $minutes } минуты без использования
    [many] { $minutes } минут без использования
   *[other] { $minutes } минуты без использования
}
app-settings-passphrase = Сменить пароль
app-passphrase-current = Текущий пароль
app-passphrase-new = Новый пароль
app-passphrase-change = Сменить пароль
app-passphrase-changed = Ваш пароль изменён. Теперь используйте новый.
app-about = О Carnet
app-locked-idle = Carnet заблокировал ваш журнал, потому что им какое-то время никто не пользовался. Откройте его снова своим паролем.

## Sync with a hub

app-sync-title = Синхронизация с хабом
app-sync-intro = Хаб хранит закрытую копию вашего журнала, чтобы вы могли пользоваться им на другом телефоне. Хаб не может её прочитать.
app-hub-address = Адрес хаба
app-hub-address-hint = Например: https://hub.example.org
app-hub-save = Сохранить адрес
app-sync-now = Синхронизировать
app-sync-never = Ещё не синхронизировано.
app-sync-last = Последняя синхронизация: { $when }
app-sync-pending = { $count ->
    [0] Ничего не ждёт отправки.
    [one] { $count } изменение ждёт отправки.
    [few] { $count } изменения ждут отправки.
    [many] { $count } изменений ждут отправки.
   *[other] { $count } изменения ждут отправки.
}
app-sync-sending = Отправка
app-sync-receiving = Получение
app-sync-photos = Фото
app-sync-done = Синхронизация завершена.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Ваш журнал заблокирован. Откройте его своим паролем и попробуйте ещё раз.
error-unknown-language = В Carnet нет языка { $tag }. Выберите язык из списка.

## Settings: how the screens look

app-settings-display = Вид Carnet
app-high-contrast = Сильный контраст (чёрное на белом)
app-text-size = Размер текста
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Слушать

## Two languages at once

app-dual-language = Показать также на
app-dual-none = Без второго языка
