# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Tajaajilli kun ramaddii ESCO Komishinii Awurooppaa fayyadama.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, kan fooyya'e: kutaa interneetii malee fayyadamuuf jijjiirame.

## Help

cli-cmd-esco = ESCO keessatti, tarree Awurooppaa kan dandeettiiwwanii fi ogummaalee, interneetii malee dandeettiiwwanii fi ogummaalee barbaadaa.
cli-cmd-esco-search = Dandeettiiwwanii fi ogummaalee ESCO maqaa isaaniitiin barbaadaa, afaan keessaniin ykn Afaan Ingiliziitiin. Dogoggorri barreeffamaa xixiqqaan ni dhiifama.
cli-cmd-match = Galmee keessan ogummaa tokko waliin walbira qabaa: dandeettiiwwan isaa keessaa kam akka qabdan, kam immoo ammaaf akka hin qabne.
cli-arg-esco-text = Jechoota barbaadamu, fakkeenyaaf "welding" ykn "carpenter".
cli-arg-esco-kind = Dandeettii qofa ykn ogummaa qofa.
cli-arg-esco-limit = Bu'aalee meeqa hanga olaanaatti akka agarsiifamu. Kan durtii 10 dha.
cli-arg-esco-taxonomy = Faayilii daataa ESCO isa Carnet waliin dhufe bakka bu'u.
cli-arg-match-occupation = Ogummaa ESCO: teessoo isaa (http://data.europa.eu/esco/occupation/…) ykn koodii dhuma isaa irra jiru.
cli-arg-match-rank = Bakka isaa, ogummaalee 10 dandeettiiwwan ijoo isaanii galmeen keessan caalaatti haguugu agarsiisaa.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Barreeffamoota keessan keessaa kamtu marsaa imala keessanii tokko irratti akka barbaachisu fi maaliif akka ta'e agarsiisaa. Qacarriif, hojii itti iyyattan caqasuu dandeessu.
cli-arg-stage-view-stage = Marsaa: recruitment, pre-departure, arrival, career ykn return.
cli-arg-stage-view-occupation = Qacarriif: hojii itti iyyattan, akka teessoo ESCO (http://data.europa.eu/esco/occupation/…) ykn koodii dhuma isaa irra jiru.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = dandeettii
esco-kind-occupation = ogummaa
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Dandeettiin ykn ogummaan ESCO “{ $text }” waliin walsimu hin jiru.
esco-match-summary = { $total ->
    [0] Ogummaan kun ESCO keessatti dandeettii ijoo hin qabu.
   *[other] Galmeen keessan dandeettiiwwan ijoo isaa { $total } keessaa { $covered } haguuga.
}
esco-match-essential = Dandeettiiwwan ijoo:
esco-match-optional = Dandeettiiwwan filannoo:
esco-coverage-endorsed = kan mirkanaa'e
esco-coverage-self-declared = isin jettan
esco-coverage-missing = kan hir'ate
esco-match-maybe = tarii barreeffama keessan “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Barreeffamoota keessan keessaa tokkollee ammaaf dandeettii ESCO hin qabu. carnet add skill --title … --esco ADDRESS tiin tokko ida'aa (teessoo carnet esco search tiin barbaadaa).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage }f, barreeffamni kun barbaachisaa dha:
   *[other] { $stage }f, barreeffamoonni { $count } kunneen barbaachisoo dha:
}
stage-view-none = Barreeffamoota keessan keessaa tokkollee ammaaf { $stage }f hin barbaachisu. Barreeffamoota marsaa kanaan mallattoo godhaa: carnet edit ID --set stages={ $stage }
stage-view-present = Akka koodii QR tti agarsiisuuf: { $command }
stage-why-target-essential = dandeettii ijoo hojii kanaaf
stage-why-target-optional = hojii kanaaf gargaara
stage-why-target-maybe = dandeettii hojii kanaa waliin walsimuu danda'a
stage-why-marked = marsaa kanaaf mallattoo gootaniif
stage-why-abroad = biyya alaatti kan barattan ykn hojjettan
stage-why-endorsed = kan mallatteeffame
stage-why-qualification = dippiloomaa ykn waraqaa ragaa
stage-why-language = afaan
stage-why-experience = hojii hojjettan
stage-why-learning = koorsii
stage-why-skill = dandeettii
