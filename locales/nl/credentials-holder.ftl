# Review status: machine-drafted, needs review by a native speaker.
# Credential commands a holder uses: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Een bestand maken dat een trainer, werkgever of centrum vraagt om items te bevestigen.
    .long = Een verzoek maken dat een trainer, werkgever, centrum, school of collega vraagt om sommige van je items te bevestigen: een bestand, een QR-code (een naam die eindigt op .png of .svg) om op je telefoon te tonen of te printen, of met --text een tekst om in een bericht te sturen. Geef het aan hen. Zij ondertekenen het en geven je een bewijsbestand terug, dat je bewaart met: carnet receive
cli-cmd-holder-receive = Een bewijs bewaren dat een trainer, werkgever of centrum voor je heeft ondertekend.
cli-cmd-holder-credentials = De bewijzen opsommen die je hebt, item voor item. Ook: carnet wallet
cli-cmd-holder-present = Gekozen items tonen als één QR-code die iedereen zonder internet kan controleren.
    .long = Gekozen items tonen als één QR-code die iedereen zonder internet kan controleren. Bevestigde items worden getoond met wie ze bevestigde; items die je opgeeft met --self-declared worden getoond als alleen door jou gezegd. Op het scherm werkt de code 24 uur; met --print 5 jaar.
cli-cmd-holder-export = Een bevestigd item schrijven als W3C Verifiable Credential (Open Badges 3.0) voor andere apps.
    .long = Een bevestigd item schrijven als W3C Verifiable Credential 2.0 (een Open Badges 3.0-badge), ondertekend door de persoon die het bevestigde, zodat andere wallets en apps het kunnen controleren. Zonder --out wordt het op het scherm geschreven.

## Help: arguments

cli-arg-holder-request-ids = De items om te bevestigen: hun id's, of van elk de eerste 4 of meer tekens. Om de id's te zien, typ: carnet list
cli-arg-holder-request-out = Waar het verzoek naartoe geschreven wordt: een naam die eindigt op .png of .svg maakt een afbeelding met een QR-code; elke andere naam, zoals request.cbor, een bestand.
cli-arg-holder-request-text = De tekst van het verzoek (begint met CNR1:) op het scherm schrijven, om hem als bericht te sturen.
cli-arg-holder-receive-file = Het bewijsbestand dat je kreeg, bijvoorbeeld credential.cbor.
cli-arg-holder-present-select = Bevestigde items om te tonen: hun id's, of van elk de eerste 4 of meer tekens.
cli-arg-holder-present-fields = Alleen deze onderdelen van elk item tonen, gescheiden door komma's, bijvoorbeeld title,level. De andere blijven verborgen. De onderdelen zijn: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Zonder deze optie wordt alles getoond.
cli-arg-holder-present-self-declared = Items om te tonen als alleen door jou gezegd, door niemand bevestigd.
cli-arg-holder-present-stage = Waarvoor je het toont: recruitment, pre-departure, arrival, career of return. Zonder deze optie: recruitment.
cli-arg-holder-present-audience = Aan wie je het toont, als ze je vroegen om dat te noemen, bijvoorbeeld de naam van een bureau.
cli-arg-holder-present-nonce = De code die de controleur je gaf, als die er een gaf (tekens 0-9 en a-f).
cli-arg-holder-present-print = Maak het voor papier: de code kan beter tegen krassen en vouwen, en werkt 5 jaar in plaats van 24 uur.
cli-arg-holder-present-out = De afbeelding om te schrijven: een naam die eindigt op .png of .svg.
cli-arg-holder-present-text = Ook de tekst in de QR-code schrijven, om hem als bericht te sturen.
cli-arg-holder-export-id = Het bevestigde item: de id, of de eerste 4 of meer tekens ervan.
cli-arg-holder-export-format = Het formaat om te schrijven. Alleen: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Schrijf het als ondertekend token (VC-JWT) in plaats van JSON met een bewijs.
cli-arg-holder-export-out = Het bestand om te schrijven, bijvoorbeeld badge.json of badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Dit verzoek vraagt om 1 item te bevestigen.
       *[other] Dit verzoek vraagt om { $count } items te bevestigen.
    } Wie bevestigt, ziet van elk deze onderdelen:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Verzoek geschreven naar { $path }.
