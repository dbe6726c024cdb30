# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = Het wachtwoord klopt niet. Controleer het en probeer het opnieuw. Hoofdletters tellen mee.
error-too-many-attempts = { $minutes ->
    [one] Te vaak een verkeerd wachtwoord. Wacht 1 minuut en probeer het dan opnieuw.
   *[other] Te vaak een verkeerd wachtwoord. Wacht { $minutes } minuten en probeer het dan opnieuw.
}
error-passphrase-too-short = Dit wachtwoord is te kort. Gebruik minstens { $min } tekens.

## The logbook files

error-no-logbook = Er is nog geen logboek in deze map. Maak er eerst een, of kies de map waar je logboek staat.
error-already-exists = Er is al een logboek in deze map. Er is niets veranderd.
error-damaged-key-file = De sleutel van je logboek is beschadigd of ontbreekt, dus het kan niet geopend worden. Zet een reservekopie terug, of een kopie van een apparaat dat je met dit apparaat hebt gekoppeld.
error-damaged-database = Je logboek is beschadigd, dus het kan niet geopend worden. Zet een reservekopie terug, of een kopie van een apparaat dat je met dit apparaat hebt gekoppeld.
error-too-new = { $what ->
    [export-file] Dit bestand is gemaakt door een nieuwere versie van Carnet. Werk Carnet bij en probeer het dan opnieuw.
    [taxonomy] De ESCO-gegevens die bij Carnet kwamen, zijn van een nieuwere versie van Carnet. Werk Carnet bij en probeer het dan opnieuw.
   *[other] Je logboek is opgeslagen door een nieuwere versie van Carnet. Werk Carnet bij en probeer het dan opnieuw.
}
error-disk-full = De schijf is vol. Er is niets verloren. Maak wat ruimte vrij, bijvoorbeeld door oude bestanden te verwijderen, en probeer het dan opnieuw.
error-io = Carnet kon de bestanden van je logboek niet lezen of schrijven. Controleer of de map bestaat en of je erin mag schrijven, en probeer het dan opnieuw.
error-internal = Er ging iets mis in Carnet. Dit is een fout van Carnet, niet van jou. Laat het alsjeblieft weten aan de makers van Carnet.

## Entries

error-not-found = Geen item heeft de id “{ $id }”. Controleer de id en probeer het opnieuw.
error-ambiguous-id = Meer dan één item begint met “{ $id }”. Typ meer van de id.

## Values the person typed

error-invalid-kind = “{ $value }” is geen soort item. Gebruik skill, qualification, experience, language of learning.
error-invalid-date = “{ $value }” is geen datum. Schrijf een jaar (2019), een maand (2019-05) of een dag (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” is geen taalniveau. Gebruik A1, A2, B1, B2, C1 of C2.
    [qualification] “{ $value }” is geen niveau voor een diploma. Gebruik een getal van 1 tot 8 (EQF).
    [learning] “{ $value }” is geen niveau voor een cursus. Gebruik een getal van 1 tot 8 (EQF).
    [eqf] “{ $value }” is geen EQF-niveau. Gebruik een getal van 1 tot 8.
   *[other] “{ $value }” is geen niveau. Gebruik basic, intermediate, advanced of expert.
}
error-invalid-country = “{ $value }” is geen landcode. Gebruik twee letters, bijvoorbeeld SY, AF, ER of DE.
error-invalid-language = “{ $value }” is geen taalcode. Gebruik een korte code, bijvoorbeeld ar, fa-AF of en.
error-invalid-esco = “{ $value }” is geen ESCO-adres. Het begint met http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” is geen ISCO-08-beroepscode. Gebruik 1 tot 4 cijfers, bijvoorbeeld 7212.
error-invalid-proficiency = “{ $value }” is geen niveau. Gebruik basic, intermediate, advanced of expert.
error-invalid-context = “{ $value }” is geen manier van leren. Gebruik formal, non-formal of informal.
error-invalid-stage = “{ $value }” is geen fase. Gebruik recruitment, pre-departure, arrival, career of return.
error-invalid-field = “{ $value }” is niet iets wat je kunt wijzigen. Gebruik een van: { $expected }.
error-empty-field = { $field ->
    [title] De titel is leeg. Schrijf een korte titel.
   *[other] Het veld { $field } is leeg. Schrijf er iets in.
}
error-date-order = De einddatum { $to } ligt voor de begindatum { $from }. Controleer de twee datums.
error-import-format = Dit bestand is geen export van Carnet, dus het kan niet gelezen worden. Kies een bestand dat Carnet heeft geëxporteerd.

