# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = አሰልጣኝ፣ አሠሪ ወይም ማዕከል ግቤቶችን እንዲያረጋግጥ የሚጠይቅ ፋይል ይስሩ።
    .long = አሰልጣኝ፣ አሠሪ፣ ማዕከል፣ ኮሌጅ ወይም የሥራ ባልደረባ ከግቤቶችዎ አንዳንዶቹን እንዲያረጋግጥ ("ማረጋገጫ እንዲሰጥ") የሚጠይቅ ጥያቄ ይስሩ፤ ፋይል፣ በስልክዎ ላይ ለማሳየት ወይም ለማተም QR ኮድ (በ .png ወይም .svg የሚያልቅ ስም)፣ ወይም በ --text በመልዕክት የሚላክ ጽሑፍ። ይስጧቸው። ፈርመው የማረጋገጫ ፋይል ይመልሱልዎታል፣ በዚህ ያስቀምጡታል፦ carnet receive
cli-cmd-holder-receive = አሰልጣኝ፣ አሠሪ ወይም ማዕከል የፈረመልዎትን ማረጋገጫ ያስቀምጡ።
cli-cmd-holder-credentials = ያሉዎትን ማረጋገጫዎች በግቤት በግቤት ይዘርዝሩ። እንዲሁም፦ carnet wallet
cli-cmd-holder-present = የተመረጡ ግቤቶችን ማንም ሰው ያለ ኢንተርኔት ሊያረጋግጠው በሚችል አንድ QR ኮድ ያሳዩ።
    .long = የተመረጡ ግቤቶችን ማንም ሰው ያለ ኢንተርኔት ሊያረጋግጠው በሚችል አንድ QR ኮድ ያሳዩ። የተረጋገጡ ግቤቶች ካረጋገጣቸው ሰው ጋር ይታያሉ፤ በ --self-declared የተሰጡ ግቤቶች እርስዎ ብቻ እንዳሉት ይታያሉ። በስክሪን ላይ ኮዱ ለ24 ሰዓታት ይሠራል፤ በ --print ለ5 ዓመታት።
cli-cmd-holder-export = የተረጋገጠ ግቤትን እንደ W3C Verifiable Credential (Open Badges 3.0) ለሌሎች መተግበሪያዎች ይጻፉ።
    .long = የተረጋገጠ ግቤትን እንደ W3C Verifiable Credential 2.0 (የOpen Badges 3.0 ባጅ) ይጻፉ፣ ባረጋገጠው ሰው የተፈረመ፣ ሌሎች ዋሌቶች እና መተግበሪያዎች እንዲያረጋግጡት። ያለ --out በስክሪን ላይ ይጻፋል።

## Help: arguments

