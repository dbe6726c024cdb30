# Review status: machine-drafted, needs review by a native speaker.
# Відкриття журналу коротким PIN-кодом на цьому пристрої.

## Settings

app-pin-title = Відкривати PIN-кодом
app-pin-intro = PIN — це коротке число, яке відкриває ваш журнал лише на цьому пристрої. Ваш пароль і далі діє, і іншим пристроям він і далі потрібен.
app-pin-unavailable = На цьому пристрої немає безпечного місця для PIN. Відкривайте журнал паролем.
app-pin-on = PIN відкриває ваш журнал на цьому пристрої.
app-pin-new = Новий PIN (від 6 до 12 цифр)
app-pin-again = Введіть PIN ще раз
app-pin-set = Використовувати цей PIN
app-pin-set-done = Ваш PIN готовий. Наступного разу відкрийте ним журнал.
app-pin-remove = Не використовувати PIN
app-pin-removed = PIN вимкнено. Відкривайте журнал паролем.
app-pin-mismatch = Два PIN не однакові. Введіть їх ще раз.

## Unlock

app-pin = PIN
app-pin-unlock = Відкрити моїм PIN
app-pin-use-passphrase = Використати пароль
app-pin-use-pin = Використати мій PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN має від 6 до 12 цифр, і нічого більше.
error-pin-wrong = Цей PIN неправильний. { $left ->
    [one] Залишилася { $left } спроба, потім потрібен буде пароль.
    [few] Залишилося { $left } спроби, потім потрібен буде пароль.
    [many] Залишилося { $left } спроб, потім потрібен буде пароль.
   *[other] Залишилося { $left } спроби, потім потрібен буде пароль.
}
error-pin-locked = Забагато неправильних PIN, тому PIN вимкнено. Відкрийте журнал паролем. Потім можна зробити новий PIN.
error-pin-none = На цьому пристрої немає PIN. Відкрийте журнал паролем.
error-pin-keystore = Безпечне сховище цього пристрою не відповіло, тому PIN зараз не можна використати. Відкрийте журнал паролем.
