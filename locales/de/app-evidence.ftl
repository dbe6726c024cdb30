# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = Fotos und Sprachnachrichten
app-evidence-hint = Zeigen Sie, was Sie können: Fotografieren Sie ein Dokument oder erzählen Sie mit Ihrer Stimme davon.
app-evidence-add-photo = Foto eines Zeugnisses hinzufügen
app-evidence-record = Sprachnachricht aufnehmen
app-evidence-attach-sound = Tondatei anhängen
app-evidence-adding-photo = Foto wird hinzugefügt…
app-evidence-adding-voice = Sprachnachricht wird hinzugefügt…
app-evidence-recording = Aufnahme: { $time } von { $max }
app-evidence-stop = Stoppen und behalten
app-evidence-starting = Mikrofon wird gestartet…
app-evidence-photo = Foto { $number }
app-evidence-voice = Sprachnachricht { $number }
app-evidence-view = Groß ansehen
app-evidence-close = Schließen
app-evidence-missing = Noch nicht auf diesem Handy. Gleichen Sie ab, um es zu bekommen.
app-evidence-other = Eine Datei von einem neueren Carnet. Aktualisieren Sie Carnet, um sie zu sehen.
app-evidence-saved = Gespeichert. Sie können mehr hinzufügen.
app-evidence-remove-confirm = Das vom Eintrag entfernen? Es wird auch von diesem Gerät gelöscht.
