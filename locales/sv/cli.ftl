# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Så skriver du:
cli-help-commands = Kommandon:
cli-help-arguments = Vad du anger:
cli-help-options = Alternativ:
cli-help-examples = Exempel:

## Help: the whole program

cli-about = Carnet sparar vad du kan: färdigheter, arbete, språk, examina och kurser. Allt stannar på din enhet, låst med ditt lösenord.

cli-examples =
    Börja en loggbok:           carnet init
    Lägg till en färdighet:     carnet add skill --title "Welding" --level advanced
    Se dina poster:             carnet list
    Se en post:                 carnet show 3f2a
    Hjälp för ett kommando:     carnet add --help

cli-opt-data-dir = Mappen där din loggbok sparas. Du kan också ange CARNET_DATA_DIR.
cli-opt-json = Svara i JSON, för andra program.
cli-opt-lang = Språket för Carnets meddelanden, till exempel ar, fa, fr, uk eller en.
cli-opt-help = Visa den här hjälpen.
cli-opt-version = Visa vilken version av Carnet det är.

## Help: commands

cli-cmd-init = Skapa en ny loggbok, låst med ett lösenord.
cli-cmd-passphrase = Byt lösenord för din loggbok.
cli-cmd-passphrase-change = Byt ditt lösenord. Du skriver det gamla, sedan det nya två gånger.
cli-cmd-profile = Se eller ändra din profil: ditt namn, dina länder, dina språk.
cli-cmd-profile-show = Visa din profil.
cli-cmd-profile-set = Ändra din profil. För att tömma något, ge det ett tomt värde, till exempel --contact "".
cli-cmd-add = Lägg till en post: en färdighet, en utbildning, arbetslivserfarenhet, ett språk eller en kurs.
cli-cmd-list = Lista dina poster.
cli-cmd-show = Visa allt om en post.
cli-cmd-edit = Ändra en post.
cli-cmd-rm = Ta bort en post.
cli-cmd-search = Hitta poster som innehåller vissa ord.
cli-cmd-detach = Ta bort ett foto eller ett röstmeddelande från en post. Det tas också bort från den här enheten, om inte en annan post visar det.
cli-cmd-attach = Lägg till ett foto av ett papper på en post, till exempel ett examensbevis, ett intyg eller ett arbetspapper. Eller lägg till ett röstmeddelande: en ljudfil där du berättar om färdigheten.
cli-cmd-export = Skriv hela din loggbok som en fil som andra program kan läsa.
cli-cmd-import = Läs in en exportfil från Carnet i din loggbok. Inget i din loggbok tas bort.
cli-cmd-devices = Enheterna som har din loggbok.
cli-cmd-devices-list = Visa enheterna som har din loggbok.
cli-cmd-devices-remove = Ta bort din loggbok från en enhet, till exempel en borttappad telefon. Den kan inte läsa något du lägger till från och med nu.
cli-cmd-pair = Lägg din loggbok på en annan enhet som är din, till exempel en ny telefon.
cli-cmd-pair-show = På enheten som har din loggbok: visa en kod för den nya enheten och tillåt den sedan.
cli-cmd-pair-join = På den nya enheten: hämta din loggbok med koden som din andra enhet visar.
cli-cmd-sync = Skicka dina ändringar till centrets server och hämta ändringarna från dina andra enheter. Servern sparar bara en låst kopia som den inte kan läsa.

## Help: what to give to the commands

