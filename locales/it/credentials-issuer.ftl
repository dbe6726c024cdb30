# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Firma le competenze di altre persone, come formatore, datore di lavoro, centro, scuola o collega.
cli-cmd-issuer-init = Crea la tua chiave di firma come emittente. È chiusa con una password.
cli-cmd-issuer-show = Mostra il tuo nome di emittente, il tipo e la chiave pubblica. Non serve la password.
cli-cmd-issuer-revoke = Ritira un attestato che hai firmato, con il suo numero.
cli-cmd-issuer-status-list = Scrivi la lista firmata degli attestati che hai ritirato, da dare a chi verifica.
cli-cmd-endorse = Firma una richiesta che qualcuno ti ha dato, e scrivi l'attestato da ridare.
cli-cmd-trust = Scegli di quali firme ti fidi quando verifichi un codice QR.
cli-cmd-trust-anchor = Ancore di fiducia: le reti o le autorità che si fanno garanti degli emittenti.
cli-cmd-trust-anchor-init = Crea una chiave di firma come ancora di fiducia, per farti garante di emittenti.
cli-cmd-trust-anchor-show = Mostra il nome e la chiave pubblica della tua ancora di fiducia.
cli-cmd-trust-anchor-add = Fidati delle liste firmate con la chiave di questa ancora di fiducia.
cli-cmd-trust-bundle = Come ancora di fiducia, firma una lista di emittenti di cui sei garante.
cli-cmd-trust-import = Aggiungi da un file una lista firmata di emittenti di fiducia.
cli-cmd-trust-list = Mostra gli emittenti di cui ti fidi, e quanto è vecchia ogni lista.
cli-cmd-revocation = Liste di attestati che gli emittenti hanno ritirato.
cli-cmd-revocation-import = Aggiungi la lista firmata di un emittente con gli attestati che ha ritirato.
cli-cmd-verify = Verifica un codice QR di Carnet: chi ha firmato ogni competenza, e se vale ancora.

## Help: what to give

cli-arg-issuer-name = Il tuo nome o il nome della tua organizzazione, come devono vederlo le persone.
cli-arg-issuer-country = Il tuo paese, con due lettere, come KE o PT.
cli-arg-issuer-kind = Cosa sei: trainer (formatore), employer (datore di lavoro), centre (centro), college (scuola) o colleague (collega).
cli-arg-revoke-index = Il numero dell'attestato da ritirare.
cli-arg-cred-out = Il file da scrivere.
cli-arg-endorse-request = La richiesta che ti ha dato la persona: il file (request.cbor), un'immagine del suo codice QR (PNG o JPEG), o un file di testo con il testo che comincia con CNR1:
cli-arg-endorse-text = Il testo della richiesta, che comincia con CNR1:, se la persona l'ha mandato in un messaggio. Invece di un file.
cli-arg-endorse-assessed-by = Come hai verificato la competenza: observation, test, document o interview.
cli-arg-endorse-expires = L'ultimo giorno in cui l'attestato vale, come 2027-05-14. Senza questa opzione, non scade.
cli-arg-endorse-valid-days = Per quanti giorni vale l'attestato, da oggi.
cli-arg-anchor-name = Il nome dell'ancora di fiducia, come devono vederlo le persone.
cli-arg-anchor-key = La chiave pubblica dell'ancora di fiducia: 64 lettere e cifre.
cli-arg-bundle-issuer = Il file di un emittente, da carnet issuer show --json. Indicalo una volta per emittente.
cli-arg-trust-file = Il file della lista di fiducia (.cbor).
cli-arg-status-file = Il file della lista dell'emittente (.cbor).
cli-arg-verify-image = Un'immagine del codice QR: PNG, JPEG o WebP.
cli-arg-verify-text = Il testo del codice QR, che comincia con CN1:
cli-arg-verify-nonce = Il numero che hai chiesto alla persona di mettere nel codice (hex).
cli-arg-verify-audience = Il nome che hai chiesto alla persona di mettere nel codice.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = La tua chiave di emittente per { $name } è pronta. Tieni al sicuro la tua password: senza di lei non puoi firmare.
issuer-label-name = Nome:
issuer-label-country = Paese:
issuer-label-kind = Tipo:
issuer-label-public-key = Chiave pubblica:
issuer-label-kid = Impronta della chiave:
issuer-label-issued = Numeri dati:
issuer-label-revoked = Ritirati:
issuer-revoked = L'attestato numero { $index } è ritirato.
issuer-already-revoked = L'attestato numero { $index } era già ritirato.
issuer-revoked-next-step = Chi verifica lo saprà solo dalla tua prossima lista: scrivila con carnet issuer status-list --out list.cbor, poi dagli il file.
issuer-status-list-written = { $count ->
    [one] La lista è in { $path }. Contiene 1 attestato ritirato.
   *[other] La lista è in { $path }. Contiene { $count } attestati ritirati.
}

