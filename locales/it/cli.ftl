# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Come scriverlo:
cli-help-commands = Comandi:
cli-help-arguments = Cosa indicare:
cli-help-options = Opzioni:
cli-help-examples = Esempi:

## Help: the whole program

cli-about = Carnet tiene traccia di quello che sai fare: competenze, lavoro, lingue, diplomi e corsi. Tutto resta sul tuo dispositivo, chiuso con la tua password.

cli-examples =
    Inizia un libretto:         carnet init
    Aggiungi una competenza:    carnet add skill --title "Welding" --level advanced
    Vedi le tue voci:           carnet list
    Vedi una voce:              carnet show 3f2a
    Aiuto per un comando:       carnet add --help

cli-opt-data-dir = La cartella dove si trova il tuo libretto. Puoi anche impostare CARNET_DATA_DIR.
cli-opt-json = Rispondi in JSON, per altri programmi.
cli-opt-lang = La lingua dei messaggi di Carnet, per esempio ar, fa, fr, uk o en.
cli-opt-help = Mostra questo aiuto.
cli-opt-version = Mostra la versione di Carnet.

## Help: commands

cli-cmd-init = Crea un nuovo libretto, chiuso con una password.
cli-cmd-passphrase = Cambia la password del tuo libretto.
cli-cmd-passphrase-change = Cambia la tua password. Scrivi quella vecchia, poi quella nuova due volte.
cli-cmd-profile = Vedi o cambia il tuo profilo: il tuo nome, i tuoi paesi, le tue lingue.
cli-cmd-profile-show = Mostra il tuo profilo.
cli-cmd-profile-set = Cambia il tuo profilo. Per cancellare qualcosa, dagli un valore vuoto, per esempio --contact "".
cli-cmd-add = Aggiungi una voce: una competenza, un titolo di studio, un'esperienza di lavoro, una lingua o un corso.
cli-cmd-list = Elenca le tue voci.
cli-cmd-show = Mostra tutto di una voce.
cli-cmd-edit = Modifica una voce.
cli-cmd-rm = Elimina una voce.
cli-cmd-search = Trova le voci che contengono certe parole.
cli-cmd-detach = Togli una foto o un messaggio vocale da una voce. Viene eliminato anche da questo dispositivo, a meno che un'altra voce lo mostri.
cli-cmd-attach = Aggiungi a una voce la foto di un documento, per esempio un diploma, un certificato o un documento di lavoro. Oppure aggiungi un messaggio vocale: un file audio in cui parli della competenza.
cli-cmd-export = Scrivi tutto il tuo libretto in un file che altri programmi possono leggere.
cli-cmd-import = Leggi un file di esportazione di Carnet nel tuo libretto. Niente del tuo libretto viene eliminato.
cli-cmd-devices = I dispositivi che hanno il tuo libretto.
cli-cmd-devices-list = Mostra i dispositivi che hanno il tuo libretto.
cli-cmd-devices-remove = Togli il tuo libretto da un dispositivo, per esempio un telefono perso. Non potrà leggere niente di quello che aggiungi da ora in poi.
cli-cmd-pair = Metti il tuo libretto su un altro tuo dispositivo, come un telefono nuovo.
cli-cmd-pair-show = Sul dispositivo che ha il tuo libretto: mostra un codice per il nuovo dispositivo, poi dai il permesso.
cli-cmd-pair-join = Sul nuovo dispositivo: ricevi il tuo libretto con il codice che mostra l'altro tuo dispositivo.
cli-cmd-sync = Invia le tue modifiche al server del centro e ricevi le modifiche fatte sugli altri tuoi dispositivi. Il server tiene solo una copia chiusa che non può leggere.

## Help: what to give to the commands

