# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Wannan sabis yana amfani da rarrabuwar ESCO ta Hukumar Tarayyar Turai.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, an daidaita: wani yanki da aka canza don amfani ba tare da intanet ba.

## Help

cli-cmd-esco = Nemi ƙwarewa da sana'o'i a ESCO, jerin Turai na ƙwarewa da sana'o'i, ba tare da intanet ba.
cli-cmd-esco-search = Nemi ƙwarewa da sana'o'in ESCO da sunayensu, a harshenku ko a Turanci. Ana yafe ƙananan kurakuran rubutu.
cli-cmd-match = Kwatanta rajistarku da sana'a: waɗanne daga ƙwarewarta kuke da su, da waɗanda ba ku da su tukuna.
cli-arg-esco-text = Kalmomin da za a nema, misali "welding" ko "carpenter".
cli-arg-esco-kind = Ƙwarewa kawai ko sana'a kawai.
cli-arg-esco-limit = Sakamako nawa za a nuna, a mafi yawa. Na asali shi ne 10.
cli-arg-esco-taxonomy = Fayil ɗin bayanan ESCO da za a yi amfani da shi maimakon wanda ya zo da Carnet.
cli-arg-match-occupation = Sana'ar ESCO: adireshinta (http://data.europa.eu/esco/occupation/…) ko lambar da ke ƙarshensa.
cli-arg-match-rank = Maimakon haka, nuna sana'o'i 10 da rajistarku ta fi rufe manyan ƙwarewarsu.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Nuna waɗanne daga shigarwarku ke da muhimmanci a wani zango na tafiyarku, da dalili. Don ɗaukar aiki, kuna iya ambaton aikin da kuke nema.
cli-arg-stage-view-stage = Zangon: recruitment, pre-departure, arrival, career ko return.
cli-arg-stage-view-occupation = Don ɗaukar aiki: aikin da kuke nema, a matsayin adireshin ESCO (http://data.europa.eu/esco/occupation/…) ko lambar da ke ƙarshensa.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ƙwarewa
esco-kind-occupation = sana'a
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Babu ƙwarewa ko sana'ar ESCO da ta dace da “{ $text }”.
esco-match-summary = { $total ->
    [0] Wannan sana'a ba ta da manyan ƙwarewa a ESCO.
   *[other] Rajistarku tana rufe { $covered } cikin manyan ƙwarewarta { $total }.
}
esco-match-essential = Manyan ƙwarewa:
esco-match-optional = Ƙwarewa na zaɓi:
esco-coverage-endorsed = an tabbatar
esco-coverage-self-declared = ku kuka faɗa
esco-coverage-missing = babu
esco-match-maybe = wataƙila shigarwarku “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Babu ɗaya daga cikin shigarwarku da ke da ƙwarewar ESCO tukuna. Ƙara ɗaya da carnet add skill --title … --esco ADDRESS (nemi adireshin da carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Don { $stage }, wannan shigarwa tana da muhimmanci:
   *[other] Don { $stage }, waɗannan shigarwa { $count } suna da muhimmanci:
}
stage-view-none = Babu ɗaya daga cikin shigarwarku da ke da muhimmanci don { $stage } tukuna. Yi wa shigarwa alamar wannan zango: carnet edit ID --set stages={ $stage }
stage-view-present = Don nuna su a matsayin lambar QR: { $command }
stage-why-target-essential = babbar ƙwarewa don wannan aiki
stage-why-target-optional = mai amfani don wannan aiki
stage-why-target-maybe = wataƙila ta dace da ƙwarewar wannan aiki
stage-why-marked = kun yi mata alama don wannan zango
stage-why-abroad = an koya ko an yi a ƙasar waje
stage-why-endorsed = an sa hannu
stage-why-qualification = difloma ko takardar shaida
stage-why-language = harshe
stage-why-experience = aikin da kuka yi
stage-why-learning = kwas
stage-why-skill = ƙwarewa
