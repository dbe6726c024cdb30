# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Aggiungi un altro dispositivo
app-pair-intro = Metti il tuo libretto su un altro tuo telefono o computer. Tutti e due i dispositivi hanno bisogno del server.
app-pair-start = Aggiungi un altro dispositivo
app-pair-passphrase = Per aggiungere un dispositivo, scrivi la tua password.
app-pair-show = Mostra il codice
app-pair-scan = Sul nuovo dispositivo scegli “Unisciti a un libretto”, poi inquadra questo codice quadrato o scrivi il testo qui sotto.
app-pair-qr-alt = Codice quadrato da inquadrare con il nuovo dispositivo
app-pair-code-label = Il codice come testo
app-pair-expires = Il codice funziona ancora per { $time }.
app-pair-waiting = In attesa del nuovo dispositivo…
app-pair-request = “{ $name }” vuole il tuo libretto.
app-pair-compare = Il nuovo dispositivo mostra lo stesso codice?
app-pair-approve = Sì, permetti
app-pair-refuse = No
app-pair-approved = “{ $name }” ora ha il tuo libretto. Appare nell'elenco dei dispositivi dopo la sincronizzazione.
app-pair-refused = Hai detto di no. “{ $name }” non ha ricevuto niente.
app-pair-again = Mostra un nuovo codice

## Sync screen: the devices of this logbook

app-devices-title = I tuoi dispositivi
app-devices-none = Nessun dispositivo ha ancora sincronizzato questo libretto. Sincronizza, e questo dispositivo appare qui.
app-devices-this = Questo dispositivo
app-devices-added = Aggiunto il { $date }
app-devices-removed = Tolto il { $date }
app-devices-remove = Togli
app-devices-remove-confirm = Togliere “{ $name }”? Fallo quando un telefono è perso, venduto o regalato.
app-devices-remove-consequences = Tiene quello che ha già, ma non può ricevere niente di quello che aggiungi da ora in poi. Il tuo libretto riceve una nuova chiave, e gli altri tuoi dispositivi la ricevono quando sincronizzano. Per usare di nuovo quel dispositivo, aggiungilo di nuovo.
app-devices-remove-yes = Sì, toglilo
app-devices-removed-done = “{ $name }” è stato tolto. Il tuo libretto ha ora una nuova chiave, che quel dispositivo non ha.
app-devices-new-sheet = Il tuo foglio di recupero ha la vecchia chiave. Creane subito uno nuovo nelle Impostazioni e distruggi quello vecchio.

## First run: another way to start

app-start-other = Hai già un libretto?
app-start-join = Unisciti da un altro dispositivo
app-start-recover = Recupera con un foglio

## First run: joining a logbook from another device

app-join-title = Unisciti a un libretto
app-join-intro = Sull'altro tuo dispositivo apri Sincronizza e scegli “Aggiungi un altro dispositivo”. Appare un codice.
app-join-code = Il codice (comincia con CNP1:)
app-join-code-hint = Incolla o scrivi qui il codice
app-join-picture = Apri un'immagine del codice
app-join-name = Un nome per questo dispositivo
app-join-name-default = Il mio nuovo dispositivo
app-join-passphrase = Scegli una password per questo dispositivo
app-join-send = Continua
app-join-check = L'altro tuo dispositivo deve mostrare lo stesso codice. Dai il permesso lì.
app-join-waiting = In attesa del permesso dall'altro tuo dispositivo…
app-join-copying = Copia del tuo libretto…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Recupera il tuo libretto
app-recover-intro = Usa il tuo foglio di recupero e la tua password. Carnet riprende il tuo libretto dal server.
app-recover-by-words = Scrivi le 12 parole
app-recover-by-code = Usa il codice quadrato
app-recover-words = Le 12 parole, in ordine
app-recover-words-hint = parola1 parola2 parola3 …
app-recover-hub = L'indirizzo del server scritto sul foglio
app-recover-code = Il testo del codice quadrato (comincia con CNS1:)
app-recover-picture = Apri una foto del foglio
app-recover-passphrase = La tua password (quella che usavi prima)
app-recover-start = Recupera il mio libretto