cli-arg-kind = Che tipo di voce: skill (competenza), qualification (titolo di studio), experience (lavoro), language (lingua) o learning (un corso).
cli-arg-title = Un nome breve, per esempio "Saldatura" o "Patente B".
cli-arg-description = Altre parole su questo, se vuoi.
cli-arg-level = Quanto sei bravo. Per una competenza o un lavoro: basic, intermediate, advanced o expert. Per una lingua: da A1 (principiante) a C2 (molto buono). Per un titolo di studio o un corso: il suo livello EQF, da 1 a 8.
cli-arg-eqf = Il livello EQF di un diploma o corso, da 1 a 8, se lo sai.
cli-arg-from = Quando è iniziato: un anno (2019), un mese (2019-05) o un giorno (2019-05-14).
cli-arg-to = Quando è finito, scritto allo stesso modo. Non indicarlo se continua ancora.
cli-arg-organisation = Il datore di lavoro, la scuola o il centro di formazione.
cli-arg-place = La città o il luogo.
cli-arg-country = Il paese, con due lettere, per esempio SY, AF, DE.
cli-arg-context = Come l'hai imparato: formal (scuola, diploma), non-formal (un corso) o informal (facendolo).
cli-arg-written-in = La lingua in cui hai scritto questa voce, come codice breve, per esempio ar o en.
cli-arg-esco = L'indirizzo ESCO della competenza o del lavoro, se lo sai.
cli-arg-isco = Il codice di professione ISCO-08 (da 1 a 4 cifre), se lo sai.
cli-arg-stage = In quale momento del tuo percorso conta: recruitment, pre-departure, arrival, career o return. Puoi indicarne più di uno.

cli-arg-list-kind = Mostra solo le voci di questo tipo: skill, qualification, experience, language o learning.
cli-arg-list-stage = Mostra solo le voci per questa tappa: recruitment, pre-departure, arrival, career o return.

cli-arg-id = L'id della voce. Bastano i primi 4 o più caratteri. Per vedere gli id, scrivi: carnet list
cli-arg-set = Una modifica, scritta FIELD=VALUE, per esempio level=advanced. Ripetila per cambiare altro. Un valore vuoto cancella il campo. I campi sono: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Le parole da cercare.
cli-arg-evidence = La foto o il messaggio vocale da togliere: il suo id, come lo mostrano carnet show e carnet attach (bastano i primi 8 o più caratteri).
cli-arg-photo = Una foto (JPEG, PNG o WebP) o un file audio (WebM, Ogg, MP4, M4A, AAC, MP3 o WAV, fino a 5 MB). Carnet guarda dentro il file per sapere cos'è. Toglie i dati nascosti, come il luogo dove è stata fatta una foto.
cli-arg-format = Il tipo di file. Per ora solo json.
cli-arg-file = Il file di esportazione da leggere.

cli-arg-name = Il tuo nome, come vuoi che lo vedano gli altri.
cli-arg-birth-date = La tua data di nascita: 1990, 1990-05 o 1990-05-14.
cli-arg-origin = Il paese da cui vieni, con due lettere, per esempio SY, AF, ER.
cli-arg-current = Il paese dove vivi ora, con due lettere, per esempio DE, FR.
cli-arg-contact = Come ti si può contattare, per esempio un numero di telefono o un'email.
cli-arg-language = Una lingua che conosci, come codice breve, per esempio ar, fa-AF o en. Le opzioni qui sotto riguardano questa lingua.
cli-arg-mother-tongue = Questa lingua è la tua lingua madre.
cli-arg-not-mother-tongue = Questa lingua non è la tua lingua madre.
cli-arg-listening = Quanto bene capisci chi parla: da A1 (principiante) a C2 (molto buono).
cli-arg-reading = Quanto bene leggi: da A1 a C2.
cli-arg-spoken-interaction = Quanto bene partecipi a una conversazione: da A1 a C2.
cli-arg-spoken-production = Quanto bene parli da solo: da A1 a C2.
cli-arg-writing = Quanto bene scrivi: da A1 a C2.
cli-arg-remove-language = Togli una lingua dal tuo profilo.
cli-arg-hub = L'indirizzo del server del centro, per esempio http://192.168.1.10:8470. Carnet lo ricorda.
cli-arg-device-id = L'id del dispositivo, come lo mostra: carnet devices list (bastano i primi 4 o più caratteri).
cli-arg-pair-approve = Permetti il nuovo dispositivo senza chiedere, se mostra questo codice (per chi aiuta e per gli script).
cli-arg-pair-code = Il codice che mostra l'altro tuo dispositivo. Comincia con CNP1:
cli-arg-pair-name = Un nome per questo dispositivo, per riconoscerlo sull'altro (per esempio "Telefono di Amal").
cli-arg-sync-status = Mostra solo quando hai sincronizzato l'ultima volta e quante modifiche aspettano. Non viene inviato niente.
cli-arg-sync-watch = Continua a sincronizzare. Quando il server non è raggiungibile, riprova più tardi, aspettando ogni volta di più.
cli-arg-sync-every = Con --watch: quanti secondi aspettare tra una sincronizzazione e l'altra (300 se non indicato).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Scegli una password di almeno { $min } caratteri. Ti serve ogni volta che apri il tuo libretto. Nessuno può recuperarla per te.
cli-passphrase-prompt = Password:
cli-passphrase-new-prompt = Nuova password:
cli-passphrase-repeat-prompt = Scrivi di nuovo la nuova password:
cli-passphrase-changed = La tua password è cambiata. Da ora usa quella nuova.

