# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Lägg till en enhet till
app-pair-intro = Lägg din loggbok på en annan telefon eller dator som är din. Båda enheterna behöver servern.
app-pair-start = Lägg till en enhet till
app-pair-passphrase = Skriv ditt lösenord för att lägga till en enhet.
app-pair-show = Visa koden
app-pair-scan = Välj ”Gå med i en loggbok” på den nya enheten. Skanna sedan den här fyrkantiga koden eller skriv texten under den.
app-pair-qr-alt = Fyrkantig kod att skanna med den nya enheten
app-pair-code-label = Koden som text
app-pair-expires = Koden fungerar i { $time } till.
app-pair-waiting = Väntar på den nya enheten…
app-pair-request = ”{ $name }” vill ha din loggbok.
app-pair-compare = Visar den nya enheten samma kod?
app-pair-approve = Ja, tillåt
app-pair-refuse = Nej
app-pair-approved = ”{ $name }” har nu din loggbok. Den syns i listan över enheter när den har synkat.
app-pair-refused = Du sa nej. ”{ $name }” fick ingenting.
app-pair-again = Visa en ny kod

## Sync screen: the devices of this logbook

app-devices-title = Dina enheter
app-devices-none = Ingen enhet har synkat den här loggboken än. Synka, så syns den här enheten här.
app-devices-this = Den här enheten
app-devices-added = Tillagd { $date }
app-devices-removed = Borttagen { $date }
app-devices-remove = Ta bort
app-devices-remove-confirm = Ta bort ”{ $name }”? Gör det när en telefon har tappats bort, sålts eller getts bort.
app-devices-remove-consequences = Den behåller det den redan har, men den kan inte få något av det du lägger till från och med nu. Din loggbok får en ny nyckel, och dina andra enheter får den när de synkar. Vill du använda den enheten igen, lägg till den igen.
app-devices-remove-yes = Ja, ta bort den
app-devices-removed-done = ”{ $name }” har tagits bort. Din loggbok har nu en ny nyckel, som den enheten inte har.
app-devices-new-sheet = Ditt återställningsblad har den gamla nyckeln. Gör ett nytt nu under Inställningar och förstör det gamla.

## First run: another way to start

app-start-other = Har du redan en loggbok?
app-start-join = Hämta från en annan enhet
app-start-recover = Återställ med ett blad

## First run: joining a logbook from another device

app-join-title = Gå med i en loggbok
app-join-intro = Öppna Synka på din andra enhet och välj ”Lägg till en enhet till”. Där visas en kod.
app-join-code = Koden (den börjar med CNP1:)
app-join-code-hint = Klistra in eller skriv koden här
app-join-picture = Öppna en bild av koden
app-join-name = Ett namn på den här enheten
app-join-name-default = Min nya enhet
app-join-passphrase = Välj ett lösenord för den här enheten
app-join-send = Fortsätt
app-join-check = Din andra enhet måste visa samma kod. Tillåt det där.
app-join-waiting = Väntar på att din andra enhet tillåter det…
app-join-copying = Kopierar din loggbok…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Återställ din loggbok
app-recover-intro = Använd ditt återställningsblad och ditt lösenord. Carnet hämtar tillbaka din loggbok från servern.
app-recover-by-words = Skriv de 12 orden
app-recover-by-code = Använd den fyrkantiga koden
app-recover-words = De 12 orden, i rätt ordning
app-recover-words-hint = ord1 ord2 ord3 …
app-recover-hub = Serverns adress som står på bladet
app-recover-code = Texten i den fyrkantiga koden (den börjar med CNS1:)
app-recover-picture = Öppna ett foto av bladet
app-recover-passphrase = Ditt lösenord (det du använde förut)
app-recover-start = Återställ min loggbok

## Reading a square code from a picture

app-picture-read = Koden lästes från bilden.
app-scan-camera = Skanna med kameran
error-camera-scan = Ingen kod lästes. Om Carnet inte får använda kameran, tillåt det i telefonens inställningar. Du kan också öppna ett foto av koden.

## Settings: the recovery sheet

app-sheet-title = Återställningsblad
app-sheet-intro = Ett återställningsblad är ett papper med 12 ord och en fyrkantig kod. Om du tappar bort den här telefonen hämtar bladet och ditt lösenord tillbaka din loggbok på en ny. Förvara bladet säkert, långt från telefonen. Förvara inte ditt lösenord tillsammans med det.
app-sheet-replaces = Ett nytt blad ersätter det gamla: ett gammalt blad slutar fungera.
app-sheet-needs-hub = Bladet använder servern. Fyll först i serverns adress på skärmen Synka.
app-sheet-passphrase = Skriv ditt lösenord för att göra ett blad
app-sheet-format = Spara som
app-sheet-pdf = PDF, för utskrift
app-sheet-png = Bild
app-sheet-make = Gör ett återställningsblad
app-sheet-saved = Ditt återställningsblad är sparat i { $path }. Skriv ut det, eller skriv av orden nedan, och förvara papperet säkert.
app-sheet-english = Bladet är på engelska: Carnet kan ännu inte skriva ditt språks bokstäver på det.
app-sheet-words = Dina 12 ord

## Settings: export and import

app-export-title = Exportera och importera
app-export-intro = Exportera sparar hela din loggbok i en fil, för att behålla eller ge till någon du väljer.
app-export-consent = Den här filen innehåller din loggbok i läsbar form: den är inte låst med ditt lösenord. Alla som får filen kan läsa allt i den. Foton finns inte i filen.
app-export-agree = Jag förstår. Spara filen
app-export = Exportera
app-export-saved = { $count ->
    [one] { $count } post sparad i { $path }.
   *[other] { $count } poster sparade i { $path }.
}
app-import-intro = Importera lägger till det som finns i en exporterad fil i den här loggboken. Inget i din loggbok tas bort.
app-import = Importera en fil
app-import-added = { $count ->
    [0] Inga nya poster.
    [one] { $count } ny post tillagd.
   *[other] { $count } nya poster tillagda.
}
app-import-updated = { $count ->
    [0] Ingen post ändrades.
    [one] { $count } post ändrades.
   *[other] { $count } poster ändrades.
}
app-import-unchanged = { $count ->
    [0] Ingen post var redan likadan.
    [one] { $count } post var redan likadan.
   *[other] { $count } poster var redan likadana.
}
app-import-profile = Din profil uppdaterades.
app-import-missing-photos = { $count ->
    [one] { $count } foto som nämns i filen finns inte på den här enheten.
   *[other] { $count } foton som nämns i filen finns inte på den här enheten.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Ditt återställningsblad fungerar fortfarande, med ditt nya lösenord.
app-passphrase-sheet-not-updated = Ditt återställningsblad kunde inte uppdateras på servern. Tills du gör ett nytt behöver det ditt gamla lösenord. Gör ett nytt blad när du är uppkopplad.

## This device's name

app-device-name = Den här enhetens namn
app-device-name-hint = Namnet som dina andra enheter visar för den här, till exempel ”Aminas telefon”.
app-device-name-saved = Sparat. Dina andra enheter visar det när den här enheten har synkat.
