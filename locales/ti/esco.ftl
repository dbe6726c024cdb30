# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = እዚ ኣገልግሎት እዚ ናይ ኤውሮጳዊ ኮሚሽን ምድላው ESCO ይጥቀም።
esco-attribution-version = { esco-attribution } ESCO v{ $version }፡ ዝተመዓራረየ፦ ብዘይ ኢንተርነት ንምጥቃም ዝተቐየረ ክፋል።

## Help

cli-cmd-esco = ኣብ ESCO፡ ኤውሮጳዊ ዝርዝር ክእለታትን ሞያታትን፡ ብዘይ ኢንተርነት ክእለታትን ሞያታትን ድለዩ።
cli-cmd-esco-search = ክእለታትን ሞያታትን ESCO ብኣስማቶም ድለዩ፡ ብቋንቋኹም ወይ ብእንግሊዝኛ። ንኣሽቱ ጌጋታት ኣጻሕሕፋ ይሕለፉ።
cli-cmd-match = መዝገብኩም ምስ ሓደ ሞያ ኣነጻጽሩ፦ ኣየኖት ካብ ክእለታቱ ከም ዘለዉኹምን ኣየኖት ገና ከም ዘየለዉኹምን።
cli-arg-esco-text = እትደልይዎም ቃላት፡ ንኣብነት "welding" ወይ "carpenter"።
cli-arg-esco-kind = ክእለት ጥራይ ወይ ሞያ ጥራይ።
cli-arg-esco-limit = ዝለዓለ ክንደይ ውጽኢታት ከም ዝርኣዩ። ንቡር 10 እዩ።
cli-arg-esco-taxonomy = ኣብ ክንዲ እቲ ምስ Carnet ዝመጸ ዝጥቀሙሉ ፋይል ዳታ ESCO።
cli-arg-match-occupation = እቲ ሞያ ESCO፦ ኣድራሻኡ (http://data.europa.eu/esco/occupation/…) ወይ ኣብ መወዳእታኡ ዘሎ ኮድ።
cli-arg-match-rank = ኣብ ክንድኡ፡ መዝገብኩም ቀንዲ ክእለታቶም ብዝበለጸ ዝሽፍኖም 10 ሞያታት ኣርእዩ።
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = ኣየኖት ካብ ምዝገባታትኩም ኣብ ሓደ ደረጃ ጉዕዞኹም ከም ዘገድሱን ስለምንታይን ኣርእዩ። ንምቑጻር፡ ዝሓትትዎ ስራሕ ክትጠቕሱ ትኽእሉ።
cli-arg-stage-view-stage = እቲ ደረጃ፦ recruitment, pre-departure, arrival, career ወይ return።
cli-arg-stage-view-occupation = ንምቑጻር፦ ዝሓትትዎ ስራሕ፡ ከም ኣድራሻ ESCO (http://data.europa.eu/esco/occupation/…) ወይ ኣብ መወዳእታኡ ዘሎ ኮድ።
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ክእለት
esco-kind-occupation = ሞያ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = ምስ “{ $text }” ዝሰማማዕ ክእለት ወይ ሞያ ESCO የለን።
esco-match-summary = { $total ->
    [0] እዚ ሞያ ኣብ ESCO ቀንዲ ክእለታት የብሉን።
   *[other] መዝገብኩም { $covered } ካብቶም { $total } ቀንዲ ክእለታቱ ይሽፍን።
}
esco-match-essential = ቀንዲ ክእለታት፦
esco-match-optional = ኣማራጺ ክእለታት፦
esco-coverage-endorsed = ዝተረጋገጸ
esco-coverage-self-declared = ባዕልኹም ዝበልኩምዎ
esco-coverage-missing = ዝጎደለ
esco-match-maybe = ምናልባት ምዝገባኹም “{ $title }” ({ $id }) ይኸውን?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ካብ ምዝገባታትኩም ሓደ እኳ ገና ክእለት ESCO የብሉን። ብ carnet add skill --title … --esco ADDRESS ወስኹ (ኣድራሻ ብ carnet esco search ድለዩ)።

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] ን{ $stage }፡ እዚ ምዝገባ የገድስ፦
   *[other] ን{ $stage }፡ እዞም { $count } ምዝገባታት የገድሱ፦
}
stage-view-none = ካብ ምዝገባታትኩም ሓደ እኳ ገና ን{ $stage } ኣየገድስን። ምዝገባታት ብዚ ደረጃ ምልክት ግበሩሎም፦ carnet edit ID --set stages={ $stage }
stage-view-present = ከም QR ኮድ ንምርኣዮም፦ { $command }
stage-why-target-essential = ንዚ ስራሕ ቀንዲ ክእለት
stage-why-target-optional = ንዚ ስራሕ ጠቓሚ
stage-why-target-maybe = ምስ ሓደ ክእለት ናይዚ ስራሕ ክሰማማዕ ይኽእል
stage-why-marked = ንዚ ደረጃ ምልክት ገይርኩምሉ
stage-why-abroad = ኣብ ወጻኢ ዝተማሃርኩምዎ ወይ ዝገበርኩምዎ
stage-why-endorsed = ዝተፈረመ
stage-why-qualification = ዲፕሎማ ወይ ምስክር ወረቐት
stage-why-language = ቋንቋ
stage-why-experience = ዝሰራሕኩምዎ ስራሕ
stage-why-learning = ኮርስ
stage-why-skill = ክእለት