cli-arg-holder-request-ids = የሚረጋገጡ ግቤቶች፦ መለያዎቻቸው፣ ወይም የእያንዳንዳቸው የመጀመሪያዎቹ 4 ወይም ከዚያ በላይ ፊደላት። መለያዎቹን ለማየት ይጻፉ፦ carnet list
cli-arg-holder-request-out = ጥያቄው የሚጻፍበት፦ በ .png ወይም .svg የሚያልቅ ስም የQR ኮድ ሥዕል ይሠራል፤ ሌላ ማንኛውም ስም፣ ለምሳሌ request.cbor፣ ፋይል።
cli-arg-holder-request-text = የጥያቄውን ጽሑፍ (በ CNR1: ይጀምራል) በስክሪን ላይ ይጻፉ፣ በመልዕክት ለመላክ።
cli-arg-holder-receive-file = የተሰጠዎት የማረጋገጫ ፋይል፣ ለምሳሌ credential.cbor።
cli-arg-holder-present-select = የሚታዩ የተረጋገጡ ግቤቶች፦ መለያዎቻቸው፣ ወይም የእያንዳንዳቸው የመጀመሪያዎቹ 4 ወይም ከዚያ በላይ ፊደላት።
cli-arg-holder-present-fields = የእያንዳንዱን ግቤት እነዚህን ክፍሎች ብቻ ያሳዩ፣ በኮማ ተለያይተው፣ ለምሳሌ title,level። ሌሎቹ ተደብቀው ይቆያሉ። ክፍሎቹ፦ kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf። ያለ እሱ ሁሉም ይታያል።
cli-arg-holder-present-self-declared = እርስዎ ብቻ እንዳሉት የሚታዩ ግቤቶች፣ በማንም ያልተረጋገጡ።
cli-arg-holder-present-stage = ለምን እንደሚያሳዩት፦ recruitment, pre-departure, arrival, career ወይም return። ያለ እሱ፦ recruitment።
cli-arg-holder-present-audience = ለማን እንደሚያሳዩት፣ ስማቸውን እንዲጠቅሱ ከጠየቁዎት፣ ለምሳሌ የኤጀንሲ ስም።
cli-arg-holder-present-nonce = የሚያረጋግጠው ሰው የሰጠዎት ኮድ፣ ከሰጠዎት (ፊደላት 0-9 እና a-f)።
cli-arg-holder-present-print = ለወረቀት ይስሩት፤ ኮዱ መቧጨርን እና መታጠፍን በተሻለ ይቋቋማል፣ ከ24 ሰዓታት ይልቅ ለ5 ዓመታት ይሠራል።
cli-arg-holder-present-out = የሚጻፈው ሥዕል፦ በ .png ወይም .svg የሚያልቅ ስም።
cli-arg-holder-present-text = በQR ኮዱ ውስጥ ያለውን ጽሑፍም ይጻፉ፣ በመልዕክት ለመላክ።
cli-arg-holder-export-id = የተረጋገጠው ግቤት፦ መለያው፣ ወይም የመጀመሪያዎቹ 4 ወይም ከዚያ በላይ ፊደላቱ።
cli-arg-holder-export-format = የሚጻፈው ቅርጸት። ብቻ፦ vc (W3C Verifiable Credential, Open Badges 3.0)።
cli-arg-holder-export-jwt = ከማረጋገጫ ጋር ካለ JSON ይልቅ እንደ የተፈረመ ቶከን (VC-JWT) ይጻፉት።
cli-arg-holder-export-out = የሚጻፈው ፋይል፣ ለምሳሌ badge.json ወይም badge.jwt።

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] ይህ ጥያቄ 1 ግቤት እንዲረጋገጥ ይጠይቃል።
       *[other] ይህ ጥያቄ { $count } ግቤቶች እንዲረጋገጡ ይጠይቃል።
    } የሚያረጋግጠው ሰው የእያንዳንዱን እነዚህን ክፍሎች ያያል፦
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = ጥያቄው በ{ $path } ተጽፏል።
holder-request-next = ፋይሉን ለሚያረጋግጠው ሰው ይስጡት። የማረጋገጫ ፋይል ሲመልሱልዎ ይጻፉ፦ carnet receive FILE
holder-receive-done = ተቀምጧል፦ በ{ $issuer } የተረጋገጠ፣ { $kind }፣ { $country }። እንዴት እንዳረጋገጡ፦ { $assessed }።
holder-validity-until = የተሰጠው { $issued }። እስከ { $expires } ይሠራል።
holder-validity-open = የተሰጠው { $issued }። የማብቂያ ቀን የለውም።
holder-wallet-empty = ገና ማረጋገጫዎች የሉዎትም። አንድ ለመጠየቅ ይጻፉ፦ carnet request ID --out request.cbor
holder-wallet-damaged = ከእንግዲህ ሊነበብ የማይችል ማረጋገጫ። የሰጠዎትን ሰው አዲስ ይጠይቁ።
holder-wallet-line-until = { $issuer } ({ $kind }፣ { $country }): የተሰጠው { $issued }፣ እስከ { $expires } ይሠራል
holder-wallet-line-open = { $issuer } ({ $kind }፣ { $country }): የተሰጠው { $issued }፣ የማብቂያ ቀን የለውም
holder-wallet-line-expired = { $issuer } ({ $kind }፣ { $country }): የተሰጠው { $issued }፣ በ{ $expires } አብቅቷል
holder-present-nothing = ምን እንደሚታይ ይንገሩ፦ ለተረጋገጡ ግቤቶች --select ID፣ ለሌሎች --self-declared ID።
holder-present-done = QR ኮድ በ{ $path } ተጽፏል፦ { $endorsed } የተረጋገጡ፣ { $declared } እርስዎ ያሏቸው።
holder-present-size = መጠን፦ QR ስሪት { $version }፣ ደረጃ { $ec }፣ { $chars } ፊደላት።
holder-present-expires = እስከ { $when } ድረስ ሊረጋገጥ ይችላል ({ $hours } ሰዓታት)።
holder-present-by-kid = እንዲገባ፣ ፈራሚዎቹ በአጭር አሻራ ተጠቅሰዋል። የሚያረጋግጥ ሰው ማን እንደሆኑ የሚያየው የታመኑ ፈራሚዎች ዝርዝሩ ካላቸው ብቻ ነው።

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = አሰልጣኝ
holder-issuer-kind-employer = አሠሪ
holder-issuer-kind-centre = ማዕከል
holder-issuer-kind-college = ኮሌጅ
holder-issuer-kind-colleague = የሥራ ባልደረባ (ከእርስዎ ጋር የሠራ ሰው፣ ድርጅት አይደለም)

