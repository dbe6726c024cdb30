# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = Apri con un PIN
app-pin-intro = Un PIN è un numero breve che apre il tuo libretto solo su questo dispositivo. La tua password funziona ancora, e gli altri dispositivi ne hanno ancora bisogno.
app-pin-unavailable = Questo dispositivo non ha un posto sicuro per tenere un PIN. Apri il tuo libretto con la tua password.
app-pin-on = Un PIN apre il tuo libretto su questo dispositivo.
app-pin-new = Nuovo PIN (da 6 a 12 cifre)
app-pin-again = Scrivi di nuovo il PIN
app-pin-set = Usa questo PIN
app-pin-set-done = Il tuo PIN è pronto. La prossima volta apri il tuo libretto con il PIN.
app-pin-remove = Non usare più un PIN
app-pin-removed = Il PIN è disattivato. Apri il tuo libretto con la tua password.
app-pin-mismatch = I due PIN non sono uguali. Scrivili di nuovo.

## Unlock

app-pin = PIN
app-pin-unlock = Apri con il mio PIN
app-pin-use-passphrase = Usa invece la mia password
app-pin-use-pin = Usa il mio PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Un PIN ha da 6 a 12 cifre, e nient'altro.
error-pin-wrong = Questo PIN non è giusto. { $left ->
    [one] Ancora 1 tentativo, poi ti serve la password.
   *[other] Ancora { $left } tentativi, poi ti serve la password.
}
error-pin-locked = Troppi PIN sbagliati, quindi il PIN è disattivato. Apri il tuo libretto con la tua password. Poi puoi creare un nuovo PIN.
error-pin-none = Su questo dispositivo non c'è un PIN. Apri il tuo libretto con la tua password.
error-pin-keystore = La memoria sicura di questo dispositivo non ha risposto, quindi ora il PIN non si può usare. Apri il tuo libretto con la tua password.
