# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = Openen met een PIN-code
app-pin-intro = Een PIN-code is een kort getal dat je logboek alleen op dit apparaat opent. Je wachtwoord werkt nog steeds, en andere apparaten hebben het nog steeds nodig.
app-pin-unavailable = Dit apparaat heeft geen veilige plek om een PIN-code te bewaren. Open je logboek met je wachtwoord.
app-pin-on = Een PIN-code opent je logboek op dit apparaat.
app-pin-new = Nieuwe PIN-code (6 tot 12 cijfers)
app-pin-again = Typ de PIN-code nog een keer
app-pin-set = Deze PIN-code gebruiken
app-pin-set-done = Je PIN-code is klaar. Open je logboek er de volgende keer mee.
app-pin-remove = Geen PIN-code meer gebruiken
app-pin-removed = De PIN-code staat uit. Open je logboek met je wachtwoord.
app-pin-mismatch = De twee PIN-codes zijn niet hetzelfde. Typ ze nog een keer.

## Unlock

app-pin = PIN
app-pin-unlock = Openen met mijn PIN-code
app-pin-use-passphrase = Toch mijn wachtwoord gebruiken
app-pin-use-pin = Mijn PIN-code gebruiken

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Een PIN-code heeft 6 tot 12 cijfers, en verder niets.
error-pin-wrong = Deze PIN-code klopt niet. { $left ->
    [one] Nog 1 poging, daarna heb je je wachtwoord nodig.
   *[other] Nog { $left } pogingen, daarna heb je je wachtwoord nodig.
}
error-pin-locked = Te vaak een verkeerde PIN-code, daarom staat de PIN-code uit. Open je logboek met je wachtwoord. Daarna kun je een nieuwe PIN-code maken.
error-pin-none = Er is geen PIN-code op dit apparaat. Open je logboek met je wachtwoord.
error-pin-keystore = De veilige opslag van dit apparaat gaf geen antwoord, daarom kan de PIN-code nu niet gebruikt worden. Open je logboek met je wachtwoord.
