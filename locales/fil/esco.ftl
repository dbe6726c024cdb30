# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Ginagamit ng serbisyong ito ang ESCO classification ng European Commission.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, inangkop: isang bahagi na binago para magamit nang offline.

## Help

cli-cmd-esco = Maghanap ng mga kasanayan at trabaho sa ESCO, ang listahan ng Europa ng mga kasanayan at trabaho, kahit walang internet.
cli-cmd-esco-search = Hanapin ang mga ESCO skill at occupation ayon sa pangalan, sa iyong wika o sa Ingles. Pinapalampas ang maliliit na mali sa pag-type.
cli-cmd-match = Ihambing ang iyong talaan sa isang trabaho: alin sa mga kasanayan nito ang mayroon ka, at alin ang wala pa.
cli-arg-esco-text = Ang mga salitang hahanapin, halimbawa "welding" o "carpenter".
cli-arg-esco-kind = Skill lang o occupation lang.
cli-arg-esco-limit = Ilang resulta ang ipapakita, hanggang. Ang default ay 10.
cli-arg-esco-taxonomy = Ang ESCO data file na gagamitin sa halip na ang kasama ng Carnet.
cli-arg-match-occupation = Ang ESCO occupation: ang address nito (http://data.europa.eu/esco/occupation/…) o ang code sa dulo nito.
cli-arg-match-rank = Sa halip, ipakita ang 10 trabaho na ang pangunahing kasanayan ay pinakasakop ng iyong talaan.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Ipakita kung alin sa iyong mga entry ang mahalaga sa isang yugto ng iyong paglalakbay, at kung bakit. Para sa recruitment, puwede mong pangalanan ang trabahong inaaplayan mo.
cli-arg-stage-view-stage = Ang yugto: recruitment, pre-departure, arrival, career o return.
cli-arg-stage-view-occupation = Para sa recruitment: ang trabahong inaaplayan mo, bilang ESCO address nito (http://data.europa.eu/esco/occupation/…) o ang code sa dulo nito.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = kasanayan
esco-kind-occupation = trabaho
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Walang ESCO skill o occupation na tumutugma sa “{ $text }”.
esco-match-summary = { $total ->
    [0] Walang pangunahing kasanayan ang trabahong ito sa ESCO.
   *[other] Sakop ng iyong talaan ang { $covered } sa { $total } pangunahing kasanayan nito.
}
esco-match-essential = Mga pangunahing kasanayan:
esco-match-optional = Mga opsyonal na kasanayan:
esco-coverage-endorsed = pinatunayan
esco-coverage-self-declared = sabi mo
esco-coverage-missing = kulang
esco-match-maybe = baka ang iyong entry na “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Wala pang ESCO skill ang alinman sa iyong mga entry. Magdagdag gamit ang carnet add skill --title … --esco ADDRESS (hanapin ang address gamit ang carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] Para sa { $stage }, mahalaga ang { $count } entry na ito:
}
stage-view-none = Wala pang mahalaga sa iyong mga entry para sa { $stage }. Markahan ang mga entry ng yugtong ito: carnet edit ID --set stages={ $stage }
stage-view-present = Para ipakita ang mga ito bilang QR code: { $command }
stage-why-target-essential = pangunahing kasanayan para sa trabahong ito
stage-why-target-optional = kapaki-pakinabang sa trabahong ito
stage-why-target-maybe = maaaring tugma sa isang kasanayan ng trabahong ito
stage-why-marked = minarkahan mo ito para sa yugtong ito
stage-why-abroad = natutunan o ginawa sa ibang bansa
stage-why-endorsed = pinirmahan
stage-why-qualification = isang diploma o sertipiko
stage-why-language = isang wika
stage-why-experience = trabahong ginawa mo
stage-why-learning = isang kurso
stage-why-skill = isang kasanayan
