# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = La password non è giusta. Controllala e riprova. Le maiuscole contano.
error-too-many-attempts = { $minutes ->
    [one] Troppe password sbagliate. Aspetta 1 minuto, poi riprova.
   *[other] Troppe password sbagliate. Aspetta { $minutes } minuti, poi riprova.
}
error-passphrase-too-short = Questa password è troppo corta. Usa almeno { $min } caratteri.

## The logbook files

error-no-logbook = In questa cartella non c'è ancora un libretto. Prima creane uno, o scegli la cartella dove si trova il tuo libretto.
error-already-exists = In questa cartella c'è già un libretto. Non è cambiato niente.
error-damaged-key-file = La chiave del tuo libretto è danneggiata o manca, quindi non si può aprire. Rimetti una copia di backup, o una copia da un dispositivo che hai collegato a questo.
error-damaged-database = Il tuo libretto è danneggiato, quindi non si può aprire. Rimetti una copia di backup, o una copia da un dispositivo che hai collegato a questo.
error-too-new = { $what ->
    [export-file] Questo file è stato creato da una versione più recente di Carnet. Aggiorna Carnet, poi riprova.
    [taxonomy] I dati ESCO arrivati con Carnet sono di una versione più recente di Carnet. Aggiorna Carnet, poi riprova.
   *[other] Il tuo libretto è stato salvato da una versione più recente di Carnet. Aggiorna Carnet, poi riprova.
}
error-disk-full = Il disco è pieno. Non si è perso niente. Libera un po' di spazio, per esempio eliminando file vecchi, poi riprova.
error-io = Carnet non è riuscito a leggere o scrivere i file del tuo libretto. Controlla che la cartella esista e che tu possa scriverci, poi riprova.
error-internal = Qualcosa è andato storto dentro Carnet. È un errore di Carnet, non tuo. Avvisa le persone che fanno Carnet.

## Entries

error-not-found = Nessuna voce ha l'id “{ $id }”. Controlla l'id e riprova.
error-ambiguous-id = Più di una voce comincia con “{ $id }”. Scrivi una parte più lunga dell'id.

## Values the person typed

error-invalid-kind = “{ $value }” non è un tipo di voce. Usa skill, qualification, experience, language o learning.
error-invalid-date = “{ $value }” non è una data. Scrivi un anno (2019), un mese (2019-05) o un giorno (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” non è un livello di lingua. Usa A1, A2, B1, B2, C1 o C2.
    [qualification] “{ $value }” non è un livello per un titolo di studio. Usa un numero da 1 a 8 (EQF).
    [learning] “{ $value }” non è un livello per un corso. Usa un numero da 1 a 8 (EQF).
    [eqf] “{ $value }” non è un livello EQF. Usa un numero da 1 a 8.
   *[other] “{ $value }” non è un livello. Usa basic, intermediate, advanced o expert.
}
error-invalid-country = “{ $value }” non è un codice di paese. Usa due lettere, per esempio SY, AF, ER o DE.
error-invalid-language = “{ $value }” non è un codice di lingua. Usa un codice breve, per esempio ar, fa-AF o en.
error-invalid-esco = “{ $value }” non è un indirizzo ESCO. Comincia con http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” non è un codice di professione ISCO-08. Usa da 1 a 4 cifre, per esempio 7212.
error-invalid-proficiency = “{ $value }” non è un livello. Usa basic, intermediate, advanced o expert.
error-invalid-context = “{ $value }” non è un modo di imparare. Usa formal, non-formal o informal.
error-invalid-stage = “{ $value }” non è una tappa. Usa recruitment, pre-departure, arrival, career o return.
error-invalid-field = “{ $value }” non è qualcosa che puoi cambiare. Usa uno di questi: { $expected }.
error-empty-field = { $field ->
    [title] Il titolo è vuoto. Scrivi un titolo breve.
   *[other] Il campo { $field } è vuoto. Scrivici qualcosa.
}
error-date-order = La data di fine { $to } è prima della data di inizio { $from }. Controlla le due date.
error-import-format = Questo file non è un'esportazione di Carnet, quindi non si può leggere. Scegli un file esportato da Carnet.

## Photos

