# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Nog een apparaat toevoegen
app-pair-intro = Zet je logboek op een andere telefoon of computer van jou. Beide apparaten hebben de server nodig.
app-pair-start = Nog een apparaat toevoegen
app-pair-passphrase = Typ je wachtwoord om een apparaat toe te voegen.
app-pair-show = Code tonen
app-pair-scan = Kies op het nieuwe apparaat “Bij een logboek aansluiten”. Scan dan deze vierkante code of typ de tekst eronder.
app-pair-qr-alt = Vierkante code om te scannen met het nieuwe apparaat
app-pair-code-label = De code als tekst
app-pair-expires = De code werkt nog { $time }.
app-pair-waiting = Wachten op het nieuwe apparaat…
app-pair-request = “{ $name }” wil je logboek.
app-pair-compare = Toont het nieuwe apparaat precies deze code?
app-pair-approve = Ja, toestaan
app-pair-refuse = Nee
app-pair-approved = “{ $name }” heeft nu je logboek. Het staat in de lijst met apparaten nadat het gesynchroniseerd is.
app-pair-refused = Je zei nee. “{ $name }” heeft niets gekregen.
app-pair-again = Nieuwe code tonen

## Sync screen: the devices of this logbook

app-devices-title = Je apparaten
app-devices-none = Nog geen apparaat heeft dit logboek gesynchroniseerd. Synchroniseer, dan verschijnt dit apparaat hier.
app-devices-this = Dit apparaat
app-devices-added = Toegevoegd op { $date }
app-devices-removed = Verwijderd op { $date }
app-devices-remove = Verwijderen
app-devices-remove-confirm = “{ $name }” verwijderen? Doe dit als een telefoon kwijt, verkocht of weggegeven is.
app-devices-remove-consequences = Het houdt wat het al heeft, maar krijgt niets meer van wat je vanaf nu toevoegt. Je logboek krijgt een nieuwe sleutel, en je andere apparaten krijgen die als ze synchroniseren. Wil je dat apparaat weer gebruiken, voeg het dan opnieuw toe.
app-devices-remove-yes = Ja, verwijderen
app-devices-removed-done = “{ $name }” is verwijderd. Je logboek heeft nu een nieuwe sleutel, die dat apparaat niet heeft.
app-devices-new-sheet = Je herstelblad heeft de oude sleutel. Maak nu een nieuw blad bij Instellingen, en vernietig het oude.

## First run: another way to start

app-start-other = Heb je al een logboek?
app-start-join = Ophalen van een ander apparaat
app-start-recover = Herstellen met een blad

## First run: joining a logbook from another device

app-join-title = Bij een logboek aansluiten
app-join-intro = Open op je andere apparaat Synchroniseren en kies “Nog een apparaat toevoegen”. Er verschijnt een code.
app-join-code = De code (begint met CNP1:)
app-join-code-hint = Plak of typ de code hier
app-join-picture = Een afbeelding van de code openen
app-join-name = Een naam voor dit apparaat
app-join-name-default = Mijn nieuwe apparaat
app-join-passphrase = Kies een wachtwoord voor dit apparaat
app-join-send = Verder
app-join-check = Je andere apparaat moet precies deze code tonen. Sta het daar toe.
app-join-waiting = Wachten tot je andere apparaat het toestaat…
app-join-copying = Je logboek wordt gekopieerd…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Je logboek herstellen
app-recover-intro = Gebruik je herstelblad en je wachtwoord. Carnet haalt je logboek terug van de server.
app-recover-by-words = De 12 woorden typen
app-recover-by-code = De vierkante code gebruiken
app-recover-words = De 12 woorden, op volgorde
app-recover-words-hint = woord1 woord2 woord3 …
app-recover-hub = Het serveradres op het blad
app-recover-code = De tekst van de vierkante code (begint met CNS1:)
app-recover-picture = Een foto van het blad openen
app-recover-passphrase = Je wachtwoord (het wachtwoord dat je eerder gebruikte)
app-recover-start = Mijn logboek herstellen

