# Review status: machine-drafted, needs review by a native speaker.
# Credential commands a holder uses: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Crea un file che chiede a un formatore, un datore di lavoro o un centro di confermare delle voci.
    .long = Crea una richiesta che chiede a un formatore, un datore di lavoro, un centro, una scuola o un collega di confermare alcune delle tue voci: un file, un codice QR (un nome che finisce con .png o .svg) da mostrare sul telefono o da stampare, oppure con --text un testo da mandare in un messaggio. Daglielo. Lo firmano e ti ridanno un file di attestato, che tieni con: carnet receive
cli-cmd-holder-receive = Tieni un attestato che un formatore, un datore di lavoro o un centro ha firmato per te.
cli-cmd-holder-credentials = Elenca gli attestati che hai, voce per voce. Anche: carnet wallet
cli-cmd-holder-present = Mostra le voci scelte in un solo codice QR che chiunque può verificare senza internet.
    .long = Mostra le voci scelte in un solo codice QR che chiunque può verificare senza internet. Le voci confermate appaiono con chi le ha confermate; le voci date con --self-declared appaiono come dichiarate solo da te. Sullo schermo il codice funziona per 24 ore; con --print, per 5 anni.
cli-cmd-holder-export = Scrivi una voce confermata come W3C Verifiable Credential (Open Badges 3.0) per altre app.
    .long = Scrivi una voce confermata come W3C Verifiable Credential 2.0 (un badge Open Badges 3.0), firmata dalla persona che l'ha confermata, così che altri wallet e app possano verificarla. Senza --out viene scritta sullo schermo.

## Help: arguments

cli-arg-holder-request-ids = Le voci da confermare: i loro id, o i primi 4 o più caratteri di ognuno. Per vedere gli id, scrivi: carnet list
cli-arg-holder-request-out = Dove scrivere la richiesta: un nome che finisce con .png o .svg crea un'immagine di codice QR; qualsiasi altro nome, come request.cbor, un file.
cli-arg-holder-request-text = Scrivi sullo schermo il testo della richiesta (comincia con CNR1:), per mandarlo in un messaggio.
cli-arg-holder-receive-file = Il file di attestato che ti hanno dato, per esempio credential.cbor.
cli-arg-holder-present-select = Voci confermate da mostrare: i loro id, o i primi 4 o più caratteri di ognuno.
cli-arg-holder-present-fields = Mostra solo queste parti di ogni voce, separate da virgole, per esempio title,level. Le altre restano nascoste. Le parti sono: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Senza questa opzione, si mostra tutto.
cli-arg-holder-present-self-declared = Voci da mostrare come dichiarate solo da te, non confermate da nessuno.
cli-arg-holder-present-stage = Per cosa lo mostri: recruitment, pre-departure, arrival, career o return. Se non indicato: recruitment.
cli-arg-holder-present-audience = A chi lo mostri, se ti hanno chiesto di indicarlo, per esempio il nome di un'agenzia.
cli-arg-holder-present-nonce = Il codice che ti ha dato chi verifica, se te ne ha dato uno (caratteri 0-9 e a-f).
cli-arg-holder-present-print = Crealo per la carta: il codice resiste meglio a graffi e pieghe, e funziona per 5 anni invece di 24 ore.
cli-arg-holder-present-out = L'immagine da scrivere: un nome che finisce con .png o .svg.
cli-arg-holder-present-text = Scrivi anche il testo dentro il codice QR, per mandarlo in un messaggio.
cli-arg-holder-export-id = La voce confermata: il suo id, o i suoi primi 4 o più caratteri.
cli-arg-holder-export-format = Il formato da scrivere. Solo: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Scrivilo come token firmato (VC-JWT) invece che come JSON con una prova.
cli-arg-holder-export-out = Il file da scrivere, per esempio badge.json o badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Questa richiesta chiede di confermare 1 voce.
       *[other] Questa richiesta chiede di confermare { $count } voci.
    } Chi conferma vedrà queste parti di ognuna:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Richiesta scritta in { $path }.