error-evidence-not-an-image = Questo file non è una foto. Carnet accetta immagini JPEG, PNG e WebP.
error-evidence-unsupported-format = Questa è un'immagine { $format }, e Carnet non può usarla. Salvala come JPEG, PNG o WebP, poi riprova.
error-evidence-damaged = La foto è danneggiata o non completa. Fai o scegli di nuovo la foto.
error-evidence-too-large = L'immagine è troppo grande ({ $width } × { $height } pixel). Fai la foto con una qualità più bassa, o scegli una copia più piccola.
error-evidence-file-too-big = Il file è troppo grande ({ $megabytes } MB). Il limite è 32 MB. Scegli un file più piccolo.
error-evidence-encode-failed = Carnet non è riuscito a salvare la foto. Riprova. Se succede ancora, avvisa le persone che fanno Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” non è un indirizzo di server. Un indirizzo di server è così: http://192.168.1.10:8470. Chiedilo al centro.
error-sync-no-hub = Per questo libretto non è ancora impostato nessun server. Chiedi al centro l'indirizzo del loro server.
error-sync-unreachable = Carnet non riesce a raggiungere il server all'indirizzo { $url }. Il tuo libretto è al sicuro su questo dispositivo. Riprova quando sei connesso alla rete del centro.
error-sync-refused = Il server non accetta questo dispositivo per questo libretto. Se hai tolto questo dispositivo dal tuo libretto, è normale. Altrimenti, chiedi al centro.
error-sync-unknown-logbook = Il server non ha ancora una copia di questo libretto. Prima sincronizza il dispositivo che ha il tuo libretto, poi riprova.
error-sync-rate-limited = Il server è occupato. Aspetta { $seconds } secondi, poi riprova. Il tuo libretto è al sicuro su questo dispositivo.
error-sync-hub-full = Il server non ha più spazio per il tuo libretto. Il tuo libretto è al sicuro su questo dispositivo. Chiedi al centro.
error-sync-hub-error = Il server ha avuto un problema ({ $status } { $code }). Il tuo libretto è al sicuro su questo dispositivo. Riprova più tardi, o chiedi al centro.
error-sync-protocol = Il server ha mandato qualcosa che questa versione di Carnet non sa leggere. Il tuo libretto è al sicuro su questo dispositivo. Aggiorna Carnet, o chiedi al centro.
error-sync-forged = Il server ha mandato una modifica danneggiata o cambiata da qualcuno. Carnet non l'ha usata, e il tuo libretto non è cambiato. Avvisa il centro.
error-sync-incomplete = Il server non ha mandato tutte le modifiche che doveva. Carnet non le ha usate, e il tuo libretto non è cambiato. Riprova più tardi, o avvisa il centro.
error-sync-unknown-epoch = Questo dispositivo non ha la chiave più recente del tuo libretto, quindi non può leggere quello che ha il server. Se hai tolto questo dispositivo, è normale. Altrimenti, collegalo di nuovo.
error-sync-rolled-back = Il server ha perso dei dati. Il tuo libretto su questo dispositivo è completo e non è cambiato. Avvisa il centro.
error-sync-pairing-code = Questo non è un codice di collegamento, o ne manca una parte. Mostra di nuovo il codice sull'altro tuo dispositivo, e inquadralo o scrivilo tutto.
error-sync-pairing-expired = Questo codice di collegamento è troppo vecchio. Mostra un nuovo codice sull'altro tuo dispositivo.
error-sync-pairing-taken = Un altro dispositivo ha già risposto a questo codice di collegamento. Non è stato condiviso niente. Mostra un nuovo codice sull'altro tuo dispositivo e riprova.
error-sync-pairing-refused = L'altro tuo dispositivo ha detto di no a questo collegamento. Non è stato condiviso niente.
error-sync-remove-self = Questo è il dispositivo che stai usando. Per toglierlo, fallo da un altro dei tuoi dispositivi.
error-sync-cancelled = Hai smesso di aspettare l'altro dispositivo. Non è stato condiviso niente. Ricomincia quando tutti e due i dispositivi sono pronti.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Questo non è il codice quadrato di un foglio di recupero di Carnet, o Carnet non è riuscito a leggerlo tutto. Fai una foto più nitida di tutto il codice, o scrivi le 12 parole.
error-sync-recovery-words = { $problem ->
    [count] Un foglio di recupero ha 12 parole; ne hai date { $position }. Scrivile tutte e 12, in ordine.
    [unknown] La parola { $position } non è una parola dei fogli di recupero. Controlla come è scritta sul foglio.
   *[other] Le parole non vanno insieme: una è sbagliata, o due sono scambiate. Controlla ogni parola sul foglio.
}
error-sync-recovery-no-box = Il server non ha niente per questo foglio di recupero. Forse un foglio più recente l'ha sostituito, o il foglio è per un altro server. Usa il tuo foglio più recente.
error-sheet-write = Carnet non è riuscito a scrivere il foglio in { $path }. Controlla la cartella e lo spazio libero. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet non trova il suo file di dati ESCO ({ $path }). Installa di nuovo Carnet.
error-taxonomy-damaged = Il file di dati ESCO di Carnet è danneggiato ({ $reason }). Installa di nuovo Carnet.
error-unknown-concept = Nessuna competenza o professione ESCO è “{ $concept }”. Trova il suo indirizzo con carnet esco search.
error-not-an-occupation = “{ $concept }” è una competenza ESCO, non una professione. Trova la professione con carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet non ha trovato un codice quadrato in questa immagine. Fai una foto più nitida di tutto il codice, o scrivi invece il codice.
error-save-file = Carnet non è riuscito a salvare il file in { $path }. Controlla lo spazio libero. ({ $reason })

## Voice notes

error-evidence-not-audio = Questo file non è una registrazione audio. Carnet accetta file audio WebM, Ogg, MP4, M4A, AAC, MP3 e WAV.
error-evidence-audio-is-video = Questo file è un video. Carnet tiene solo l'audio. Registra un messaggio vocale, o scegli un file audio.
error-evidence-audio-too-big = Il file audio è troppo grande ({ $megabytes } MB). Il limite è 5 MB. Registra un messaggio vocale più breve.
error-evidence-audio-damaged = Il file audio è danneggiato o non completo. Registralo o sceglilo di nuovo.
error-evidence-not-evidence = Questo file non è una foto e non è una registrazione audio. Carnet accetta foto (JPEG, PNG, WebP) e file audio (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet non ha il permesso di usare il microfono. Dai il permesso nelle impostazioni del telefono, o allega un file audio.
error-microphone-failed = Carnet non è riuscito a registrare. Riprova, o allega un file audio.
error-recording-empty = Non è stato registrato niente. Riprova e parla dopo aver premuto il pulsante.
error-evidence-missing = Questa foto o questo messaggio vocale non è ancora su questo dispositivo ({ $sha }). Sincronizza per averlo.
