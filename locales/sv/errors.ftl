# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = Lösenordet är inte rätt. Kontrollera det och försök igen. Stora och små bokstäver spelar roll.
error-too-many-attempts = { $minutes ->
    [one] För många fel lösenord. Vänta 1 minut och försök sedan igen.
   *[other] För många fel lösenord. Vänta { $minutes } minuter och försök sedan igen.
}
error-passphrase-too-short = Det här lösenordet är för kort. Använd minst { $min } tecken.

## The logbook files

error-no-logbook = Det finns ingen loggbok i den här mappen än. Skapa en först, eller välj mappen där din loggbok finns.
error-already-exists = Det finns redan en loggbok i den här mappen. Inget ändrades.
error-damaged-key-file = Nyckeln till din loggbok är skadad eller saknas, så den kan inte öppnas. Lägg tillbaka en säkerhetskopia, eller en kopia från en enhet som du har kopplat ihop med den här.
error-damaged-database = Din loggbok är skadad, så den kan inte öppnas. Lägg tillbaka en säkerhetskopia, eller en kopia från en enhet som du har kopplat ihop med den här.
error-too-new = { $what ->
    [export-file] Den här filen gjordes av en nyare version av Carnet. Uppdatera Carnet och försök sedan igen.
    [taxonomy] ESCO-uppgifterna som kom med Carnet är från en nyare version av Carnet. Uppdatera Carnet och försök sedan igen.
   *[other] Din loggbok sparades av en nyare version av Carnet. Uppdatera Carnet och försök sedan igen.
}
error-disk-full = Disken är full. Inget har gått förlorat. Frigör lite utrymme, till exempel genom att ta bort gamla filer, och försök sedan igen.
error-io = Carnet kunde inte läsa eller skriva filerna i din loggbok. Kontrollera att mappen finns och att du får skriva i den, och försök sedan igen.
error-internal = Något gick fel inne i Carnet. Det är ett fel i Carnet, inte ditt. Berätta det gärna för dem som gör Carnet.

## Entries

error-not-found = Ingen post har id ”{ $id }”. Kontrollera id:t och försök igen.
error-ambiguous-id = Mer än en post börjar med ”{ $id }”. Skriv mer av id:t.

## Values the person typed

error-invalid-kind = ”{ $value }” är inte en sorts post. Använd skill, qualification, experience, language eller learning.
error-invalid-date = ”{ $value }” är inte ett datum. Skriv ett år (2019), en månad (2019-05) eller en dag (2019-05-14).
error-invalid-level = { $kind ->
    [language] ”{ $value }” är inte en språknivå. Använd A1, A2, B1, B2, C1 eller C2.
    [qualification] ”{ $value }” är inte en nivå för en utbildning. Använd ett tal från 1 till 8 (EQF).
    [learning] ”{ $value }” är inte en nivå för en kurs. Använd ett tal från 1 till 8 (EQF).
    [eqf] ”{ $value }” är inte en EQF-nivå. Använd ett tal från 1 till 8.
   *[other] ”{ $value }” är inte en nivå. Använd basic, intermediate, advanced eller expert.
}
error-invalid-country = ”{ $value }” är inte en landskod. Använd två bokstäver, till exempel SY, AF, ER eller DE.
error-invalid-language = ”{ $value }” är inte en språkkod. Använd en kort kod, till exempel ar, fa-AF eller en.
error-invalid-esco = ”{ $value }” är inte en ESCO-adress. Den börjar med http://data.europa.eu/esco/
error-invalid-isco = ”{ $value }” är inte en ISCO-08-yrkeskod. Använd 1 till 4 siffror, till exempel 7212.
error-invalid-proficiency = ”{ $value }” är inte en nivå. Använd basic, intermediate, advanced eller expert.
error-invalid-context = ”{ $value }” är inte ett sätt att lära sig. Använd formal, non-formal eller informal.
error-invalid-stage = ”{ $value }” är inte ett steg. Använd recruitment, pre-departure, arrival, career eller return.
error-invalid-field = ”{ $value }” är inget du kan ändra. Använd något av: { $expected }.
error-empty-field = { $field ->
    [title] Titeln är tom. Skriv en kort titel.
   *[other] Fältet { $field } är tomt. Skriv något i det.
}
error-date-order = Slutdatumet { $to } är före startdatumet { $from }. Kontrollera de två datumen.
error-import-format = Den här filen är inte en export från Carnet, så den kan inte läsas. Välj en fil som Carnet har exporterat.

## Photos

