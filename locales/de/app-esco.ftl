# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = Offiziellen Namen finden (ESCO)
app-esco-find-hint = Geben Sie ein paar Buchstaben ein, zum Beispiel „schweiß“
app-esco-why = Arbeitgeber in anderen Ländern kennen diese Namen. Wählen Sie den, der am besten zu Ihrer Arbeit passt.
app-esco-none = Kein offizieller Name gefunden. Versuchen Sie andere Wörter oder ein kürzeres Wort.
app-esco-english = Auf Englisch: { $english }
app-esco-linked = Offizieller Name
app-esco-unlink = Entfernen
app-esco-choose = Auswählen
app-esco-searching = Suche läuft…
app-esco-kind-skill = Fähigkeit
app-esco-kind-occupation = Beruf

## Comparing with a job

app-match = Berufe für mich
app-match-title = Berufe für mich
app-match-intro = Wählen Sie einen Beruf. Dann sehen Sie, welche seiner Fähigkeiten Ihr Logbuch zeigt und welche fehlen.
app-match-find = Beruf finden
app-match-chosen = Der Beruf, den Sie gewählt haben
app-match-find-hint = Zum Beispiel „Koch“ oder „Schweißer“
app-match-fit = Berufe, die zu meinem Logbuch passen
app-match-fit-none = Noch keiner Ihrer Einträge hat einen offiziellen Namen. Geben Sie zuerst einem Eintrag einen: Ändern, dann „Offiziellen Namen finden“.
app-match-fit-line = { $covered } von { $total } Hauptfähigkeiten ({ $percent } %)
app-match-summary = { $total ->
    [0] Dieser Beruf hat in ESCO keine Hauptfähigkeiten.
   *[other] Ihr Logbuch zeigt { $covered } seiner { $total } Hauptfähigkeiten.
}
app-match-essential = Hauptfähigkeiten
app-match-optional = Andere nützliche Fähigkeiten
app-match-endorsed = Unterschrieben
app-match-self-declared = Eigene Angabe
app-match-missing = Fehlt
app-match-maybe = Ist das Ihr Eintrag „{ $title }“?
app-match-link = Ja, verbinden
app-match-other-job = Anderer Beruf

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Für diesen Abschnitt auswählen
app-stage-template-hint = Carnet hakt an, was in diesem Abschnitt wichtig ist. Sie können das ändern.
app-stage-target = Der Beruf, für den Sie sich bewerben (können Sie überspringen)
