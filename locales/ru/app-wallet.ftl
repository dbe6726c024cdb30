# Review status: machine-drafted, needs review by a native speaker.
# Экраны подтверждений: мои подтверждения, показ QR-кода, проверка чужого кода.

## Moving around

app-wallet = Мои подтверждения
app-present = Показать мои навыки
app-verify = Проверить код

## Wallet

app-wallet-title = Мои подтверждения
app-wallet-intro = Это навыки, которые кто-то подписал для вас. Вы можете показать их QR-кодом.
app-wallet-empty = Пока никто не подписал вам ни одного навыка. Попросите тренера, работодателя или центр подтвердить, что вы умеете.
app-wallet-by = Подписал(а): { $name } ({ $kind }, { $country })
app-wallet-issued = Подписано { $date }
app-wallet-expires = Действует до { $date }
app-wallet-expired = Истекло { $date }
app-wallet-no-expiry = Без срока действия
app-wallet-damaged = Это подтверждение повреждено, его нельзя показать. Попросите у того, кто подписал, новое.
app-standing-valid = Проверено: подписал кто-то из вашего списка доверия
app-standing-unknown-issuer = Подписано, но подписавшего нет в вашем списке доверия
app-standing-expired = Срок истёк
app-standing-revoked = Отозвано подписавшим
app-standing-malformed = Повреждено

## Present: choosing what to show

app-present-title = Показать мои навыки
app-present-endorsed = Подписано кем-то
app-present-self = Только с моих слов
app-present-self-hint = Проверяющий видит это как ваши собственные слова, а не как подписанное.
app-present-details = Что показать из каждого
app-present-details-all = Всё
app-present-details-short = Только название и уровень
app-present-stage = Для кого это?
app-present-print = Для печати на бумаге (действует 5 лет)
app-present-make = Показать QR-код
app-present-none = Выберите хотя бы что-то одно для показа.
app-present-nothing-yet = Ваш журнал пуст. Сначала что-нибудь добавьте.

## Present: the QR code

app-qr-title = Дайте им отсканировать этот код
app-qr-expires = Этот код действует до { $date }.
app-qr-preview = Что увидит проверяющий
app-qr-preview-hide = Скрыть то, что видит проверяющий
app-qr-done = Готово
app-qr-preview-note = Это увидит проверяющий, у которого те же списки доверия, что и на этом телефоне.

## Verify

app-verify-title = Проверить код
app-verify-intro = Сфотографируйте или выберите изображение QR-кода Carnet. Ничего никуда не отправляется: проверка идёт на этом устройстве.
app-verify-picture = Сфотографировать или выбрать изображение
app-verify-text = Или вставьте текст кода (он начинается с CN1:)
app-verify-check = Проверить
app-verify-checking = Проверяем…
app-verify-again = Проверить другой код

## The verdict

app-verdict-title = Результат
app-verdict-made = Сделано для этапа «{ $stage }» { $date }.
app-verdict-expires = Код действует до { $date }.
app-verdict-newer = Этот код сделан более новой версией Carnet. Обновите Carnet, чтобы его проверить.
app-item-endorsed = Подписано
app-item-self = С их слов
app-item-assessed = Проверено так: { $how }
app-item-hidden = { $count ->
    [one] Человек скрыл { $count } деталь.
    [few] Человек скрыл { $count } детали.
    [many] Человек скрыл { $count } деталей.
   *[other] Человек скрыл { $count } детали.
}

## Errors of these screens

error-wallet-no-key = У этого журнала нет ключа для подписи. Ничего не показано. Пожалуйста, сообщите об этой проблеме.
error-wallet-not-endorsed = «{ $title }» ещё никто не подписал. Покажите это как «только с моих слов» или попросите кого-нибудь подтвердить.
error-wallet-credential-damaged = Подтверждение «{ $title }» повреждено. Покажите это как «только с моих слов» или попросите новое.
error-wallet-entry-unfit = «{ $title }» нельзя поместить в код: поле «{ $field }» слишком длинное или в неправильном виде. Измените запись и попробуйте ещё раз.
error-wallet-selected-twice = «{ $title }» выбрано дважды. Выберите один раз.
error-wallet-nothing-chosen = Выберите хотя бы что-то одно для показа.
error-wallet-too-large = Это слишком много для одного QR-кода ({ $chars } знаков). Выберите меньше или покажите только название и уровень.
error-wallet-credential = Не удалось сделать код. Ничего не показано. Пожалуйста, сообщите об этой проблеме. (Для помощника: { $reason })
error-wallet-no-code = На этом изображении не найден QR-код Carnet. Сфотографируйте ещё раз, ближе и чётче, чтобы весь код был в кадре.
error-wallet-not-a-picture = Этот файл не является изображением, которое может прочитать Carnet. Используйте фото (JPEG или PNG).
error-wallet-picture-too-large = Изображение слишком большое ({ $width } × { $height } пикселей). Сделайте меньше и попробуйте ещё раз.
error-wallet-got-request = Это просьба подписать чьи-то навыки, а не код, который показывает навыки. Ничего не проверено.
error-wallet-trust-damaged = Ваши списки доверия повреждены или изменены. Импортируйте их ещё раз. До тех пор ни один подписавший не считается доверенным.
error-wallet-trust-unreadable = Carnet не смог прочитать ваши списки доверия в { $path }. Проверьте, есть ли место на устройстве. (Для помощника: { $reason })
error-wallet-not-yours = Это подтверждение сделано для чужого журнала, не для вашего. Ничего не сохранено. Убедитесь, что вы получили свой файл.
error-wallet-bad-signature = Подпись на этом файле не совпадает: его изменили или повредили. Ничего не сохранено. Попросите файл ещё раз.
error-wallet-not-a-credential = Этот файл не является подписанным подтверждением Carnet. Ничего не сохранено. Попросите у того, кто подписал, файл, который он сделал.
error-wallet-too-many = Просите не больше { $max } за раз. Выберите меньше.
error-wallet-not-from-request = В этом подтверждении не сказано, какую вашу запись оно подтверждает. Ничего не сохранено. Попросите новое, сделанное по вашему коду-просьбе.
error-wallet-entry-gone = Это подтверждение относится к записи, которой больше нет в вашем журнале. Ничего не сохранено. Если вы её удалили, добавьте её снова из копии, затем попросите новое подтверждение.

## Asking for a signature, and keeping it

app-request = Попросить подпись
app-request-title = Попросить подпись
app-request-intro = Покажите этот код тренеру, работодателю или центру, которые подтвердят, что вы умеете. Они сканируют его в Carnet и возвращают вам подписанный файл.
app-request-key = Ваш ключ: { $kid }. Тот, кто подписывает, видит такой же код.
app-request-text = Тот же код в виде текста, чтобы отправить сообщением
app-request-next = Когда получите подписанный файл, откройте «Мои подтверждения» и нажмите «Добавить подписанный файл».
app-receive = Добавить подписанный файл
app-received = Сохранено: { $name } ({ $kind }) подписал(а) { $titles }.
