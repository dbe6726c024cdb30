# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = Meine Bestätigungen
app-present = Meine Fähigkeiten zeigen
app-verify = Code prüfen

## Wallet

app-wallet-title = Meine Bestätigungen
app-wallet-intro = Das sind die Fähigkeiten, die jemand für Sie unterschrieben hat. Sie können sie mit einem QR-Code zeigen.
app-wallet-empty = Noch niemand hat eine Fähigkeit für Sie unterschrieben. Bitten Sie eine Ausbilderin, einen Arbeitgeber oder ein Zentrum, zu bestätigen, was Sie können.
app-wallet-by = Unterschrieben von { $name } ({ $kind }, { $country })
app-wallet-issued = Unterschrieben am { $date }
app-wallet-expires = Gültig bis { $date }
app-wallet-expired = Abgelaufen am { $date }
app-wallet-no-expiry = Läuft nicht ab
app-wallet-damaged = Diese Bestätigung ist beschädigt und kann nicht gezeigt werden. Bitten Sie die Person, die sie unterschrieben hat, um eine neue.
app-standing-valid = Geprüft: unterschrieben von jemandem auf Ihrer Vertrauensliste
app-standing-unknown-issuer = Unterschrieben, aber der Unterzeichner ist nicht auf Ihrer Vertrauensliste
app-standing-expired = Abgelaufen
app-standing-revoked = Vom Unterzeichner zurückgezogen
app-standing-malformed = Beschädigt

## Present: choosing what to show

app-present-title = Meine Fähigkeiten zeigen
app-present-endorsed = Von jemandem unterschrieben
app-present-self = Nur meine eigene Angabe
app-present-self-hint = Wer prüft, sieht das als Ihre eigene Aussage, nicht als unterschrieben.
app-present-details = Was von jedem gezeigt wird
app-present-details-all = Alles
app-present-details-short = Nur Name und Niveau
app-present-stage = Für wen ist es?
app-present-print = Zum Drucken auf Papier (5 Jahre gültig)
app-present-make = QR-Code zeigen
app-present-none = Wählen Sie mindestens eine Sache zum Zeigen.
app-present-nothing-yet = Ihr Logbuch ist leer. Fügen Sie zuerst etwas hinzu.

## Present: the QR code

app-qr-title = Lassen Sie diesen Code scannen
app-qr-expires = Dieser Code gilt bis { $date }.
app-qr-preview = Was die prüfende Person sieht
app-qr-preview-hide = Verbergen, was die prüfende Person sieht
app-qr-done = Fertig
app-qr-preview-note = Das sieht eine prüfende Person, die dieselben Vertrauenslisten hat wie dieses Handy.

## Verify

app-verify-title = Code prüfen
app-verify-intro = Machen Sie ein Foto von einem Carnet-QR-Code oder wählen Sie eines. Nichts wird irgendwohin gesendet: Die Prüfung passiert auf diesem Gerät.
app-verify-picture = Foto machen oder wählen
app-verify-text = Oder fügen Sie den Text des Codes ein (er beginnt mit CN1:)
app-verify-check = Prüfen
app-verify-checking = Wird geprüft…
app-verify-again = Anderen Code prüfen

## The verdict

app-verdict-title = Ergebnis
app-verdict-made = Gemacht für { $stage } am { $date }.
app-verdict-expires = Der Code gilt bis { $date }.
app-verdict-newer = Dieser Code wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um ihn zu prüfen.
app-item-endorsed = Unterschrieben
app-item-self = Eigene Aussage
app-item-assessed = Geprüft durch { $how }
app-item-hidden = { $count ->
    [one] 1 Angabe hat die Person verborgen.
   *[other] { $count } Angaben hat die Person verborgen.
}

## Errors of these screens

