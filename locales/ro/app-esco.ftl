# Review status: machine-drafted, needs review by a native speaker.
# Ecranele ESCO: numele standard al unei abilități sau meserii, comparația cu o meserie, alegerea pentru o etapă.

## Finding the standard name (on the add and change screens)

app-esco-find = Găsiți numele standard (ESCO)
app-esco-find-hint = Scrieți câteva litere, de exemplu „sud”
app-esco-why = Angajatorii din alte țări cunosc aceste nume. Alegeți-l pe cel mai apropiat de ce faceți.
app-esco-none = Nu s-a găsit niciun nume standard. Încercați alte cuvinte sau un cuvânt mai scurt.
app-esco-english = În engleză: { $english }
app-esco-linked = Nume standard
app-esco-unlink = Eliminați
app-esco-choose = Alegeți
app-esco-searching = Căutăm…
app-esco-kind-skill = Abilitate
app-esco-kind-occupation = Meserie

## Comparing with a job

app-match = Meserii pentru mine
app-match-title = Meserii pentru mine
app-match-intro = Alegeți o meserie ca să vedeți care dintre abilitățile ei apar în jurnal și care lipsesc.
app-match-find = Găsiți o meserie
app-match-chosen = Meseria aleasă
app-match-find-hint = De exemplu „bucătar” sau „sudor”
app-match-fit = Meserii potrivite cu jurnalul meu
app-match-fit-none = Nicio înregistrare nu are încă un nume standard. Adăugați mai întâi unul la o înregistrare: Modificați, apoi „Găsiți numele standard”.
app-match-fit-line = { $covered } din { $total } abilități principale ({ $percent }%)
app-match-summary = { $total ->
    [0] Această meserie nu are abilități principale în ESCO.
   *[other] Jurnalul arată { $covered } din cele { $total } abilități principale ale ei.
}
app-match-essential = Abilități principale
app-match-optional = Alte abilități utile
app-match-endorsed = Semnat
app-match-self-declared = Spus de dumneavoastră
app-match-missing = Lipsește
app-match-maybe = Este aceasta înregistrarea dumneavoastră „{ $title }”?
app-match-link = Da, legați-o
app-match-other-job = Altă meserie

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Alegeți pentru această etapă
app-stage-template-hint = Carnet bifează ce contează în această etapă. Puteți schimba.
app-stage-target = Meseria pentru care aplicați (puteți sări peste)
