# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = Öppna med en PIN-kod
app-pin-intro = En PIN-kod är ett kort nummer som bara öppnar din loggbok på den här enheten. Ditt lösenord fungerar fortfarande, och andra enheter behöver det fortfarande.
app-pin-unavailable = Den här enheten har ingen säker plats att spara en PIN-kod på. Öppna din loggbok med ditt lösenord.
app-pin-on = En PIN-kod öppnar din loggbok på den här enheten.
app-pin-new = Ny PIN-kod (6 till 12 siffror)
app-pin-again = Skriv PIN-koden igen
app-pin-set = Använd den här PIN-koden
app-pin-set-done = Din PIN-kod är klar. Öppna din loggbok med den nästa gång.
app-pin-remove = Sluta använda PIN-kod
app-pin-removed = PIN-koden är avstängd. Öppna din loggbok med ditt lösenord.
app-pin-mismatch = De två PIN-koderna är inte likadana. Skriv dem igen.

## Unlock

app-pin = PIN
app-pin-unlock = Öppna med min PIN-kod
app-pin-use-passphrase = Använd mitt lösenord i stället
app-pin-use-pin = Använd min PIN-kod

## Errors: the logbook stays locked, nothing is lost

error-pin-format = En PIN-kod har 6 till 12 siffror, och inget annat.
error-pin-wrong = PIN-koden är inte rätt. { $left ->
    [one] 1 försök kvar, sedan behöver du ditt lösenord.
   *[other] { $left } försök kvar, sedan behöver du ditt lösenord.
}
error-pin-locked = För många fel PIN-koder, så PIN-koden är avstängd. Öppna din loggbok med ditt lösenord. Sedan kan du göra en ny PIN-kod.
error-pin-none = Det finns ingen PIN-kod på den här enheten. Öppna din loggbok med ditt lösenord.
error-pin-keystore = Enhetens säkra lagring svarade inte, så PIN-koden kan inte användas nu. Öppna din loggbok med ditt lösenord.
