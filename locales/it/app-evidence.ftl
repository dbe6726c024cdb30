# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = Foto e messaggi vocali
app-evidence-hint = Mostra quello che sai fare: fai una foto a un documento, o raccontalo con la tua voce.
app-evidence-add-photo = Aggiungi la foto di un certificato
app-evidence-record = Registra un messaggio vocale
app-evidence-attach-sound = Allega un file audio
app-evidence-adding-photo = Aggiunta della foto…
app-evidence-adding-voice = Aggiunta del messaggio vocale…
app-evidence-recording = Registrazione: { $time } di { $max }
app-evidence-stop = Ferma e tieni
app-evidence-starting = Avvio del microfono…
app-evidence-photo = Foto { $number }
app-evidence-voice = Messaggio vocale { $number }
app-evidence-view = Guarda in grande
app-evidence-close = Chiudi
app-evidence-missing = Non è ancora su questo telefono. Sincronizza per averlo.
app-evidence-other = Un file di un Carnet più recente. Aggiorna Carnet per vederlo.
app-evidence-saved = Salvato. Puoi aggiungerne altri.
app-evidence-remove-confirm = Togliere questo dalla voce? Viene eliminato anche da questo dispositivo.
