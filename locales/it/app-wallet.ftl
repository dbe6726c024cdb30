# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = Le mie conferme
app-present = Mostra le mie competenze
app-verify = Verifica un codice

## Wallet

app-wallet-title = Le mie conferme
app-wallet-intro = Queste sono le competenze che qualcuno ha firmato per te. Puoi mostrarle con un codice QR.
app-wallet-empty = Nessuno ha ancora firmato una competenza per te. Chiedi a un formatore, a un datore di lavoro o a un centro di confermare quello che sai fare.
app-wallet-by = Firmato da { $name } ({ $kind }, { $country })
app-wallet-issued = Firmato il { $date }
app-wallet-expires = Valido fino al { $date }
app-wallet-expired = Scaduto il { $date }
app-wallet-no-expiry = Non scade
app-wallet-damaged = Questa conferma è danneggiata e non si può mostrare. Chiedine una nuova alla persona che l'ha firmata.
app-standing-valid = Verificato: firmato da qualcuno della tua lista di fiducia
app-standing-unknown-issuer = Firmato, ma chi ha firmato non è nella tua lista di fiducia
app-standing-expired = Scaduto
app-standing-revoked = Ritirato da chi ha firmato
app-standing-malformed = Danneggiato

## Present: choosing what to show

app-present-title = Mostra le mie competenze
app-present-endorsed = Firmato da qualcuno
app-present-self = Dichiarato solo da me
app-present-self-hint = Chi verifica le vede come tue parole, non come firmate.
app-present-details = Cosa mostrare di ognuna
app-present-details-all = Tutto
app-present-details-short = Solo il nome e il livello
app-present-stage = Per chi è?
app-present-print = Da stampare su carta (valido 5 anni)
app-present-make = Mostra il codice QR
app-present-none = Scegli almeno una cosa da mostrare.
app-present-nothing-yet = Il tuo libretto è vuoto. Prima aggiungi qualcosa.

## Present: the QR code

app-qr-title = Fai inquadrare questo codice
app-qr-expires = Questo codice funziona fino al { $date }.
app-qr-preview = Cosa vedrà chi verifica
app-qr-preview-hide = Nascondi cosa vede chi verifica
app-qr-done = Fatto
app-qr-preview-note = Questo è quello che vedrà chi verifica con le stesse liste di fiducia di questo telefono.

## Verify

app-verify-title = Verifica un codice
app-verify-intro = Fai o scegli una foto di un codice QR di Carnet. Non viene inviato niente: la verifica avviene su questo dispositivo.
app-verify-picture = Fai o scegli una foto
app-verify-text = Oppure incolla il testo del codice (comincia con CN1:)
app-verify-check = Verifica
app-verify-checking = Verifica in corso…
app-verify-again = Verifica un altro codice

## The verdict

app-verdict-title = Risultato
app-verdict-made = Fatto per { $stage } il { $date }.
app-verdict-expires = Il codice funziona fino al { $date }.
app-verdict-newer = Questo codice è stato fatto da un Carnet più recente. Aggiorna Carnet per verificarlo.
app-item-endorsed = Firmato
app-item-self = Parole della persona
app-item-assessed = Verificato con { $how }
app-item-hidden = { $count ->
    [one] 1 dettaglio è nascosto dalla persona.
   *[other] { $count } dettagli sono nascosti dalla persona.
}

## Errors of these screens

error-wallet-no-key = Questo libretto non ha una chiave per firmare. Non è stato mostrato niente. Segnala questo problema.
error-wallet-not-endorsed = “{ $title }” non è ancora firmato da nessuno. Mostralo come “dichiarato solo da me”, o chiedi a qualcuno di confermarlo.
error-wallet-credential-damaged = La conferma di “{ $title }” è danneggiata. Mostrala come “dichiarato solo da me”, o chiedine una nuova.
error-wallet-entry-unfit = “{ $title }” non può entrare in un codice: il campo { $field } è troppo lungo o non è nella forma giusta. Modifica la voce, poi riprova.
error-wallet-selected-twice = “{ $title }” è scelto due volte. Sceglilo una volta sola.
error-wallet-nothing-chosen = Scegli almeno una cosa da mostrare.
error-wallet-too-large = È troppo per un codice QR ({ $chars } caratteri). Scegli meno cose, o mostra solo il nome e il livello.
error-wallet-credential = Non è stato possibile creare il codice. Non è stato mostrato niente. Segnala questo problema. (Per chi ti aiuta: { $reason })
error-wallet-no-code = In questa immagine non c'è un codice QR di Carnet. Rifai la foto, più da vicino e più nitida, con tutto il codice dentro.
error-wallet-not-a-picture = Questo file non è un'immagine che Carnet sa leggere. Usa una foto (JPEG o PNG).
error-wallet-picture-too-large = L'immagine è troppo grande ({ $width } × { $height } pixel). Fanne una più piccola e riprova.
error-wallet-got-request = Questa è una richiesta di firmare le competenze di qualcuno, non un codice che mostra competenze. Non è stato verificato niente.
error-wallet-trust-damaged = Le tue liste di fiducia sono danneggiate o sono state cambiate. Importale di nuovo. Fino ad allora, nessun firmatario è considerato affidabile.
error-wallet-trust-unreadable = Carnet non è riuscito a leggere le tue liste di fiducia in { $path }. Controlla che il dispositivo abbia spazio. (Per chi ti aiuta: { $reason })
error-wallet-not-yours = Questa conferma è stata fatta per il libretto di un'altra persona, non per il tuo. Non è stato tenuto niente. Controlla di aver ricevuto il tuo file.
error-wallet-bad-signature = La firma su questo file non corrisponde: è stato cambiato o danneggiato. Non è stato tenuto niente. Chiedi di nuovo il file.
error-wallet-not-a-credential = Questo file non è una conferma firmata di Carnet. Non è stato tenuto niente. Chiedi alla persona che ha firmato il file che ha creato.
error-wallet-too-many = Chiedi al massimo { $max } cose alla volta. Scegline meno.
error-wallet-not-from-request = Questa conferma non dice quale delle tue voci conferma. Non è stato tenuto niente. Chiedine una nuova, fatta dal tuo codice di richiesta.
error-wallet-entry-gone = Questa conferma riguarda una voce che non è più nel tuo libretto. Non è stato tenuto niente. Se l'hai eliminata, aggiungila di nuovo da una copia, poi chiedi una nuova conferma.

## Asking for a signature, and keeping it

app-request = Chiedi una firma
app-request-title = Chiedi una firma
app-request-intro = Mostra questo codice al formatore, al datore di lavoro o al centro che confermerà quello che sai fare. Lo inquadrano con Carnet e ti ridanno un file firmato.
app-request-key = La tua chiave: { $kid }. Chi firma vede lo stesso codice.
app-request-text = Lo stesso codice come testo, da inviare in un messaggio
app-request-next = Quando ricevi il file firmato, apri “Le mie conferme” e tocca “Aggiungi un file firmato”.
app-receive = Aggiungi un file firmato
app-received = Tenuto: { $name } ({ $kind }) ha firmato { $titles }.
