# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library. $what and $expected only choose the sentence.

## Files and texts

error-credential-malformed = { $what ->
        [request] Den här begäran är skadad, eller så är den inte en begäran från Carnet. Be om den igen.
        [credential] Den här intygsfilen är skadad, eller så är den inte ett intyg från Carnet. Be personen som bekräftade dina poster att skicka den igen.
       *[other] Det här är skadat, eller så är det inte en fil från Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Det här är inte en begäran från Carnet: det är en annan sorts Carnet-fil. En begäran görs med carnet request.
        [credential] Det här är inte ett intyg från Carnet: det är en annan sorts Carnet-fil. Kontrollera att du valde filen som personen som bekräftade dina poster gav dig.
       *[other] Det här är en annan sorts Carnet-fil. Kontrollera att du valde rätt fil.
    }
error-credential-newer-version = { $what ->
        [request] Den här begäran gjordes av en nyare Carnet.
        [credential] Det här intyget gjordes av en nyare Carnet.
        [text] Den här koden gjordes av en nyare Carnet.
       *[other] Det här gjordes av en nyare Carnet.
    } Uppdatera Carnet och försök sedan igen.
error-credential-invalid-field = Ett värde kan inte användas ({ $field }): det är för långt eller har fel form. Inget skrevs.
error-credential-entry-count = En begäran innehåller 1 till { $max } poster, inte { $found }. Gör två begäranden för att få fler bekräftade.
error-credential-invalid-key = Det här är inte en giltig publik nyckel. Kontrollera att hela nyckeln kopierades.
error-credential-bad-signature = Underskriften på det här intyget stämmer inte: det har ändrats eller skadats efter att det skrevs under. Inget sparades. Be om filen igen.
error-credential-not-yours = Det här intyget gjordes för någon annans loggbok, inte din. Inget sparades. Se till att du har fått din egen fil.
error-credential-no-such-entry = Det finns ingen post { $index } i det här intyget.
error-credential-duplicate-entry = Post { $index } är vald två gånger.
error-credential-wrong-prefix = Den här texten är inte en kod från Carnet: den börjar inte med CN1: (färdigheter att kontrollera) eller CNR1: (en begäran om bekräftelse).
error-credential-base45 = Texten har tecken som en kod från Carnet inte kan ha. Den kan vara avklippt eller felskriven.
error-credential-zlib = Koden är avklippt eller skadad.
error-credential-too-large = Koden är alldeles för stor för att vara en kod från Carnet.

## QR codes

error-qr-not-alphanumeric = Texten har tecken som en QR-kod för Carnet inte kan innehålla. Det här är ett fel i Carnet; rapportera det gärna.
error-qr-too-large = Det här är för mycket för en QR-kod: { $chars } tecken, och en QR-kod som telefoner läser bra (version { $version }, nivå { $ec }) rymmer { $capacity }. Inget skrevs. { $what ->
        [request] Be om färre poster åt gången, eller skriv begäran till en fil som slutar på .cbor i stället.
       *[other] Välj färre poster, eller visa färre delar med --fields.
    }
error-qr-bad-version = Den storleken på QR-kod finns inte.
error-qr-bad-module-size = Den punktstorleken är inte möjlig.
error-qr-not-an-image = Filen är inte en bild som Carnet kan läsa. Använd PNG, JPEG eller WebP.
error-qr-image-too-large = Bilden är för stor ({ $width } × { $height } pixlar). Gör den mindre och försök igen.
error-qr-not-found = Ingen QR-kod kunde läsas i bilden. Ta ett skarpare foto närmare, med hela koden i bild.
error-qr-render-failed = QR-bilden kunde inte göras. Det här är ett fel i Carnet; rapportera det gärna.