error-wallet-no-key = Dieses Logbuch hat keinen Schlüssel zum Unterschreiben. Nichts wurde gezeigt. Bitte melden Sie dieses Problem.
error-wallet-not-endorsed = „{ $title }“ hat noch niemand unterschrieben. Zeigen Sie es als „Nur meine eigene Angabe“ oder bitten Sie jemanden, es zu bestätigen.
error-wallet-credential-damaged = Die Bestätigung für „{ $title }“ ist beschädigt. Zeigen Sie es als „Nur meine eigene Angabe“ oder bitten Sie um eine neue.
error-wallet-entry-unfit = „{ $title }“ passt nicht in einen Code: Das Feld { $field } ist zu lang oder nicht in der richtigen Form. Ändern Sie den Eintrag und versuchen Sie es noch einmal.
error-wallet-selected-twice = „{ $title }“ ist zweimal ausgewählt. Wählen Sie es nur einmal.
error-wallet-nothing-chosen = Wählen Sie mindestens eine Sache zum Zeigen.
error-wallet-too-large = Das ist zu viel für einen QR-Code ({ $chars } Zeichen). Wählen Sie weniger aus oder zeigen Sie nur Name und Niveau.
error-wallet-credential = Der Code konnte nicht gemacht werden. Nichts wurde gezeigt. Bitte melden Sie dieses Problem. (Für Helfende: { $reason })
error-wallet-no-code = In diesem Bild wurde kein Carnet-QR-Code gefunden. Machen Sie das Foto noch einmal, näher und schärfer, mit dem ganzen Code darin.
error-wallet-not-a-picture = Diese Datei ist kein Bild, das Carnet lesen kann. Nehmen Sie ein Foto (JPEG oder PNG).
error-wallet-picture-too-large = Das Bild ist zu groß ({ $width } × { $height } Pixel). Machen Sie ein kleineres und versuchen Sie es noch einmal.
error-wallet-got-request = Das ist eine Bitte, die Fähigkeiten von jemandem zu unterschreiben, kein Code, der Fähigkeiten zeigt. Nichts wurde geprüft.
error-wallet-trust-damaged = Ihre Vertrauenslisten sind beschädigt oder wurden verändert. Importieren Sie sie noch einmal. Bis dahin gilt kein Unterzeichner als vertrauenswürdig.
error-wallet-trust-unreadable = Carnet konnte Ihre Vertrauenslisten in { $path } nicht lesen. Prüfen Sie, ob das Gerät Platz hat. (Für Helfende: { $reason })
error-wallet-not-yours = Diese Bestätigung wurde für das Logbuch einer anderen Person gemacht, nicht für Ihres. Nichts wurde behalten. Achten Sie darauf, dass Sie Ihre eigene Datei bekommen haben.
error-wallet-bad-signature = Die Unterschrift auf dieser Datei passt nicht: Sie wurde verändert oder beschädigt. Nichts wurde behalten. Bitten Sie noch einmal um die Datei.
error-wallet-not-a-credential = Diese Datei ist keine unterschriebene Bestätigung von Carnet. Nichts wurde behalten. Bitten Sie die Person, die unterschrieben hat, um die Datei, die sie gemacht hat.
error-wallet-too-many = Bitten Sie um höchstens { $max } Dinge auf einmal. Wählen Sie weniger aus.
error-wallet-not-from-request = Diese Bestätigung sagt nicht, welchen Ihrer Einträge sie bestätigt. Nichts wurde behalten. Bitten Sie um eine neue, gemacht aus Ihrem Anfrage-Code.
error-wallet-entry-gone = Diese Bestätigung gilt für einen Eintrag, der nicht mehr in Ihrem Logbuch ist. Nichts wurde behalten. Wenn Sie ihn gelöscht haben, fügen Sie ihn aus einer Kopie wieder hinzu und bitten Sie dann um eine neue Bestätigung.

## Asking for a signature, and keeping it

app-request = Um Unterschrift bitten
app-request-title = Um Unterschrift bitten
app-request-intro = Zeigen Sie diesen Code der Ausbilderin, dem Arbeitgeber oder dem Zentrum, die bestätigen, was Sie können. Sie scannen ihn mit Carnet und geben Ihnen eine unterschriebene Datei zurück.
app-request-key = Ihr Schlüssel: { $kid }. Die Person, die unterschreibt, sieht denselben Code.
app-request-text = Derselbe Code als Text, zum Senden in einer Nachricht
app-request-next = Wenn Sie die unterschriebene Datei bekommen, öffnen Sie „Meine Bestätigungen“ und tippen Sie auf „Unterschriebene Datei hinzufügen“.
app-receive = Unterschriebene Datei hinzufügen
app-received = Behalten: { $name } ({ $kind }) hat { $titles } unterschrieben.
