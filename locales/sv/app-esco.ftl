# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = Hitta det officiella namnet (ESCO)
app-esco-find-hint = Skriv några bokstäver, till exempel ”svets”
app-esco-why = Arbetsgivare i andra länder känner till de här namnen. Välj det som ligger närmast det du gör.
app-esco-none = Inget officiellt namn hittades. Prova andra ord, eller ett kortare ord.
app-esco-english = På engelska: { $english }
app-esco-linked = Officiellt namn
app-esco-unlink = Ta bort
app-esco-choose = Välj
app-esco-searching = Söker…
app-esco-kind-skill = Färdighet
app-esco-kind-occupation = Yrke

## Comparing with a job

app-match = Jobb för mig
app-match-title = Jobb för mig
app-match-intro = Välj ett jobb för att se vilka av dess färdigheter din loggbok visar, och vilka som saknas.
app-match-find = Hitta ett jobb
app-match-chosen = Jobbet du valde
app-match-find-hint = Till exempel ”kock” eller ”svetsare”
app-match-fit = Jobb som passar min loggbok
app-match-fit-none = Ingen av dina poster har ett officiellt namn än. Lägg först till ett på en post: Ändra, sedan ”Hitta det officiella namnet”.
app-match-fit-line = { $covered } av { $total } viktigaste färdigheter ({ $percent } %)
app-match-summary = { $total ->
    [0] Det här jobbet har inga viktigaste färdigheter i ESCO.
   *[other] Din loggbok visar { $covered } av dess { $total } viktigaste färdigheter.
}
app-match-essential = Viktigaste färdigheter
app-match-optional = Andra bra färdigheter
app-match-endorsed = Underskriven
app-match-self-declared = Du har sagt det
app-match-missing = Saknas
app-match-maybe = Är det här din post ”{ $title }”?
app-match-link = Ja, koppla
app-match-other-job = Ett annat jobb

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Välj för det här steget
app-stage-template-hint = Carnet bockar för det som är viktigt i det här steget. Du kan ändra det.
app-stage-target = Jobbet du söker (du kan hoppa över det här)
