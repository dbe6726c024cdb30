# Review status: machine-drafted, needs review by a native speaker.
# Otwieranie dziennika krótkim kodem PIN na tym urządzeniu.

## Settings

app-pin-title = Otwieraj kodem PIN
app-pin-intro = PIN to krótka liczba, która otwiera twój dziennik tylko na tym urządzeniu. Twoje hasło nadal działa, a inne urządzenia nadal go potrzebują.
app-pin-unavailable = To urządzenie nie ma bezpiecznego miejsca na PIN. Otwieraj dziennik hasłem.
app-pin-on = PIN otwiera twój dziennik na tym urządzeniu.
app-pin-new = Nowy PIN (od 6 do 12 cyfr)
app-pin-again = Wpisz PIN jeszcze raz
app-pin-set = Użyj tego PIN
app-pin-set-done = Twój PIN jest gotowy. Następnym razem otwórz nim dziennik.
app-pin-remove = Przestań używać PIN
app-pin-removed = PIN jest wyłączony. Otwieraj dziennik hasłem.
app-pin-mismatch = Te dwa PIN-y nie są takie same. Wpisz je jeszcze raz.

## Unlock

app-pin = PIN
app-pin-unlock = Otwórz moim PIN-em
app-pin-use-passphrase = Użyj hasła
app-pin-use-pin = Użyj mojego PIN-u

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ma od 6 do 12 cyfr i nic więcej.
error-pin-wrong = Ten PIN jest nieprawidłowy. { $left ->
    [one] Jeszcze { $left } próba, potem potrzebne będzie hasło.
    [few] Jeszcze { $left } próby, potem potrzebne będzie hasło.
    [many] Jeszcze { $left } prób, potem potrzebne będzie hasło.
   *[other] Jeszcze { $left } próby, potem potrzebne będzie hasło.
}
error-pin-locked = Za dużo błędnych PIN-ów, więc PIN jest wyłączony. Otwórz dziennik hasłem. Potem możesz ustawić nowy PIN.
error-pin-none = Na tym urządzeniu nie ma PIN-u. Otwórz dziennik hasłem.
error-pin-keystore = Bezpieczny schowek tego urządzenia nie odpowiedział, więc nie można teraz użyć PIN-u. Otwórz dziennik hasłem.