## Photos

error-evidence-not-an-image = Dit bestand is geen foto. Carnet neemt JPEG-, PNG- en WebP-afbeeldingen.
error-evidence-unsupported-format = Dit is een { $format }-afbeelding, en die kan Carnet niet gebruiken. Sla hem op als JPEG, PNG of WebP en probeer het dan opnieuw.
error-evidence-damaged = De foto is beschadigd of niet compleet. Maak of kies de foto opnieuw.
error-evidence-too-large = De afbeelding is te groot ({ $width } × { $height } pixels). Maak de foto met een lagere kwaliteit, of kies een kleinere kopie.
error-evidence-file-too-big = Het bestand is te groot ({ $megabytes } MB). De grens is 32 MB. Kies een kleiner bestand.
error-evidence-encode-failed = Carnet kon de foto niet opslaan. Probeer het opnieuw. Gebeurt het weer, laat het dan alsjeblieft weten aan de makers van Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” is geen serveradres. Een serveradres ziet eruit als http://192.168.1.10:8470. Vraag het aan het centrum.
error-sync-no-hub = Er is nog geen server ingesteld voor dit logboek. Vraag het centrum om het adres van hun server.
error-sync-unreachable = Carnet kan de server op { $url } niet bereiken. Je logboek is veilig op dit apparaat. Probeer het opnieuw als je verbonden bent met het netwerk van het centrum.
error-sync-refused = De server accepteert dit apparaat niet voor dit logboek. Als je dit apparaat uit je logboek hebt verwijderd, is dat normaal. Zo niet, vraag het aan het centrum.
error-sync-unknown-logbook = De server heeft nog geen kopie van dit logboek. Synchroniseer eerst het apparaat dat je logboek heeft, en probeer het dan opnieuw.
error-sync-rate-limited = De server is bezet. Wacht { $seconds } seconden en probeer het dan opnieuw. Je logboek is veilig op dit apparaat.
error-sync-hub-full = De server heeft geen ruimte meer voor je logboek. Je logboek is veilig op dit apparaat. Vraag het aan het centrum.
error-sync-hub-error = De server had een probleem ({ $status } { $code }). Je logboek is veilig op dit apparaat. Probeer het later opnieuw, of vraag het aan het centrum.
error-sync-protocol = De server stuurde iets wat deze versie van Carnet niet kan lezen. Je logboek is veilig op dit apparaat. Werk Carnet bij, of vraag het aan het centrum.
error-sync-forged = De server stuurde een wijziging die beschadigd is of door iemand veranderd. Carnet heeft hem niet gebruikt, en je logboek is niet veranderd. Laat het het centrum weten.
error-sync-incomplete = De server stuurde niet alle wijzigingen die hij moest sturen. Carnet heeft ze niet gebruikt, en je logboek is niet veranderd. Probeer het later opnieuw, of laat het het centrum weten.
error-sync-unknown-epoch = Dit apparaat heeft niet de nieuwste sleutel van je logboek, dus het kan niet lezen wat de server heeft. Als je dit apparaat hebt verwijderd, is dat normaal. Zo niet, koppel het opnieuw.
error-sync-rolled-back = De server is gegevens kwijtgeraakt. Je logboek op dit apparaat is compleet en niet veranderd. Laat het het centrum weten.
error-sync-pairing-code = Dit is geen koppelcode, of er ontbreekt een deel. Toon de code opnieuw op je andere apparaat, en scan of typ hem helemaal.
error-sync-pairing-expired = Deze koppelcode is te oud. Toon een nieuwe code op je andere apparaat.
error-sync-pairing-taken = Een ander apparaat heeft al op deze koppelcode geantwoord. Er is niets gedeeld. Toon een nieuwe code op je andere apparaat en probeer het opnieuw.
error-sync-pairing-refused = Je andere apparaat zei nee tegen deze koppeling. Er is niets gedeeld.
error-sync-remove-self = Dit is het apparaat dat je nu gebruikt. Om het te verwijderen, doe je dat vanaf een van je andere apparaten.
error-sync-cancelled = Je bent gestopt met wachten op het andere apparaat. Er is niets gedeeld. Begin opnieuw als beide apparaten klaar zijn.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Dit is niet de vierkante code van een herstelblad van Carnet, of Carnet kon hem niet helemaal lezen. Maak een scherpere foto van de hele code, of typ de 12 woorden.
error-sync-recovery-words = { $problem ->
    [count] Een herstelblad heeft 12 woorden; je gaf er { $position }. Typ ze alle 12, op volgorde.
    [unknown] Woord { $position } is geen woord van herstelbladen. Controleer hoe het op het blad geschreven staat.
   *[other] De woorden passen niet bij elkaar: een ervan is fout, of twee zijn omgewisseld. Controleer elk woord op het blad.
}
error-sync-recovery-no-box = De server heeft niets voor dit herstelblad. Misschien heeft een nieuwer blad het vervangen, of het blad is voor een andere server. Gebruik je nieuwste blad.
error-sheet-write = Carnet kon het blad niet schrijven naar { $path }. Controleer de map en de vrije ruimte. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet kan zijn ESCO-gegevensbestand niet vinden ({ $path }). Installeer Carnet opnieuw.
error-taxonomy-damaged = Het ESCO-gegevensbestand van Carnet is beschadigd ({ $reason }). Installeer Carnet opnieuw.
error-unknown-concept = Geen ESCO-vaardigheid of -beroep heet “{ $concept }”. Zoek het adres met carnet esco search.
error-not-an-occupation = “{ $concept }” is een ESCO-vaardigheid, geen beroep. Zoek het beroep met carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet vond geen vierkante code in deze afbeelding. Maak een scherpere foto van de hele code, of typ de code in plaats daarvan.
error-save-file = Carnet kon het bestand niet opslaan in { $path }. Controleer de vrije ruimte. ({ $reason })

