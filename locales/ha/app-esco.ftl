# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Nemi sunan hukuma (ESCO)
app-esco-find-hint = Rubuta 'yan haruffa, misali “weld”
app-esco-why = Masu ɗaukar aiki a wasu ƙasashe sun san waɗannan sunaye. Zaɓi wanda ya fi kusa da abin da kuke yi.
app-esco-none = Ba a sami sunan hukuma ba. Gwada wasu kalmomi, ko gajeriyar kalma.
app-esco-english = A Turanci: { $english }
app-esco-linked = Sunan hukuma
app-esco-unlink = Cire
app-esco-choose = Zaɓi
app-esco-searching = Ana nema…
app-esco-kind-skill = Ƙwarewa
app-esco-kind-occupation = Aiki

## Comparing with a job

app-match = Ayyukan da suka dace da ni
app-match-title = Ayyukan da suka dace da ni
app-match-intro = Zaɓi aiki don ganin waɗanne daga ƙwarewarsa rajistarku ke nunawa, da waɗanda suka rasa.
app-match-find = Nemi aiki
app-match-chosen = Aikin da kuka zaɓa
app-match-find-hint = Misali “mai dafa abinci” ko “mai walda”
app-match-fit = Ayyukan da suka dace da rajistata
app-match-fit-none = Babu ɗaya daga cikin shigarwarku da ke da sunan hukuma tukuna. Da farko ku ƙara ɗaya ga shigarwa: Canza, sannan “Nemi sunan hukuma”.
app-match-fit-line = { $covered } cikin manyan ƙwarewa { $total } ({ $percent }%)
app-match-summary = { $total ->
    [0] Wannan aiki ba shi da manyan ƙwarewa a ESCO.
   *[other] Rajistarku tana nuna { $covered } cikin manyan ƙwarewarsa { $total }.
}
app-match-essential = Manyan ƙwarewa
app-match-optional = Sauran ƙwarewa masu amfani
app-match-endorsed = An sa hannu
app-match-self-declared = Ku ne kuka faɗa
app-match-missing = Babu
app-match-maybe = Shin wannan shigarwarku ce “{ $title }”?
app-match-link = Ee, a haɗa
app-match-other-job = Wani aiki

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Zaɓi don wannan zango
app-stage-template-hint = Carnet tana yi wa abin da ke da muhimmanci a wannan zango alama. Kuna iya canza shi.
app-stage-target = Aikin da kuke nema (kuna iya tsallake wannan)
