# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library. $what and $expected only choose the sentence.

## Files and texts

error-credential-malformed = { $what ->
        [request] Diese Anfrage ist beschädigt oder keine Carnet-Anfrage. Bitten Sie noch einmal darum.
        [credential] Diese Nachweisdatei ist beschädigt oder kein Carnet-Nachweis. Bitten Sie die Person, die Ihre Einträge bestätigt hat, sie noch einmal zu senden.
       *[other] Das ist beschädigt oder keine Carnet-Datei.
    }
error-credential-wrong-file = { $expected ->
        [request] Das ist keine Carnet-Anfrage, sondern eine andere Art von Carnet-Datei. Eine Anfrage macht man mit carnet request.
        [credential] Das ist kein Carnet-Nachweis, sondern eine andere Art von Carnet-Datei. Prüfen Sie, ob Sie die Datei gewählt haben, die Ihnen die Person gegeben hat, die Ihre Einträge bestätigt hat.
       *[other] Das ist eine andere Art von Carnet-Datei. Prüfen Sie, ob Sie die richtige Datei gewählt haben.
    }
error-credential-newer-version = { $what ->
        [request] Diese Anfrage wurde von einem neueren Carnet gemacht.
        [credential] Dieser Nachweis wurde von einem neueren Carnet gemacht.
        [text] Dieser Code wurde von einem neueren Carnet gemacht.
       *[other] Das wurde von einem neueren Carnet gemacht.
    } Aktualisieren Sie Carnet und versuchen Sie es dann noch einmal.
error-credential-invalid-field = Ein Wert kann nicht benutzt werden ({ $field }): Er ist zu lang oder nicht in der richtigen Form. Nichts wurde geschrieben.
error-credential-entry-count = Eine Anfrage enthält 1 bis { $max } Einträge, nicht { $found }. Um mehr bestätigen zu lassen, machen Sie zwei Anfragen.
error-credential-invalid-key = Das ist kein gültiger öffentlicher Schlüssel. Prüfen Sie, ob er ganz kopiert wurde.
error-credential-bad-signature = Die Unterschrift auf diesem Nachweis passt nicht: Er wurde nach dem Unterschreiben verändert oder beschädigt. Nichts wurde behalten. Bitten Sie noch einmal um die Datei.
error-credential-not-yours = Dieser Nachweis wurde für das Logbuch einer anderen Person gemacht, nicht für Ihres. Nichts wurde behalten. Achten Sie darauf, dass Sie Ihre eigene Datei bekommen haben.
error-credential-no-such-entry = In diesem Nachweis gibt es keinen Eintrag { $index }.
error-credential-duplicate-entry = Eintrag { $index } ist zweimal ausgewählt.
error-credential-wrong-prefix = Dieser Text ist kein Carnet-Code: Er beginnt nicht mit CN1: (Fähigkeiten zum Prüfen) oder CNR1: (eine Bitte um Bestätigung).
error-credential-base45 = Der Text hat Zeichen, die ein Carnet-Code nicht haben kann. Vielleicht ist er abgeschnitten oder falsch eingegeben.
error-credential-zlib = Der Code ist abgeschnitten oder beschädigt.
error-credential-too-large = Der Code ist viel zu groß für einen Carnet-Code.

## QR codes

error-qr-not-alphanumeric = Der Text hat Zeichen, die ein QR-Code für Carnet nicht aufnehmen kann. Das ist ein Fehler in Carnet; bitte melden Sie ihn.
error-qr-too-large = Das ist zu viel für einen QR-Code: { $chars } Zeichen, und ein QR-Code, den Handys gut lesen (Version { $version }, Stufe { $ec }), fasst { $capacity }. Nichts wurde geschrieben. { $what ->
        [request] Bitten Sie um weniger Einträge auf einmal, oder schreiben Sie die Anfrage stattdessen in eine Datei mit der Endung .cbor.
       *[other] Wählen Sie weniger Einträge, oder zeigen Sie mit --fields weniger Teile.
    }
error-qr-bad-version = Diese QR-Code-Größe gibt es nicht.
error-qr-bad-module-size = Diese Punktgröße ist nicht möglich.
error-qr-not-an-image = Die Datei ist kein Bild, das Carnet lesen kann. Nehmen Sie PNG, JPEG oder WebP.
error-qr-image-too-large = Das Bild ist zu groß ({ $width } × { $height } Pixel). Machen Sie es kleiner und versuchen Sie es noch einmal.
error-qr-not-found = Im Bild konnte kein QR-Code gelesen werden. Machen Sie ein schärferes Foto aus der Nähe, mit dem ganzen Code darin.
error-qr-render-failed = Das QR-Bild konnte nicht gemacht werden. Das ist ein Fehler in Carnet; bitte melden Sie ihn.
