# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Ta usługa korzysta z klasyfikacji ESCO Komisji Europejskiej.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, dostosowane: część przekształcona do użytku bez internetu.

## Help

cli-cmd-esco = Szukaj umiejętności i zawodów w ESCO, europejskiej liście umiejętności i zawodów, bez internetu.
cli-cmd-esco-search = Znajdź umiejętności i zawody ESCO po nazwach, w twoim języku lub po angielsku. Drobne literówki nie przeszkadzają.
cli-cmd-match = Porównaj swój dziennik z zawodem: które jego umiejętności masz, a których jeszcze nie.
cli-arg-esco-text = Słowa do wyszukania, na przykład "spawanie" albo "stolarz".
cli-arg-esco-kind = Tylko skill (umiejętności) albo tylko occupation (zawody).
cli-arg-esco-limit = Ile wyników pokazać, najwyżej. Domyślnie 10.
cli-arg-esco-taxonomy = Plik danych ESCO do użycia zamiast tego, który jest dołączony do Carnet.
cli-arg-match-occupation = Zawód ESCO: jego adres (http://data.europa.eu/esco/occupation/…) albo kod na jego końcu.
cli-arg-match-rank = Zamiast tego pokaż 10 zawodów, których główne umiejętności twój dziennik pokrywa najlepiej.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Pokaż, które twoje wpisy są ważne na jednym etapie twojej drogi, i dlaczego. Przy szukaniu pracy możesz podać pracę, o którą się starasz.
cli-arg-stage-view-stage = Etap: recruitment, pre-departure, arrival, career lub return.
cli-arg-stage-view-occupation = Przy szukaniu pracy: praca, o którą się starasz, jako jej adres ESCO (http://data.europa.eu/esco/occupation/…) albo kod na jego końcu.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = umiejętność
esco-kind-occupation = zawód
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Żadna umiejętność ani zawód ESCO nie pasuje do „{ $text }”.
esco-match-summary = { $total ->
    [0] Ten zawód nie ma głównych umiejętności w ESCO.
   *[other] Twój dziennik pokrywa { $covered } z { $total } jego głównych umiejętności.
}
esco-match-essential = Główne umiejętności:
esco-match-optional = Dodatkowe umiejętności:
esco-coverage-endorsed = potwierdzone
esco-coverage-self-declared = twoje słowa
esco-coverage-missing = brakuje
esco-match-maybe = może twój wpis „{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Żaden twój wpis nie ma jeszcze umiejętności ESCO. Dodaj ją poleceniem carnet add skill --title … --esco ADDRESS (adres znajdziesz poleceniem carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Na etap „{ $stage }” ważny jest { $count } wpis:
    [few] Na etap „{ $stage }” ważne są { $count } wpisy:
    [many] Na etap „{ $stage }” ważnych jest { $count } wpisów:
   *[other] Na etap „{ $stage }” ważne jest { $count } wpisu:
}
stage-view-none = Żaden twój wpis nie jest jeszcze ważny na etap „{ $stage }”. Oznacz wpisy tym etapem: carnet edit ID --set stages={ $stage }
stage-view-present = Aby pokazać je jako kod QR: { $command }
stage-why-target-essential = główna umiejętność w tej pracy
stage-why-target-optional = przydatne w tej pracy
stage-why-target-maybe = może pasować do umiejętności tej pracy
stage-why-marked = oznaczono to na ten etap
stage-why-abroad = nauczone lub robione za granicą
stage-why-endorsed = podpisane
stage-why-qualification = dyplom lub certyfikat
stage-why-language = język
stage-why-experience = praca, którą wykonywano
stage-why-learning = kurs
stage-why-skill = umiejętność
