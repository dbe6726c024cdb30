# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = De vaardigheden van andere mensen ondertekenen, als trainer, werkgever, centrum, school of collega.
cli-cmd-issuer-init = Je ondertekeningssleutel als uitgever maken. Hij is afgesloten met een wachtwoord.
cli-cmd-issuer-show = Je naam als uitgever, de soort en je publieke sleutel tonen. Geen wachtwoord nodig.
cli-cmd-issuer-revoke = Eén bewijs dat je ondertekende intrekken, met het nummer.
cli-cmd-issuer-status-list = De ondertekende lijst van bewijzen die je introk schrijven, om aan controleurs te geven.
cli-cmd-endorse = Een verzoek ondertekenen dat iemand je gaf, en het bewijs schrijven om terug te geven.
cli-cmd-trust = Kiezen wiens handtekeningen je vertrouwt als je een QR-code controleert.
cli-cmd-trust-anchor = Vertrouwensankers: de netwerken of instanties die instaan voor uitgevers.
cli-cmd-trust-anchor-init = Een ondertekeningssleutel maken als vertrouwensanker, om voor uitgevers in te staan.
cli-cmd-trust-anchor-show = De naam en de publieke sleutel van je vertrouwensanker tonen.
cli-cmd-trust-anchor-add = De lijsten vertrouwen die ondertekend zijn met de sleutel van dit vertrouwensanker.
cli-cmd-trust-bundle = Als vertrouwensanker een lijst ondertekenen van uitgevers waar je voor instaat.
cli-cmd-trust-import = Een ondertekende lijst van vertrouwde uitgevers toevoegen uit een bestand.
cli-cmd-trust-list = De uitgevers tonen die je vertrouwt, en hoe oud elke lijst is.
cli-cmd-revocation = Lijsten van bewijzen die uitgevers hebben ingetrokken.
cli-cmd-revocation-import = De ondertekende lijst van een uitgever toevoegen met de bewijzen die hij introk.
cli-cmd-verify = Een QR-code van Carnet controleren: wie elke vaardigheid ondertekende, en of die nog geldt.

## Help: what to give

cli-arg-issuer-name = Je naam of de naam van je organisatie, zoals mensen hem moeten zien.
cli-arg-issuer-country = Je land, in twee letters, zoals KE of PT.
cli-arg-issuer-kind = Wat je bent: trainer (trainer), employer (werkgever), centre (centrum), college (school) of colleague (collega).
cli-arg-revoke-index = Het nummer van het bewijs om in te trekken.
cli-arg-cred-out = Het bestand om te schrijven.
cli-arg-endorse-request = Het verzoek dat de persoon je gaf: het bestand (request.cbor), een afbeelding van de QR-code (PNG of JPEG), of een tekstbestand met de tekst die begint met CNR1:
cli-arg-endorse-text = De tekst van het verzoek, die begint met CNR1:, als de persoon hem in een bericht stuurde. In plaats van een bestand.
cli-arg-endorse-assessed-by = Hoe je de vaardigheid controleerde: observation, test, document of interview.
cli-arg-endorse-expires = De laatste dag dat het bewijs geldt, zoals 2027-05-14. Zonder deze optie verloopt het niet.
cli-arg-endorse-valid-days = Hoeveel dagen het bewijs geldt, vanaf vandaag.
cli-arg-anchor-name = De naam van het vertrouwensanker, zoals mensen hem moeten zien.
cli-arg-anchor-key = De publieke sleutel van het vertrouwensanker: 64 letters en cijfers.
cli-arg-bundle-issuer = Het bestand van een uitgever, van carnet issuer show --json. Geef het één keer per uitgever op.
cli-arg-trust-file = Het bestand met de vertrouwenslijst (.cbor).
cli-arg-status-file = Het lijstbestand van de uitgever (.cbor).
cli-arg-verify-image = Een afbeelding van de QR-code: PNG, JPEG of WebP.
cli-arg-verify-text = De tekst van de QR-code, die begint met CN1:
cli-arg-verify-nonce = Het nummer dat je de persoon vroeg in de code te zetten (hex).
cli-arg-verify-audience = De naam die je de persoon vroeg in de code te zetten.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Je uitgeverssleutel voor { $name } is klaar. Bewaar je wachtwoord goed: zonder wachtwoord kun je niet ondertekenen.
issuer-label-name = Naam:
issuer-label-country = Land:
issuer-label-kind = Soort:
issuer-label-public-key = Publieke sleutel:
issuer-label-kid = Vingerafdruk van de sleutel:
issuer-label-issued = Uitgegeven nummers:
issuer-label-revoked = Ingetrokken:
issuer-revoked = Bewijs nummer { $index } is ingetrokken.
issuer-already-revoked = Bewijs nummer { $index } was al ingetrokken.
issuer-revoked-next-step = Controleurs weten het pas uit je volgende lijst: schrijf die met carnet issuer status-list --out list.cbor en geef hun dan het bestand.
issuer-status-list-written = { $count ->
    [one] De lijst staat in { $path }. Er staat 1 ingetrokken bewijs op.
   *[other] De lijst staat in { $path }. Er staan { $count } ingetrokken bewijzen op.
}