holder-request-next = Dai il file alla persona che conferma. Quando ti ridà un file di attestato, scrivi: carnet receive FILE
holder-receive-done = Tenuto: confermato da { $issuer }, { $kind }, { $country }. Come ha verificato: { $assessed }.
holder-validity-until = Rilasciato il { $issued }. Valido fino al { $expires }.
holder-validity-open = Rilasciato il { $issued }. Nessuna scadenza.
holder-wallet-empty = Non hai ancora attestati. Per chiederne uno, scrivi: carnet request ID --out request.cbor
holder-wallet-damaged = Un attestato che non si può più leggere. Chiedine uno nuovo alla persona che l'ha dato.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): rilasciato il { $issued }, valido fino al { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): rilasciato il { $issued }, nessuna scadenza
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): rilasciato il { $issued }, scaduto il { $expires }
holder-present-nothing = Di' cosa mostrare: --select ID per le voci confermate, --self-declared ID per le altre.
holder-present-done = Codice QR scritto in { $path }: { $endorsed } confermate, { $declared } dichiarate da te.
holder-present-size = Dimensione: QR versione { $version }, livello { $ec }, { $chars } caratteri.
holder-present-expires = Si può verificare fino al { $when } ({ $hours } ore).
holder-present-by-kid = Per farlo entrare, gli emittenti sono indicati con un'impronta breve. Chi verifica vede chi sono solo se la sua lista di emittenti di fiducia li contiene.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = un formatore
holder-issuer-kind-employer = un datore di lavoro
holder-issuer-kind-centre = un centro
holder-issuer-kind-college = una scuola
holder-issuer-kind-colleague = un collega (una persona che ha lavorato con te, non un'organizzazione)

## How they checked

holder-assessed-observation = ti ha visto lavorare
holder-assessed-test = una prova
holder-assessed-document = ha controllato un documento
holder-assessed-interview = un colloquio

## Errors

error-holder-no-key = Questo libretto non ha una chiave per firmare gli attestati. Non è cambiato niente. Segnala questo problema.
error-holder-write-file = Non è stato possibile scrivere il file { $path }: { $reason }. Controlla che la cartella esista e che ci sia spazio libero, poi riprova.
error-holder-entry-unfit = La voce "{ $title }" non può entrare in un attestato: il campo { $field } è troppo lungo o non è nella forma giusta. Modificalo con carnet edit, poi riprova.
error-holder-unknown-field = "{ $value }" non è una parte di una voce che si può mostrare. Le parti sono: { $known }.
error-holder-credential-no-entries = L'attestato { $path } non dice quale delle tue voci conferma. Non è stato tenuto niente. Chiedine uno nuovo, fatto da un file di richiesta: carnet request
error-holder-credential-entry-gone = L'attestato { $path } conferma una voce che non è più nel tuo libretto ({ $id }). Non è stato tenuto niente. Se l'hai eliminata su questo dispositivo, aggiungila da una copia del libretto, poi riprova.
error-holder-credential-damaged = L'attestato della voce "{ $title }" non si può più leggere. Chiedine uno nuovo alla persona che l'ha confermata.
error-holder-not-endorsed = La voce "{ $title }" non è ancora stata confermata da nessuno. Mostrala con --self-declared, o chiedi una conferma: carnet request
error-holder-selected-twice = La voce "{ $title }" è data sia con --select sia con --self-declared. Dalla una volta sola.
error-holder-bad-stage = "{ $value }" non è una tappa. Le tappe sono: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Il destinatario deve avere da 1 a 100 caratteri, su una riga.
error-holder-bad-nonce = "{ $value }" non è un codice di chi verifica: deve avere da 2 a 128 caratteri 0-9 e a-f.
error-holder-bad-out = L'immagine { $path } deve avere un nome che finisce con .png o .svg.
error-holder-no-vc = La conferma di "{ $title }" da parte di { $issuer } è stata fatta prima che Carnet potesse scriverla come attestato W3C, e solo quella persona può firmarne uno. Chiedile di confermarla di nuovo: fai una nuova richiesta (carnet request ID --out request.cbor), dagliela e tieni il file che ti ridà (carnet receive FILE).
