# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Navê standard bibîne (ESCO)
app-esco-find-hint = Çend tîpan binivîse, mînak “qeynax”
app-esco-why = Kardêrên li welatên din van navan nas dikin. Ya herî nêzî karê xwe hilbijêre.
app-esco-none = Tu navê standard nehat dîtin. Peyvên din, an peyveke kurttir biceribîne.
app-esco-english = Bi Îngilîzî: { $english }
app-esco-linked = Navê standard
app-esco-unlink = Rake
app-esco-choose = Hilbijêre
app-esco-searching = Tê lêgerîn…
app-esco-kind-skill = Jêhatî
app-esco-kind-occupation = Kar

## Comparing with a job

app-match = Kar ji bo min
app-match-title = Kar ji bo min
app-match-intro = Karekî hilbijêre da ku bibînî kîjan jêhatîyên wî di deftera te de hene, û kîjan kêm in.
app-match-find = Karekî bibîne
app-match-chosen = Karê ku te hilbijart
app-match-find-hint = Mînak “aşpêj” an “qeynaxker”
app-match-fit = Karên ku li deftera min tên
app-match-fit-none = Hîn navê standard ê tu tomarên te tune. Pêşî yekî li tomarekê zêde bike: Biguherîne, paşê “Navê standard bibîne”.
app-match-fit-line = { $covered } ji { $total } jêhatîyên sereke ({ $percent }%)
app-match-summary = { $total ->
    [0] Di ESCO de jêhatîyên sereke yên vî karî tune.
   *[other] Deftera te { $covered } ji { $total } jêhatîyên wî yên sereke nîşan dide.
}
app-match-essential = Jêhatîyên sereke
app-match-optional = Jêhatîyên din ên bikêr
app-match-endorsed = Îmzekirî
app-match-self-declared = Te gotiye
app-match-missing = Kêm e
app-match-maybe = Ma ev tomara te ye “{ $title }”?
app-match-link = Erê, girê bide
app-match-other-job = Karekî din

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Ji bo vê qonaxê hilbijêre
app-stage-template-hint = Carnet tiştên ku di vê qonaxê de girîng in nîşan dike. Tu dikarî biguherînî.
app-stage-target = Karê ku tu serî lê didî (tu dikarî derbas bikî)