## How they checked

holder-assessed-observation = ሲሠሩ አይተዋል
holder-assessed-test = ፈተና
holder-assessed-document = ሰነድ አረጋግጠዋል
holder-assessed-interview = ቃለ መጠይቅ

## Errors

error-holder-no-key = ይህ መዝገብ ማረጋገጫዎችን የሚፈርምበት ቁልፍ የለውም። ምንም አልተቀየረም። እባክዎ ይህን ችግር ያሳውቁ።
error-holder-write-file = ፋይሉ { $path } ሊጻፍ አልቻለም፦ { $reason }። አቃፊው መኖሩን እና ባዶ ቦታ መኖሩን ያረጋግጡ፣ ከዚያ እንደገና ይሞክሩ።
error-holder-entry-unfit = ግቤቱ "{ $title }" በማረጋገጫ ውስጥ ሊገባ አይችልም፤ { $field } በጣም ረጅም ነው ወይም በትክክለኛው መልክ አይደለም። በ carnet edit ይቀይሩት፣ ከዚያ እንደገና ይሞክሩ።
error-holder-unknown-field = "{ $value }" ሊታይ የሚችል የግቤት ክፍል አይደለም። ክፍሎቹ፦ { $known }።
error-holder-credential-no-entries = ማረጋገጫው { $path } ከግቤቶችዎ የትኛውን እንደሚያረጋግጥ አይገልጽም። ምንም አልተቀመጠም። ከጥያቄ ፋይል የተሠራ አዲስ ይጠይቁ፦ carnet request
error-holder-credential-entry-gone = ማረጋገጫው { $path } በመዝገብዎ ውስጥ የሌለን ግቤት ያረጋግጣል ({ $id })። ምንም አልተቀመጠም። በዚህ መሣሪያ ላይ ከሰረዙት፣ ከመዝገቡ ቅጂ ያክሉት፣ ከዚያ እንደገና ይሞክሩ።
error-holder-credential-damaged = የግቤቱ "{ $title }" ማረጋገጫ ከእንግዲህ ሊነበብ አይችልም። ያረጋገጠውን ሰው አዲስ ይጠይቁ።
error-holder-not-endorsed = ግቤቱ "{ $title }" ገና በማንም አልተረጋገጠም። በ --self-declared ያሳዩት፣ ወይም ማረጋገጫ ይጠይቁ፦ carnet request
error-holder-selected-twice = ግቤቱ "{ $title }" በ --select እና በ --self-declared ሁለቱም ተሰጥቷል። አንድ ጊዜ ይስጡት።
error-holder-bad-stage = "{ $value }" ምዕራፍ አይደለም። ምዕራፎቹ፦ recruitment, pre-departure, arrival, career, return።
error-holder-bad-audience = ተቀባዩ ከ1 እስከ 100 ፊደላት መሆን አለበት፣ በአንድ መስመር።
error-holder-bad-nonce = "{ $value }" ከሚያረጋግጠው ሰው የመጣ ኮድ አይደለም፤ ከ2 እስከ 128 ፊደላት 0-9 እና a-f መሆን አለበት።
error-holder-bad-out = ሥዕሉ { $path } በ .png ወይም .svg የሚያልቅ ስም ሊኖረው ይገባል።
error-holder-no-vc = የ"{ $title }" ማረጋገጫ በ{ $issuer } የተሠራው Carnet እንደ W3C ማረጋገጫ መጻፍ ከመቻሉ በፊት ነው፣ አንዱን መፈረም የሚችሉት ደግሞ እነሱ ብቻ ናቸው። እንደገና እንዲያረጋግጡት ይጠይቋቸው፤ አዲስ ጥያቄ ይስሩ (carnet request ID --out request.cbor)፣ ይስጧቸው፣ የሚመልሱልዎትንም ፋይል ያስቀምጡ (carnet receive FILE)።
