# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Zo typ je het:
cli-help-commands = Opdrachten:
cli-help-arguments = Wat je opgeeft:
cli-help-options = Opties:
cli-help-examples = Voorbeelden:

## Help: the whole program

cli-about = Carnet houdt bij wat je kunt: vaardigheden, werk, talen, diploma's en cursussen. Alles blijft op je apparaat, afgesloten met je wachtwoord.

cli-examples =
    Een logboek beginnen:        carnet init
    Een vaardigheid toevoegen:   carnet add skill --title "Welding" --level advanced
    Je items bekijken:           carnet list
    Eén item bekijken:           carnet show 3f2a
    Hulp bij een opdracht:       carnet add --help

cli-opt-data-dir = De map waarin je logboek staat. Je kunt ook CARNET_DATA_DIR instellen.
cli-opt-json = Antwoorden in JSON, voor andere programma's.
cli-opt-lang = De taal van de berichten van Carnet, bijvoorbeeld ar, fa, fr, uk of en.
cli-opt-help = Deze hulp tonen.
cli-opt-version = De versie van Carnet tonen.

## Help: commands

cli-cmd-init = Een nieuw logboek maken, afgesloten met een wachtwoord.
cli-cmd-passphrase = Het wachtwoord van je logboek wijzigen.
cli-cmd-passphrase-change = Je wachtwoord wijzigen. Je typt het oude, en dan twee keer het nieuwe.
cli-cmd-profile = Je profiel bekijken of wijzigen: je naam, je landen, je talen.
cli-cmd-profile-show = Je profiel tonen.
cli-cmd-profile-set = Je profiel wijzigen. Om iets te wissen, geef je een lege waarde, bijvoorbeeld --contact "".
cli-cmd-add = Een item toevoegen: een vaardigheid, een diploma, werkervaring, een taal of een cursus.
cli-cmd-list = Je items opsommen.
cli-cmd-show = Alles over één item tonen.
cli-cmd-edit = Een item wijzigen.
cli-cmd-rm = Een item verwijderen.
cli-cmd-search = Items zoeken met bepaalde woorden erin.
cli-cmd-detach = Een foto of spraakbericht van een item weghalen. Het wordt ook van dit apparaat verwijderd, behalve als een ander item het toont.
cli-cmd-attach = Een foto van een papier aan een item toevoegen, bijvoorbeeld een diploma, een certificaat of een werkpapier. Of een spraakbericht toevoegen: een geluidsbestand waarin je over de vaardigheid vertelt.
cli-cmd-export = Je hele logboek schrijven als een bestand dat andere programma's kunnen lezen.
cli-cmd-import = Een exportbestand van Carnet in je logboek inlezen. Er wordt niets uit je logboek verwijderd.
cli-cmd-devices = De apparaten die je logboek hebben.
cli-cmd-devices-list = De apparaten tonen die je logboek hebben.
cli-cmd-devices-remove = Je logboek weghalen van een apparaat, bijvoorbeeld een verloren telefoon. Het kan niets meer lezen van wat je vanaf nu toevoegt.
cli-cmd-pair = Je logboek op een ander apparaat van jou zetten, zoals een nieuwe telefoon.
cli-cmd-pair-show = Op het apparaat met je logboek: een code tonen voor het nieuwe apparaat, en het dan toestaan.
cli-cmd-pair-join = Op het nieuwe apparaat: je logboek ophalen met de code die je andere apparaat toont.
cli-cmd-sync = Je wijzigingen naar de server van het centrum sturen en de wijzigingen van je andere apparaten ophalen. De server bewaart alleen een afgesloten kopie die hij niet kan lezen.

## Help: what to give to the commands

