# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = Trova il nome ufficiale (ESCO)
app-esco-find-hint = Scrivi qualche lettera, per esempio “sald”
app-esco-why = I datori di lavoro di altri paesi conoscono questi nomi. Scegli quello più vicino a quello che fai.
app-esco-none = Nessun nome ufficiale trovato. Prova altre parole, o una parola più corta.
app-esco-english = In inglese: { $english }
app-esco-linked = Nome ufficiale
app-esco-unlink = Togli
app-esco-choose = Scegli
app-esco-searching = Ricerca…
app-esco-kind-skill = Competenza
app-esco-kind-occupation = Lavoro

## Comparing with a job

app-match = Lavori per me
app-match-title = Lavori per me
app-match-intro = Scegli un lavoro per vedere quali delle sue competenze mostra il tuo libretto, e quali mancano.
app-match-find = Trova un lavoro
app-match-chosen = Il lavoro che hai scelto
app-match-find-hint = Per esempio “cuoco” o “saldatore”
app-match-fit = Lavori adatti al mio libretto
app-match-fit-none = Nessuna delle tue voci ha ancora un nome ufficiale. Prima aggiungine uno a una voce: Modifica, poi “Trova il nome ufficiale”.
app-match-fit-line = { $covered } di { $total } competenze principali ({ $percent }%)
app-match-summary = { $total ->
    [0] Questo lavoro non ha competenze principali in ESCO.
   *[other] Il tuo libretto mostra { $covered } delle sue { $total } competenze principali.
}
app-match-essential = Competenze principali
app-match-optional = Altre competenze utili
app-match-endorsed = Firmato
app-match-self-declared = Lo dici tu
app-match-missing = Manca
app-match-maybe = È questa la tua voce “{ $title }”?
app-match-link = Sì, collega
app-match-other-job = Un altro lavoro

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Scegli per questa tappa
app-stage-template-hint = Carnet spunta quello che conta in questa tappa. Puoi cambiarlo.
app-stage-target = Il lavoro per cui ti candidi (puoi saltare)
