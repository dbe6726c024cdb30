# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Ev xizmet dabeşkirina ESCO ya Komîsyona Ewropayê bi kar tîne.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, hatiye adaptekirin: beşek ji bo bikaranîna bê înternet hatiye veguhertin.

## Help

cli-cmd-esco = Li jêhatî û pîşeyan di ESCO de bigere, lîsteya Ewropî ya jêhatî û pîşeyan, bêyî înternetê.
cli-cmd-esco-search = Jêhatî û pîşeyên ESCO bi navên wan bibîne, bi zimanê xwe an bi Îngilîzî. Xeletiyên piçûk ên nivîsandinê tên efûkirin.
cli-cmd-match = Deftera xwe bi pîşeyekê re bide ber hev: kîjan jêhatîyên wê li ba te hene, û kîjan hîn tune.
cli-arg-esco-text = Peyvên ku tu lê digerî, mînak "welding" an "carpenter".
cli-arg-esco-kind = Tenê skill (jêhatî) an tenê occupation (pîşe).
cli-arg-esco-limit = Herî zêde çend encam werin nîşandan. Ya standard 10 e.
cli-arg-esco-taxonomy = Pelê daneyên ESCO ku li şûna yê bi Carnet re tê were bikaranîn.
cli-arg-match-occupation = Pîşeya ESCO: navnîşana wê (http://data.europa.eu/esco/occupation/…) an koda li dawiya wê.
cli-arg-match-rank = Li şûna wê, 10 pîşeyên ku deftera te jêhatîyên wan ên bingehîn herî baş digire nîşan bide.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Nîşan bide kîjan tomarên te di qonaxekê ya rêwîtiya te de girîng in, û çima. Ji bo recruitment, tu dikarî navê karê ku tu serî lê didî bidî.
cli-arg-stage-view-stage = Qonax: recruitment, pre-departure, arrival, career an return.
cli-arg-stage-view-occupation = Ji bo recruitment: karê ku tu serî lê didî, wek navnîşana wê ya ESCO (http://data.europa.eu/esco/occupation/…) an koda li dawiya wê.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = jêhatî
esco-kind-occupation = pîşe
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Tu jêhatî an pîşeya ESCO li “{ $text }” nayê.
esco-match-summary = { $total ->
    [0] Di ESCO de jêhatîyên bingehîn ên vê pîşeyê tune.
   *[other] Deftera te { $covered } ji { $total } jêhatîyên wê yên bingehîn digire.
}
esco-match-essential = Jêhatîyên bingehîn:
esco-match-optional = Jêhatîyên vebijarkî:
esco-coverage-endorsed = pejirandî
esco-coverage-self-declared = te gotiye
esco-coverage-missing = kêm e
esco-match-maybe = belkî tomara te “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Hîn jêhatîyeke ESCO di tu tomarên te de tune. Bi carnet add skill --title … --esco ADDRESS yekê zêde bike (navnîşanê bi carnet esco search bibîne).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Ji bo { $stage }, ev tomar girîng e:
   *[other] Ji bo { $stage }, ev { $count } tomar girîng in:
}
stage-view-none = Hîn tu tomarên te ji bo { $stage } ne girîng in. Tomaran bi vê qonaxê nîşan bike: carnet edit ID --set stages={ $stage }
stage-view-present = Ji bo nîşandana wan wek koda QR: { $command }
stage-why-target-essential = jêhatîyeke sereke ji bo vî karî
stage-why-target-optional = ji bo vî karî bikêr e
stage-why-target-maybe = dibe ku li jêhatîyeke vî karî bê
stage-why-marked = te ji bo vê qonaxê nîşan kiriye
stage-why-abroad = li derveyî welat hatiye fêrbûn an kirin
stage-why-endorsed = îmzekirî
stage-why-qualification = dîplome an belge
stage-why-language = ziman
stage-why-experience = karê ku te kiriye
stage-why-learning = kurs
stage-why-skill = jêhatî