cli-arg-kind = Wat voor item: skill (vaardigheid), qualification (diploma), experience (werk), language (taal) of learning (een cursus).
cli-arg-title = Een korte naam, bijvoorbeeld "Lassen" of "Rijbewijs B".
cli-arg-description = Meer woorden erover, als je wilt.
cli-arg-level = Hoe goed je bent. Voor een vaardigheid of werk: basic, intermediate, advanced of expert. Voor een taal: A1 (beginner) tot C2 (heel goed). Voor een diploma of cursus: het EQF-niveau, van 1 tot 8.
cli-arg-eqf = Het EQF-niveau van een diploma of cursus, van 1 tot 8, als je het weet.
cli-arg-from = Wanneer het begon: een jaar (2019), een maand (2019-05) of een dag (2019-05-14).
cli-arg-to = Wanneer het eindigde, op dezelfde manier geschreven. Laat het weg als het nog doorgaat.
cli-arg-organisation = De werkgever, school of het opleidingscentrum.
cli-arg-place = De stad of plaats.
cli-arg-country = Het land, in twee letters, bijvoorbeeld SY, AF, DE.
cli-arg-context = Hoe je het leerde: formal (school, diploma), non-formal (een cursus) of informal (door het te doen).
cli-arg-written-in = De taal waarin je dit item schreef, als korte code, bijvoorbeeld ar of en.
cli-arg-esco = Het ESCO-adres van de vaardigheid of het beroep, als je het weet.
cli-arg-isco = De ISCO-08-beroepscode (1 tot 4 cijfers), als je die weet.
cli-arg-stage = Wanneer op je reis dit telt: recruitment, pre-departure, arrival, career of return. Je kunt er meer dan één opgeven.

cli-arg-list-kind = Alleen items van deze soort tonen: skill, qualification, experience, language of learning.
cli-arg-list-stage = Alleen items voor deze fase tonen: recruitment, pre-departure, arrival, career of return.

cli-arg-id = De id van het item. De eerste 4 of meer tekens zijn genoeg. Om de id's te zien, typ: carnet list
cli-arg-set = Een wijziging, geschreven als FIELD=VALUE, bijvoorbeeld level=advanced. Herhaal het om meer te wijzigen. Een lege waarde wist het veld. De velden zijn: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = De woorden om naar te zoeken.
cli-arg-evidence = De foto of het spraakbericht om weg te halen: de id, zoals carnet show en carnet attach die tonen (de eerste 8 of meer tekens zijn genoeg).
cli-arg-photo = Een foto (JPEG, PNG of WebP) of een geluidsbestand (WebM, Ogg, MP4, M4A, AAC, MP3 of WAV, tot 5 MB). Carnet kijkt in het bestand om te weten wat het is. Het haalt verborgen gegevens weg, zoals de plek waar een foto is gemaakt.
cli-arg-format = Het soort bestand. Voorlopig alleen json.
cli-arg-file = Het exportbestand om te lezen.

cli-arg-name = Je naam, zoals je wilt dat anderen hem zien.
cli-arg-birth-date = Je geboortedatum: 1990, 1990-05 of 1990-05-14.
cli-arg-origin = Het land waar je vandaan komt, in twee letters, bijvoorbeeld SY, AF, ER.
cli-arg-current = Het land waar je nu woont, in twee letters, bijvoorbeeld DE, FR.
cli-arg-contact = Hoe mensen je kunnen bereiken, bijvoorbeeld een telefoonnummer of een e-mailadres.
cli-arg-language = Een taal die je kent, als korte code, bijvoorbeeld ar, fa-AF of en. De opties hieronder gaan over deze taal.
cli-arg-mother-tongue = Deze taal is je moedertaal.
cli-arg-not-mother-tongue = Deze taal is niet je moedertaal.
cli-arg-listening = Hoe goed je mensen verstaat die praten: A1 (beginner) tot C2 (heel goed).
cli-arg-reading = Hoe goed je leest: A1 tot C2.
cli-arg-spoken-interaction = Hoe goed je meedoet aan een gesprek: A1 tot C2.
cli-arg-spoken-production = Hoe goed je zelf spreekt: A1 tot C2.
cli-arg-writing = Hoe goed je schrijft: A1 tot C2.
cli-arg-remove-language = Een taal uit je profiel weghalen.
cli-arg-hub = Het adres van de server van het centrum, bijvoorbeeld http://192.168.1.10:8470. Carnet onthoudt het.
cli-arg-device-id = De id van het apparaat, zoals getoond door: carnet devices list (de eerste 4 of meer tekens zijn genoeg).
cli-arg-pair-approve = Het nieuwe apparaat toestaan zonder te vragen, als het deze code toont (voor helpers en scripts).
cli-arg-pair-code = De code die je andere apparaat toont. Hij begint met CNP1:
cli-arg-pair-name = Een naam voor dit apparaat, zodat je het op het andere herkent (bijvoorbeeld "Telefoon van Amal").
cli-arg-sync-status = Alleen tonen wanneer je het laatst hebt gesynchroniseerd en hoeveel wijzigingen wachten. Er wordt niets verstuurd.
cli-arg-sync-watch = Blijven synchroniseren. Als de server niet bereikbaar is, later opnieuw proberen, en elke keer langer wachten.
cli-arg-sync-every = Met --watch: hoeveel seconden wachten tussen twee keer synchroniseren (300 als je niets opgeeft).

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

