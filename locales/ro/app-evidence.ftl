# Review status: machine-drafted, needs review by a native speaker.
# Fotografii ale documentelor și note vocale la o înregistrare.

app-evidence-title = Fotografii și note vocale
app-evidence-hint = Arătați ce știți să faceți: fotografiați o hârtie sau povestiți despre asta cu vocea.
app-evidence-add-photo = Adăugați o fotografie a unui certificat
app-evidence-record = Înregistrați o notă vocală
app-evidence-attach-sound = Atașați un fișier audio
app-evidence-adding-photo = Adăugăm fotografia…
app-evidence-adding-voice = Adăugăm nota vocală…
app-evidence-recording = Înregistrare: { $time } din { $max }
app-evidence-stop = Opriți și păstrați
app-evidence-starting = Pornim microfonul…
app-evidence-photo = Fotografia { $number }
app-evidence-voice = Nota vocală { $number }
app-evidence-view = Vedeți mare
app-evidence-close = Închideți
app-evidence-missing = Nu este încă pe acest telefon. Sincronizați pentru a o primi.
app-evidence-other = Un fișier dintr-un Carnet mai nou. Actualizați Carnet pentru a-l vedea.
app-evidence-saved = Salvat. Puteți adăuga mai multe.
app-evidence-remove-confirm = Scoateți asta din înregistrare? Se șterge și de pe acest dispozitiv.
