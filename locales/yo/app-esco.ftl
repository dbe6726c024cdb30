# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Wá orúkọ àjùmọ̀lò (ESCO)
app-esco-find-hint = Ẹ kọ lẹ́tà díẹ̀, fún àpẹẹrẹ “weld”
app-esco-why = Àwọn agbanisíṣẹ́ ní orílẹ̀-èdè míì mọ àwọn orúkọ wọ̀nyí. Ẹ yan èyí tó sún mọ́ ohun tí ẹ ń ṣe jù.
app-esco-none = A kò rí orúkọ àjùmọ̀lò kankan. Ẹ gbìyànjú ọ̀rọ̀ míì, tàbí ọ̀rọ̀ tó kúrú jù.
app-esco-english = Ní èdè Gẹ̀ẹ́sì: { $english }
app-esco-linked = Orúkọ àjùmọ̀lò
app-esco-unlink = Yọ ọ́ kúrò
app-esco-choose = Yan án
app-esco-searching = À ń wá a…
app-esco-kind-skill = Ọgbọ́n iṣẹ́
app-esco-kind-occupation = Iṣẹ́

## Comparing with a job

app-match = Iṣẹ́ fún mi
app-match-title = Iṣẹ́ fún mi
app-match-intro = Ẹ yan iṣẹ́ kan láti rí èwo nínú ọgbọ́n iṣẹ́ rẹ̀ ni ìwé àkọsílẹ̀ yín fi hàn, àti èwo ló kù.
app-match-find = Wá iṣẹ́ kan
app-match-chosen = Iṣẹ́ tí ẹ yàn
app-match-find-hint = Fún àpẹẹrẹ “alásè” tàbí “alurinmọ́”
app-match-fit = Iṣẹ́ tó bá ìwé àkọsílẹ̀ mi mu
app-match-fit-none = Kò sí èyíkéyìí nínú àkọsílẹ̀ yín tó ní orúkọ àjùmọ̀lò síbẹ̀. Ẹ kọ́kọ́ fi ọ̀kan sí àkọsílẹ̀ kan: Yí i padà, lẹ́yìn náà “Wá orúkọ àjùmọ̀lò”.
app-match-fit-line = { $covered } nínú ọgbọ́n iṣẹ́ pàtàkì { $total } ({ $percent }%)
app-match-summary = { $total ->
    [0] Iṣẹ́ yìí kò ní ọgbọ́n iṣẹ́ pàtàkì kankan nínú ESCO.
   *[other] Ìwé àkọsílẹ̀ yín fi { $covered } hàn nínú ọgbọ́n iṣẹ́ pàtàkì { $total } rẹ̀.
}
app-match-essential = Ọgbọ́n iṣẹ́ pàtàkì
app-match-optional = Ọgbọ́n iṣẹ́ míì tó wúlò
app-match-endorsed = A ti fọwọ́ sí i
app-match-self-declared = Ẹ̀yin lẹ sọ bẹ́ẹ̀
app-match-missing = Ó kù
app-match-maybe = Ṣé àkọsílẹ̀ yín “{ $title }” nìyí?
app-match-link = Bẹ́ẹ̀ ni, so ó pọ̀
app-match-other-job = Iṣẹ́ míì

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Yan fún ìpele yìí
app-stage-template-hint = Carnet á sàmì sí ohun tó ṣe pàtàkì ní ìpele yìí. Ẹ lè yí i padà.
app-stage-target = Iṣẹ́ tí ẹ ń béèrè fún (ẹ lè fò ó)
