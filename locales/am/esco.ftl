# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = ይህ አገልግሎት የአውሮፓ ኮሚሽንን የESCO ምደባ ይጠቀማል።
esco-attribution-version = { esco-attribution } ESCO v{ $version }፣ የተሻሻለ፦ ያለ ኢንተርኔት ለመጠቀም የተለወጠ ከፊል።

## Help

cli-cmd-esco = በESCO፣ በአውሮፓ የክህሎቶች እና የሙያዎች ዝርዝር፣ ያለ ኢንተርኔት ክህሎቶችን እና ሙያዎችን ይፈልጉ።
cli-cmd-esco-search = የESCO ክህሎቶችን እና ሙያዎችን በስማቸው ይፈልጉ፣ በቋንቋዎ ወይም በእንግሊዝኛ። ትናንሽ የአጻጻፍ ስህተቶች ይታለፋሉ።
cli-cmd-match = መዝገብዎን ከአንድ ሙያ ጋር ያወዳድሩ፦ ከክህሎቶቹ የትኞቹ እንዳሉዎት፣ የትኞቹ ገና እንደሌሉዎት።
cli-arg-esco-text = የሚፈለጉት ቃላት፣ ለምሳሌ "welding" ወይም "carpenter"።
cli-arg-esco-kind = ክህሎት ብቻ ወይም ሙያ ብቻ።
cli-arg-esco-limit = ቢበዛ ስንት ውጤቶች እንደሚታዩ። የተለመደው 10 ነው።
cli-arg-esco-taxonomy = ከCarnet ጋር ከመጣው ይልቅ የሚጠቀሙበት የESCO ዳታ ፋይል።
cli-arg-match-occupation = የESCO ሙያው፦ አድራሻው (http://data.europa.eu/esco/occupation/…) ወይም በመጨረሻው ያለው ኮድ።
cli-arg-match-rank = በምትኩ፣ መዝገብዎ ዋና ክህሎቶቻቸውን በተሻለ የሚሸፍናቸውን 10 ሙያዎች ያሳዩ።
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = ከግቤቶችዎ የትኞቹ በጉዞዎ አንድ ምዕራፍ ላይ አስፈላጊ እንደሆኑ እና ለምን እንደሆነ ያሳዩ። ለቅጥር፣ የሚያመለክቱበትን ሥራ መጥቀስ ይችላሉ።
cli-arg-stage-view-stage = ምዕራፉ፦ recruitment, pre-departure, arrival, career ወይም return።
cli-arg-stage-view-occupation = ለቅጥር፦ የሚያመለክቱበት ሥራ፣ እንደ የESCO አድራሻ (http://data.europa.eu/esco/occupation/…) ወይም በመጨረሻው ያለው ኮድ።
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ክህሎት
esco-kind-occupation = ሙያ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = ከ“{ $text }” ጋር የሚዛመድ የESCO ክህሎት ወይም ሙያ የለም።
esco-match-summary = { $total ->
    [0] ይህ ሙያ በESCO ውስጥ ዋና ክህሎቶች የሉትም።
   *[other] መዝገብዎ ከ{ $total } ዋና ክህሎቶቹ { $covered }ን ይሸፍናል።
}
esco-match-essential = ዋና ክህሎቶች፦
esco-match-optional = ተጨማሪ ክህሎቶች፦
esco-coverage-endorsed = የተረጋገጠ
esco-coverage-self-declared = እርስዎ ያሉት
esco-coverage-missing = የጎደለ
esco-match-maybe = ምናልባት ግቤትዎ “{ $title }” ({ $id }) ይሆን?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ከግቤቶችዎ አንዱም ገና የESCO ክህሎት የለውም። በ carnet add skill --title … --esco ADDRESS አንድ ያክሉ (አድራሻውን በ carnet esco search ይፈልጉ)።

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] ለ{ $stage }፣ ይህ ግቤት አስፈላጊ ነው፦
   *[other] ለ{ $stage }፣ እነዚህ { $count } ግቤቶች አስፈላጊ ናቸው፦
}
stage-view-none = ከግቤቶችዎ አንዱም ገና ለ{ $stage } አስፈላጊ አይደለም። ግቤቶችን በዚህ ምዕራፍ ምልክት ያድርጉ፦ carnet edit ID --set stages={ $stage }
stage-view-present = እንደ QR ኮድ ለማሳየት፦ { $command }
stage-why-target-essential = ለዚህ ሥራ ዋና ክህሎት
stage-why-target-optional = ለዚህ ሥራ ጠቃሚ
stage-why-target-maybe = ከዚህ ሥራ ክህሎት ጋር ሊዛመድ ይችላል
stage-why-marked = ለዚህ ምዕራፍ ምልክት አድርገውበታል
stage-why-abroad = በውጭ አገር የተማሩት ወይም የሠሩት
stage-why-endorsed = የተፈረመ
stage-why-qualification = ዲፕሎማ ወይም ሰርተፊኬት
stage-why-language = ቋንቋ
stage-why-experience = የሠሩት ሥራ
stage-why-learning = ኮርስ
stage-why-skill = ክህሎት