cli-arg-kind = Vilken sorts post: skill (färdighet), qualification (utbildning), experience (arbete), language (språk) eller learning (en kurs).
cli-arg-title = Ett kort namn, till exempel "Svetsning" eller "Körkort B".
cli-arg-description = Fler ord om det, om du vill.
cli-arg-level = Hur bra du är. För en färdighet eller ett arbete: basic, intermediate, advanced eller expert. För ett språk: A1 (nybörjare) till C2 (mycket bra). För en utbildning eller kurs: dess EQF-nivå, från 1 till 8.
cli-arg-eqf = EQF-nivån för en examen eller kurs, från 1 till 8, om du vet den.
cli-arg-from = När det började: ett år (2019), en månad (2019-05) eller en dag (2019-05-14).
cli-arg-to = När det slutade, skrivet på samma sätt. Utelämna det om det pågår fortfarande.
cli-arg-organisation = Arbetsgivaren, skolan eller utbildningscentret.
cli-arg-place = Staden eller platsen.
cli-arg-country = Landet, med två bokstäver, till exempel SY, AF, DE.
cli-arg-context = Hur du lärde dig det: formal (skola, examen), non-formal (en kurs) eller informal (genom att göra det).
cli-arg-written-in = Språket du skrev den här posten på, som en kort kod, till exempel ar eller en.
cli-arg-esco = ESCO-adressen för färdigheten eller yrket, om du vet den.
cli-arg-isco = ISCO-08-yrkeskoden (1 till 4 siffror), om du vet den.
cli-arg-stage = När på din resa det här är viktigt: recruitment, pre-departure, arrival, career eller return. Du kan ange fler än en.

cli-arg-list-kind = Visa bara poster av den här sorten: skill, qualification, experience, language eller learning.
cli-arg-list-stage = Visa bara poster för det här steget: recruitment, pre-departure, arrival, career eller return.

cli-arg-id = Postens id. De första 4 tecknen eller fler räcker. För att se id:n, skriv: carnet list
cli-arg-set = En ändring, skriven FIELD=VALUE, till exempel level=advanced. Ange den igen för att ändra mer. Ett tomt värde tömmer fältet. Fälten är: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Orden att söka efter.
cli-arg-evidence = Fotot eller röstmeddelandet att ta bort: dess id, som carnet show och carnet attach skriver ut det (de första 8 tecknen eller fler räcker).
cli-arg-photo = Ett foto (JPEG, PNG eller WebP) eller en ljudfil (WebM, Ogg, MP4, M4A, AAC, MP3 eller WAV, högst 5 MB). Carnet tittar i filen för att veta vad det är. Den tar bort dolda uppgifter, till exempel platsen där ett foto togs.
cli-arg-format = Sorts fil. Bara json för tillfället.
cli-arg-file = Exportfilen som ska läsas.

cli-arg-name = Ditt namn, så som du vill att andra ska se det.
cli-arg-birth-date = Ditt födelsedatum: 1990, 1990-05 eller 1990-05-14.
cli-arg-origin = Landet du kommer från, med två bokstäver, till exempel SY, AF, ER.
cli-arg-current = Landet du bor i nu, med två bokstäver, till exempel DE, FR.
cli-arg-contact = Hur man når dig, till exempel ett telefonnummer eller en e-postadress.
cli-arg-language = Ett språk du kan, som en kort kod, till exempel ar, fa-AF eller en. Alternativen nedan gäller det här språket.
cli-arg-mother-tongue = Det här språket är ditt modersmål.
cli-arg-not-mother-tongue = Det här språket är inte ditt modersmål.
cli-arg-listening = Hur bra du förstår när andra pratar: A1 (nybörjare) till C2 (mycket bra).
cli-arg-reading = Hur bra du läser: A1 till C2.
cli-arg-spoken-interaction = Hur bra du deltar i ett samtal: A1 till C2.
cli-arg-spoken-production = Hur bra du pratar på egen hand: A1 till C2.
cli-arg-writing = Hur bra du skriver: A1 till C2.
cli-arg-remove-language = Ta bort ett språk från din profil.
cli-arg-hub = Adressen till centrets server, till exempel http://192.168.1.10:8470. Carnet kommer ihåg den.
cli-arg-device-id = Enhetens id, som det visas av: carnet devices list (de första 4 tecknen eller fler räcker).
cli-arg-pair-approve = Tillåt den nya enheten utan att fråga, om den visar den här koden (för den som hjälper till och för skript).
cli-arg-pair-code = Koden som din andra enhet visar. Den börjar med CNP1:
cli-arg-pair-name = Ett namn på den här enheten, så att du känner igen den på den andra (till exempel "Amals telefon").
cli-arg-sync-status = Visa bara när du senast synkade och hur många ändringar som väntar. Inget skickas.
cli-arg-sync-watch = Fortsätt synka. När servern inte går att nå, försök igen senare och vänta längre varje gång.
cli-arg-sync-every = Med --watch: hur många sekunder det ska gå mellan synkningarna (300 om inget anges).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Välj ett lösenord med minst { $min } tecken. Du behöver det varje gång du öppnar din loggbok. Ingen kan hämta tillbaka det åt dig.
cli-passphrase-prompt = Lösenord:
cli-passphrase-new-prompt = Nytt lösenord:
cli-passphrase-repeat-prompt = Skriv det nya lösenordet igen:
cli-passphrase-changed = Ditt lösenord är bytt. Använd det nya från och med nu.

