# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Adeeggani wuxuu isticmaalaa kala soocidda ESCO ee Guddiga Yurub.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, la habeeyay: qayb loo beddelay isticmaal internet la'aan ah.

## Help

cli-cmd-esco = Ka raadi xirfado iyo shaqooyin ESCO, liiska Yurub ee xirfadaha iyo shaqooyinka, internet la'aan.
cli-cmd-esco-search = Ku raadi xirfadaha iyo shaqooyinka ESCO magacyadooda, luqaddaada ama Ingiriisi. Khaladaadka yaryar ee qoraalka waa la dhaafaa.
cli-cmd-match = Diiwaankaaga la barbardhig shaqo: xirfadaheeda kuwa aad leedahay, iyo kuwa aadan weli lahayn.
cli-arg-esco-text = Erayada la raadinayo, tusaale ahaan "welding" ama "carpenter".
cli-arg-esco-kind = Xirfad oo keliya ama shaqo oo keliya.
cli-arg-esco-limit = Inta natiijo ee ugu badan ee la muujinayo. Caadi ahaan waa 10.
cli-arg-esco-taxonomy = Faylka xogta ESCO ee la isticmaalayo halkii kan la socda Carnet.
cli-arg-match-occupation = Shaqada ESCO: cinwaankeeda (http://data.europa.eu/esco/occupation/…) ama koodhka dhammaadkeeda.
cli-arg-match-rank = Halkii, muuji 10-ka shaqo ee diiwaankaagu sida ugu fiican u daboolo xirfadahooda muhiimka ah.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Muuji qoraalladaada kuwa muhiimka u ah hal marxalad oo safarkaaga ah, iyo sababta. Shaqaaleysiinta, waxaad magacaabi kartaa shaqada aad codsanayso.
cli-arg-stage-view-stage = Marxaladda: recruitment, pre-departure, arrival, career ama return.
cli-arg-stage-view-occupation = Shaqaaleysiinta: shaqada aad codsanayso, sida cinwaankeeda ESCO (http://data.europa.eu/esco/occupation/…) ama koodhka dhammaadkeeda.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = xirfad
esco-kind-occupation = shaqo
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Ma jiro xirfad ama shaqo ESCO oo la mid ah “{ $text }”.
esco-match-summary = { $total ->
    [0] Shaqadani ma laha xirfado muhiim ah oo ESCO ku jira.
   *[other] Diiwaankaagu wuxuu daboolayaa { $covered } ka mid ah { $total }-da xirfadood ee muhiimka ah.
}
esco-match-essential = Xirfadaha muhiimka ah:
esco-match-optional = Xirfadaha ikhtiyaariga ah:
esco-coverage-endorsed = la xaqiijiyay
esco-coverage-self-declared = adiga ayaa sheegay
esco-coverage-missing = maqan
esco-match-maybe = laga yaabee qoraalkaaga “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Qoraalladaada midna weli ma laha xirfad ESCO. Mid ku dar carnet add skill --title … --esco ADDRESS (ka hel cinwaanka carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage }, qoraalkan ayaa muhiim ah:
   *[other] { $stage }, { $count }-dan qoraal ayaa muhiim ah:
}
stage-view-none = Qoraalladaada midna weli muhiim uma aha { $stage }. Ku calaamadee qoraallada marxaladdan: carnet edit ID --set stages={ $stage }
stage-view-present = Si aad ugu muujiso koodh QR: { $command }
stage-why-target-essential = xirfad muhiim u ah shaqadan
stage-why-target-optional = waxtar u leh shaqadan
stage-why-target-maybe = waxaa laga yaabaa inay la mid tahay xirfad shaqadan
stage-why-marked = waxaad u calaamadaysay marxaladdan
stage-why-abroad = lagu bartay ama lagu sameeyay dibadda
stage-why-endorsed = la saxiixay
stage-why-qualification = dibloom ama shahaado
stage-why-language = luqad
stage-why-experience = shaqo aad qabatay
stage-why-learning = koorso
stage-why-skill = xirfad
