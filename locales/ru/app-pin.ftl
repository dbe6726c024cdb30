# Review status: machine-drafted, needs review by a native speaker.
# Открытие журнала коротким PIN-кодом на этом устройстве.

## Settings

app-pin-title = Открывать PIN-кодом
app-pin-intro = PIN — это короткое число, которое открывает ваш журнал только на этом устройстве. Ваш пароль по-прежнему работает, и другим устройствам он по-прежнему нужен.
app-pin-unavailable = На этом устройстве нет надёжного места для PIN. Открывайте журнал паролем.
app-pin-on = PIN открывает ваш журнал на этом устройстве.
app-pin-new = Новый PIN (от 6 до 12 цифр)
app-pin-again = Введите PIN ещё раз
app-pin-set = Использовать этот PIN
app-pin-set-done = Ваш PIN готов. В следующий раз откройте им журнал.
app-pin-remove = Не использовать PIN
app-pin-removed = PIN выключен. Открывайте журнал паролем.
app-pin-mismatch = Два PIN не совпадают. Введите их ещё раз.

## Unlock

app-pin = PIN
app-pin-unlock = Открыть моим PIN
app-pin-use-passphrase = Использовать пароль
app-pin-use-pin = Использовать мой PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN состоит из 6–12 цифр, и ничего больше.
error-pin-wrong = Этот PIN неверный. { $left ->
    [one] Осталась { $left } попытка, потом понадобится пароль.
    [few] Осталось { $left } попытки, потом понадобится пароль.
    [many] Осталось { $left } попыток, потом понадобится пароль.
   *[other] Осталось { $left } попытки, потом понадобится пароль.
}
error-pin-locked = Слишком много неверных PIN, поэтому PIN выключен. Откройте журнал паролем. Потом можно сделать новый PIN.
error-pin-none = На этом устройстве нет PIN. Откройте журнал паролем.
error-pin-keystore = Надёжное хранилище этого устройства не ответило, поэтому PIN сейчас нельзя использовать. Откройте журнал паролем.
