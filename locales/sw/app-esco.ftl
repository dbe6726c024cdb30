# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Tafuta jina rasmi (ESCO)
app-esco-find-hint = Andika herufi chache, kwa mfano “weld”
app-esco-why = Waajiri katika nchi nyingine wanayajua majina haya. Chagua lililo karibu zaidi na unachofanya.
app-esco-none = Hakuna jina rasmi lililopatikana. Jaribu maneno mengine, au neno fupi zaidi.
app-esco-english = Kwa Kiingereza: { $english }
app-esco-linked = Jina rasmi
app-esco-unlink = Ondoa
app-esco-choose = Chagua
app-esco-searching = Inatafuta…
app-esco-kind-skill = Ujuzi
app-esco-kind-occupation = Kazi

## Comparing with a job

app-match = Kazi zinazonifaa
app-match-title = Kazi zinazonifaa
app-match-intro = Chagua kazi ili uone ni ujuzi gani wake daftari lako unaonyesha, na upi unakosekana.
app-match-find = Tafuta kazi
app-match-chosen = Kazi uliyochagua
app-match-find-hint = Kwa mfano “mpishi” au “fundi wa kuchomelea”
app-match-fit = Kazi zinazolingana na daftari langu
app-match-fit-none = Hakuna ingizo lako lenye jina rasmi bado. Ongeza moja kwenye ingizo kwanza: Badilisha, kisha “Tafuta jina rasmi”.
app-match-fit-line = { $covered } kati ya ujuzi { $total } muhimu ({ $percent }%)
app-match-summary = { $total ->
    [0] Kazi hii haina ujuzi muhimu katika ESCO.
   *[other] Daftari lako linaonyesha { $covered } kati ya ujuzi wake { $total } muhimu.
}
app-match-essential = Ujuzi muhimu
app-match-optional = Ujuzi mwingine wenye manufaa
app-match-endorsed = Imetiwa sahihi
app-match-self-declared = Umesema wewe
app-match-missing = Unakosekana
app-match-maybe = Je, hili ni ingizo lako “{ $title }”?
app-match-link = Ndiyo, liunganishe
app-match-other-job = Kazi nyingine

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Chagua kwa hatua hii
app-stage-template-hint = Carnet inaweka alama kwenye kilicho muhimu katika hatua hii. Unaweza kubadilisha.
app-stage-target = Kazi unayoomba (unaweza kuruka hii)
