# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Ky shërbim përdor klasifikimin ESCO të Komisionit Evropian.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, i përshtatur: një pjesë e kthyer për përdorim pa internet.

## Help

cli-cmd-esco = Kërkoni aftësi dhe profesione në ESCO, listën evropiane të aftësive dhe profesioneve, pa internet.
cli-cmd-esco-search = Gjeni aftësi dhe profesione ESCO sipas emrave, në gjuhën tuaj ose në anglisht. Gabimet e vogla të shkrimit falen.
cli-cmd-match = Krahasoni ditarin tuaj me një profesion: cilat nga aftësitë e tij i keni dhe cilat jo ende.
cli-arg-esco-text = Fjalët për të kërkuar, për shembull "saldim" ose "marangoz".
cli-arg-esco-kind = Vetëm skill (aftësi) ose vetëm occupation (profesione).
cli-arg-esco-limit = Sa rezultate të shfaqen, më së shumti. Parazgjedhja është 10.
cli-arg-esco-taxonomy = Skedari i të dhënave ESCO për t'u përdorur në vend të atij që vjen me Carnet.
cli-arg-match-occupation = Profesioni ESCO: adresa e tij (http://data.europa.eu/esco/occupation/…) ose kodi në fund të saj.
cli-arg-match-rank = Në vend të kësaj, shfaqni 10 profesionet aftësitë thelbësore të të cilëve i mbulon më mirë ditari juaj.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Shfaqni cilat nga shënimet tuaja kanë rëndësi në një fazë të rrugëtimit tuaj dhe pse. Për punësim, mund të emërtoni punën për të cilën aplikoni.
cli-arg-stage-view-stage = Faza: recruitment, pre-departure, arrival, career ose return.
cli-arg-stage-view-occupation = Për punësim: puna për të cilën aplikoni, si adresa e saj ESCO (http://data.europa.eu/esco/occupation/…) ose kodi në fund të saj.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = aftësi
esco-kind-occupation = profesion
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Asnjë aftësi ose profesion ESCO nuk përputhet me «{ $text }».
esco-match-summary = { $total ->
    [0] Ky profesion nuk ka aftësi thelbësore në ESCO.
   *[other] Ditari juaj mbulon { $covered } nga { $total } aftësitë thelbësore të tij.
}
esco-match-essential = Aftësi thelbësore:
esco-match-optional = Aftësi opsionale:
esco-coverage-endorsed = e vërtetuar
esco-coverage-self-declared = e thoni ju
esco-coverage-missing = mungon
esco-match-maybe = ndoshta shënimi juaj «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Asnjë nga shënimet tuaja nuk ka ende aftësi ESCO. Shtoni një me carnet add skill --title … --esco ADDRESS (gjeni adresën me carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Për fazën «{ $stage }», ka rëndësi ky shënim:
   *[other] Për fazën «{ $stage }», kanë rëndësi këto { $count } shënime:
}
stage-view-none = Asnjë nga shënimet tuaja nuk ka ende rëndësi për fazën «{ $stage }». Shënoni shënimet me këtë fazë: carnet edit ID --set stages={ $stage }
stage-view-present = Për t'i shfaqur si kod QR: { $command }
stage-why-target-essential = aftësi kryesore për këtë punë
stage-why-target-optional = e dobishme për këtë punë
stage-why-target-maybe = mund të përputhet me një aftësi të kësaj pune
stage-why-marked = e shënuat për këtë fazë
stage-why-abroad = e mësuar ose e bërë jashtë vendit
stage-why-endorsed = e nënshkruar
stage-why-qualification = një diplomë ose certifikatë
stage-why-language = një gjuhë
stage-why-experience = punë që keni bërë
stage-why-learning = një kurs
stage-why-skill = një aftësi
