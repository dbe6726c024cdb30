# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Acest serviciu folosește clasificarea ESCO a Comisiei Europene.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, adaptat: o parte convertită pentru folosire fără internet.

## Help

cli-cmd-esco = Căutați abilități și meserii în ESCO, lista europeană de abilități și meserii, fără internet.
cli-cmd-esco-search = Găsiți abilități și meserii ESCO după nume, în limba dumneavoastră sau în engleză. Micile greșeli de scriere sunt iertate.
cli-cmd-match = Comparați jurnalul cu o meserie: ce abilități ale ei aveți și ce nu aveți încă.
cli-arg-esco-text = Cuvintele de căutat, de exemplu "sudură" sau "tâmplar".
cli-arg-esco-kind = Doar skill (abilități) sau doar occupation (meserii).
cli-arg-esco-limit = Câte rezultate să se arate, cel mult. Implicit 10.
cli-arg-esco-taxonomy = Fișierul de date ESCO de folosit în locul celui care vine cu Carnet.
cli-arg-match-occupation = Meseria ESCO: adresa ei (http://data.europa.eu/esco/occupation/…) sau codul de la sfârșitul ei.
cli-arg-match-rank = În schimb, arătați cele 10 meserii ale căror abilități esențiale sunt cel mai bine acoperite de jurnal.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Arătați care înregistrări contează într-o etapă a drumului dumneavoastră și de ce. Pentru angajare, puteți numi meseria pentru care aplicați.
cli-arg-stage-view-stage = Etapa: recruitment, pre-departure, arrival, career sau return.
cli-arg-stage-view-occupation = Pentru angajare: meseria pentru care aplicați, ca adresa ei ESCO (http://data.europa.eu/esco/occupation/…) sau codul de la sfârșitul ei.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = abilitate
esco-kind-occupation = meserie
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Nicio abilitate sau meserie ESCO nu se potrivește cu „{ $text }”.
esco-match-summary = { $total ->
    [0] Această meserie nu are abilități esențiale în ESCO.
   *[other] Jurnalul acoperă { $covered } din cele { $total } abilități esențiale ale ei.
}
esco-match-essential = Abilități esențiale:
esco-match-optional = Abilități opționale:
esco-coverage-endorsed = confirmat
esco-coverage-self-declared = spus de dumneavoastră
esco-coverage-missing = lipsește
esco-match-maybe = poate înregistrarea dumneavoastră „{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Nicio înregistrare nu are încă o abilitate ESCO. Adăugați una cu carnet add skill --title … --esco ADDRESS (găsiți adresa cu carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Pentru etapa „{ $stage }”, contează această înregistrare:
    [few] Pentru etapa „{ $stage }”, contează aceste { $count } înregistrări:
   *[other] Pentru etapa „{ $stage }”, contează aceste { $count } de înregistrări:
}
stage-view-none = Niciuna dintre înregistrări nu contează încă pentru etapa „{ $stage }”. Marcați înregistrările cu această etapă: carnet edit ID --set stages={ $stage }
stage-view-present = Pentru a le arăta ca un cod QR: { $command }
stage-why-target-essential = o abilitate principală pentru această meserie
stage-why-target-optional = utilă pentru această meserie
stage-why-target-maybe = se poate potrivi cu o abilitate a acestei meserii
stage-why-marked = ați marcat-o pentru această etapă
stage-why-abroad = învățată sau făcută în străinătate
stage-why-endorsed = semnată
stage-why-qualification = o diplomă sau un certificat
stage-why-language = o limbă
stage-why-experience = muncă pe care ați făcut-o
stage-why-learning = un curs
stage-why-skill = o abilitate
