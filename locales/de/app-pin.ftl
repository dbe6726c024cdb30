# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = Mit einer PIN öffnen
app-pin-intro = Eine PIN ist eine kurze Zahl, die Ihr Logbuch nur auf diesem Gerät öffnet. Ihr Passwort funktioniert weiter, und andere Geräte brauchen es weiterhin.
app-pin-unavailable = Dieses Gerät hat keinen sicheren Ort für eine PIN. Öffnen Sie Ihr Logbuch mit Ihrem Passwort.
app-pin-on = Eine PIN öffnet Ihr Logbuch auf diesem Gerät.
app-pin-new = Neue PIN (6 bis 12 Ziffern)
app-pin-again = PIN noch einmal eingeben
app-pin-set = Diese PIN nutzen
app-pin-set-done = Ihre PIN ist bereit. Öffnen Sie Ihr Logbuch beim nächsten Mal damit.
app-pin-remove = Keine PIN mehr nutzen
app-pin-removed = Die PIN ist aus. Öffnen Sie Ihr Logbuch mit Ihrem Passwort.
app-pin-mismatch = Die beiden PINs sind nicht gleich. Geben Sie sie noch einmal ein.

## Unlock

app-pin = PIN
app-pin-unlock = Mit meiner PIN öffnen
app-pin-use-passphrase = Stattdessen mein Passwort nutzen
app-pin-use-pin = Meine PIN nutzen

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Eine PIN hat 6 bis 12 Ziffern, sonst nichts.
error-pin-wrong = Diese PIN ist nicht richtig. { $left ->
    [one] Noch 1 Versuch, dann brauchen Sie Ihr Passwort.
   *[other] Noch { $left } Versuche, dann brauchen Sie Ihr Passwort.
}
error-pin-locked = Zu viele falsche PINs, deshalb ist die PIN aus. Öffnen Sie Ihr Logbuch mit Ihrem Passwort. Danach können Sie eine neue PIN machen.
error-pin-none = Auf diesem Gerät gibt es keine PIN. Öffnen Sie Ihr Logbuch mit Ihrem Passwort.
error-pin-keystore = Der sichere Speicher dieses Geräts hat nicht geantwortet, deshalb kann die PIN jetzt nicht genutzt werden. Öffnen Sie Ihr Logbuch mit Ihrem Passwort.
