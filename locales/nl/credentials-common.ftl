# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library. $what and $expected only choose the sentence.

## Files and texts

error-credential-malformed = { $what ->
        [request] Dit verzoek is beschadigd, of het is geen verzoek van Carnet. Vraag er opnieuw om.
        [credential] Dit bewijsbestand is beschadigd, of het is geen bewijs van Carnet. Vraag de persoon die je items bevestigde om het opnieuw te sturen.
       *[other] Dit is beschadigd, of het is geen bestand van Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Dit is geen verzoek van Carnet: het is een ander soort Carnet-bestand. Een verzoek maak je met carnet request.
        [credential] Dit is geen bewijs van Carnet: het is een ander soort Carnet-bestand. Controleer of je het bestand koos dat je kreeg van de persoon die je items bevestigde.
       *[other] Dit is een ander soort Carnet-bestand. Controleer of je het goede bestand koos.
    }
error-credential-newer-version = { $what ->
        [request] Dit verzoek is gemaakt door een nieuwere Carnet.
        [credential] Dit bewijs is gemaakt door een nieuwere Carnet.
        [text] Deze code is gemaakt door een nieuwere Carnet.
       *[other] Dit is gemaakt door een nieuwere Carnet.
    } Werk Carnet bij en probeer het dan opnieuw.
error-credential-invalid-field = Een waarde kan niet gebruikt worden ({ $field }): hij is te lang of niet in de goede vorm. Er is niets geschreven.
error-credential-entry-count = Een verzoek bevat 1 tot { $max } items, niet { $found }. Wil je er meer laten bevestigen, maak dan twee verzoeken.
error-credential-invalid-key = Dit is geen geldige publieke sleutel. Controleer of hij helemaal gekopieerd is.
error-credential-bad-signature = De handtekening op dit bewijs klopt niet: het is na het ondertekenen veranderd of beschadigd. Er is niets bewaard. Vraag opnieuw om het bestand.
error-credential-not-yours = Dit bewijs is gemaakt voor het logboek van iemand anders, niet voor het jouwe. Er is niets bewaard. Zorg dat je je eigen bestand hebt gekregen.
error-credential-no-such-entry = Er is geen item { $index } in dit bewijs.
error-credential-duplicate-entry = Item { $index } is twee keer gekozen.
error-credential-wrong-prefix = Deze tekst is geen code van Carnet: hij begint niet met CN1: (vaardigheden om te controleren) of CNR1: (een verzoek om te bevestigen).
error-credential-base45 = De tekst heeft tekens die een code van Carnet niet kan hebben. Misschien is hij afgebroken of verkeerd getypt.
error-credential-zlib = De code is afgebroken of beschadigd.
error-credential-too-large = De code is veel te groot voor een code van Carnet.

## QR codes

error-qr-not-alphanumeric = De tekst heeft tekens die een QR-code voor Carnet niet kan bevatten. Dit is een fout in Carnet; meld hem alsjeblieft.
error-qr-too-large = Dit is te veel voor één QR-code: { $chars } tekens, en een QR-code die telefoons goed lezen (versie { $version }, niveau { $ec }) bevat er { $capacity }. Er is niets geschreven. { $what ->
        [request] Vraag om minder items tegelijk, of schrijf het verzoek naar een bestand dat eindigt op .cbor.
       *[other] Kies minder items, of toon minder onderdelen met --fields.
    }
error-qr-bad-version = Die grootte van QR-code bestaat niet.
error-qr-bad-module-size = Die puntgrootte is niet mogelijk.
error-qr-not-an-image = Het bestand is geen afbeelding die Carnet kan lezen. Gebruik PNG, JPEG of WebP.
error-qr-image-too-large = De afbeelding is te groot ({ $width } × { $height } pixels). Maak hem kleiner en probeer het opnieuw.
error-qr-not-found = Er kon geen QR-code gelezen worden in de afbeelding. Maak een scherpere foto van dichterbij, met de hele code erin.
error-qr-render-failed = De QR-afbeelding kon niet gemaakt worden. Dit is een fout in Carnet; meld hem alsjeblieft.
