# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library. $what and $expected only choose the sentence.

## Files and texts

error-credential-malformed = { $what ->
        [request] Questa richiesta è danneggiata, o non è una richiesta di Carnet. Chiedila di nuovo.
        [credential] Questo file di attestato è danneggiato, o non è un attestato di Carnet. Chiedi alla persona che ha confermato le tue voci di mandarlo di nuovo.
       *[other] Questo è danneggiato, o non è un file di Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Questa non è una richiesta di Carnet: è un altro tipo di file di Carnet. Una richiesta si crea con carnet request.
        [credential] Questo non è un attestato di Carnet: è un altro tipo di file di Carnet. Controlla di aver scelto il file che ti ha dato la persona che ha confermato le tue voci.
       *[other] Questo è un altro tipo di file di Carnet. Controlla di aver scelto il file giusto.
    }
error-credential-newer-version = { $what ->
        [request] Questa richiesta è stata fatta da un Carnet più recente.
        [credential] Questo attestato è stato fatto da un Carnet più recente.
        [text] Questo codice è stato fatto da un Carnet più recente.
       *[other] Questo è stato fatto da un Carnet più recente.
    } Aggiorna Carnet, poi riprova.
error-credential-invalid-field = Un valore non si può usare ({ $field }): è troppo lungo o non è nella forma giusta. Non è stato scritto niente.
error-credential-entry-count = Una richiesta contiene da 1 a { $max } voci, non { $found }. Per farne confermare di più, fai due richieste.
error-credential-invalid-key = Questa non è una chiave pubblica valida. Controlla che sia stata copiata tutta.
error-credential-bad-signature = La firma su questo attestato non corrisponde: è stato cambiato o danneggiato dopo la firma. Non è stato tenuto niente. Chiedi di nuovo il file.
error-credential-not-yours = Questo attestato è stato fatto per il libretto di un'altra persona, non per il tuo. Non è stato tenuto niente. Controlla di aver ricevuto il tuo file.
error-credential-no-such-entry = In questo attestato non c'è la voce { $index }.
error-credential-duplicate-entry = La voce { $index } è scelta due volte.
error-credential-wrong-prefix = Questo testo non è un codice di Carnet: non comincia con CN1: (competenze da verificare) o CNR1: (una richiesta di conferma).
error-credential-base45 = Il testo ha lettere che un codice di Carnet non può avere. Forse è tagliato o scritto male.
error-credential-zlib = Il codice è tagliato o danneggiato.
error-credential-too-large = Il codice è troppo grande per essere un codice di Carnet.

## QR codes

error-qr-not-alphanumeric = Il testo ha caratteri che un codice QR per Carnet non può contenere. È un errore di Carnet; segnalalo.
error-qr-too-large = È troppo per un codice QR: { $chars } caratteri, e un codice QR che i telefoni leggono bene (versione { $version }, livello { $ec }) ne contiene { $capacity }. Non è stato scritto niente. { $what ->
        [request] Chiedi meno voci alla volta, oppure scrivi la richiesta in un file che finisce con .cbor.
       *[other] Scegli meno voci, o mostra meno parti con --fields.
    }
error-qr-bad-version = Questa dimensione di codice QR non esiste.
error-qr-bad-module-size = Questa dimensione di punto non è possibile.
error-qr-not-an-image = Il file non è un'immagine che Carnet sa leggere. Usa PNG, JPEG o WebP.
error-qr-image-too-large = L'immagine è troppo grande ({ $width } × { $height } pixel). Rimpiccioliscila e riprova.
error-qr-not-found = Nell'immagine non si legge nessun codice QR. Fai una foto più nitida e più da vicino, con tutto il codice dentro.
error-qr-render-failed = Non è stato possibile creare l'immagine QR. È un errore di Carnet; segnalalo.