## Reading a square code from a picture

app-picture-read = De code is uit de afbeelding gelezen.
app-scan-camera = Scannen met de camera
error-camera-scan = Er is geen code gelezen. Als Carnet de camera niet mag gebruiken, sta het toe in de instellingen van je telefoon. Je kunt ook een foto van de code openen.

## Settings: the recovery sheet

app-sheet-title = Herstelblad
app-sheet-intro = Een herstelblad is een papier met 12 woorden en een vierkante code. Raak je deze telefoon kwijt, dan halen het blad en je wachtwoord je logboek terug op een nieuwe. Bewaar het blad veilig, niet bij je telefoon. Bewaar je wachtwoord er niet bij.
app-sheet-replaces = Een nieuw blad vervangt het oude: een oud blad werkt dan niet meer.
app-sheet-needs-hub = Het blad gebruikt de server. Vul eerst het serveradres in op het scherm Synchroniseren.
app-sheet-passphrase = Typ je wachtwoord om een blad te maken
app-sheet-format = Opslaan als
app-sheet-pdf = PDF, om te printen
app-sheet-png = Afbeelding
app-sheet-make = Herstelblad maken
app-sheet-saved = Je herstelblad is opgeslagen in { $path }. Print het, of schrijf de woorden hieronder op, en bewaar het papier veilig.
app-sheet-english = Het blad is in het Engels: Carnet kan de letters van jouw taal er nog niet op zetten.
app-sheet-words = Je 12 woorden

## Settings: export and import

app-export-title = Exporteren en importeren
app-export-intro = Exporteren slaat je hele logboek op in één bestand, om te bewaren of te geven aan iemand die jij kiest.
app-export-consent = Dit bestand bevat je logboek in leesbare vorm: het is niet afgesloten met je wachtwoord. Iedereen die het bestand krijgt, kan alles erin lezen. Foto's zitten niet in het bestand.
app-export-agree = Ik begrijp het. Bestand opslaan
app-export = Exporteren
app-export-saved = { $count ->
    [one] { $count } item opgeslagen in { $path }.
   *[other] { $count } items opgeslagen in { $path }.
}
app-import-intro = Importeren voegt de inhoud van een geëxporteerd bestand toe aan dit logboek. Er wordt niets uit je logboek verwijderd.
app-import = Een bestand importeren
app-import-added = { $count ->
    [0] Geen nieuwe items.
    [one] { $count } nieuw item toegevoegd.
   *[other] { $count } nieuwe items toegevoegd.
}
app-import-updated = { $count ->
    [0] Geen item gewijzigd.
    [one] { $count } item gewijzigd.
   *[other] { $count } items gewijzigd.
}
app-import-unchanged = { $count ->
    [0] Geen item was al hetzelfde.
    [one] { $count } item was al hetzelfde.
   *[other] { $count } items waren al hetzelfde.
}
app-import-profile = Je profiel is bijgewerkt.
app-import-missing-photos = { $count ->
    [one] { $count } foto uit het bestand staat niet op dit apparaat.
   *[other] { $count } foto's uit het bestand staan niet op dit apparaat.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Je herstelblad werkt nog steeds, met je nieuwe wachtwoord.
app-passphrase-sheet-not-updated = Je herstelblad kon niet bijgewerkt worden op de server. Tot je een nieuw blad maakt, heeft het je oude wachtwoord nodig. Maak een nieuw blad als je verbinding hebt.

## This device's name

app-device-name = Naam van dit apparaat
app-device-name-hint = De naam die je andere apparaten voor dit apparaat tonen, bijvoorbeeld “Telefoon van Amina”.
app-device-name-saved = Opgeslagen. Je andere apparaten tonen hem nadat dit apparaat gesynchroniseerd is.