error-evidence-not-an-image = Den här filen är inte ett foto. Carnet tar JPEG-, PNG- och WebP-bilder.
error-evidence-unsupported-format = Det här är en { $format }-bild, och Carnet kan inte använda den. Spara den som JPEG, PNG eller WebP och försök sedan igen.
error-evidence-damaged = Fotot är skadat eller inte komplett. Ta eller välj fotot igen.
error-evidence-too-large = Bilden är för stor ({ $width } × { $height } pixlar). Ta fotot med lägre kvalitet, eller välj en mindre kopia.
error-evidence-file-too-big = Filen är för stor ({ $megabytes } MB). Gränsen är 32 MB. Välj en mindre fil.
error-evidence-encode-failed = Carnet kunde inte spara fotot. Försök igen. Om det händer igen, berätta det gärna för dem som gör Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = ”{ $url }” är inte en serveradress. En serveradress ser ut så här: http://192.168.1.10:8470. Fråga centret efter den.
error-sync-no-hub = Ingen server är inställd för den här loggboken än. Fråga centret efter adressen till deras server.
error-sync-unreachable = Carnet når inte servern på { $url }. Din loggbok är säker på den här enheten. Försök igen när du är ansluten till centrets nätverk.
error-sync-refused = Servern tar inte emot den här enheten för den här loggboken. Om du har tagit bort den här enheten från din loggbok är det väntat. Annars, fråga centret.
error-sync-unknown-logbook = Servern har ingen kopia av den här loggboken än. Synka först enheten som har din loggbok och försök sedan igen.
error-sync-rate-limited = Servern är upptagen. Vänta { $seconds } sekunder och försök sedan igen. Din loggbok är säker på den här enheten.
error-sync-hub-full = Servern har inte plats för din loggbok längre. Din loggbok är säker på den här enheten. Fråga centret.
error-sync-hub-error = Servern hade ett problem ({ $status } { $code }). Din loggbok är säker på den här enheten. Försök igen senare, eller fråga centret.
error-sync-protocol = Servern skickade något som den här versionen av Carnet inte kan läsa. Din loggbok är säker på den här enheten. Uppdatera Carnet, eller fråga centret.
error-sync-forged = Servern skickade en ändring som är skadad eller har ändrats av någon. Carnet använde den inte, och din loggbok ändrades inte. Berätta det för centret.
error-sync-incomplete = Servern skickade inte alla ändringar som den borde. Carnet använde dem inte, och din loggbok ändrades inte. Försök igen senare, eller berätta det för centret.
error-sync-unknown-epoch = Den här enheten har inte din loggboks nyaste nyckel, så den kan inte läsa det som servern har. Om du har tagit bort den här enheten är det väntat. Annars, koppla ihop den igen.
error-sync-rolled-back = Servern har förlorat en del data. Din loggbok på den här enheten är komplett och ändrades inte. Berätta det för centret.
error-sync-pairing-code = Det här är ingen kopplingskod, eller så saknas en del av den. Visa koden igen på din andra enhet, och skanna eller skriv hela.
error-sync-pairing-expired = Den här kopplingskoden är för gammal. Visa en ny kod på din andra enhet.
error-sync-pairing-taken = En annan enhet har redan svarat på den här kopplingskoden. Inget delades. Visa en ny kod på din andra enhet och försök igen.
error-sync-pairing-refused = Din andra enhet sa nej till den här kopplingen. Inget delades.
error-sync-remove-self = Det här är enheten som du använder. För att ta bort den, gör det från en av dina andra enheter.
error-sync-cancelled = Du slutade vänta på den andra enheten. Inget delades. Börja om när båda enheterna är redo.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Det här är inte den fyrkantiga koden på ett återställningsblad från Carnet, eller så kunde Carnet inte läsa hela. Ta ett skarpare foto av hela koden, eller skriv de 12 orden.
error-sync-recovery-words = { $problem ->
    [count] Ett återställningsblad har 12 ord; du angav { $position }. Skriv alla 12, i rätt ordning.
    [unknown] Ord { $position } är inte ett ord från återställningsblad. Kontrollera stavningen på bladet.
   *[other] Orden passar inte ihop: ett av dem är fel, eller två har bytt plats. Kontrollera varje ord på bladet.
}
error-sync-recovery-no-box = Servern har inget för det här återställningsbladet. Ett nyare blad kan ha ersatt det, eller så är bladet för en annan server. Använd ditt nyaste blad.
error-sheet-write = Carnet kunde inte skriva bladet till { $path }. Kontrollera mappen och det lediga utrymmet. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet hittar inte sin ESCO-datafil ({ $path }). Installera Carnet igen.
error-taxonomy-damaged = Carnets ESCO-datafil är skadad ({ $reason }). Installera Carnet igen.
error-unknown-concept = Ingen färdighet eller yrke i ESCO heter ”{ $concept }”. Hitta adressen med carnet esco search.
error-not-an-occupation = ”{ $concept }” är en färdighet i ESCO, inte ett yrke. Hitta yrket med carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet hittade ingen fyrkantig kod i den här bilden. Ta ett skarpare foto av hela koden, eller skriv koden i stället.
error-save-file = Carnet kunde inte spara filen i { $path }. Kontrollera det lediga utrymmet. ({ $reason })

## Voice notes

error-evidence-not-audio = Den här filen är inte en ljudinspelning. Carnet tar ljudfiler i WebM, Ogg, MP4, M4A, AAC, MP3 och WAV.
error-evidence-audio-is-video = Den här filen är en video. Carnet sparar bara ljud. Spela in ett röstmeddelande, eller välj en ljudfil.
error-evidence-audio-too-big = Ljudfilen är för stor ({ $megabytes } MB). Gränsen är 5 MB. Spela in ett kortare röstmeddelande.
error-evidence-audio-damaged = Ljudfilen är skadad eller inte komplett. Spela in den eller välj den igen.
error-evidence-not-evidence = Den här filen är varken ett foto eller en ljudinspelning. Carnet tar foton (JPEG, PNG, WebP) och ljudfiler (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet får inte använda mikrofonen. Tillåt det i telefonens inställningar, eller bifoga en ljudfil.
error-microphone-failed = Carnet kunde inte spela in. Försök igen, eller bifoga en ljudfil.
error-recording-empty = Inget spelades in. Försök igen och prata efter att du har tryckt på knappen.
error-evidence-missing = Det här fotot eller röstmeddelandet finns inte på den här enheten än ({ $sha }). Synka för att få det.
