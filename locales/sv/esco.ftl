# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Denna tjänst använder ESCO-klassificeringen från Europeiska kommissionen.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, anpassad: ett urval omvandlat för användning utan internet.

## Help

cli-cmd-esco = Slå upp färdigheter och yrken i ESCO, den europeiska listan över färdigheter och yrken, utan internet.
cli-cmd-esco-search = Hitta färdigheter och yrken i ESCO efter deras namn, på ditt språk eller på engelska. Små skrivfel gör inget.
cli-cmd-match = Jämför din loggbok med ett yrke: vilka av dess färdigheter du har, och vilka du inte har än.
cli-arg-esco-text = Orden att söka efter, till exempel "svetsning" eller "snickare".
cli-arg-esco-kind = Bara skill (färdighet) eller bara occupation (yrke).
cli-arg-esco-limit = Hur många resultat som visas som mest. Standard är 10.
cli-arg-esco-taxonomy = ESCO-datafilen som ska användas i stället för den som följer med Carnet.
cli-arg-match-occupation = ESCO-yrket: dess adress (http://data.europa.eu/esco/occupation/…) eller koden i slutet av den.
cli-arg-match-rank = Visa i stället de 10 yrken vars viktigaste färdigheter din loggbok täcker bäst.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Visa vilka av dina poster som är viktiga i ett steg på din resa, och varför. För rekrytering kan du ange jobbet du söker.
cli-arg-stage-view-stage = Steget: recruitment, pre-departure, arrival, career eller return.
cli-arg-stage-view-occupation = För rekrytering: jobbet du söker, som ESCO-adress (http://data.europa.eu/esco/occupation/…) eller koden i slutet av den.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = färdighet
esco-kind-occupation = yrke
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Ingen färdighet eller yrke i ESCO passar ”{ $text }”.
esco-match-summary = { $total ->
    [0] Det här yrket har inga viktigaste färdigheter i ESCO.
   *[other] Din loggbok täcker { $covered } av dess { $total } viktigaste färdigheter.
}
esco-match-essential = Viktigaste färdigheter:
esco-match-optional = Valfria färdigheter:
esco-coverage-endorsed = bekräftad
esco-coverage-self-declared = du har sagt det
esco-coverage-missing = saknas
esco-match-maybe = kanske din post ”{ $title }” ({ $id })?
esco-rank-line = { $percent } %  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Ingen av dina poster har en ESCO-färdighet än. Lägg till en med carnet add skill --title … --esco ADDRESS (hitta adressen med carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] För { $stage } är den här posten viktig:
   *[other] För { $stage } är de här { $count } posterna viktiga:
}
stage-view-none = Ingen av dina poster är viktig för { $stage } än. Markera poster med det här steget: carnet edit ID --set stages={ $stage }
stage-view-present = För att visa dem som en QR-kod: { $command }
stage-why-target-essential = en viktig färdighet för det här jobbet
stage-why-target-optional = bra för det här jobbet
stage-why-target-maybe = kan passa en färdighet i det här jobbet
stage-why-marked = du markerade den för det här steget
stage-why-abroad = lärt eller gjort utomlands
stage-why-endorsed = underskriven
stage-why-qualification = en examen eller ett intyg
stage-why-language = ett språk
stage-why-experience = arbete du har gjort
stage-why-learning = en kurs
stage-why-skill = en färdighet
