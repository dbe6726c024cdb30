# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Huduma hii inatumia uainishaji wa ESCO wa Tume ya Ulaya.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, imerekebishwa: sehemu iliyobadilishwa kwa matumizi bila intaneti.

## Help

cli-cmd-esco = Tafuta ujuzi na kazi katika ESCO, orodha ya Ulaya ya ujuzi na kazi, bila intaneti.
cli-cmd-esco-search = Tafuta ujuzi na kazi za ESCO kwa majina yao, kwa lugha yako au kwa Kiingereza. Makosa madogo ya uandishi yanasamehewa.
cli-cmd-match = Linganisha daftari lako na kazi: ujuzi gani wake unao, na upi bado huna.
cli-arg-esco-text = Maneno ya kutafuta, kwa mfano "welding" au "carpenter".
cli-arg-esco-kind = Ujuzi tu au kazi tu.
cli-arg-esco-limit = Matokeo mangapi ya kuonyesha, zaidi kabisa. Kawaida ni 10.
cli-arg-esco-taxonomy = Faili ya data ya ESCO ya kutumia badala ya ile inayokuja na Carnet.
cli-arg-match-occupation = Kazi ya ESCO: anwani yake (http://data.europa.eu/esco/occupation/…) au msimbo ulio mwishoni mwake.
cli-arg-match-rank = Badala yake, onyesha kazi 10 ambazo daftari lako linashughulikia vizuri zaidi ujuzi wake muhimu.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Onyesha maingizo yako yaliyo muhimu katika hatua moja ya safari yako, na kwa nini. Kwa kuajiriwa, unaweza kutaja kazi unayoomba.
cli-arg-stage-view-stage = Hatua: recruitment, pre-departure, arrival, career au return.
cli-arg-stage-view-occupation = Kwa kuajiriwa: kazi unayoomba, kama anwani yake ya ESCO (http://data.europa.eu/esco/occupation/…) au msimbo ulio mwishoni mwake.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ujuzi
esco-kind-occupation = kazi
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Hakuna ujuzi au kazi ya ESCO inayolingana na “{ $text }”.
esco-match-summary = { $total ->
    [0] Kazi hii haina ujuzi muhimu katika ESCO.
   *[other] Daftari lako linashughulikia { $covered } kati ya ujuzi wake { $total } muhimu.
}
esco-match-essential = Ujuzi muhimu:
esco-match-optional = Ujuzi wa hiari:
esco-coverage-endorsed = umethibitishwa
esco-coverage-self-declared = umesema wewe
esco-coverage-missing = unakosekana
esco-match-maybe = labda ingizo lako “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Hakuna ingizo lako lenye ujuzi wa ESCO bado. Ongeza mmoja kwa carnet add skill --title … --esco ADDRESS (tafuta anwani kwa carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Kwa { $stage }, ingizo hili ni muhimu:
   *[other] Kwa { $stage }, maingizo haya { $count } ni muhimu:
}
stage-view-none = Hakuna ingizo lako lililo muhimu kwa { $stage } bado. Weka alama ya hatua hii kwenye maingizo: carnet edit ID --set stages={ $stage }
stage-view-present = Ili kuyaonyesha kama msimbo wa QR: { $command }
stage-why-target-essential = ujuzi muhimu kwa kazi hii
stage-why-target-optional = una manufaa kwa kazi hii
stage-why-target-maybe = huenda unalingana na ujuzi wa kazi hii
stage-why-marked = uliliwekea alama kwa hatua hii
stage-why-abroad = ulijifunza au ulifanya nje ya nchi
stage-why-endorsed = imetiwa sahihi
stage-why-qualification = stashahada au cheti
stage-why-language = lugha
stage-why-experience = kazi uliyofanya
stage-why-learning = kozi
stage-why-skill = ujuzi