## Voice notes

error-evidence-not-audio = Dit bestand is geen geluidsopname. Carnet neemt WebM-, Ogg-, MP4-, M4A-, AAC-, MP3- en WAV-geluidsbestanden.
error-evidence-audio-is-video = Dit bestand is een video. Carnet bewaart alleen geluid. Neem een spraakbericht op, of kies een geluidsbestand.
error-evidence-audio-too-big = Het geluidsbestand is te groot ({ $megabytes } MB). De grens is 5 MB. Neem een korter spraakbericht op.
error-evidence-audio-damaged = Het geluidsbestand is beschadigd of niet compleet. Neem het opnieuw op of kies het opnieuw.
error-evidence-not-evidence = Dit bestand is geen foto en geen geluidsopname. Carnet neemt foto's (JPEG, PNG, WebP) en geluidsbestanden (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet mag de microfoon niet gebruiken. Sta het toe in de instellingen van je telefoon, of voeg een geluidsbestand toe.
error-microphone-failed = Carnet kon niet opnemen. Probeer het opnieuw, of voeg een geluidsbestand toe.
error-recording-empty = Er is niets opgenomen. Probeer het opnieuw en praat nadat je op de knop drukt.
error-evidence-missing = Deze foto of dit spraakbericht staat nog niet op dit apparaat ({ $sha }). Synchroniseer om het te krijgen.
