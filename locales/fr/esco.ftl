# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Ce service utilise la classification ESCO de la Commission européenne.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, adaptée : une partie convertie pour une utilisation hors ligne.

## Help

cli-cmd-esco = Chercher des compétences et des métiers dans ESCO, la liste européenne des compétences et des métiers, sans internet.
cli-cmd-esco-search = Trouver des compétences et des métiers ESCO par leur nom, dans votre langue ou en anglais. Les petites fautes de frappe sont pardonnées.
cli-cmd-match = Comparer votre carnet à un métier : quelles compétences de ce métier vous avez, et lesquelles pas encore.
cli-arg-esco-text = Les mots à chercher, par exemple "welding" ou "carpenter".
cli-arg-esco-kind = Seulement compétence ou seulement métier.
cli-arg-esco-limit = Combien de résultats montrer, au plus. Par défaut, 10.
cli-arg-esco-taxonomy = Le fichier de données ESCO à utiliser au lieu de celui livré avec Carnet.
cli-arg-match-occupation = Le métier ESCO : son adresse (http://data.europa.eu/esco/occupation/…) ou le code à la fin.
cli-arg-match-rank = À la place, montrer les 10 métiers dont votre carnet couvre le mieux les compétences essentielles.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Montrer lesquelles de vos entrées comptent à une étape de votre parcours, et pourquoi. Pour le recrutement, vous pouvez indiquer le métier que vous visez.
cli-arg-stage-view-stage = L’étape : recruitment, pre-departure, arrival, career ou return.
cli-arg-stage-view-occupation = Pour le recrutement : le métier que vous visez, par son adresse ESCO (http://data.europa.eu/esco/occupation/…) ou le code à la fin.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = compétence
esco-kind-occupation = métier
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind } : { $label }  { $uri }
esco-search-none = Aucune compétence ni aucun métier ESCO ne correspond à « { $text } ».
esco-match-summary = { $total ->
    [0] Ce métier n’a pas de compétences essentielles dans ESCO.
   *[other] Votre carnet couvre { $covered } de ses { $total } compétences essentielles.
}
esco-match-essential = Compétences essentielles :
esco-match-optional = Compétences facultatives :
esco-coverage-endorsed = attestée
esco-coverage-self-declared = selon vous
esco-coverage-missing = manque
esco-match-maybe = peut-être votre entrée « { $title } » ({ $id }) ?
esco-rank-line = { $percent } %  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Aucune de vos entrées n’a encore de compétence ESCO. Ajoutez-en une avec carnet add skill --title … --esco ADDRESS (trouvez l’adresse avec carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Pour { $stage }, cette entrée compte :
   *[other] Pour { $stage }, ces { $count } entrées comptent :
}
stage-view-none = Aucune de vos entrées ne compte encore pour { $stage }. Marquez des entrées avec cette étape : carnet edit ID --set stages={ $stage }
stage-view-present = Pour les montrer dans un code QR : { $command }
stage-why-target-essential = une compétence principale pour ce métier
stage-why-target-optional = utile pour ce métier
stage-why-target-maybe = correspond peut-être à une compétence de ce métier
stage-why-marked = vous l’avez marquée pour cette étape
stage-why-abroad = appris ou fait à l’étranger
stage-why-endorsed = signée
stage-why-qualification = un diplôme ou un certificat
stage-why-language = une langue
stage-why-experience = un travail que vous avez fait
stage-why-learning = une formation
stage-why-skill = une compétence
