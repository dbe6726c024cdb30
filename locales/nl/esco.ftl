# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Deze dienst maakt gebruik van de ESCO-classificatie van de Europese Commissie.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, aangepast: een deel omgezet voor gebruik zonder internet.

## Help

cli-cmd-esco = Vaardigheden en beroepen opzoeken in ESCO, de Europese lijst van vaardigheden en beroepen, zonder internet.
cli-cmd-esco-search = ESCO-vaardigheden en -beroepen vinden op naam, in je eigen taal of in het Engels. Kleine typfouten zijn geen probleem.
cli-cmd-match = Je logboek vergelijken met een beroep: welke vaardigheden ervan je hebt, en welke nog niet.
cli-arg-esco-text = De woorden om naar te zoeken, bijvoorbeeld "lassen" of "timmerman".
cli-arg-esco-kind = Alleen skill (vaardigheid) of alleen occupation (beroep).
cli-arg-esco-limit = Hoeveel resultaten je hoogstens ziet. Standaard 10.
cli-arg-esco-taxonomy = Het ESCO-gegevensbestand om te gebruiken in plaats van het bestand dat bij Carnet hoort.
cli-arg-match-occupation = Het ESCO-beroep: het adres (http://data.europa.eu/esco/occupation/…) of de code aan het eind ervan.
cli-arg-match-rank = Toon in plaats daarvan de 10 beroepen waarvan je logboek de belangrijkste vaardigheden het best dekt.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Tonen welke van je items tellen in één fase van je reis, en waarom. Voor werving kun je de baan noemen waarop je solliciteert.
cli-arg-stage-view-stage = De fase: recruitment, pre-departure, arrival, career of return.
cli-arg-stage-view-occupation = Voor werving: de baan waarop je solliciteert, als ESCO-adres (http://data.europa.eu/esco/occupation/…) of de code aan het eind ervan.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = vaardigheid
esco-kind-occupation = beroep
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Geen ESCO-vaardigheid of -beroep past bij “{ $text }”.
esco-match-summary = { $total ->
    [0] Dit beroep heeft geen belangrijkste vaardigheden in ESCO.
   *[other] Je logboek dekt { $covered } van de { $total } belangrijkste vaardigheden.
}
esco-match-essential = Belangrijkste vaardigheden:
esco-match-optional = Extra vaardigheden:
esco-coverage-endorsed = bevestigd
esco-coverage-self-declared = zelf gezegd
esco-coverage-missing = ontbreekt
esco-match-maybe = misschien je item “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Geen van je items heeft al een ESCO-vaardigheid. Voeg er een toe met carnet add skill --title … --esco ADDRESS (zoek het adres met carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Voor { $stage } telt dit item:
   *[other] Voor { $stage } tellen deze { $count } items:
}
stage-view-none = Geen van je items telt nog voor { $stage }. Markeer items met deze fase: carnet edit ID --set stages={ $stage }
stage-view-present = Om ze als QR-code te tonen: { $command }
stage-why-target-essential = een belangrijke vaardigheid voor deze baan
stage-why-target-optional = handig voor deze baan
stage-why-target-maybe = past misschien bij een vaardigheid van deze baan
stage-why-marked = je hebt het voor deze fase gemarkeerd
stage-why-abroad = in het buitenland geleerd of gedaan
stage-why-endorsed = ondertekend
stage-why-qualification = een diploma of certificaat
stage-why-language = een taal
stage-why-experience = werk dat je hebt gedaan
stage-why-learning = een cursus
stage-why-skill = een vaardigheid
