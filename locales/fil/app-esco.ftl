# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Hanapin ang karaniwang pangalan (ESCO)
app-esco-find-hint = Mag-type ng ilang titik, halimbawa “weld”
app-esco-why = Kilala ng mga employer sa ibang bansa ang mga pangalang ito. Piliin ang pinakamalapit sa ginagawa mo.
app-esco-none = Walang nahanap na karaniwang pangalan. Subukan ang ibang salita, o mas maikling salita.
app-esco-english = Sa Ingles: { $english }
app-esco-linked = Karaniwang pangalan
app-esco-unlink = Tanggalin
app-esco-choose = Piliin
app-esco-searching = Naghahanap…
app-esco-kind-skill = Kasanayan
app-esco-kind-occupation = Trabaho

## Comparing with a job

app-match = Mga trabaho para sa akin
app-match-title = Mga trabaho para sa akin
app-match-intro = Pumili ng trabaho para makita kung alin sa mga kasanayan nito ang nasa iyong talaan, at alin ang kulang.
app-match-find = Maghanap ng trabaho
app-match-chosen = Ang trabahong pinili mo
app-match-find-hint = Halimbawa “cook” o “welder”
app-match-fit = Mga trabahong bagay sa aking talaan
app-match-fit-none = Wala pang karaniwang pangalan ang alinman sa iyong mga entry. Magdagdag muna sa isang entry: Baguhin, saka “Hanapin ang karaniwang pangalan”.
app-match-fit-line = { $covered } sa { $total } pangunahing kasanayan ({ $percent }%)
app-match-summary = { $total ->
    [0] Walang pangunahing kasanayan ang trabahong ito sa ESCO.
   *[other] Ipinapakita ng iyong talaan ang { $covered } sa { $total } pangunahing kasanayan nito.
}
app-match-essential = Pangunahing kasanayan
app-match-optional = Iba pang kapaki-pakinabang na kasanayan
app-match-endorsed = Pinirmahan
app-match-self-declared = Sabi mo
app-match-missing = Kulang
app-match-maybe = Ito ba ang iyong entry na “{ $title }”?
app-match-link = Oo, ikabit
app-match-other-job = Ibang trabaho

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Pumili para sa yugtong ito
app-stage-template-hint = Tsinetsekan ng Carnet ang mahalaga sa yugtong ito. Puwede mo itong baguhin.
app-stage-target = Ang trabahong inaaplayan mo (puwedeng laktawan)
