# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Iṣẹ́ yìí ń lo ìpínsísọ̀rí ESCO ti Ìgbìmọ̀ Ilẹ̀ Yúróòpù.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, a ti ṣàtúnṣe rẹ̀: apá kan tí a yí padà fún lílò láìsí íńtánẹ́ẹ̀tì.

## Help

cli-cmd-esco = Wá ọgbọ́n iṣẹ́ àti iṣẹ́ nínú ESCO, àkójọ ọgbọ́n iṣẹ́ àti iṣẹ́ ti Yúróòpù, láìsí íńtánẹ́ẹ̀tì.
cli-cmd-esco-search = Wá ọgbọ́n iṣẹ́ àti iṣẹ́ ESCO nípasẹ̀ orúkọ wọn, ní èdè yín tàbí ní èdè Gẹ̀ẹ́sì. A máa ń gbójú fo àṣìṣe kékeré nínú kíkọ.
cli-cmd-match = Fi ìwé àkọsílẹ̀ yín wé iṣẹ́ kan: èwo nínú ọgbọ́n iṣẹ́ rẹ̀ ni ẹ ní, àti èwo ni ẹ kò tíì ní.
cli-arg-esco-text = Ọ̀rọ̀ tí a ó wá, fún àpẹẹrẹ "welding" tàbí "carpenter".
cli-arg-esco-kind = Skill nìkan tàbí occupation nìkan.
cli-arg-esco-limit = Iye àbájáde tí a ó fi hàn, ó pọ̀ jù. Ìpìlẹ̀ rẹ̀ jẹ́ 10.
cli-arg-esco-taxonomy = Fáìlì dátà ESCO tí a ó lò dípò èyí tó wá pẹ̀lú Carnet.
cli-arg-match-occupation = Iṣẹ́ ESCO: àdírẹ́sì rẹ̀ (http://data.europa.eu/esco/occupation/…) tàbí kóòdù tó wà ní ìparí rẹ̀.
cli-arg-match-rank = Dípò bẹ́ẹ̀, fi iṣẹ́ 10 hàn tí ìwé àkọsílẹ̀ yín bo ọgbọ́n iṣẹ́ pàtàkì wọn jù.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Fi hàn èwo nínú àkọsílẹ̀ yín ló ṣe pàtàkì ní ìpele kan nínú ìrìn àjò yín, àti ìdí rẹ̀. Fún gbígbà síṣẹ́, ẹ lè dárúkọ iṣẹ́ tí ẹ ń béèrè fún.
cli-arg-stage-view-stage = Ìpele náà: recruitment, pre-departure, arrival, career tàbí return.
cli-arg-stage-view-occupation = Fún gbígbà síṣẹ́: iṣẹ́ tí ẹ ń béèrè fún, gẹ́gẹ́ bí àdírẹ́sì ESCO rẹ̀ (http://data.europa.eu/esco/occupation/…) tàbí kóòdù tó wà ní ìparí rẹ̀.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ọgbọ́n iṣẹ́
esco-kind-occupation = iṣẹ́
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Kò sí ọgbọ́n iṣẹ́ tàbí iṣẹ́ ESCO tó bá “{ $text }” mu.
esco-match-summary = { $total ->
    [0] Iṣẹ́ yìí kò ní ọgbọ́n iṣẹ́ pàtàkì kankan nínú ESCO.
   *[other] Ìwé àkọsílẹ̀ yín bo { $covered } nínú ọgbọ́n iṣẹ́ pàtàkì { $total } rẹ̀.
}
esco-match-essential = Ọgbọ́n iṣẹ́ pàtàkì:
esco-match-optional = Ọgbọ́n iṣẹ́ àfikún:
esco-coverage-endorsed = a ti fọwọ́ sí i
esco-coverage-self-declared = ẹ̀yin lẹ sọ bẹ́ẹ̀
esco-coverage-missing = ó kù
esco-match-maybe = bóyá àkọsílẹ̀ yín “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Kò sí èyíkéyìí nínú àkọsílẹ̀ yín tó ní ọgbọ́n iṣẹ́ ESCO síbẹ̀. Ẹ fi ọ̀kan kún un pẹ̀lú carnet add skill --title … --esco ADDRESS (ẹ wá àdírẹ́sì náà pẹ̀lú carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] Fún { $stage }, àkọsílẹ̀ { $count } wọ̀nyí ṣe pàtàkì:
}
stage-view-none = Kò sí èyíkéyìí nínú àkọsílẹ̀ yín tó ṣe pàtàkì fún { $stage } síbẹ̀. Ẹ sàmì sí àkọsílẹ̀ pẹ̀lú ìpele yìí: carnet edit ID --set stages={ $stage }
stage-view-present = Láti fi wọ́n hàn gẹ́gẹ́ bí kóòdù QR: { $command }
stage-why-target-essential = ọgbọ́n iṣẹ́ pàtàkì fún iṣẹ́ yìí
stage-why-target-optional = ó wúlò fún iṣẹ́ yìí
stage-why-target-maybe = ó lè bá ọgbọ́n iṣẹ́ kan nínú iṣẹ́ yìí mu
stage-why-marked = ẹ sàmì sí i fún ìpele yìí
stage-why-abroad = a kọ́ ọ tàbí ṣe é ní òkè òkun
stage-why-endorsed = a ti fọwọ́ sí i
stage-why-qualification = ìwé ẹ̀rí tàbí sàtífíkéètì
stage-why-language = èdè kan
stage-why-experience = iṣẹ́ tí ẹ ṣe
stage-why-learning = ẹ̀kọ́ kan
stage-why-skill = ọgbọ́n iṣẹ́ kan