cli-passphrase-new-intro = Kies een wachtwoord van minstens { $min } tekens. Je hebt het elke keer nodig als je je logboek opent. Niemand kan het voor je terughalen.
cli-passphrase-prompt = Wachtwoord:
cli-passphrase-new-prompt = Nieuw wachtwoord:
cli-passphrase-repeat-prompt = Typ het nieuwe wachtwoord nog een keer:
cli-passphrase-changed = Je wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe.

## Answers

cli-init-done = Je logboek is klaar. Het staat in deze map: { $dir }
cli-init-next = Bewaar je wachtwoord goed. Zonder wachtwoord kan niemand je logboek openen, jij ook niet. Voeg nu toe wat je kunt, bijvoorbeeld: carnet add skill --title "Koken"

cli-list-empty = Je logboek heeft nog geen items. Om er een toe te voegen, typ: carnet add skill --title "Koken"
cli-list-none-match = Geen item past bij wat je vroeg.
cli-search-none = Geen item heeft deze woorden. Probeer andere woorden, of typ: carnet list

cli-edit-saved = Je wijziging is opgeslagen.
cli-rm-done = Verwijderd: { $title }
cli-detached = De foto of het spraakbericht is van het item weggehaald.

cli-profile-saved = Je profiel is opgeslagen.
cli-profile-empty = Je profiel is leeg. Om je naam toe te voegen, typ: carnet profile set --name "Je naam"

