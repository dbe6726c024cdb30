# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Ин хидмат таснифоти ESCO-и Комиссияи Аврупоро истифода мебарад.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, мутобиқшуда: қисме барои истифода бе интернет табдил дода шудааст.

## Help

cli-cmd-esco = Ҷустуҷӯи маҳоратҳо ва касбҳо дар ESCO, рӯйхати аврупоии маҳоратҳо ва касбҳо, бе интернет.
cli-cmd-esco-search = Ёфтани маҳоратҳо ва касбҳои ESCO аз рӯи номашон, бо забони шумо ё бо англисӣ. Хатоҳои хурди навиштан бахшида мешаванд.
cli-cmd-match = Муқоисаи дафтарчаи шумо бо касб: кадом маҳоратҳои онро доред ва кадомашро ҳоло надоред.
cli-arg-esco-text = Калимаҳо барои ҷустуҷӯ, масалан "welding" ё "carpenter".
cli-arg-esco-kind = Танҳо skill ё танҳо occupation.
cli-arg-esco-limit = Ҳадди аксар чанд натиҷа нишон дода шавад. Бе он 10.
cli-arg-esco-taxonomy = Файли маълумоти ESCO, ки ба ҷои файли ҳамроҳи Carnet истифода мешавад.
cli-arg-match-occupation = Касби ESCO: суроғаи он (http://data.europa.eu/esco/occupation/…) ё коди охири он.
cli-arg-match-rank = Ба ҷои ин, 10 касберо нишон диҳед, ки дафтарчаи шумо маҳоратҳои асосии онҳоро беҳтар аз ҳама фаро мегирад.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Нишон диҳед, ки кадом сабтҳои шумо дар як марҳилаи сафаратон муҳиманд ва чаро. Барои ба кор қабул, метавонед касберо, ки барои он ариза медиҳед, номбар кунед.
cli-arg-stage-view-stage = Марҳила: recruitment, pre-departure, arrival, career ё return.
cli-arg-stage-view-occupation = Барои ба кор қабул: касбе, ки барои он ариза медиҳед, бо суроғаи ESCO-и он (http://data.europa.eu/esco/occupation/…) ё коди охири он.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = маҳорат
esco-kind-occupation = касб
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Ягон маҳорат ё касби ESCO ба «{ $text }» мувофиқ нест.
esco-match-summary = { $total ->
    [0] Ин касб дар ESCO маҳоратҳои асосӣ надорад.
   *[other] Дафтарчаи шумо { $covered }-то аз { $total } маҳорати асосии онро фаро мегирад.
}
esco-match-essential = Маҳоратҳои асосӣ:
esco-match-optional = Маҳоратҳои иловагӣ:
esco-coverage-endorsed = тасдиқшуда
esco-coverage-self-declared = бо гуфтаи шумо
esco-coverage-missing = намерасад
esco-match-maybe = шояд сабти шумо «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Ҳоло ягон сабти шумо маҳорати ESCO надорад. Онро бо carnet add skill --title … --esco ADDRESS илова кунед (суроғаро бо carnet esco search ёбед).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] Барои { $stage }, ин { $count } сабт муҳим аст:
}
stage-view-none = Ҳоло ягон сабти шумо барои { $stage } муҳим нест. Сабтҳоро бо ин марҳила қайд кунед: carnet edit ID --set stages={ $stage }
stage-view-present = Барои нишон додани онҳо ҳамчун коди QR: { $command }
stage-why-target-essential = маҳорати асосӣ барои ин кор
stage-why-target-optional = барои ин кор муфид
stage-why-target-maybe = шояд ба маҳорати ин кор мувофиқ бошад
stage-why-marked = шумо онро барои ин марҳила қайд кардед
stage-why-abroad = дар хориҷа омӯхта ё иҷро шудааст
stage-why-endorsed = имзошуда
stage-why-qualification = диплом ё шаҳодатнома
stage-why-language = забон
stage-why-experience = коре, ки кардед
stage-why-learning = курс
stage-why-skill = маҳорат