## Answers

cli-init-done = Din loggbok är klar. Den finns i den här mappen: { $dir }
cli-init-next = Förvara ditt lösenord säkert. Utan det kan ingen öppna din loggbok, inte ens du. Lägg sedan till vad du kan, till exempel: carnet add skill --title "Laga mat"

cli-list-empty = Din loggbok har inga poster än. För att lägga till en, skriv: carnet add skill --title "Laga mat"
cli-list-none-match = Ingen post passar det du frågade efter.
cli-search-none = Ingen post har de här orden. Prova andra ord, eller skriv: carnet list

cli-edit-saved = Din ändring är sparad.
cli-rm-done = Borttagen: { $title }
cli-detached = Fotot eller röstmeddelandet togs bort från posten.

cli-profile-saved = Din profil är sparad.
cli-profile-empty = Din profil är tom. För att lägga till ditt namn, skriv: carnet profile set --name "Ditt namn"

cli-import-added = { $count ->
    [one] 1 post tillagd.
   *[other] { $count } poster tillagda.
}
cli-import-updated = { $count ->
    [one] 1 post uppdaterad.
   *[other] { $count } poster uppdaterade.
}
cli-import-unchanged = { $count ->
    [one] 1 post var redan likadan.
   *[other] { $count } poster var redan likadana.
}
cli-import-profile-updated = Din profil uppdaterades också.
cli-import-missing-photos = { $count ->
    [one] 1 foto finns inte på den här enheten. Exportfiler innehåller inga foton. Lägg till det igen med: carnet attach
   *[other] { $count } foton finns inte på den här enheten. Exportfiler innehåller inga foton. Lägg till dem igen med: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Sort
cli-show-added = Tillagd
cli-show-changed = Ändrad
cli-show-evidence = Foton och röstmeddelanden
cli-show-photo = { $sha }  { $width } × { $height } pixlar, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixlar, finns inte på den här enheten
cli-show-voice = { $sha }  röstmeddelande, { $kilobytes } KB
cli-show-voice-missing = { $sha }  röstmeddelande, finns inte på den här enheten
cli-show-conflicts = En annan enhet skrev också:
cli-show-conflicts-hint = För att behålla en av dem, skriv: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titel
cli-field-description = Beskrivning
cli-field-written-in = Skriven på
cli-field-esco = ESCO
cli-field-isco = ISCO-08-yrkeskod
cli-field-level = Nivå
cli-field-eqf = EQF-nivå
cli-field-organisation = Organisation
cli-field-place = Plats
cli-field-country = Land
cli-field-from = Från
cli-field-to = Till
cli-field-context = Hur du lärde dig
cli-field-stages = Steg

cli-kind-skill = färdighet
cli-kind-qualification = utbildning
cli-kind-experience = erfarenhet
cli-kind-language = språk
cli-kind-learning = kurs

cli-context-formal = formell (skola, examen)
cli-context-non-formal = icke-formell (en kurs)
cli-context-informal = informell (genom att göra det)

cli-stage-recruitment = rekrytering
cli-stage-pre-departure = före avresan
cli-stage-arrival = ankomst
cli-stage-career = arbete
cli-stage-return = återvändande

cli-proficiency-basic = grundläggande
cli-proficiency-intermediate = medel
cli-proficiency-advanced = avancerad
cli-proficiency-expert = expert

cli-level-eqf = EQF-nivå { $level }

cli-profile-name = Namn
cli-profile-birth-date = Födelsedatum
cli-profile-origin = Kommer från
cli-profile-current = Bor i
cli-profile-contact = Kontakt
cli-profile-languages = Språk
cli-profile-mother-tongue = { $language } (modersmål)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = hörförståelse { $level }
cli-cefr-reading = läsning { $level }
cli-cefr-spoken-interaction = samtal { $level }
cli-cefr-spoken-production = tala { $level }
cli-cefr-writing = skrivande { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet känner inte till ”{ $arg }” här.
cli-error-unknown-command = Det finns inget kommando ”{ $command }”.
cli-error-invalid-value = ”{ $value }” kan inte användas för { $arg }.
cli-error-missing-value = { $arg } behöver ett värde efter sig.
cli-error-valid-values = Du kan använda: { $values }
cli-error-missing-argument = Något saknas: { $arg }
cli-error-missing-command = Säg vad Carnet ska göra efter ”{ $command }”.
cli-error-valid-commands = Kommandona är: { $commands }
cli-error-conflict = { $arg } kan inte användas tillsammans med { $other }.
cli-error-no-equals = Skriv { $arg } med ett likhetstecken och värdet direkt efter.
cli-error-too-many-values = { $arg } tar färre värden. ”{ $value }” är ett för mycket.
cli-error-wrong-number-of-values = { $arg } har fel antal värden.
cli-error-invalid-utf8 = Carnet kan inte läsa några av bokstäverna du skrev. Skriv dem igen.
cli-error-did-you-mean = Menade du { $suggestion }?
cli-error-usage = Carnet förstod inte det här kommandot.
cli-error-usage-hint = Skriv { $command } --help för att se vad du kan skriva.
cli-error-set-format = ”{ $value }” är ingen ändring. Skriv FIELD=VALUE, till exempel --set level=advanced
cli-error-nothing-to-change = Det finns inget att ändra. Ange minst ett alternativ, till exempel --name "Ditt namn".

cli-error-passphrase-unavailable = Carnet behöver ett lösenord men kan inte fråga efter det här. Kör Carnet i en terminal, eller ange { $variable }.
cli-error-passphrase-mismatch = De två lösenorden är inte likadana. Inget ändrades. Försök igen.
cli-error-read-file = Carnet kan inte läsa filen { $path }. Kontrollera filnamnet och mappen och försök sedan igen.
cli-error-no-data-dir = Carnet hittar ingen mapp för din loggbok. Välj en med --data-dir, till exempel --data-dir ./carnet
cli-error-output = Carnet kunde inte skriva sitt svar. Kontrollera att disken inte är full och försök sedan igen.
cli-error-details = Detaljer för den som hjälper till: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = För att skapa en, skriv: carnet init
cli-hint-already-exists = För att se vad som finns i den, skriv: carnet list. För en andra loggbok, välj en annan mapp med --data-dir.
cli-hint-not-found = För att se id:n, skriv: carnet list
cli-hint-ambiguous-id = För att se id:n, skriv: carnet list
cli-hint-import-format = Välj en fil som gjorts med: carnet export --format json
cli-hint-invalid-field = För listan över fält, skriv: carnet edit --help

## carnet sync

cli-sync-phase-sending = Skickar
cli-sync-phase-receiving = Tar emot
cli-sync-phase-photos = Foton
cli-sync-done = Synkad med { $hub }.
cli-sync-changes = { $sent ->
    [one] 1 ändring skickad
   *[other] { $sent } ändringar skickade
}, { $received ->
    [one] 1 ändring mottagen.
   *[other] { $received } ändringar mottagna.
}
cli-sync-photos = { $sent ->
    [one] 1 foto skickat
   *[other] { $sent } foton skickade
}, { $received ->
    [one] 1 foto mottaget.
   *[other] { $received } foton mottagna.
}
cli-sync-bytes = Använd data: { $up } KB upp, { $down } KB ner.
cli-sync-retry = Försöker igen om { $seconds ->
    [one] 1 sekund.
   *[other] { $seconds } sekunder.
}
cli-sync-status-hub = Server: { $hub }
cli-sync-status-last = Senast synkad: { $when }
cli-sync-status-pending = { $count ->
    [0] Inga ändringar väntar.
    [one] 1 ändring väntar på att skickas.
   *[other] { $count } ändringar väntar på att skickas.
}
cli-sync-no-hub = ingen än
cli-sync-never = aldrig
cli-hint-sync-no-hub = För att ange den, skriv: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Dina ändringar är sparade. För att försöka igen senare, skriv: carnet sync

## carnet pair

cli-pair-show-scan = Skanna den här koden med din nya enhet, eller skriv texten nedan där.
cli-pair-show-expires = Koden fungerar i 10 minuter.
cli-pair-show-request = Enheten ”{ $name }” vill ha din loggbok. Dess kod är { $fingerprint }.
cli-pair-show-ask = Visar din nya enhet samma kod? Skriv ja för att tillåta den, eller nej.
cli-pair-yes = ja
cli-pair-show-approved = ”{ $name }” har nu din loggbok.
cli-pair-show-refused = Du sa nej. ”{ $name }” fick ingenting.
cli-pair-default-name = Ny enhet
cli-pair-join-check = Din andra enhet måste visa den här koden: { $fingerprint }. Tillåt det där.
cli-pair-join-done = { $count ->
    [one] Den här enheten har nu din loggbok, med 1 post.
   *[other] Den här enheten har nu din loggbok, med { $count } poster.
}

## carnet devices

cli-devices-none = Ingen enhet har synkat den här loggboken än.
cli-devices-line = { $id }  { $name }  (sedan { $added })
cli-devices-this = ← den här enheten
cli-devices-removed = (borttagen { $when })
cli-devices-removed-done = ”{ $name }” har tagits bort. Din loggbok har nu en ny nyckel, som den enheten inte har.
cli-devices-new-sheet = Ditt återställningsblad har den gamla nyckeln. Skriv ut ett nytt nu och förstör det gamla: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Skriv ut ett återställningsblad: med det och ditt lösenord kan du få tillbaka din loggbok på en ny telefon om du tappar bort den här.
cli-cmd-recover = På en ny enhet: hämta tillbaka din loggbok med ditt återställningsblad och ditt lösenord.
cli-arg-recovery-out = Filen att skriva bladet till. Den måste sluta på .png eller .pdf.
cli-arg-recover-sheet = Ett foto eller en skanning av ditt återställningsblad (PNG eller JPEG). Carnet läser dess fyrkantiga kod.
cli-arg-recover-words = De 12 orden från ditt återställningsblad, i rätt ordning, inom citattecken. Ange också --hub.
cli-arg-recover-hub = Serverns adress som står på ditt återställningsblad, till exempel http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet kan skriva bladet som en .png- eller .pdf-fil, inte som ”{ $path }”.
cli-recovery-sheet-done = Ditt återställningsblad finns i { $path }. Skriv ut det och förvara papperet på ett säkert ställe, långt från din telefon.
cli-recovery-sheet-english = Bladet är på engelska: Carnet kan ännu inte skriva ditt språks bokstäver rätt på det.
cli-recovery-sheet-replaced = Blad som du skrev ut tidigare fungerar inte längre. Förstör dem.
cli-recover-done = { $count ->
    [one] Din loggbok är tillbaka på den här enheten: { $count } post.
   *[other] Din loggbok är tillbaka på den här enheten: { $count } poster.
}
cli-passphrase-sheet-updated = Ditt återställningsblad fungerar fortfarande, med ditt nya lösenord.
cli-passphrase-sheet-not-updated = Ditt återställningsblad kunde inte uppdateras på servern. Tills du skriver ut ett nytt behöver det ditt gamla lösenord. Skriv ut ett nytt blad när du är uppkopplad: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Återställningsblad för Carnet
cli-sheet-made = Gjort { $date }
cli-sheet-hub = Server: { $hub }
cli-sheet-words = Dina 12 ord
cli-sheet-instructions =
    Förvara det här papperet säkert. Med det och ditt lösenord kan du få tillbaka din loggbok på en ny telefon:
    1. Installera Carnet på den nya telefonen och välj att hämta tillbaka en loggbok.
    2. Skanna den fyrkantiga koden, eller skriv de 12 orden och serverns adress.
    3. Skriv ditt lösenord. Loggboken kommer tillbaka från servern.
    På en dator: carnet recover --sheet photo.jpg
cli-sheet-warning = Det här papperet ensamt öppnar inte din loggbok: ditt lösenord behövs också. Förvara dem inte tillsammans. Om du skriver ut ett nytt blad slutar det här att fungera.