endorse-intro = { $count ->
    [one] Stai per firmare 1 voce per la persona con la chiave { $holder }:
   *[other] Stai per firmare { $count } voci per la persona con la chiave { $holder }:
}
endorse-entry = { $title } ({ $kind }, livello { $level }, { $dates })
endorse-untitled = (senza titolo)
endorse-how-observation = Dici di averla vista farlo.
endorse-how-test = Dici che ha superato una prova.
endorse-how-document = Dici di aver controllato un documento.
endorse-how-interview = Dici di averlo verificato in un colloquio.
endorse-expires-on = Vale fino al { $date }.
endorse-no-expiry = Non scade.
endorse-written = { $count ->
    [one] Firmato. Ridai { $path } alla persona. Il suo numero è { $first }.
   *[other] Firmato. Ridai { $path } alla persona. I numeri vanno da { $first } a { $last }.
}

trust-anchor-added = Ora ti fidi delle liste firmate da { $name } (impronta della chiave { $kid }).
trust-bundle-written = { $count ->
    [one] La lista firmata di 1 emittente è in { $path }.
   *[other] La lista firmata di { $count } emittenti è in { $path }.
}
trust-imported = { $count ->
    [one] Aggiunta una lista di fiducia di 1 emittente, creata il { $date }.
   *[other] Aggiunta una lista di fiducia di { $count } emittenti, creata il { $date }.
}
trust-list-empty = Non ti fidi ancora di nessun emittente. Aggiungi una lista di fiducia con carnet trust import.
trust-list-bundle = { $days ->
    [0] Lista di fiducia di { $anchor }, creata oggi ({ $date }):
    [one] Lista di fiducia di { $anchor }, creata 1 giorno fa ({ $date }):
   *[other] Lista di fiducia di { $anchor }, creata { $days } giorni fa ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, impronta della chiave { $kid }
revocation-imported = { $count ->
    [one] Aggiunta la lista di { $name }, creata il { $date }: 1 attestato ritirato.
   *[other] Aggiunta la lista di { $name }, creata il { $date }: { $count } attestati ritirati.
}

## Errors of these commands

error-issuer-exists = In questa cartella c'è già una chiave di emittente. Non è cambiato niente.
error-no-issuer = In questa cartella non c'è ancora una chiave di emittente. Creane una con carnet issuer init.
error-issuer-damaged = La chiave di emittente in questa cartella è danneggiata o non corrisponde ai suoi dati. Rimetti una copia di backup.
error-anchor-exists = In questa cartella c'è già una chiave di ancora di fiducia. Non è cambiato niente.
error-no-anchor = In questa cartella non c'è ancora una chiave di ancora di fiducia. Creane una con carnet trust anchor init.
error-anchor-damaged = La chiave di ancora di fiducia in questa cartella è danneggiata o non corrisponde ai suoi dati. Rimetti una copia di backup.
error-identity-too-new = Questa chiave è stata creata da un Carnet più recente. Aggiorna Carnet per usarla.
error-storage-file = Carnet non è riuscito a scrivere o leggere { $path }. Controlla che ci sia spazio e che tu possa scrivere lì. (Per chi ti aiuta: { $reason })
error-file-too-big = { $path } è troppo grande per essere un file di Carnet.
error-issuer-kind = “{ $value }” non è un tipo di emittente. Scrivi trainer, employer, centre, college o colleague.
error-assessed-by = “{ $value }” non è un modo di verificare. Scrivi observation, test, document o interview.
error-expires-date = “{ $value }” non è un giorno. Scrivilo come anno-mese-giorno, come 2027-05-14.
error-expires-past = Il giorno di fine deve essere dopo oggi.
error-issuer-indexes-used-up = Questa chiave di emittente ha usato tutti i suoi numeri. Crea una nuova chiave di emittente.
error-revoke-not-issued = Non hai firmato nessun attestato con il numero { $index }. I tuoi numeri vanno da 0 a meno di { $next }.
error-anchor-name = Il nome deve avere da 1 a 100 caratteri.
error-anchor-known = Ti fidi già di questa ancora di fiducia (impronta della chiave { $kid }).
error-issuer-file = { $path } non è il file di un emittente. Chiedi all'emittente il risultato di carnet issuer show --json.
error-trust-bundle-not-newer = Hai già questa lista di fiducia o una più recente della stessa ancora di fiducia. Non è cambiato niente.
error-status-list-not-newer = Hai già una lista più recente di questo emittente. Non è cambiato niente.
error-status-list-issuer-unknown = Questa lista è di un emittente di cui non ti fidi ancora (impronta della chiave { $kid }). Prima importa una lista di fiducia che lo contiene.
error-verifier-damaged = Le tue liste di fiducia salvate sono danneggiate o sono state cambiate. Importale di nuovo.
error-verify-nonce = “{ $value }” non è un numero in hex, come 3fa9.
error-verify-got-request = Questa è una richiesta di confermare le voci di qualcuno (il testo comincia con CNR1:), non un codice che mostra competenze. Non è stato verificato niente. Chi conferma la firma con: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Questo è un codice che mostra le competenze di qualcuno (il testo comincia con CN1:), non una richiesta di confermarle. Non è stato firmato niente. Per verificarlo, scrivi: carnet verify PICTURE, o carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = La lista di fiducia è danneggiata o non è una lista di fiducia.
error-trust-bundle-wrong-file = Questo è un altro tipo di file di Carnet, non una lista di fiducia.
error-trust-bundle-newer-version = Questa lista di fiducia è stata fatta da un Carnet più recente. Aggiorna Carnet per leggerla.
error-trust-bundle-unknown-anchor = Questa lista di fiducia è firmata da un'ancora di fiducia di cui non ti fidi (impronta della chiave { $kid }). Prima aggiungila con carnet trust anchor add, se la conosci.
error-trust-bundle-bad-signature = La firma su questa lista di fiducia non corrisponde. Il file è stato cambiato o danneggiato.
error-trust-bundle-invalid = Un valore nella lista di fiducia non si può usare ({ $field }).
error-trust-bundle-too-large = La lista di fiducia è troppo grande.
error-status-list-malformed = La lista è danneggiata o non è una lista di attestati ritirati.
error-status-list-wrong-file = Questo è un altro tipo di file di Carnet, non una lista di attestati ritirati.
error-status-list-newer-version = Questa lista è stata fatta da un Carnet più recente. Aggiorna Carnet per leggerla.
error-status-list-wrong-issuer = Questa lista appartiene a un altro emittente ({ $found }, non { $expected }).
error-status-list-bad-signature = La firma su questa lista non corrisponde. Il file è stato cambiato o danneggiato.
error-status-list-invalid = Un valore nella lista non si può usare ({ $field }).
error-status-list-too-large = La lista è troppo grande.
