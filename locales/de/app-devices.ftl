# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Weiteres Gerät hinzufügen
app-pair-intro = Bringen Sie Ihr Logbuch auf ein anderes Handy oder einen anderen Computer von Ihnen. Beide Geräte brauchen den Server.
app-pair-start = Weiteres Gerät hinzufügen
app-pair-passphrase = Geben Sie Ihr Passwort ein, um ein Gerät hinzuzufügen.
app-pair-show = Code zeigen
app-pair-scan = Wählen Sie auf dem neuen Gerät „Einem Logbuch beitreten“. Scannen Sie dann diesen quadratischen Code oder geben Sie den Text darunter ein.
app-pair-qr-alt = Quadratischer Code zum Scannen mit dem neuen Gerät
app-pair-code-label = Der Code als Text
app-pair-expires = Der Code gilt noch { $time }.
app-pair-waiting = Warten auf das neue Gerät…
app-pair-request = „{ $name }“ möchte Ihr Logbuch.
app-pair-compare = Zeigt das neue Gerät genau diesen Code?
app-pair-approve = Ja, erlauben
app-pair-refuse = Nein
app-pair-approved = „{ $name }“ hat jetzt Ihr Logbuch. Es erscheint in der Geräteliste, sobald es abgeglichen hat.
app-pair-refused = Sie haben Nein gesagt. „{ $name }“ hat nichts bekommen.
app-pair-again = Neuen Code zeigen

## Sync screen: the devices of this logbook

app-devices-title = Ihre Geräte
app-devices-none = Noch kein Gerät hat dieses Logbuch abgeglichen. Gleichen Sie ab, dann erscheint dieses Gerät hier.
app-devices-this = Dieses Gerät
app-devices-added = Hinzugefügt am { $date }
app-devices-removed = Entfernt am { $date }
app-devices-remove = Entfernen
app-devices-remove-confirm = „{ $name }“ entfernen? Nutzen Sie das, wenn ein Handy verloren, verkauft oder verschenkt wurde.
app-devices-remove-consequences = Es behält, was es schon hat, bekommt aber nichts mehr von dem, was Sie ab jetzt hinzufügen. Ihr Logbuch bekommt einen neuen Schlüssel, und Ihre anderen Geräte bekommen ihn beim Abgleichen. Wenn Sie das Gerät wieder nutzen wollen, fügen Sie es erneut hinzu.
app-devices-remove-yes = Ja, entfernen
app-devices-removed-done = „{ $name }“ wurde entfernt. Ihr Logbuch hat jetzt einen neuen Schlüssel, den dieses Gerät nicht hat.
app-devices-new-sheet = Ihr Wiederherstellungsblatt hat noch den alten Schlüssel. Machen Sie jetzt in den Einstellungen ein neues und vernichten Sie das alte.

## First run: another way to start

app-start-other = Haben Sie schon ein Logbuch?
app-start-join = Von einem anderen Gerät holen
app-start-recover = Mit einem Blatt wiederherstellen

## First run: joining a logbook from another device

app-join-title = Einem Logbuch beitreten
app-join-intro = Öffnen Sie auf Ihrem anderen Gerät „Abgleichen“ und wählen Sie „Weiteres Gerät hinzufügen“. Dort erscheint ein Code.
app-join-code = Der Code (er beginnt mit CNP1:)
app-join-code-hint = Code hier einfügen oder eingeben
app-join-picture = Bild des Codes öffnen
app-join-name = Ein Name für dieses Gerät
app-join-name-default = Mein neues Gerät
app-join-passphrase = Wählen Sie ein Passwort für dieses Gerät
app-join-send = Weiter
app-join-check = Ihr anderes Gerät muss genau diesen Code zeigen. Erlauben Sie es dort.
app-join-waiting = Warten, bis Ihr anderes Gerät es erlaubt…
app-join-copying = Ihr Logbuch wird kopiert…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Ihr Logbuch wiederherstellen
app-recover-intro = Nehmen Sie Ihr Wiederherstellungsblatt und Ihr Passwort. Carnet holt Ihr Logbuch vom Server zurück.
app-recover-by-words = Die 12 Wörter eingeben
app-recover-by-code = Den quadratischen Code nutzen
app-recover-words = Die 12 Wörter, in der richtigen Reihenfolge
app-recover-words-hint = wort1 wort2 wort3 …
app-recover-hub = Die Server-Adresse auf dem Blatt
app-recover-code = Der Text des quadratischen Codes (er beginnt mit CNS1:)
app-recover-picture = Foto des Blattes öffnen
app-recover-passphrase = Ihr Passwort (das Sie vorher benutzt haben)
app-recover-start = Mein Logbuch wiederherstellen

