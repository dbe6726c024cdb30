# Review status: machine-drafted, needs review by a native speaker.
# Ekrany ESCO: standardowa nazwa umiejętności lub zawodu, porównanie z pracą, wybór na etap.

## Finding the standard name (on the add and change screens)

app-esco-find = Znajdź standardową nazwę (ESCO)
app-esco-find-hint = Wpisz kilka liter, na przykład „spaw”
app-esco-why = Pracodawcy w innych krajach znają te nazwy. Wybierz tę, która jest najbliższa temu, co robisz.
app-esco-none = Nie znaleziono standardowej nazwy. Spróbuj innych słów albo krótszego słowa.
app-esco-english = Po angielsku: { $english }
app-esco-linked = Standardowa nazwa
app-esco-unlink = Usuń
app-esco-choose = Wybierz
app-esco-searching = Szukamy…
app-esco-kind-skill = Umiejętność
app-esco-kind-occupation = Zawód

## Comparing with a job

app-match = Praca dla mnie
app-match-title = Praca dla mnie
app-match-intro = Wybierz pracę, aby zobaczyć, które z jej umiejętności pokazuje twój dziennik, a których brakuje.
app-match-find = Znajdź pracę
app-match-chosen = Wybrana praca
app-match-find-hint = Na przykład „kucharz” albo „spawacz”
app-match-fit = Praca pasująca do mojego dziennika
app-match-fit-none = Żaden twój wpis nie ma jeszcze standardowej nazwy. Najpierw dodaj ją do wpisu: Zmień, potem „Znajdź standardową nazwę”.
app-match-fit-line = { $covered } z { $total } głównych umiejętności ({ $percent }%)
app-match-summary = { $total ->
    [0] Ta praca nie ma głównych umiejętności w ESCO.
   *[other] Twój dziennik pokazuje { $covered } z { $total } jej głównych umiejętności.
}
app-match-essential = Główne umiejętności
app-match-optional = Inne przydatne umiejętności
app-match-endorsed = Podpisane
app-match-self-declared = Tak mówisz ty
app-match-missing = Brakuje
app-match-maybe = Czy to twój wpis „{ $title }”?
app-match-link = Tak, połącz
app-match-other-job = Inna praca

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Wybierz na ten etap
app-stage-template-hint = Carnet zaznacza to, co ważne na tym etapie. Możesz to zmienić.
app-stage-target = Praca, o którą się starasz (możesz pominąć)
