# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app. Short, plain sentences; buttons of one or two words.

## First run: choosing a language

app-choose-language = Scegli la tua lingua
app-continue = Continua

## First run: making a passphrase

app-create-title = Proteggi il tuo libretto
app-create-intro = Scegli una password. La conosci solo tu. Carnet te la chiede ogni volta che apri il tuo libretto.
app-passphrase = Password
app-passphrase-again = Scrivila di nuovo
app-passphrase-show = Mostra
app-passphrase-hide = Nascondi
app-strength-too-short = Troppo corta: usa almeno { $min } caratteri.
app-strength-weak = Debole: alcune parole insieme sono più facili da ricordare e più difficili da indovinare.
app-strength-fair = Buona. Una più lunga è ancora più sicura.
app-strength-strong = Forte.
app-passphrase-mismatch = Le due password non sono uguali. Scrivile di nuovo.
app-create = Crea il mio libretto
app-working = Attendi…
app-back = Indietro

## Unlock

app-unlock-title = Apri il tuo libretto
app-unlock = Apri
app-lock = Blocca

## The logbook

app-logbook-title = Il mio libretto
app-logbook-empty = Il tuo libretto è vuoto. Aggiungi qualcosa che sai fare.
app-add = Aggiungi
app-kind-skill = Competenze
app-kind-qualification = Titoli di studio
app-kind-experience = Esperienza di lavoro
app-kind-language = Lingue
app-kind-learning = Corsi
app-self-declared = Dichiarato da me
app-show-more = { $count ->
    [one] Mostra ancora 1
   *[other] Mostra altri { $count }
}
app-endorsed = Confermato

## Adding an entry

app-add-title = Aggiungi al mio libretto
app-add-kind = Che cos'è?
app-add-title-label = Nome
app-add-title-hint = Per esempio: Saldatura, Guidare un camion, Arabo
app-add-level = Livello
app-level-none = Nessun livello
app-level-basic = Base
app-level-intermediate = Intermedio
app-level-advanced = Avanzato
app-level-expert = Esperto
app-level-eqf = Livello { $level }
app-save = Salva
app-cancel = Annulla

## Moving around

app-settings = Impostazioni
app-sync = Sincronizza
app-edit = Modifica
app-remove = Elimina

## The logbook: search and filter

app-search = Cerca
app-search-hint = Scrivi una parola, per esempio: sald
app-stage-filter = Tappa del tuo percorso
app-stage-any = Tutte le tappe
app-stage-recruitment = Selezione
app-stage-pre-departure = Prima di partire
app-stage-arrival = Arrivo
app-stage-career = Lavoro
app-stage-return = Ritorno
app-search-none = Nessun risultato. Prova un'altra parola o un'altra tappa.

## Changing and removing an entry

app-edit-title = Modifica questa voce
app-stages = Tappe del tuo percorso
app-remove-confirm = Eliminare “{ $title }” dal tuo libretto? Non si può annullare.
app-remove-yes = Sì, elimina

## Settings

app-settings-title = Impostazioni
app-settings-language = Lingua
app-settings-lock = Blocca dopo
app-lock-minutes = { $minutes ->
    [one] { $minutes } minuto senza uso
   *[other] { $minutes } minuti senza uso
}
app-settings-passphrase = Cambia password
app-passphrase-current = Password attuale
app-passphrase-new = Nuova password
app-passphrase-change = Cambia password
app-passphrase-changed = La tua password è cambiata. Da ora usa quella nuova.
app-about = Informazioni su Carnet
app-locked-idle = Carnet ha bloccato il tuo libretto perché nessuno lo ha usato per un po'. Aprilo di nuovo con la tua password.

## Sync with a hub

app-sync-title = Sincronizza con un server
app-sync-intro = Un server conserva una copia chiusa del tuo libretto, così puoi usarlo su un altro telefono. Il server non può leggerlo.
app-hub-address = Indirizzo del server
app-hub-address-hint = Per esempio: https://hub.example.org
app-hub-save = Salva indirizzo
app-sync-now = Sincronizza ora
app-sync-never = Non ancora sincronizzato.
app-sync-last = Ultima sincronizzazione: { $when }
app-sync-pending = { $count ->
    [0] Niente da inviare.
    [one] { $count } modifica da inviare.
   *[other] { $count } modifiche da inviare.
}
app-sync-sending = Invio
app-sync-receiving = Ricezione
app-sync-photos = Foto
app-sync-done = Sincronizzazione finita.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Il tuo libretto è bloccato. Aprilo con la tua password, poi riprova.
error-unknown-language = Carnet non ha la lingua { $tag }. Scegline una dall'elenco.

## Settings: how the screens look

app-settings-display = Aspetto di Carnet
app-high-contrast = Contrasto forte (nero su bianco)
app-text-size = Dimensione del testo
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Ascolta

## Two languages at once

app-dual-language = Mostra anche in
app-dual-none = Nessuna seconda lingua