endorse-intro = { $count ->
    [one] Je gaat 1 item ondertekenen voor de persoon met sleutel { $holder }:
   *[other] Je gaat { $count } items ondertekenen voor de persoon met sleutel { $holder }:
}
endorse-entry = { $title } ({ $kind }, niveau { $level }, { $dates })
endorse-untitled = (geen titel)
endorse-how-observation = Je zegt dat je hen het zag doen.
endorse-how-test = Je zegt dat ze voor een toets geslaagd zijn.
endorse-how-document = Je zegt dat je een document hebt gecontroleerd.
endorse-how-interview = Je zegt dat je het in een gesprek hebt gecontroleerd.
endorse-expires-on = Het geldt tot { $date }.
endorse-no-expiry = Het verloopt niet.
endorse-written = { $count ->
    [one] Ondertekend. Geef { $path } terug aan de persoon. Het nummer is { $first }.
   *[other] Ondertekend. Geef { $path } terug aan de persoon. De nummers zijn { $first } tot en met { $last }.
}

trust-anchor-added = Je vertrouwt nu lijsten die ondertekend zijn door { $name } (vingerafdruk van de sleutel { $kid }).
trust-bundle-written = { $count ->
    [one] De ondertekende lijst van 1 uitgever staat in { $path }.
   *[other] De ondertekende lijst van { $count } uitgevers staat in { $path }.
}
trust-imported = { $count ->
    [one] Vertrouwenslijst van 1 uitgever toegevoegd, gemaakt op { $date }.
   *[other] Vertrouwenslijst van { $count } uitgevers toegevoegd, gemaakt op { $date }.
}
trust-list-empty = Je vertrouwt nog geen uitgevers. Voeg een vertrouwenslijst toe met carnet trust import.
trust-list-bundle = { $days ->
    [0] Vertrouwenslijst van { $anchor }, vandaag gemaakt ({ $date }):
    [one] Vertrouwenslijst van { $anchor }, 1 dag geleden gemaakt ({ $date }):
   *[other] Vertrouwenslijst van { $anchor }, { $days } dagen geleden gemaakt ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, vingerafdruk van de sleutel { $kid }
revocation-imported = { $count ->
    [one] Lijst van { $name } toegevoegd, gemaakt op { $date }: 1 bewijs ingetrokken.
   *[other] Lijst van { $name } toegevoegd, gemaakt op { $date }: { $count } bewijzen ingetrokken.
}

## Errors of these commands

error-issuer-exists = Er staat al een uitgeverssleutel in deze map. Er is niets veranderd.
error-no-issuer = Er staat nog geen uitgeverssleutel in deze map. Maak er een met carnet issuer init.
error-issuer-damaged = De uitgeverssleutel in deze map is beschadigd of past niet bij de gegevens. Zet een reservekopie terug.
error-anchor-exists = Er staat al een sleutel van een vertrouwensanker in deze map. Er is niets veranderd.
error-no-anchor = Er staat nog geen sleutel van een vertrouwensanker in deze map. Maak er een met carnet trust anchor init.
error-anchor-damaged = De sleutel van het vertrouwensanker in deze map is beschadigd of past niet bij de gegevens. Zet een reservekopie terug.
error-identity-too-new = Deze sleutel is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te gebruiken.
error-storage-file = Carnet kon { $path } niet schrijven of lezen. Controleer of er ruimte is en of je daar mag schrijven. (Voor een helper: { $reason })
error-file-too-big = { $path } is veel te groot voor een bestand van Carnet.
error-issuer-kind = “{ $value }” is geen soort uitgever. Schrijf trainer, employer, centre, college of colleague.
error-assessed-by = “{ $value }” is geen manier van controleren. Schrijf observation, test, document of interview.
error-expires-date = “{ $value }” is geen dag. Schrijf het als jaar-maand-dag, zoals 2027-05-14.
error-expires-past = De laatste dag moet na vandaag liggen.
error-issuer-indexes-used-up = Deze uitgeverssleutel heeft al zijn nummers uitgegeven. Maak een nieuwe uitgeverssleutel.
error-revoke-not-issued = Je hebt geen bewijs met nummer { $index } ondertekend. Je nummers gaan van 0 tot onder { $next }.
error-anchor-name = De naam moet 1 tot 100 tekens lang zijn.
error-anchor-known = Je vertrouwt dit vertrouwensanker al (vingerafdruk van de sleutel { $kid }).
error-issuer-file = { $path } is geen bestand van een uitgever. Vraag de uitgever om de uitvoer van carnet issuer show --json.
error-trust-bundle-not-newer = Je hebt deze vertrouwenslijst of een nieuwere van hetzelfde vertrouwensanker al. Er is niets veranderd.
error-status-list-not-newer = Je hebt al een nieuwere lijst van deze uitgever. Er is niets veranderd.
error-status-list-issuer-unknown = Deze lijst is van een uitgever die je nog niet vertrouwt (vingerafdruk van de sleutel { $kid }). Importeer eerst een vertrouwenslijst waar die op staat.
error-verifier-damaged = Je opgeslagen vertrouwenslijsten zijn beschadigd of veranderd. Importeer ze opnieuw.
error-verify-nonce = “{ $value }” is geen getal in hex, zoals 3fa9.
error-verify-got-request = Dit is een verzoek om iemands items te bevestigen (de tekst begint met CNR1:), geen code die vaardigheden toont. Er is niets gecontroleerd. Wie bevestigt, ondertekent het met: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Dit is een code die iemands vaardigheden toont (de tekst begint met CN1:), geen verzoek om ze te bevestigen. Er is niets ondertekend. Om hem te controleren, typ: carnet verify PICTURE, of carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = De vertrouwenslijst is beschadigd of is geen vertrouwenslijst.
error-trust-bundle-wrong-file = Dit is een ander soort Carnet-bestand, geen vertrouwenslijst.
error-trust-bundle-newer-version = Deze vertrouwenslijst is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te lezen.
error-trust-bundle-unknown-anchor = Deze vertrouwenslijst is ondertekend door een vertrouwensanker dat je niet vertrouwt (vingerafdruk van de sleutel { $kid }). Voeg het eerst toe met carnet trust anchor add, als je het kent.
error-trust-bundle-bad-signature = De handtekening op deze vertrouwenslijst klopt niet. Het bestand is veranderd of beschadigd.
error-trust-bundle-invalid = Een waarde in de vertrouwenslijst kan niet gebruikt worden ({ $field }).
error-trust-bundle-too-large = De vertrouwenslijst is te groot.
error-status-list-malformed = De lijst is beschadigd of is geen lijst van ingetrokken bewijzen.
error-status-list-wrong-file = Dit is een ander soort Carnet-bestand, geen lijst van ingetrokken bewijzen.
error-status-list-newer-version = Deze lijst is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te lezen.
error-status-list-wrong-issuer = Deze lijst hoort bij een andere uitgever ({ $found }, niet { $expected }).
error-status-list-bad-signature = De handtekening op deze lijst klopt niet. Het bestand is veranderd of beschadigd.
error-status-list-invalid = Een waarde in de lijst kan niet gebruikt worden ({ $field }).
error-status-list-too-large = De lijst is te groot.
