# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Este servicio utiliza la clasificación ESCO de la Comisión Europea.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, adaptada: una parte convertida para usarse sin conexión.

## Help

cli-cmd-esco = Buscar habilidades y ocupaciones en ESCO, la lista europea de habilidades y ocupaciones, sin internet.
cli-cmd-esco-search = Buscar habilidades y ocupaciones ESCO por su nombre, en tu idioma o en inglés. Se perdonan los pequeños errores al escribir.
cli-cmd-match = Comparar tu cuaderno con una ocupación: qué habilidades de esa ocupación tienes y cuáles todavía no.
cli-arg-esco-text = Las palabras que buscar, por ejemplo "welding" o "carpenter".
cli-arg-esco-kind = Solo habilidad o solo ocupación.
cli-arg-esco-limit = Cuántos resultados mostrar como máximo. Por defecto, 10.
cli-arg-esco-taxonomy = El archivo de datos ESCO que usar en lugar del que viene con Carnet.
cli-arg-match-occupation = La ocupación ESCO: su dirección (http://data.europa.eu/esco/occupation/…) o el código del final.
cli-arg-match-rank = En lugar de eso, mostrar las 10 ocupaciones cuyas habilidades esenciales cubre mejor tu cuaderno.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Mostrar cuáles de tus entradas importan en una etapa de tu camino, y por qué. Para la contratación, puedes indicar el trabajo al que te presentas.
cli-arg-stage-view-stage = La etapa: recruitment, pre-departure, arrival, career o return.
cli-arg-stage-view-occupation = Para la contratación: el trabajo al que te presentas, como su dirección ESCO (http://data.europa.eu/esco/occupation/…) o el código del final.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = habilidad
esco-kind-occupation = ocupación
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Ninguna habilidad ni ocupación ESCO coincide con “{ $text }”.
esco-match-summary = { $total ->
    [0] Esta ocupación no tiene habilidades esenciales en ESCO.
   *[other] Tu cuaderno cubre { $covered } de sus { $total } habilidades esenciales.
}
esco-match-essential = Habilidades esenciales:
esco-match-optional = Habilidades opcionales:
esco-coverage-endorsed = avalada
esco-coverage-self-declared = lo dices tú
esco-coverage-missing = falta
esco-match-maybe = ¿quizá tu entrada “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Ninguna de tus entradas tiene todavía una habilidad ESCO. Añade una con carnet add skill --title … --esco ADDRESS (busca la dirección con carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Para { $stage }, importa esta entrada:
   *[other] Para { $stage }, importan estas { $count } entradas:
}
stage-view-none = Ninguna de tus entradas importa todavía para { $stage }. Marca entradas con esta etapa: carnet edit ID --set stages={ $stage }
stage-view-present = Para mostrarlas como código QR: { $command }
stage-why-target-essential = una habilidad principal para este trabajo
stage-why-target-optional = útil para este trabajo
stage-why-target-maybe = puede coincidir con una habilidad de este trabajo
stage-why-marked = la marcaste para esta etapa
stage-why-abroad = aprendido o hecho en el extranjero
stage-why-endorsed = firmada
stage-why-qualification = un título o certificado
stage-why-language = un idioma
stage-why-experience = un trabajo que hiciste
stage-why-learning = un curso
stage-why-skill = una habilidad