## Answers

cli-init-done = Il tuo libretto è pronto. Si trova in questa cartella: { $dir }
cli-init-next = Tieni al sicuro la tua password. Senza di lei nessuno può aprire il tuo libretto, neanche tu. Poi aggiungi quello che sai fare, per esempio: carnet add skill --title "Cucinare"

cli-list-empty = Il tuo libretto non ha ancora voci. Per aggiungerne una, scrivi: carnet add skill --title "Cucinare"
cli-list-none-match = Nessuna voce corrisponde a quello che hai chiesto.
cli-search-none = Nessuna voce contiene queste parole. Prova altre parole, o scrivi: carnet list

cli-edit-saved = La tua modifica è salvata.
cli-rm-done = Eliminato: { $title }
cli-detached = La foto o il messaggio vocale è stato tolto dalla voce.

cli-profile-saved = Il tuo profilo è salvato.
cli-profile-empty = Il tuo profilo è vuoto. Per aggiungere il tuo nome, scrivi: carnet profile set --name "Il tuo nome"

cli-import-added = { $count ->
    [one] 1 voce aggiunta.
   *[other] { $count } voci aggiunte.
}
cli-import-updated = { $count ->
    [one] 1 voce aggiornata.
   *[other] { $count } voci aggiornate.
}
cli-import-unchanged = { $count ->
    [one] 1 voce era già uguale.
   *[other] { $count } voci erano già uguali.
}
cli-import-profile-updated = Anche il tuo profilo è stato aggiornato.
cli-import-missing-photos = { $count ->
    [one] 1 foto non è su questo dispositivo. I file di esportazione non contengono foto. Aggiungila di nuovo con: carnet attach
   *[other] { $count } foto non sono su questo dispositivo. I file di esportazione non contengono foto. Aggiungile di nuovo con: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Tipo
cli-show-added = Aggiunto
cli-show-changed = Modificato
cli-show-evidence = Foto e messaggi vocali
cli-show-photo = { $sha }  { $width } × { $height } pixel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixel, non è su questo dispositivo
cli-show-voice = { $sha }  messaggio vocale, { $kilobytes } KB
cli-show-voice-missing = { $sha }  messaggio vocale, non è su questo dispositivo
cli-show-conflicts = Anche un altro dispositivo ha scritto:
cli-show-conflicts-hint = Per tenerne uno, scrivi: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titolo
cli-field-description = Descrizione
cli-field-written-in = Scritto in
cli-field-esco = ESCO
cli-field-isco = Codice di professione ISCO-08
cli-field-level = Livello
cli-field-eqf = Livello EQF
cli-field-organisation = Organizzazione
cli-field-place = Luogo
cli-field-country = Paese
cli-field-from = Dal
cli-field-to = Al
cli-field-context = Come l'hai imparato
cli-field-stages = Tappe

cli-kind-skill = competenza
cli-kind-qualification = titolo di studio
cli-kind-experience = esperienza
cli-kind-language = lingua
cli-kind-learning = corso

cli-context-formal = formale (scuola, diploma)
cli-context-non-formal = non formale (un corso)
cli-context-informal = informale (facendolo)

cli-stage-recruitment = selezione
cli-stage-pre-departure = prima di partire
cli-stage-arrival = arrivo
cli-stage-career = lavoro
cli-stage-return = ritorno

cli-proficiency-basic = base
cli-proficiency-intermediate = intermedio
cli-proficiency-advanced = avanzato
cli-proficiency-expert = esperto

cli-level-eqf = Livello EQF { $level }

cli-profile-name = Nome
cli-profile-birth-date = Data di nascita
cli-profile-origin = Viene da
cli-profile-current = Vive in
cli-profile-contact = Contatto
cli-profile-languages = Lingue
cli-profile-mother-tongue = { $language } (lingua madre)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ascolto { $level }
cli-cefr-reading = lettura { $level }
cli-cefr-spoken-interaction = conversazione { $level }
cli-cefr-spoken-production = parlato { $level }
cli-cefr-writing = scrittura { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet non conosce “{ $arg }” qui.
cli-error-unknown-command = Non esiste il comando “{ $command }”.
cli-error-invalid-value = “{ $value }” non si può usare per { $arg }.
cli-error-missing-value = { $arg } ha bisogno di un valore dopo.
cli-error-valid-values = Puoi usare: { $values }
cli-error-missing-argument = Manca qualcosa: { $arg }
cli-error-missing-command = Di' cosa deve fare Carnet dopo “{ $command }”.
cli-error-valid-commands = I comandi sono: { $commands }
cli-error-conflict = { $arg } non si può usare insieme a { $other }.
cli-error-no-equals = Scrivi { $arg } con un segno di uguale e il valore subito dopo.
cli-error-too-many-values = { $arg } accetta meno valori. “{ $value }” è uno di troppo.
cli-error-wrong-number-of-values = { $arg } ha un numero sbagliato di valori.
cli-error-invalid-utf8 = Carnet non riesce a leggere alcune delle lettere che hai scritto. Scrivile di nuovo.
cli-error-did-you-mean = Volevi dire { $suggestion }?
cli-error-usage = Carnet non ha capito questo comando.
cli-error-usage-hint = Scrivi { $command } --help per vedere cosa puoi scrivere.
cli-error-set-format = “{ $value }” non è una modifica. Scrivi FIELD=VALUE, per esempio --set level=advanced
cli-error-nothing-to-change = Non c'è niente da cambiare. Indica almeno un'opzione, per esempio --name "Il tuo nome".

cli-error-passphrase-unavailable = Carnet ha bisogno di una password ma qui non può chiederla. Avvia Carnet in un terminale, o imposta { $variable }.
cli-error-passphrase-mismatch = Le due password non sono uguali. Non è cambiato niente. Riprova.
cli-error-read-file = Carnet non riesce a leggere il file { $path }. Controlla il nome del file e la cartella, poi riprova.
cli-error-no-data-dir = Carnet non trova una cartella per il tuo libretto. Scegline una con --data-dir, per esempio --data-dir ./carnet
cli-error-output = Carnet non è riuscito a scrivere la risposta. Controlla che il disco non sia pieno, poi riprova.
cli-error-details = Dettagli per chi ti aiuta: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Per crearne uno, scrivi: carnet init
cli-hint-already-exists = Per vedere cosa contiene, scrivi: carnet list. Per un secondo libretto, scegli un'altra cartella con --data-dir.
cli-hint-not-found = Per vedere gli id, scrivi: carnet list
cli-hint-ambiguous-id = Per vedere gli id, scrivi: carnet list
cli-hint-import-format = Scegli un file creato con: carnet export --format json
cli-hint-invalid-field = Per l'elenco dei campi, scrivi: carnet edit --help

## carnet sync

cli-sync-phase-sending = Invio
cli-sync-phase-receiving = Ricezione
cli-sync-phase-photos = Foto
cli-sync-done = Sincronizzato con { $hub }.
cli-sync-changes = { $sent ->
    [one] 1 modifica inviata
   *[other] { $sent } modifiche inviate
}, { $received ->
    [one] 1 modifica ricevuta.
   *[other] { $received } modifiche ricevute.
}
cli-sync-photos = { $sent ->
    [one] 1 foto inviata
   *[other] { $sent } foto inviate
}, { $received ->
    [one] 1 foto ricevuta.
   *[other] { $received } foto ricevute.
}
cli-sync-bytes = Dati usati: { $up } KB inviati, { $down } KB ricevuti.
cli-sync-retry = Nuovo tentativo tra { $seconds ->
    [one] 1 secondo.
   *[other] { $seconds } secondi.
}
cli-sync-status-hub = Server: { $hub }
cli-sync-status-last = Ultima sincronizzazione: { $when }
cli-sync-status-pending = { $count ->
    [0] Nessuna modifica in attesa.
    [one] 1 modifica in attesa di essere inviata.
   *[other] { $count } modifiche in attesa di essere inviate.
}
cli-sync-no-hub = ancora nessuno
cli-sync-never = mai
cli-hint-sync-no-hub = Per impostarlo, scrivi: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Le tue modifiche restano salvate. Per riprovare più tardi, scrivi: carnet sync

## carnet pair

cli-pair-show-scan = Inquadra questo codice con il tuo nuovo dispositivo, o scrivi lì il testo qui sotto.
cli-pair-show-expires = Il codice funziona per 10 minuti.
cli-pair-show-request = Il dispositivo “{ $name }” vuole il tuo libretto. Il suo codice è { $fingerprint }.
cli-pair-show-ask = Il tuo nuovo dispositivo mostra lo stesso codice? Scrivi sì per permetterlo, o no.
cli-pair-yes = sì
cli-pair-show-approved = “{ $name }” ora ha il tuo libretto.
cli-pair-show-refused = Hai detto di no. “{ $name }” non ha ricevuto niente.
cli-pair-default-name = Nuovo dispositivo
cli-pair-join-check = L'altro tuo dispositivo deve mostrare questo codice: { $fingerprint }. Dai il permesso lì.
cli-pair-join-done = { $count ->
    [one] Questo dispositivo ora ha il tuo libretto, con 1 voce.
   *[other] Questo dispositivo ora ha il tuo libretto, con { $count } voci.
}

## carnet devices

cli-devices-none = Nessun dispositivo ha ancora sincronizzato questo libretto.
cli-devices-line = { $id }  { $name }  (dal { $added })
cli-devices-this = ← questo dispositivo
cli-devices-removed = (tolto il { $when })
cli-devices-removed-done = “{ $name }” è stato tolto. Il tuo libretto ha ora una nuova chiave, che quel dispositivo non ha.
cli-devices-new-sheet = Il tuo foglio di recupero ha la vecchia chiave. Stampane subito uno nuovo e distruggi quello vecchio: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Stampa un foglio di recupero: con il foglio e la tua password puoi riavere il tuo libretto su un telefono nuovo se perdi questo.
cli-cmd-recover = Su un dispositivo nuovo: riprendi il tuo libretto con il tuo foglio di recupero e la tua password.
cli-arg-recovery-out = Il file in cui scrivere il foglio. Deve finire con .png o .pdf.
cli-arg-recover-sheet = Una foto o una scansione del tuo foglio di recupero (PNG o JPEG). Carnet legge il suo codice quadrato.
cli-arg-recover-words = Le 12 parole del tuo foglio di recupero, in ordine, tra virgolette. Indica anche --hub.
cli-arg-recover-hub = L'indirizzo del server stampato sul tuo foglio di recupero, per esempio http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet può scrivere il foglio come file .png o .pdf, non come “{ $path }”.
cli-recovery-sheet-done = Il tuo foglio di recupero è in { $path }. Stampalo e tieni il foglio in un posto sicuro, lontano dal tuo telefono.
cli-recovery-sheet-english = Il foglio è in inglese: Carnet non sa ancora scrivere correttamente le lettere della tua lingua sul foglio.
cli-recovery-sheet-replaced = I fogli che hai stampato prima non funzionano più. Distruggili.
cli-recover-done = { $count ->
    [one] Il tuo libretto è di nuovo su questo dispositivo: { $count } voce.
   *[other] Il tuo libretto è di nuovo su questo dispositivo: { $count } voci.
}
cli-passphrase-sheet-updated = Il tuo foglio di recupero funziona ancora, con la tua nuova password.
cli-passphrase-sheet-not-updated = Non è stato possibile aggiornare il tuo foglio di recupero sul server. Finché non ne stampi uno nuovo, serve la tua vecchia password. Stampa un nuovo foglio quando sei connesso: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Foglio di recupero di Carnet
cli-sheet-made = Creato il { $date }
cli-sheet-hub = Server: { $hub }
cli-sheet-words = Le tue 12 parole
cli-sheet-instructions =
    Tieni questo foglio al sicuro. Con il foglio e la tua password puoi riavere il tuo libretto su un telefono nuovo:
    1. Installa Carnet sul telefono nuovo e scegli di recuperare un libretto.
    2. Inquadra il codice quadrato, o scrivi le 12 parole e l'indirizzo del server.
    3. Scrivi la tua password. Il libretto torna dal server.
    Su un computer: carnet recover --sheet photo.jpg
cli-sheet-warning = Questo foglio da solo non apre il tuo libretto: serve anche la tua password. Non tenerli insieme. Se stampi un nuovo foglio, questo smette di funzionare.