cli-import-added = { $count ->
    [one] 1 item toegevoegd.
   *[other] { $count } items toegevoegd.
}
cli-import-updated = { $count ->
    [one] 1 item bijgewerkt.
   *[other] { $count } items bijgewerkt.
}
cli-import-unchanged = { $count ->
    [one] 1 item was al hetzelfde.
   *[other] { $count } items waren al hetzelfde.
}
cli-import-profile-updated = Je profiel is ook bijgewerkt.
cli-import-missing-photos = { $count ->
    [one] 1 foto staat niet op dit apparaat. Exportbestanden bevatten geen foto's. Voeg hem opnieuw toe met: carnet attach
   *[other] { $count } foto's staan niet op dit apparaat. Exportbestanden bevatten geen foto's. Voeg ze opnieuw toe met: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Soort
cli-show-added = Toegevoegd
cli-show-changed = Gewijzigd
cli-show-evidence = Foto's en spraakberichten
cli-show-photo = { $sha }  { $width } × { $height } pixels, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixels, niet op dit apparaat
cli-show-voice = { $sha }  spraakbericht, { $kilobytes } KB
cli-show-voice-missing = { $sha }  spraakbericht, niet op dit apparaat
cli-show-conflicts = Een ander apparaat schreef ook:
cli-show-conflicts-hint = Om er een van te houden, typ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titel
cli-field-description = Beschrijving
cli-field-written-in = Geschreven in
cli-field-esco = ESCO
cli-field-isco = ISCO-08-beroepscode
cli-field-level = Niveau
cli-field-eqf = EQF-niveau
cli-field-organisation = Organisatie
cli-field-place = Plaats
cli-field-country = Land
cli-field-from = Van
cli-field-to = Tot
cli-field-context = Hoe geleerd
cli-field-stages = Fasen

cli-kind-skill = vaardigheid
cli-kind-qualification = diploma
cli-kind-experience = ervaring
cli-kind-language = taal
cli-kind-learning = cursus

cli-context-formal = formeel (school, diploma)
cli-context-non-formal = niet-formeel (een cursus)
cli-context-informal = informeel (door het te doen)

cli-stage-recruitment = werving
cli-stage-pre-departure = voor vertrek
cli-stage-arrival = aankomst
cli-stage-career = werk
cli-stage-return = terugkeer

cli-proficiency-basic = basis
cli-proficiency-intermediate = gemiddeld
cli-proficiency-advanced = gevorderd
cli-proficiency-expert = expert

cli-level-eqf = EQF-niveau { $level }

cli-profile-name = Naam
cli-profile-birth-date = Geboortedatum
cli-profile-origin = Komt uit
cli-profile-current = Woont in
cli-profile-contact = Contact
cli-profile-languages = Talen
cli-profile-mother-tongue = { $language } (moedertaal)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = luisteren { $level }
cli-cefr-reading = lezen { $level }
cli-cefr-spoken-interaction = gesprekken voeren { $level }
cli-cefr-spoken-production = spreken { $level }
cli-cefr-writing = schrijven { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet kent “{ $arg }” hier niet.
cli-error-unknown-command = Er is geen opdracht “{ $command }”.
cli-error-invalid-value = “{ $value }” kan niet gebruikt worden voor { $arg }.
cli-error-missing-value = { $arg } heeft een waarde erna nodig.
cli-error-valid-values = Je kunt gebruiken: { $values }
cli-error-missing-argument = Er ontbreekt iets: { $arg }
cli-error-missing-command = Zeg wat Carnet moet doen na “{ $command }”.
cli-error-valid-commands = De opdrachten zijn: { $commands }
cli-error-conflict = { $arg } kan niet samen met { $other } gebruikt worden.
cli-error-no-equals = Schrijf { $arg } met een isgelijkteken en de waarde er direct achter.
cli-error-too-many-values = { $arg } neemt minder waarden. “{ $value }” is er een te veel.
cli-error-wrong-number-of-values = { $arg } heeft het verkeerde aantal waarden.
cli-error-invalid-utf8 = Carnet kan sommige letters die je typte niet lezen. Typ ze opnieuw.
cli-error-did-you-mean = Bedoelde je { $suggestion }?
cli-error-usage = Carnet begreep deze opdracht niet.
cli-error-usage-hint = Typ { $command } --help om te zien wat je kunt typen.
cli-error-set-format = “{ $value }” is geen wijziging. Schrijf FIELD=VALUE, bijvoorbeeld --set level=advanced
cli-error-nothing-to-change = Er is niets te wijzigen. Geef minstens één optie op, bijvoorbeeld --name "Je naam".

cli-error-passphrase-unavailable = Carnet heeft een wachtwoord nodig, maar kan er hier niet om vragen. Start Carnet in een terminal, of stel { $variable } in.
cli-error-passphrase-mismatch = De twee wachtwoorden zijn niet hetzelfde. Er is niets veranderd. Probeer het opnieuw.
cli-error-read-file = Carnet kan het bestand { $path } niet lezen. Controleer de bestandsnaam en de map, en probeer het dan opnieuw.
cli-error-no-data-dir = Carnet vindt geen map voor je logboek. Kies er een met --data-dir, bijvoorbeeld --data-dir ./carnet
cli-error-output = Carnet kon zijn antwoord niet schrijven. Controleer of de schijf niet vol is, en probeer het dan opnieuw.
cli-error-details = Details voor een helper: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Om er een te maken, typ: carnet init
cli-hint-already-exists = Om te zien wat erin staat, typ: carnet list. Voor een tweede logboek kies je een andere map met --data-dir.
cli-hint-not-found = Om de id's te zien, typ: carnet list
cli-hint-ambiguous-id = Om de id's te zien, typ: carnet list
cli-hint-import-format = Kies een bestand dat gemaakt is met: carnet export --format json
cli-hint-invalid-field = Voor de lijst met velden, typ: carnet edit --help

## carnet sync

cli-sync-phase-sending = Versturen
cli-sync-phase-receiving = Ontvangen
cli-sync-phase-photos = Foto's
cli-sync-done = Gesynchroniseerd met { $hub }.
cli-sync-changes = { $sent ->
    [one] 1 wijziging verstuurd
   *[other] { $sent } wijzigingen verstuurd
}, { $received ->
    [one] 1 wijziging ontvangen.
   *[other] { $received } wijzigingen ontvangen.
}
cli-sync-photos = { $sent ->
    [one] 1 foto verstuurd
   *[other] { $sent } foto's verstuurd
}, { $received ->
    [one] 1 foto ontvangen.
   *[other] { $received } foto's ontvangen.
}
cli-sync-bytes = Gebruikte data: { $up } KB verstuurd, { $down } KB ontvangen.
cli-sync-retry = Opnieuw proberen over { $seconds ->
    [one] 1 seconde.
   *[other] { $seconds } seconden.
}
cli-sync-status-hub = Server: { $hub }
cli-sync-status-last = Laatst gesynchroniseerd: { $when }
cli-sync-status-pending = { $count ->
    [0] Er wachten geen wijzigingen.
    [one] 1 wijziging wacht om verstuurd te worden.
   *[other] { $count } wijzigingen wachten om verstuurd te worden.
}
cli-sync-no-hub = nog geen
cli-sync-never = nooit
cli-hint-sync-no-hub = Om hem in te stellen, typ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Je wijzigingen blijven bewaard. Om het later opnieuw te proberen, typ: carnet sync

## carnet pair

cli-pair-show-scan = Scan deze code met je nieuwe apparaat, of typ daar de tekst hieronder.
cli-pair-show-expires = De code werkt 10 minuten.
cli-pair-show-request = Het apparaat “{ $name }” wil je logboek. De code is { $fingerprint }.
cli-pair-show-ask = Toont je nieuwe apparaat dezelfde code? Typ ja om het toe te staan, of nee.
cli-pair-yes = ja
cli-pair-show-approved = “{ $name }” heeft nu je logboek.
cli-pair-show-refused = Je zei nee. “{ $name }” heeft niets gekregen.
cli-pair-default-name = Nieuw apparaat
cli-pair-join-check = Je andere apparaat moet deze code tonen: { $fingerprint }. Sta het daar toe.
cli-pair-join-done = { $count ->
    [one] Dit apparaat heeft nu je logboek, met 1 item.
   *[other] Dit apparaat heeft nu je logboek, met { $count } items.
}

## carnet devices

cli-devices-none = Nog geen apparaat heeft dit logboek gesynchroniseerd.
cli-devices-line = { $id }  { $name }  (sinds { $added })
cli-devices-this = ← dit apparaat
cli-devices-removed = (verwijderd op { $when })
cli-devices-removed-done = “{ $name }” is verwijderd. Je logboek heeft nu een nieuwe sleutel, die dat apparaat niet heeft.
cli-devices-new-sheet = Je herstelblad heeft de oude sleutel. Print nu een nieuw blad en vernietig het oude: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Een herstelblad printen: daarmee en met je wachtwoord krijg je je logboek terug op een nieuwe telefoon als je deze kwijtraakt.
cli-cmd-recover = Op een nieuw apparaat: je logboek terughalen met je herstelblad en je wachtwoord.
cli-arg-recovery-out = Het bestand om het blad in te schrijven. Het moet eindigen op .png of .pdf.
cli-arg-recover-sheet = Een foto of scan van je herstelblad (PNG of JPEG). Carnet leest de vierkante code erop.
cli-arg-recover-words = De 12 woorden van je herstelblad, op volgorde, tussen aanhalingstekens. Geef ook --hub op.
cli-arg-recover-hub = Het serveradres dat op je herstelblad staat, bijvoorbeeld http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet kan het blad schrijven als .png- of .pdf-bestand, niet als “{ $path }”.
cli-recovery-sheet-done = Je herstelblad staat in { $path }. Print het en bewaar het papier op een veilige plek, niet bij je telefoon.
cli-recovery-sheet-english = Het blad is in het Engels: Carnet kan de letters van jouw taal er nog niet goed op zetten.
cli-recovery-sheet-replaced = Elk blad dat je eerder printte, werkt niet meer. Vernietig het.
cli-recover-done = { $count ->
    [one] Je logboek is terug op dit apparaat: { $count } item.
   *[other] Je logboek is terug op dit apparaat: { $count } items.
}
cli-passphrase-sheet-updated = Je herstelblad werkt nog steeds, met je nieuwe wachtwoord.
cli-passphrase-sheet-not-updated = Je herstelblad kon niet bijgewerkt worden op de server. Tot je een nieuw blad print, heeft het je oude wachtwoord nodig. Print een nieuw blad als je verbinding hebt: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Herstelblad van Carnet
cli-sheet-made = Gemaakt op { $date }
cli-sheet-hub = Server: { $hub }
cli-sheet-words = Je 12 woorden
cli-sheet-instructions =
    Bewaar dit papier veilig. Hiermee en met je wachtwoord krijg je je logboek terug op een nieuwe telefoon:
    1. Zet Carnet op de nieuwe telefoon en kies om een logboek terug te halen.
    2. Scan de vierkante code, of typ de 12 woorden en het serveradres.
    3. Typ je wachtwoord. Het logboek komt terug van de server.
    Op een computer: carnet recover --sheet photo.jpg
cli-sheet-warning = Dit papier alleen opent je logboek niet: je wachtwoord is ook nodig. Bewaar ze niet samen. Als je een nieuw blad print, werkt dit blad niet meer.
