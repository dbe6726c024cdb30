# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = Mijn bevestigingen
app-present = Mijn vaardigheden tonen
app-verify = Een code controleren

## Wallet

app-wallet-title = Mijn bevestigingen
app-wallet-intro = Dit zijn de vaardigheden die iemand voor je heeft ondertekend. Je kunt ze tonen met een QR-code.
app-wallet-empty = Nog niemand heeft een vaardigheid voor je ondertekend. Vraag een trainer, een werkgever of een centrum om te bevestigen wat je kunt.
app-wallet-by = Ondertekend door { $name } ({ $kind }, { $country })
app-wallet-issued = Ondertekend op { $date }
app-wallet-expires = Geldig tot { $date }
app-wallet-expired = Verlopen op { $date }
app-wallet-no-expiry = Verloopt niet
app-wallet-damaged = Deze bevestiging is beschadigd en kan niet getoond worden. Vraag de persoon die hem ondertekende om een nieuwe.
app-standing-valid = Gecontroleerd: ondertekend door iemand op je vertrouwenslijst
app-standing-unknown-issuer = Ondertekend, maar de ondertekenaar staat niet op je vertrouwenslijst
app-standing-expired = Verlopen
app-standing-revoked = Ingetrokken door de ondertekenaar
app-standing-malformed = Beschadigd

## Present: choosing what to show

app-present-title = Mijn vaardigheden tonen
app-present-endorsed = Ondertekend door iemand
app-present-self = Alleen door mij gezegd
app-present-self-hint = Wie controleert, ziet dit als jouw eigen woord, niet als ondertekend.
app-present-details = Wat je van elk toont
app-present-details-all = Alles
app-present-details-short = Alleen de naam en het niveau
app-present-stage = Voor wie is het?
app-present-print = Om op papier te printen (5 jaar geldig)
app-present-make = QR-code tonen
app-present-none = Kies minstens één ding om te tonen.
app-present-nothing-yet = Je logboek is leeg. Voeg eerst iets toe.

## Present: the QR code

app-qr-title = Laat deze code scannen
app-qr-expires = Deze code werkt tot { $date }.
app-qr-preview = Wat de controleur ziet
app-qr-preview-hide = Verbergen wat de controleur ziet
app-qr-done = Klaar
app-qr-preview-note = Dit ziet een controleur met dezelfde vertrouwenslijsten als deze telefoon.

## Verify

app-verify-title = Een code controleren
app-verify-intro = Maak of kies een foto van een QR-code van Carnet. Er wordt niets verstuurd: de controle gebeurt op dit apparaat.
app-verify-picture = Foto maken of kiezen
app-verify-text = Of plak de tekst van de code (begint met CN1:)
app-verify-check = Controleren
app-verify-checking = Bezig met controleren…
app-verify-again = Een andere code controleren

## The verdict

app-verdict-title = Resultaat
app-verdict-made = Gemaakt voor { $stage } op { $date }.
app-verdict-expires = De code werkt tot { $date }.
app-verdict-newer = Deze code is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te controleren.
app-item-endorsed = Ondertekend
app-item-self = Eigen woord
app-item-assessed = Gecontroleerd door { $how }
app-item-hidden = { $count ->
    [one] 1 gegeven is verborgen door de persoon.
   *[other] { $count } gegevens zijn verborgen door de persoon.
}

## Errors of these screens

error-wallet-no-key = Dit logboek heeft geen sleutel om mee te ondertekenen. Er is niets getoond. Meld dit probleem alsjeblieft.
error-wallet-not-endorsed = “{ $title }” is nog door niemand ondertekend. Toon het als “alleen door mij gezegd”, of vraag iemand om het te bevestigen.
error-wallet-credential-damaged = De bevestiging van “{ $title }” is beschadigd. Toon het als “alleen door mij gezegd”, of vraag om een nieuwe.
error-wallet-entry-unfit = “{ $title }” past niet in een code: het veld { $field } is te lang of niet in de goede vorm. Wijzig het item en probeer het opnieuw.
error-wallet-selected-twice = “{ $title }” is twee keer gekozen. Kies het één keer.
error-wallet-nothing-chosen = Kies minstens één ding om te tonen.
error-wallet-too-large = Dit is te veel voor één QR-code ({ $chars } tekens). Kies minder dingen, of toon alleen de naam en het niveau.
error-wallet-credential = De code kon niet gemaakt worden. Er is niets getoond. Meld dit probleem alsjeblieft. (Voor een helper: { $reason })
error-wallet-no-code = Er is geen QR-code van Carnet gevonden in deze afbeelding. Maak de foto opnieuw, dichterbij en scherper, met de hele code erin.
error-wallet-not-a-picture = Dit bestand is geen afbeelding die Carnet kan lezen. Gebruik een foto (JPEG of PNG).
error-wallet-picture-too-large = De afbeelding is te groot ({ $width } × { $height } pixels). Maak een kleinere en probeer het opnieuw.
error-wallet-got-request = Dit is een verzoek om iemands vaardigheden te ondertekenen, geen code die vaardigheden toont. Er is niets gecontroleerd.
error-wallet-trust-damaged = Je vertrouwenslijsten zijn beschadigd of veranderd. Importeer ze opnieuw. Tot dan telt geen enkele ondertekenaar als vertrouwd.
error-wallet-trust-unreadable = Carnet kon je vertrouwenslijsten in { $path } niet lezen. Controleer of het apparaat ruimte heeft. (Voor een helper: { $reason })
error-wallet-not-yours = Deze bevestiging is gemaakt voor het logboek van iemand anders, niet voor het jouwe. Er is niets bewaard. Zorg dat je je eigen bestand hebt gekregen.
error-wallet-bad-signature = De handtekening op dit bestand klopt niet: het is veranderd of beschadigd. Er is niets bewaard. Vraag opnieuw om het bestand.
error-wallet-not-a-credential = Dit bestand is geen ondertekende bevestiging van Carnet. Er is niets bewaard. Vraag de persoon die ondertekende om het bestand dat die maakte.
error-wallet-too-many = Vraag om hoogstens { $max } dingen tegelijk. Kies er minder.
error-wallet-not-from-request = Deze bevestiging zegt niet welk van je items hij bevestigt. Er is niets bewaard. Vraag om een nieuwe, gemaakt met je verzoekcode.
error-wallet-entry-gone = Deze bevestiging hoort bij een item dat niet meer in je logboek staat. Er is niets bewaard. Heb je het verwijderd, voeg het dan opnieuw toe vanuit een kopie, en vraag daarna om een nieuwe bevestiging.

## Asking for a signature, and keeping it

app-request = Om een handtekening vragen
app-request-title = Om een handtekening vragen
app-request-intro = Toon deze code aan de trainer, werkgever of het centrum dat gaat bevestigen wat je kunt. Zij scannen hem met Carnet en geven je een ondertekend bestand terug.
app-request-key = Je sleutel: { $kid }. De persoon die ondertekent ziet dezelfde code.
app-request-text = Dezelfde code als tekst, om in een bericht te sturen
app-request-next = Als je het ondertekende bestand krijgt, open dan “Mijn bevestigingen” en tik op “Ondertekend bestand toevoegen”.
app-receive = Ondertekend bestand toevoegen
app-received = Bewaard: { $name } ({ $kind }) heeft { $titles } ondertekend.
