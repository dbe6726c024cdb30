# Review status: machine-drafted, needs review by a native speaker.
# Ekranet ESCO: emri standard i një aftësie ose profesioni, krahasimi me një punë, zgjedhja për një fazë.

## Finding the standard name (on the add and change screens)

app-esco-find = Gjeni emrin standard (ESCO)
app-esco-find-hint = Shkruani disa shkronja, për shembull «salda»
app-esco-why = Punëdhënësit në vende të tjera i njohin këta emra. Zgjidhni atë që është më afër asaj që bëni.
app-esco-none = Nuk u gjet asnjë emër standard. Provoni fjalë të tjera ose një fjalë më të shkurtër.
app-esco-english = Në anglisht: { $english }
app-esco-linked = Emri standard
app-esco-unlink = Hiqe
app-esco-choose = Zgjidhni
app-esco-searching = Po kërkojmë…
app-esco-kind-skill = Aftësi
app-esco-kind-occupation = Profesion

## Comparing with a job

app-match = Punë për mua
app-match-title = Punë për mua
app-match-intro = Zgjidhni një punë për të parë cilat nga aftësitë e saj i tregon ditari juaj dhe cilat mungojnë.
app-match-find = Gjeni një punë
app-match-chosen = Puna që zgjodhët
app-match-find-hint = Për shembull «kuzhinier» ose «saldator»
app-match-fit = Punë që i përshtaten ditarit tim
app-match-fit-none = Asnjë nga shënimet tuaja nuk ka ende emër standard. Shtoni fillimisht një te një shënim: Ndryshoni, pastaj «Gjeni emrin standard».
app-match-fit-line = { $covered } nga { $total } aftësi kryesore ({ $percent }%)
app-match-summary = { $total ->
    [0] Kjo punë nuk ka aftësi kryesore në ESCO.
   *[other] Ditari juaj tregon { $covered } nga { $total } aftësitë kryesore të saj.
}
app-match-essential = Aftësitë kryesore
app-match-optional = Aftësi të tjera të dobishme
app-match-endorsed = I nënshkruar
app-match-self-declared = E thoni ju
app-match-missing = Mungon
app-match-maybe = A është ky shënimi juaj «{ $title }»?
app-match-link = Po, lidheni
app-match-other-job = Një punë tjetër

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Zgjidhni për këtë fazë
app-stage-template-hint = Carnet shënon atë që ka rëndësi në këtë fazë. Mund ta ndryshoni.
app-stage-target = Puna për të cilën aplikoni (mund ta kaloni)
