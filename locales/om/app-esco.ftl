# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Maqaa idilee barbaadaa (ESCO)
app-esco-find-hint = Qubee muraasa barreessaa, fakkeenyaaf “weld”
app-esco-why = Hojjechiistonni biyyoota biroo maqaalee kana ni beeku. Isa waan isin hojjettan irratti dhihaatu filadhaa.
app-esco-none = Maqaan idilee hin argamne. Jechoota biroo, ykn jecha gabaabaa yaalaa.
app-esco-english = Afaan Ingiliziitiin: { $english }
app-esco-linked = Maqaa idilee
app-esco-unlink = Haqaa
app-esco-choose = Filadhaa
app-esco-searching = Barbaadaa jira…
app-esco-kind-skill = Dandeettii
app-esco-kind-occupation = Hojii

## Comparing with a job

app-match = Hojiiwwan anaaf ta'an
app-match-title = Hojiiwwan anaaf ta'an
app-match-intro = Dandeettiiwwan isaa keessaa kam galmee keessan keessa akka jiru fi kam akka hir'ate ilaaluuf hojii filadhaa.
app-match-find = Hojii barbaadaa
app-match-chosen = Hojii filattan
app-match-find-hint = Fakkeenyaaf “nyaata qopheessaa” ykn “weldara”
app-match-fit = Hojiiwwan galmee koo waliin walsiman
app-match-fit-none = Barreeffamoota keessan keessaa tokkollee ammaaf maqaa idilee hin qabu. Jalqaba barreeffama tokkoof ida'aa: Jijjiiraa, achiis “Maqaa idilee barbaadaa”.
app-match-fit-line = Dandeettiiwwan ijoo { $total } keessaa { $covered } ({ $percent }%)
app-match-summary = { $total ->
    [0] Hojiin kun ESCO keessatti dandeettii ijoo hin qabu.
   *[other] Galmeen keessan dandeettiiwwan ijoo isaa { $total } keessaa { $covered } agarsiisa.
}
app-match-essential = Dandeettiiwwan ijoo
app-match-optional = Dandeettiiwwan gargaaran biroo
app-match-endorsed = Mallatteeffame
app-match-self-declared = Isin jettan
app-match-missing = Hir'ate
app-match-maybe = Kun barreeffama keessan “{ $title }” dha?
app-match-link = Eeyyee, walqabsiisaa
app-match-other-job = Hojii biraa

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Marsaa kanaaf filadhaa
app-stage-template-hint = Carnet waan marsaa kanatti barbaachisu mallattoo godha. Isin jijjiiruu ni dandeessu.
app-stage-target = Hojii itti iyyattan (dabruu ni dandeessu)