## Reading a square code from a picture

app-picture-read = Il codice è stato letto dall'immagine.
app-scan-camera = Inquadra con la fotocamera
error-camera-scan = Nessun codice letto. Se Carnet non può usare la fotocamera, dai il permesso nelle impostazioni del telefono. Puoi anche aprire una foto del codice.

## Settings: the recovery sheet

app-sheet-title = Foglio di recupero
app-sheet-intro = Un foglio di recupero è un foglio di carta con 12 parole e un codice quadrato. Se perdi questo telefono, il foglio e la tua password ti riportano il libretto su un telefono nuovo. Tieni il foglio al sicuro, lontano dal telefono. Non tenere la password insieme al foglio.
app-sheet-replaces = Un nuovo foglio sostituisce quello vecchio: il foglio vecchio smette di funzionare.
app-sheet-needs-hub = Il foglio usa il server. Prima inserisci l'indirizzo del server nella schermata Sincronizza.
app-sheet-passphrase = Scrivi la tua password per creare un foglio
app-sheet-format = Salva come
app-sheet-pdf = PDF, da stampare
app-sheet-png = Immagine
app-sheet-make = Crea un foglio di recupero
app-sheet-saved = Il tuo foglio di recupero è salvato in { $path }. Stampalo, o scrivi a mano le parole qui sotto, e tieni il foglio al sicuro.
app-sheet-english = Il foglio è in inglese: Carnet non sa ancora scrivere le lettere della tua lingua sul foglio.
app-sheet-words = Le tue 12 parole

## Settings: export and import

app-export-title = Esporta e importa
app-export-intro = Esporta salva tutto il tuo libretto in un file, da tenere o da dare a qualcuno che scegli tu.
app-export-consent = Questo file contiene il tuo libretto in forma leggibile: non è chiuso con la tua password. Chiunque abbia il file può leggere tutto. Le foto non sono nel file.
app-export-agree = Ho capito. Salva il file
app-export = Esporta
app-export-saved = { $count ->
    [one] { $count } voce salvata in { $path }.
   *[other] { $count } voci salvate in { $path }.
}
app-import-intro = Importa aggiunge a questo libretto quello che c'è in un file esportato. Niente del tuo libretto viene eliminato.
app-import = Importa un file
app-import-added = { $count ->
    [0] Nessuna voce nuova.
    [one] { $count } voce nuova aggiunta.
   *[other] { $count } voci nuove aggiunte.
}
app-import-updated = { $count ->
    [0] Nessuna voce cambiata.
    [one] { $count } voce cambiata.
   *[other] { $count } voci cambiate.
}
app-import-unchanged = { $count ->
    [0] Nessuna voce era già uguale.
    [one] { $count } voce era già uguale.
   *[other] { $count } voci erano già uguali.
}
app-import-profile = Il tuo profilo è stato aggiornato.
app-import-missing-photos = { $count ->
    [one] { $count } foto indicata nel file non è su questo dispositivo.
   *[other] { $count } foto indicate nel file non sono su questo dispositivo.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Il tuo foglio di recupero funziona ancora, con la tua nuova password.
app-passphrase-sheet-not-updated = Non è stato possibile aggiornare il tuo foglio di recupero sul server. Finché non ne crei uno nuovo, serve la tua vecchia password. Crea un nuovo foglio quando sei connesso.

## This device's name

app-device-name = Nome di questo dispositivo
app-device-name-hint = Il nome che gli altri tuoi dispositivi mostrano per questo, per esempio “Telefono di Amina”.
app-device-name-saved = Salvato. Gli altri tuoi dispositivi lo mostrano dopo che questo dispositivo si sincronizza.
