# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: trusted networks, their trust lists, lists of endorsements taken back.

## The screen

app-trust-open = Vertrouwenslijsten
app-trust-title = Vertrouwenslijsten
app-trust-intro = Een vertrouwenslijst komt van een netwerk dat je kent, bijvoorbeeld een groep opleidingscentra. Er staan de scholen, centra en werkgevers op waar het netwerk voor instaat. Een code die door een van hen is ondertekend, wordt als gecontroleerd getoond.
app-trust-warning = Vertrouw alleen een netwerk waarvan je de sleutel van het netwerk zelf hebt gekregen: persoonlijk, op papier van het netwerk, of van de eigen website. Wie hier een sleutel kan neerzetten, kan valse codes er gecontroleerd laten uitzien.

## What is held

app-trust-held = Wat dit apparaat vertrouwt
app-trust-none = Dit apparaat vertrouwt nog geen netwerk. Ondertekende codes tonen “Ondertekend, maar niet door een uitgever die je vertrouwt”.
app-trust-kid = Vingerafdruk van de sleutel: { $kid }
app-trust-no-list = Nog geen vertrouwenslijst van dit netwerk. Voeg het bestand hieronder toe.
app-trust-list-line = Vertrouwenslijst van { $date } ({ $days ->
    [0] vandaag
    [one] 1 dag oud
   *[other] { $days } dagen oud
}): { $count ->
    [one] 1 organisatie
   *[other] { $count } organisaties
}
app-trust-status-held = Ingetrokken bevestigingen
app-trust-status-line = { $name }: lijst van { $date } ({ $days ->
    [0] vandaag
    [one] 1 dag oud
   *[other] { $days } dagen oud
}), { $count ->
    [0] niets ingetrokken
    [one] 1 ingetrokken
   *[other] { $count } ingetrokken
}

## Stop trusting a network

app-trust-remove = Niet meer vertrouwen
app-trust-remove-confirm = { $name } niet meer vertrouwen? Codes die ondertekend zijn door de organisaties op de lijst, worden dan niet meer als gecontroleerd getoond. Je kunt het netwerk later weer toevoegen.
app-trust-remove-yes = Ja, niet meer vertrouwen
app-trust-removed = Je vertrouwt { $name } niet meer.

## Trust a network

app-trust-add-title = Een netwerk vertrouwen
app-trust-add-hint = Typ of plak de sleutel en de naam van het netwerk, of open het bestand dat het netwerk je gaf.
app-trust-key = De sleutel van het netwerk (64 letters en cijfers)
app-trust-name = De naam van het netwerk
app-trust-from-file = Het sleutelbestand van het netwerk openen
app-trust-add = Dit netwerk vertrouwen
app-trust-added = Je vertrouwt nu { $name }. Voeg nu de vertrouwenslijst toe.

## Files

app-trust-bundle-title = Een vertrouwenslijst toevoegen
app-trust-bundle-hint = Een bestand dat eindigt op .cbor, dat het netwerk je gaf. Een nieuwere vervangt de oudere.
app-trust-bundle-open = Een bestand met een vertrouwenslijst openen
app-trust-bundle-done = Vertrouwenslijst van { $name } toegevoegd ({ $date }): { $count ->
    [one] 1 organisatie
   *[other] { $count } organisaties
}.
app-trust-status-title = Een lijst met ingetrokken bevestigingen toevoegen
app-trust-status-hint = Een school of centrum kan een bevestiging intrekken die per ongeluk gemaakt is. Hun lijst vertelt dit apparaat welke.
app-trust-status-open = Een lijstbestand openen
app-trust-status-done = Lijst van { $name } toegevoegd ({ $date }): { $count ->
    [0] niets ingetrokken
    [one] 1 bevestiging ingetrokken
   *[other] { $count } bevestigingen ingetrokken
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Dit bestand is geen sleutelbestand van een netwerk. Open het bestand dat het netwerk je gaf, of typ de sleutel.
error-app-anchor-invalid-key = Dit is geen netwerksleutel. Een sleutel heeft precies 64 letters (a tot f) en cijfers. Controleer of hij helemaal gekopieerd is.
error-app-anchor-name = Geef het netwerk een naam van 1 tot 100 letters.
error-app-anchor-known = Je vertrouwt dit netwerk al (vingerafdruk van de sleutel { $kid }). Er is niets veranderd.
error-app-trust-bundle-malformed = Dit bestand is geen vertrouwenslijst, of het is beschadigd. Er is niets veranderd.
error-app-trust-bundle-wrong-file = Dit is een ander soort Carnet-bestand, geen vertrouwenslijst. Er is niets veranderd.
error-app-trust-bundle-newer-version = Deze vertrouwenslijst is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te lezen.
error-app-trust-bundle-unknown-anchor = Deze vertrouwenslijst komt van een netwerk dat je niet vertrouwt (vingerafdruk van de sleutel { $kid }). Vertrouw eerst het netwerk en voeg dan de lijst opnieuw toe.
error-app-trust-bundle-bad-signature = De handtekening op deze vertrouwenslijst klopt niet: het bestand is veranderd of beschadigd. Er is niets veranderd. Vraag het netwerk opnieuw om het bestand.
error-app-trust-bundle-invalid = Deze vertrouwenslijst kan niet gebruikt worden. Er is niets veranderd. Vraag het netwerk opnieuw om het bestand.
error-app-trust-bundle-too-large = Dit bestand is te groot voor een vertrouwenslijst. Er is niets veranderd.
error-app-trust-bundle-not-newer = Je hebt deze vertrouwenslijst of een nieuwere van hetzelfde netwerk al. Er is niets veranderd.
error-app-status-list-malformed = Dit bestand is geen lijst met ingetrokken bevestigingen, of het is beschadigd. Er is niets veranderd.
error-app-status-list-wrong-file = Dit is een ander soort Carnet-bestand, geen lijst met ingetrokken bevestigingen. Er is niets veranderd.
error-app-status-list-newer-version = Deze lijst is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te lezen.
error-app-status-list-wrong-issuer = Deze lijst hoort bij een andere ondertekenaar ({ $found }, niet { $expected }). Er is niets veranderd.
error-app-status-list-bad-signature = De handtekening op deze lijst klopt niet: het bestand is veranderd of beschadigd. Er is niets veranderd.
error-app-status-list-invalid = Deze lijst kan niet gebruikt worden. Er is niets veranderd. Vraag opnieuw om het bestand.
error-app-status-list-too-large = Dit bestand is te groot voor een lijst met ingetrokken bevestigingen. Er is niets veranderd.
error-app-status-list-issuer-unknown = Deze lijst komt van een ondertekenaar die op geen van je vertrouwenslijsten staat (vingerafdruk van de sleutel { $kid }). Voeg eerst de vertrouwenslijst toe waar die op staat.
error-app-status-list-not-newer = Je hebt al een nieuwere lijst van deze ondertekenaar. Er is niets veranderd.
error-app-verifier-write = Carnet kon het bestand niet opslaan in { $path }. Controleer of het apparaat ruimte heeft. (Voor een helper: { $reason })
