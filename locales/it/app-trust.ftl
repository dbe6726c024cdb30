# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: trusted networks, their trust lists, lists of endorsements taken back.

## The screen

app-trust-open = Liste di fiducia
app-trust-title = Liste di fiducia
app-trust-intro = Una lista di fiducia viene da una rete che conosci, per esempio un gruppo di centri di formazione. Contiene le scuole, i centri e i datori di lavoro di cui la rete si fa garante. Un codice firmato da uno di loro appare come verificato.
app-trust-warning = Fidati solo di una rete di cui hai ricevuto la chiave dalla rete stessa: di persona, su un suo foglio o dal suo sito. Chi può mettere qui una chiave può far sembrare verificati dei codici falsi.

## What is held

app-trust-held = Di chi si fida questo dispositivo
app-trust-none = Questo dispositivo non si fida ancora di nessuna rete. I codici firmati mostrano “Firmato, ma non da un emittente di cui ti fidi”.
app-trust-kid = Impronta della chiave: { $kid }
app-trust-no-list = Ancora nessuna lista di fiducia da questa rete. Aggiungi il suo file qui sotto.
app-trust-list-line = Lista di fiducia del { $date } ({ $days ->
    [0] di oggi
    [one] di 1 giorno fa
   *[other] di { $days } giorni fa
}): { $count ->
    [one] 1 ente
   *[other] { $count } enti
}
app-trust-status-held = Conferme ritirate
app-trust-status-line = { $name }: lista del { $date } ({ $days ->
    [0] di oggi
    [one] di 1 giorno fa
   *[other] di { $days } giorni fa
}), { $count ->
    [0] niente ritirato
    [one] 1 ritirata
   *[other] { $count } ritirate
}

## Stop trusting a network

app-trust-remove = Non fidarti più
app-trust-remove-confirm = Non fidarti più di { $name }? I codici firmati dagli enti della sua lista non appariranno più come verificati. Puoi aggiungere di nuovo la rete più tardi.
app-trust-remove-yes = Sì, non fidarti più
app-trust-removed = Non ti fidi più di { $name }.

## Trust a network

app-trust-add-title = Fidati di una rete
app-trust-add-hint = Scrivi o incolla la chiave e il nome della rete, o apri il file che la rete ti ha dato.
app-trust-key = La chiave della rete (64 lettere e cifre)
app-trust-name = Il nome della rete
app-trust-from-file = Apri il file della chiave della rete
app-trust-add = Fidati di questa rete
app-trust-added = Ora ti fidi di { $name }. Adesso aggiungi la sua lista di fiducia.

## Files

app-trust-bundle-title = Aggiungi una lista di fiducia
app-trust-bundle-hint = Un file che finisce con .cbor che la rete ti ha dato. Uno più recente sostituisce quello più vecchio.
app-trust-bundle-open = Apri un file di lista di fiducia
app-trust-bundle-done = Lista di fiducia di { $name } aggiunta ({ $date }): { $count ->
    [one] 1 ente
   *[other] { $count } enti
}.
app-trust-status-title = Aggiungi una lista di conferme ritirate
app-trust-status-hint = Una scuola o un centro può ritirare una conferma fatta per errore. La sua lista dice a questo dispositivo quali.
app-trust-status-open = Apri un file di lista
app-trust-status-done = Lista di { $name } aggiunta ({ $date }): { $count ->
    [0] niente ritirato
    [one] 1 conferma ritirata
   *[other] { $count } conferme ritirate
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Questo file non è il file della chiave di una rete. Apri il file che la rete ti ha dato, o scrivi la chiave.
error-app-anchor-invalid-key = Questa non è la chiave di una rete. Una chiave ha esattamente 64 lettere (da a a f) e cifre. Controlla che sia stata copiata tutta.
error-app-anchor-name = Dai alla rete un nome da 1 a 100 lettere.
error-app-anchor-known = Ti fidi già di questa rete (impronta della chiave { $kid }). Non è cambiato niente.
error-app-trust-bundle-malformed = Questo file non è una lista di fiducia, o è danneggiato. Non è cambiato niente.
error-app-trust-bundle-wrong-file = Questo è un altro tipo di file di Carnet, non una lista di fiducia. Non è cambiato niente.
error-app-trust-bundle-newer-version = Questa lista di fiducia è stata fatta da un Carnet più recente. Aggiorna Carnet per leggerla.
error-app-trust-bundle-unknown-anchor = Questa lista di fiducia viene da una rete di cui non ti fidi (impronta della chiave { $kid }). Prima fidati della rete, poi aggiungi di nuovo la sua lista.
error-app-trust-bundle-bad-signature = La firma su questa lista di fiducia non corrisponde: il file è stato cambiato o danneggiato. Non è cambiato niente. Chiedi di nuovo il file alla rete.
error-app-trust-bundle-invalid = Questa lista di fiducia non si può usare. Non è cambiato niente. Chiedi di nuovo il file alla rete.
error-app-trust-bundle-too-large = Questo file è troppo grande per essere una lista di fiducia. Non è cambiato niente.
error-app-trust-bundle-not-newer = Hai già questa lista di fiducia o una più recente della stessa rete. Non è cambiato niente.
error-app-status-list-malformed = Questo file non è una lista di conferme ritirate, o è danneggiato. Non è cambiato niente.
error-app-status-list-wrong-file = Questo è un altro tipo di file di Carnet, non una lista di conferme ritirate. Non è cambiato niente.
error-app-status-list-newer-version = Questa lista è stata fatta da un Carnet più recente. Aggiorna Carnet per leggerla.
error-app-status-list-wrong-issuer = Questa lista appartiene a un altro firmatario ({ $found }, non { $expected }). Non è cambiato niente.
error-app-status-list-bad-signature = La firma su questa lista non corrisponde: il file è stato cambiato o danneggiato. Non è cambiato niente.
error-app-status-list-invalid = Questa lista non si può usare. Non è cambiato niente. Chiedi di nuovo il file.
error-app-status-list-too-large = Questo file è troppo grande per essere una lista di conferme ritirate. Non è cambiato niente.
error-app-status-list-issuer-unknown = Questa lista viene da un firmatario che nessuna delle tue liste di fiducia nomina (impronta della chiave { $kid }). Prima aggiungi la lista di fiducia che lo nomina.
error-app-status-list-not-newer = Hai già una lista più recente di questo firmatario. Non è cambiato niente.
error-app-verifier-write = Carnet non è riuscito a salvare il file in { $path }. Controlla che il dispositivo abbia spazio. (Per chi ti aiuta: { $reason })
