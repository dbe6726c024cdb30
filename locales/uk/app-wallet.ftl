# Review status: machine-drafted, needs review by a native speaker.
# Екрани підтверджень: мої підтвердження, показ QR-коду, перевірка чужого коду.

## Moving around

app-wallet = Мої підтвердження
app-present = Показати мої навички
app-verify = Перевірити код

## Wallet

app-wallet-title = Мої підтвердження
app-wallet-intro = Це навички, які хтось підписав для вас. Ви можете показати їх QR-кодом.
app-wallet-empty = Ще ніхто не підписав вам жодної навички. Попросіть тренера, роботодавця або центр підтвердити, що ви вмієте.
app-wallet-by = Підписав(-ла): { $name } ({ $kind }, { $country })
app-wallet-issued = Підписано { $date }
app-wallet-expires = Дійсне до { $date }
app-wallet-expired = Закінчилося { $date }
app-wallet-no-expiry = Без терміну дії
app-wallet-damaged = Це підтвердження пошкоджене, його не можна показати. Попросіть у того, хто підписав, нове.
app-standing-valid = Перевірено: підписав хтось із вашого списку довіри
app-standing-unknown-issuer = Підписано, але того, хто підписав, немає у вашому списку довіри
app-standing-expired = Термін минув
app-standing-revoked = Відкликано тим, хто підписав
app-standing-malformed = Пошкоджено

## Present: choosing what to show

app-present-title = Показати мої навички
app-present-endorsed = Підписано кимось
app-present-self = Лише з моїх слів
app-present-self-hint = Перевіряльник бачить це як ваші власні слова, а не як підписане.
app-present-details = Що показати з кожного
app-present-details-all = Усе
app-present-details-short = Лише назву і рівень
app-present-stage = Для кого це?
app-present-print = Для друку на папері (дійсне 5 років)
app-present-make = Показати QR-код
app-present-none = Виберіть хоча б одне, що показати.
app-present-nothing-yet = Ваш журнал порожній. Спочатку щось додайте.

## Present: the QR code

app-qr-title = Дайте їм відсканувати цей код
app-qr-expires = Цей код діє до { $date }.
app-qr-preview = Що побачить перевіряльник
app-qr-preview-hide = Сховати те, що бачить перевіряльник
app-qr-done = Готово
app-qr-preview-note = Це побачить перевіряльник, який має ті самі списки довіри, що й цей телефон.

## Verify

app-verify-title = Перевірити код
app-verify-intro = Сфотографуйте або виберіть зображення QR-коду Carnet. Нічого нікуди не надсилається: перевірка відбувається на цьому пристрої.
app-verify-picture = Сфотографувати або вибрати зображення
app-verify-text = Або вставте текст коду (він починається з CN1:)
app-verify-check = Перевірити
app-verify-checking = Перевіряємо…
app-verify-again = Перевірити інший код

## The verdict

app-verdict-title = Результат
app-verdict-made = Зроблено для етапу «{ $stage }» { $date }.
app-verdict-expires = Код діє до { $date }.
app-verdict-newer = Цей код зроблено новішою версією Carnet. Оновіть Carnet, щоб його перевірити.
app-item-endorsed = Підписано
app-item-self = З їхніх слів
app-item-assessed = Перевірено так: { $how }
app-item-hidden = { $count ->
    [one] Людина приховала { $count } деталь.
    [few] Людина приховала { $count } деталі.
    [many] Людина приховала { $count } деталей.
   *[other] Людина приховала { $count } деталі.
}

## Errors of these screens

error-wallet-no-key = Цей журнал не має ключа для підпису. Нічого не показано. Будь ласка, повідомте про цю проблему.
error-wallet-not-endorsed = «{ $title }» ще ніхто не підписав. Покажіть це як «лише з моїх слів» або попросіть когось підтвердити.
error-wallet-credential-damaged = Підтвердження «{ $title }» пошкоджене. Покажіть це як «лише з моїх слів» або попросіть нове.
error-wallet-entry-unfit = «{ $title }» не можна додати в код: поле «{ $field }» задовге або має неправильний вигляд. Змініть запис і спробуйте ще раз.
error-wallet-selected-twice = «{ $title }» вибрано двічі. Виберіть один раз.
error-wallet-nothing-chosen = Виберіть хоча б одне, що показати.
error-wallet-too-large = Це забагато для одного QR-коду ({ $chars } символів). Виберіть менше або покажіть лише назву і рівень.
error-wallet-credential = Не вдалося зробити код. Нічого не показано. Будь ласка, повідомте про цю проблему. (Для помічника: { $reason })
error-wallet-no-code = На цьому зображенні не знайдено QR-коду Carnet. Сфотографуйте ще раз, ближче і чіткіше, щоб увесь код був у кадрі.
error-wallet-not-a-picture = Цей файл не є зображенням, яке може прочитати Carnet. Використайте фото (JPEG або PNG).
error-wallet-picture-too-large = Зображення завелике ({ $width } × { $height } пікселів). Зробіть менше і спробуйте ще раз.
error-wallet-got-request = Це прохання підписати чиїсь навички, а не код, що показує навички. Нічого не перевірено.
error-wallet-trust-damaged = Ваші списки довіри пошкоджені або змінені. Імпортуйте їх ще раз. До того жоден підписант не вважається довіреним.
error-wallet-trust-unreadable = Carnet не зміг прочитати ваші списки довіри в { $path }. Перевірте, чи є місце на пристрої. (Для помічника: { $reason })
error-wallet-not-yours = Це підтвердження зроблено для чужого журналу, не для вашого. Нічого не збережено. Перевірте, що ви отримали саме свій файл.
error-wallet-bad-signature = Підпис на цьому файлі не збігається: його змінено або пошкоджено. Нічого не збережено. Попросіть файл ще раз.
error-wallet-not-a-credential = Цей файл не є підписаним підтвердженням Carnet. Нічого не збережено. Попросіть у того, хто підписав, файл, який він зробив.
error-wallet-too-many = Просіть не більше { $max } за раз. Виберіть менше.
error-wallet-not-from-request = У цьому підтвердженні не сказано, який ваш запис воно підтверджує. Нічого не збережено. Попросіть нове, зроблене з вашого коду-прохання.
error-wallet-entry-gone = Це підтвердження стосується запису, якого вже немає у вашому журналі. Нічого не збережено. Якщо ви його вилучили, додайте його знову з копії, потім попросіть нове підтвердження.

## Asking for a signature, and keeping it

app-request = Попросити підпис
app-request-title = Попросити підпис
app-request-intro = Покажіть цей код тренерові, роботодавцеві або центру, які підтвердять, що ви вмієте. Вони скановують його в Carnet і повертають вам підписаний файл.
app-request-key = Ваш ключ: { $kid }. Той, хто підписує, бачить такий самий код.
app-request-text = Той самий код як текст, щоб надіслати в повідомленні
app-request-next = Коли отримаєте підписаний файл, відкрийте «Мої підтвердження» і натисніть «Додати підписаний файл».
app-receive = Додати підписаний файл
app-received = Збережено: { $name } ({ $kind }) підписав(-ла) { $titles }.