holder-request-next = Geef het bestand aan de persoon die bevestigt. Als die je een bewijsbestand teruggeeft, typ: carnet receive FILE
holder-receive-done = Bewaard: bevestigd door { $issuer }, { $kind }, { $country }. Hoe gecontroleerd: { $assessed }.
holder-validity-until = Uitgegeven op { $issued }. Geldig tot { $expires }.
holder-validity-open = Uitgegeven op { $issued }. Geen einddatum.
holder-wallet-empty = Je hebt nog geen bewijzen. Om er een te vragen, typ: carnet request ID --out request.cbor
holder-wallet-damaged = Een bewijs dat niet meer gelezen kan worden. Vraag de persoon die het gaf om een nieuw.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): uitgegeven { $issued }, geldig tot { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): uitgegeven { $issued }, geen einddatum
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): uitgegeven { $issued }, verlopen op { $expires }
holder-present-nothing = Zeg wat je wilt tonen: --select ID voor bevestigde items, --self-declared ID voor andere.
holder-present-done = QR-code geschreven naar { $path }: { $endorsed } bevestigd, { $declared } door jou gezegd.
holder-present-size = Grootte: QR-versie { $version }, niveau { $ec }, { $chars } tekens.
holder-present-expires = Hij kan gecontroleerd worden tot { $when } ({ $hours } uur).
holder-present-by-kid = Om het te laten passen, worden de uitgevers genoemd met een korte vingerafdruk. Een controleur ziet alleen wie ze zijn als zijn lijst met vertrouwde uitgevers ze bevat.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = een trainer
holder-issuer-kind-employer = een werkgever
holder-issuer-kind-centre = een centrum
holder-issuer-kind-college = een school
holder-issuer-kind-colleague = een collega (iemand die met je werkte, geen organisatie)

## How they checked

holder-assessed-observation = heeft je zien werken
holder-assessed-test = een toets
holder-assessed-document = heeft een document gecontroleerd
holder-assessed-interview = een gesprek

## Errors

error-holder-no-key = Dit logboek heeft geen sleutel om bewijzen te ondertekenen. Er is niets veranderd. Meld dit probleem alsjeblieft.
error-holder-write-file = Het bestand { $path } kon niet geschreven worden: { $reason }. Controleer of de map bestaat en of er ruimte vrij is, en probeer het dan opnieuw.
error-holder-entry-unfit = Het item "{ $title }" kan niet in een bewijs: het veld { $field } is te lang of niet in de goede vorm. Wijzig het met carnet edit en probeer het dan opnieuw.
error-holder-unknown-field = "{ $value }" is geen onderdeel van een item dat getoond kan worden. De onderdelen zijn: { $known }.
error-holder-credential-no-entries = Het bewijs { $path } zegt niet welk van je items het bevestigt. Er is niets bewaard. Vraag om een nieuw bewijs, gemaakt met een verzoekbestand: carnet request
error-holder-credential-entry-gone = Het bewijs { $path } bevestigt een item dat niet meer in je logboek staat ({ $id }). Er is niets bewaard. Heb je het op dit apparaat verwijderd, voeg het dan toe vanuit een kopie van het logboek en probeer het opnieuw.
error-holder-credential-damaged = Het bewijs van het item "{ $title }" kan niet meer gelezen worden. Vraag de persoon die het bevestigde om een nieuw.
error-holder-not-endorsed = Het item "{ $title }" is nog door niemand bevestigd. Toon het met --self-declared, of vraag om een bevestiging: carnet request
error-holder-selected-twice = Het item "{ $title }" is opgegeven met --select en ook met --self-declared. Geef het één keer op.
error-holder-bad-stage = "{ $value }" is geen fase. De fasen zijn: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = De ontvanger moet 1 tot 100 tekens lang zijn, op één regel.
error-holder-bad-nonce = "{ $value }" is geen code van de controleur: hij moet 2 tot 128 tekens 0-9 en a-f hebben.
error-holder-bad-out = De afbeelding { $path } moet een naam hebben die eindigt op .png of .svg.
error-holder-no-vc = De bevestiging van "{ $title }" door { $issuer } is gemaakt voordat Carnet hem als W3C-bewijs kon schrijven, en alleen zij kunnen er een ondertekenen. Vraag hen om het opnieuw te bevestigen: maak een nieuw verzoek (carnet request ID --out request.cbor), geef het aan hen, en bewaar het bestand dat ze teruggeven (carnet receive FILE).
