# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: trusted networks, their trust lists, lists of endorsements taken back.

## The screen

app-trust-open = Vertrauenslisten
app-trust-title = Vertrauenslisten
app-trust-intro = Eine Vertrauensliste kommt von einem Netzwerk, das Sie kennen, zum Beispiel einer Gruppe von Ausbildungszentren. Sie nennt die Schulen, Zentren und Arbeitgeber, für die das Netzwerk bürgt. Ein Code, den einer von ihnen unterschrieben hat, wird als geprüft gezeigt.
app-trust-warning = Vertrauen Sie nur einem Netzwerk, dessen Schlüssel Sie vom Netzwerk selbst bekommen haben: persönlich, auf seinem eigenen Papier oder von seiner eigenen Website. Wer hier einen Schlüssel eintragen kann, kann falsche Codes geprüft aussehen lassen.

## What is held

app-trust-held = Wem dieses Gerät vertraut
app-trust-none = Dieses Gerät vertraut noch keinem Netzwerk. Unterschriebene Codes zeigen „Unterschrieben, aber nicht von einem Aussteller, dem Sie vertrauen“.
app-trust-kid = Schlüssel-Fingerabdruck: { $kid }
app-trust-no-list = Noch keine Vertrauensliste von diesem Netzwerk. Fügen Sie unten seine Datei hinzu.
app-trust-list-line = Vertrauensliste vom { $date } ({ $days ->
    [0] heute
    [one] 1 Tag alt
   *[other] { $days } Tage alt
}): { $count ->
    [one] 1 Stelle
   *[other] { $count } Stellen
}
app-trust-status-held = Zurückgezogene Bestätigungen
app-trust-status-line = { $name }: Liste vom { $date } ({ $days ->
    [0] heute
    [one] 1 Tag alt
   *[other] { $days } Tage alt
}), { $count ->
    [0] nichts zurückgezogen
    [one] 1 zurückgezogen
   *[other] { $count } zurückgezogen
}

## Stop trusting a network

app-trust-remove = Nicht mehr vertrauen
app-trust-remove-confirm = { $name } nicht mehr vertrauen? Codes, die von den Stellen auf seiner Liste unterschrieben sind, werden dann nicht mehr als geprüft gezeigt. Sie können das Netzwerk später wieder hinzufügen.
app-trust-remove-yes = Ja, nicht mehr vertrauen
app-trust-removed = Sie vertrauen { $name } nicht mehr.

## Trust a network

app-trust-add-title = Einem Netzwerk vertrauen
app-trust-add-hint = Geben Sie den Schlüssel und den Namen des Netzwerks ein oder fügen Sie sie ein, oder öffnen Sie die Datei, die das Netzwerk Ihnen gegeben hat.
app-trust-key = Der Schlüssel des Netzwerks (64 Buchstaben und Ziffern)
app-trust-name = Der Name des Netzwerks
app-trust-from-file = Schlüsseldatei des Netzwerks öffnen
app-trust-add = Diesem Netzwerk vertrauen
app-trust-added = Sie vertrauen jetzt { $name }. Fügen Sie jetzt seine Vertrauensliste hinzu.

## Files

