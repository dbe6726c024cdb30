# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = Foto's en spraakberichten
app-evidence-hint = Laat zien wat je kunt: maak een foto van een papier, of vertel erover met je stem.
app-evidence-add-photo = Foto van een certificaat toevoegen
app-evidence-record = Spraakbericht opnemen
app-evidence-attach-sound = Geluidsbestand toevoegen
app-evidence-adding-photo = Foto wordt toegevoegd…
app-evidence-adding-voice = Spraakbericht wordt toegevoegd…
app-evidence-recording = Opnemen: { $time } van { $max }
app-evidence-stop = Stoppen en bewaren
app-evidence-starting = Microfoon wordt gestart…
app-evidence-photo = Foto { $number }
app-evidence-voice = Spraakbericht { $number }
app-evidence-view = Groot bekijken
app-evidence-close = Sluiten
app-evidence-missing = Nog niet op deze telefoon. Synchroniseer om het te krijgen.
app-evidence-other = Een bestand van een nieuwere Carnet. Werk Carnet bij om het te zien.
app-evidence-saved = Opgeslagen. Je kunt meer toevoegen.
app-evidence-remove-confirm = Dit van het item weghalen? Het wordt ook van dit apparaat verwijderd.