## Reading a square code from a picture

app-picture-read = Der Code wurde aus dem Bild gelesen.
app-scan-camera = Mit der Kamera scannen
error-camera-scan = Es wurde kein Code gelesen. Wenn Carnet die Kamera nicht benutzen darf, erlauben Sie es in den Einstellungen Ihres Handys. Sie können auch ein Foto des Codes öffnen.

## Settings: the recovery sheet

app-sheet-title = Wiederherstellungsblatt
app-sheet-intro = Ein Wiederherstellungsblatt ist ein Papier mit 12 Wörtern und einem quadratischen Code. Wenn Sie dieses Handy verlieren, holen das Blatt und Ihr Passwort Ihr Logbuch auf ein neues zurück. Bewahren Sie das Blatt sicher auf, nicht bei Ihrem Handy. Bewahren Sie Ihr Passwort nicht zusammen mit ihm auf.
app-sheet-replaces = Ein neues Blatt ersetzt das alte: Ein altes Blatt funktioniert dann nicht mehr.
app-sheet-needs-hub = Das Blatt nutzt den Server. Tragen Sie zuerst die Server-Adresse auf der Seite „Abgleichen“ ein.
app-sheet-passphrase = Geben Sie Ihr Passwort ein, um ein Blatt zu machen
app-sheet-format = Speichern als
app-sheet-pdf = PDF, zum Drucken
app-sheet-png = Bild
app-sheet-make = Wiederherstellungsblatt machen
app-sheet-saved = Ihr Wiederherstellungsblatt ist gespeichert in { $path }. Drucken Sie es aus oder schreiben Sie die Wörter unten ab, und bewahren Sie das Papier sicher auf.
app-sheet-english = Das Blatt ist auf Englisch: Carnet kann die Buchstaben Ihrer Sprache noch nicht darauf schreiben.
app-sheet-words = Ihre 12 Wörter

## Settings: export and import

app-export-title = Exportieren und importieren
app-export-intro = Beim Exportieren wird Ihr ganzes Logbuch in einer Datei gespeichert, zum Aufbewahren oder um es jemandem zu geben, den Sie auswählen.
app-export-consent = Diese Datei enthält Ihr Logbuch in lesbarer Form: Sie ist nicht mit Ihrem Passwort verschlossen. Wer die Datei bekommt, kann alles darin lesen. Fotos sind nicht in der Datei.
app-export-agree = Verstanden. Datei speichern
app-export = Exportieren
app-export-saved = { $count ->
    [one] { $count } Eintrag gespeichert in { $path }.
   *[other] { $count } Einträge gespeichert in { $path }.
}
app-import-intro = Beim Importieren kommt der Inhalt einer exportierten Datei zu diesem Logbuch hinzu. Nichts in Ihrem Logbuch wird gelöscht.
app-import = Datei importieren
app-import-added = { $count ->
    [0] Keine neuen Einträge.
    [one] { $count } neuer Eintrag hinzugefügt.
   *[other] { $count } neue Einträge hinzugefügt.
}
app-import-updated = { $count ->
    [0] Kein Eintrag geändert.
    [one] { $count } Eintrag geändert.
   *[other] { $count } Einträge geändert.
}
app-import-unchanged = { $count ->
    [0] Kein Eintrag war schon gleich.
    [one] { $count } Eintrag war schon gleich.
   *[other] { $count } Einträge waren schon gleich.
}
app-import-profile = Ihr Profil wurde aktualisiert.
app-import-missing-photos = { $count ->
    [one] { $count } Foto aus der Datei ist nicht auf diesem Gerät.
   *[other] { $count } Fotos aus der Datei sind nicht auf diesem Gerät.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Ihr Wiederherstellungsblatt funktioniert weiter, mit Ihrem neuen Passwort.
app-passphrase-sheet-not-updated = Ihr Wiederherstellungsblatt konnte auf dem Server nicht aktualisiert werden. Bis Sie ein neues machen, braucht es Ihr altes Passwort. Machen Sie ein neues Blatt, wenn Sie verbunden sind.

## This device's name

app-device-name = Name dieses Geräts
app-device-name-hint = Der Name, den Ihre anderen Geräte für dieses zeigen, zum Beispiel „Aminas Handy“.
app-device-name-saved = Gespeichert. Ihre anderen Geräte zeigen ihn, nachdem dieses Gerät abgeglichen hat.
