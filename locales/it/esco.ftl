# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Questo servizio utilizza la classificazione ESCO della Commissione europea.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, adattata: una parte convertita per l'uso senza internet.

## Help

cli-cmd-esco = Cerca competenze e professioni in ESCO, l'elenco europeo di competenze e professioni, senza internet.
cli-cmd-esco-search = Trova competenze e professioni ESCO per nome, nella tua lingua o in inglese. I piccoli errori di battitura vanno bene.
cli-cmd-match = Confronta il tuo libretto con una professione: quali delle sue competenze hai, e quali non hai ancora.
cli-arg-esco-text = Le parole da cercare, per esempio "saldatura" o "falegname".
cli-arg-esco-kind = Solo skill (competenza) o solo occupation (professione).
cli-arg-esco-limit = Quanti risultati mostrare al massimo. Se non indicato, 10.
cli-arg-esco-taxonomy = Il file di dati ESCO da usare al posto di quello che arriva con Carnet.
cli-arg-match-occupation = La professione ESCO: il suo indirizzo (http://data.europa.eu/esco/occupation/…) o il codice alla sua fine.
cli-arg-match-rank = Invece, mostra le 10 professioni le cui competenze essenziali sono meglio coperte dal tuo libretto.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Mostra quali delle tue voci contano in una tappa del tuo percorso, e perché. Per la selezione, puoi indicare il lavoro per cui ti candidi.
cli-arg-stage-view-stage = La tappa: recruitment, pre-departure, arrival, career o return.
cli-arg-stage-view-occupation = Per la selezione: il lavoro per cui ti candidi, come indirizzo ESCO (http://data.europa.eu/esco/occupation/…) o il codice alla sua fine.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = competenza
esco-kind-occupation = professione
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Nessuna competenza o professione ESCO corrisponde a “{ $text }”.
esco-match-summary = { $total ->
    [0] Questa professione non ha competenze essenziali in ESCO.
   *[other] Il tuo libretto copre { $covered } delle sue { $total } competenze essenziali.
}
esco-match-essential = Competenze essenziali:
esco-match-optional = Competenze facoltative:
esco-coverage-endorsed = confermata
esco-coverage-self-declared = lo dici tu
esco-coverage-missing = manca
esco-match-maybe = forse la tua voce “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Nessuna delle tue voci ha ancora una competenza ESCO. Aggiungine una con carnet add skill --title … --esco ADDRESS (trova l'indirizzo con carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Per { $stage } conta questa voce:
   *[other] Per { $stage } contano queste { $count } voci:
}
stage-view-none = Nessuna delle tue voci conta ancora per { $stage }. Segna le voci con questa tappa: carnet edit ID --set stages={ $stage }
stage-view-present = Per mostrarle come codice QR: { $command }
stage-why-target-essential = una competenza principale per questo lavoro
stage-why-target-optional = utile per questo lavoro
stage-why-target-maybe = potrebbe corrispondere a una competenza di questo lavoro
stage-why-marked = l'hai segnata per questa tappa
stage-why-abroad = imparato o fatto all'estero
stage-why-endorsed = firmata
stage-why-qualification = un diploma o un certificato
stage-why-language = una lingua
stage-why-experience = un lavoro che hai fatto
stage-why-learning = un corso
stage-why-skill = una competenza
