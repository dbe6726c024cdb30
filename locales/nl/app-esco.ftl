# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = De officiële naam zoeken (ESCO)
app-esco-find-hint = Typ een paar letters, bijvoorbeeld “las”
app-esco-why = Werkgevers in andere landen kennen deze namen. Kies de naam die het best past bij wat je doet.
app-esco-none = Geen officiële naam gevonden. Probeer andere woorden, of een korter woord.
app-esco-english = In het Engels: { $english }
app-esco-linked = Officiële naam
app-esco-unlink = Weghalen
app-esco-choose = Kiezen
app-esco-searching = Zoeken…
app-esco-kind-skill = Vaardigheid
app-esco-kind-occupation = Beroep

## Comparing with a job

app-match = Banen voor mij
app-match-title = Banen voor mij
app-match-intro = Kies een baan. Dan zie je welke vaardigheden daarvoor je logboek laat zien, en welke ontbreken.
app-match-find = Een baan zoeken
app-match-chosen = De baan die je koos
app-match-find-hint = Bijvoorbeeld “kok” of “lasser”
app-match-fit = Banen die passen bij mijn logboek
app-match-fit-none = Geen van je items heeft al een officiële naam. Geef eerst een item een naam: Wijzigen, dan “De officiële naam zoeken”.
app-match-fit-line = { $covered } van { $total } belangrijkste vaardigheden ({ $percent }%)
app-match-summary = { $total ->
    [0] Deze baan heeft geen belangrijkste vaardigheden in ESCO.
   *[other] Je logboek laat { $covered } van de { $total } belangrijkste vaardigheden zien.
}
app-match-essential = Belangrijkste vaardigheden
app-match-optional = Andere handige vaardigheden
app-match-endorsed = Ondertekend
app-match-self-declared = Zelf gezegd
app-match-missing = Ontbreekt
app-match-maybe = Is dit je item “{ $title }”?
app-match-link = Ja, koppelen
app-match-other-job = Andere baan

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Kiezen voor deze fase
app-stage-template-hint = Carnet vinkt aan wat in deze fase telt. Je kunt het veranderen.
app-stage-target = De baan waarop je solliciteert (mag je overslaan)
