# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Este serviço utiliza a classificação ESCO da Comissão Europeia.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, adaptada: uma parte convertida para uso sem internet.

## Help

cli-cmd-esco = Procurar competências e profissões no ESCO, a lista europeia de competências e profissões, sem internet.
cli-cmd-esco-search = Encontrar competências e profissões ESCO pelo nome, na sua língua ou em inglês. Pequenos erros de escrita são aceites.
cli-cmd-match = Comparar a sua caderneta com uma profissão: que competências dela já tem, e quais ainda não tem.
cli-arg-esco-text = As palavras a procurar, por exemplo "soldadura" ou "carpinteiro".
cli-arg-esco-kind = Só skill (competência) ou só occupation (profissão).
cli-arg-esco-limit = Quantos resultados mostrar, no máximo. Por defeito, 10.
cli-arg-esco-taxonomy = O ficheiro de dados ESCO a usar em vez do que vem com o Carnet.
cli-arg-match-occupation = A profissão ESCO: o seu endereço (http://data.europa.eu/esco/occupation/…) ou o código no fim dele.
cli-arg-match-rank = Em vez disso, mostrar as 10 profissões cujas competências essenciais a sua caderneta cobre melhor.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Mostrar quais das suas entradas contam numa etapa do seu percurso, e porquê. Para o recrutamento, pode indicar o trabalho a que se candidata.
cli-arg-stage-view-stage = A etapa: recruitment, pre-departure, arrival, career ou return.
cli-arg-stage-view-occupation = Para o recrutamento: o trabalho a que se candidata, como endereço ESCO (http://data.europa.eu/esco/occupation/…) ou o código no fim dele.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = competência
esco-kind-occupation = profissão
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Nenhuma competência ou profissão ESCO corresponde a “{ $text }”.
esco-match-summary = { $total ->
    [0] Esta profissão não tem competências essenciais no ESCO.
   *[other] A sua caderneta cobre { $covered } das suas { $total } competências essenciais.
}
esco-match-essential = Competências essenciais:
esco-match-optional = Competências opcionais:
esco-coverage-endorsed = confirmada
esco-coverage-self-declared = dito por si
esco-coverage-missing = falta
esco-match-maybe = talvez a sua entrada “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Nenhuma das suas entradas tem ainda uma competência ESCO. Acrescente uma com carnet add skill --title … --esco ADDRESS (encontre o endereço com carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Para { $stage }, esta entrada conta:
   *[other] Para { $stage }, estas { $count } entradas contam:
}
stage-view-none = Nenhuma das suas entradas conta ainda para { $stage }. Marque entradas com esta etapa: carnet edit ID --set stages={ $stage }
stage-view-present = Para as mostrar como código QR: { $command }
stage-why-target-essential = uma competência principal para este trabalho
stage-why-target-optional = útil para este trabalho
stage-why-target-maybe = pode corresponder a uma competência deste trabalho
stage-why-marked = marcou-a para esta etapa
stage-why-abroad = aprendido ou feito no estrangeiro
stage-why-endorsed = assinada
stage-why-qualification = um diploma ou certificado
stage-why-language = uma língua
stage-why-experience = trabalho que fez
stage-why-learning = um curso
stage-why-skill = uma competência