app-trust-bundle-title = Vertrauensliste hinzufügen
app-trust-bundle-hint = Eine Datei mit der Endung .cbor, die das Netzwerk Ihnen gegeben hat. Eine neuere ersetzt die ältere.
app-trust-bundle-open = Datei mit Vertrauensliste öffnen
app-trust-bundle-done = Vertrauensliste von { $name } hinzugefügt ({ $date }): { $count ->
    [one] 1 Stelle
   *[other] { $count } Stellen
}.
app-trust-status-title = Liste zurückgezogener Bestätigungen hinzufügen
app-trust-status-hint = Eine Schule oder ein Zentrum kann eine Bestätigung zurückziehen, die aus Versehen gemacht wurde. Ihre Liste sagt diesem Gerät, welche.
app-trust-status-open = Listendatei öffnen
app-trust-status-done = Liste von { $name } hinzugefügt ({ $date }): { $count ->
    [0] nichts zurückgezogen
    [one] 1 Bestätigung zurückgezogen
   *[other] { $count } Bestätigungen zurückgezogen
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Diese Datei ist keine Schlüsseldatei eines Netzwerks. Öffnen Sie die Datei, die das Netzwerk Ihnen gegeben hat, oder geben Sie den Schlüssel ein.
error-app-anchor-invalid-key = Das ist kein Netzwerk-Schlüssel. Ein Schlüssel hat genau 64 Buchstaben (a bis f) und Ziffern. Prüfen Sie, ob er ganz kopiert wurde.
error-app-anchor-name = Geben Sie dem Netzwerk einen Namen mit 1 bis 100 Buchstaben.
error-app-anchor-known = Sie vertrauen diesem Netzwerk schon (Schlüssel-Fingerabdruck { $kid }). Nichts wurde geändert.
error-app-trust-bundle-malformed = Diese Datei ist keine Vertrauensliste, oder sie ist beschädigt. Nichts wurde geändert.
error-app-trust-bundle-wrong-file = Das ist eine andere Art von Carnet-Datei, keine Vertrauensliste. Nichts wurde geändert.
error-app-trust-bundle-newer-version = Diese Vertrauensliste wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um sie zu lesen.
error-app-trust-bundle-unknown-anchor = Diese Vertrauensliste kommt von einem Netzwerk, dem Sie nicht vertrauen (Schlüssel-Fingerabdruck { $kid }). Vertrauen Sie zuerst dem Netzwerk und fügen Sie dann seine Liste noch einmal hinzu.
error-app-trust-bundle-bad-signature = Die Unterschrift auf dieser Vertrauensliste passt nicht: Die Datei wurde verändert oder beschädigt. Nichts wurde geändert. Bitten Sie das Netzwerk noch einmal um die Datei.
error-app-trust-bundle-invalid = Diese Vertrauensliste kann nicht benutzt werden. Nichts wurde geändert. Bitten Sie das Netzwerk noch einmal um die Datei.
error-app-trust-bundle-too-large = Diese Datei ist zu groß für eine Vertrauensliste. Nichts wurde geändert.
error-app-trust-bundle-not-newer = Sie haben diese Vertrauensliste oder eine neuere vom selben Netzwerk schon. Nichts wurde geändert.
error-app-status-list-malformed = Diese Datei ist keine Liste zurückgezogener Bestätigungen, oder sie ist beschädigt. Nichts wurde geändert.
error-app-status-list-wrong-file = Das ist eine andere Art von Carnet-Datei, keine Liste zurückgezogener Bestätigungen. Nichts wurde geändert.
error-app-status-list-newer-version = Diese Liste wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um sie zu lesen.
error-app-status-list-wrong-issuer = Diese Liste gehört zu einem anderen Unterzeichner ({ $found }, nicht { $expected }). Nichts wurde geändert.
error-app-status-list-bad-signature = Die Unterschrift auf dieser Liste passt nicht: Die Datei wurde verändert oder beschädigt. Nichts wurde geändert.
error-app-status-list-invalid = Diese Liste kann nicht benutzt werden. Nichts wurde geändert. Bitten Sie noch einmal um die Datei.
error-app-status-list-too-large = Diese Datei ist zu groß für eine Liste zurückgezogener Bestätigungen. Nichts wurde geändert.
error-app-status-list-issuer-unknown = Diese Liste kommt von einem Unterzeichner, den keine Ihrer Vertrauenslisten nennt (Schlüssel-Fingerabdruck { $kid }). Fügen Sie zuerst die Vertrauensliste hinzu, die ihn nennt.
error-app-status-list-not-newer = Sie haben schon eine neuere Liste von diesem Unterzeichner. Nichts wurde geändert.
error-app-verifier-write = Carnet konnte die Datei nicht in { $path } speichern. Prüfen Sie, ob das Gerät Platz hat. (Für Helfende: { $reason })
