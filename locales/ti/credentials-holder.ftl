# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = ኣሰልጣኒ፡ ኣስራሒ ወይ ማእከል ምዝገባታት ከረጋግጽ ዝሓትት ፋይል ስርሑ።
    .long = ኣሰልጣኒ፡ ኣስራሒ፡ ማእከል፡ ኮሌጅ ወይ መሳርሕቲ ገለ ካብ ምዝገባታትኩም ከረጋግጽ ("ምስክርነት ክህብ") ዝሓትት ሕቶ ስርሑ፦ ፋይል፡ QR ኮድ (ብ .png ወይ .svg ዝውዳእ ስም) ኣብ ተሌፎንኩም ንምርኣይ ወይ ንምሕታም፡ ወይ ብ --text ብመልእኽቲ ዝለኣኽ ጽሑፍ። ሃብዎም። ፈሪሞም ፋይል ምስክርነት ይመልሱልኩም፡ ብዚ ትዕቅብዎ፦ carnet receive
cli-cmd-holder-receive = ኣሰልጣኒ፡ ኣስራሒ ወይ ማእከል ዝፈረመልኩም ምስክርነት ዓቕቡ።
cli-cmd-holder-credentials = ዘለኹም ምስክርነታት ምዝገባ ብምዝገባ ዘርዝሩ። ከምኡ እውን፦ carnet wallet
cli-cmd-holder-present = ዝተመርጹ ምዝገባታት ከም ሓደ QR ኮድ ኣርእዩ፡ ዝኾነ ሰብ ብዘይ ኢንተርነት ከረጋግጾ ዝኽእል።
    .long = ዝተመርጹ ምዝገባታት ከም ሓደ QR ኮድ ኣርእዩ፡ ዝኾነ ሰብ ብዘይ ኢንተርነት ከረጋግጾ ዝኽእል። ዝተረጋገጹ ምዝገባታት ምስ ዘረጋገጾም ሰብ ይርኣዩ፡ ብ --self-declared ዝተዋህቡ ምዝገባታት ከም ናይ ባዕልኹም ቃል ጥራይ ይርኣዩ። ኣብ ስክሪን እቲ ኮድ ን24 ሰዓታት ይሰርሕ፡ ብ --print ን5 ዓመት።
cli-cmd-holder-export = ዝተረጋገጸ ምዝገባ ከም W3C Verifiable Credential (Open Badges 3.0) ንኻልኦት ኣፕሊኬሽናት ጽሓፉ።
    .long = ዝተረጋገጸ ምዝገባ ከም W3C Verifiable Credential 2.0 (ባጅ Open Badges 3.0) ጽሓፉ፡ ብቲ ዘረጋገጾ ሰብ ዝተፈረመ፡ ካልኦት ቦርሳታትን ኣፕሊኬሽናትን ከረጋግጽዎ ምእንቲ። ብዘይ --out ኣብ ስክሪን ይጽሓፍ።

## Help: arguments

cli-arg-holder-request-ids = ዝረጋገጹ ምዝገባታት፦ መለለዪታቶም፡ ወይ ናይ ነፍሲ ወከፍ ቀዳሞት 4 ወይ ልዕሊኡ ፊደላት። መለለዪታት ንምርኣይ ጽሓፉ፦ carnet list
cli-arg-holder-request-out = እቲ ሕቶ ዝጽሓፈሉ፦ ብ .png ወይ .svg ዝውዳእ ስም ስእሊ QR ኮድ ይሰርሕ፡ ካልእ ዝኾነ ስም፡ ንኣብነት request.cbor፡ ፋይል።
cli-arg-holder-request-text = ጽሑፍ ናይቲ ሕቶ (ብ CNR1: ይጅምር) ኣብ ስክሪን ጽሓፉ፡ ብመልእኽቲ ንምልኣኹ።
cli-arg-holder-receive-file = ዝተዋህበኩም ፋይል ምስክርነት፡ ንኣብነት credential.cbor።
cli-arg-holder-present-select = ዝርኣዩ ዝተረጋገጹ ምዝገባታት፦ መለለዪታቶም፡ ወይ ናይ ነፍሲ ወከፍ ቀዳሞት 4 ወይ ልዕሊኡ ፊደላት።
cli-arg-holder-present-fields = ናይ ነፍሲ ወከፍ ምዝገባ እዞም ክፍልታት ጥራይ ኣርእዩ፡ ብኮማ ተፈሊዮም፡ ንኣብነት title,level። እቶም ካልኦት ሕቡኣት ይተርፉ። እቶም ክፍልታት፦ kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf። ብዘይኡ፡ ኩሉ ይርአ።
cli-arg-holder-present-self-declared = ከም ናይ ባዕልኹም ቃል ጥራይ ዝርኣዩ ምዝገባታት፡ ብዝኾነ ሰብ ዘይተረጋገጹ።
cli-arg-holder-present-stage = ንምንታይ ከም እተርእይዎ፦ recruitment, pre-departure, arrival, career ወይ return። ብዘይኡ፦ recruitment።
cli-arg-holder-present-audience = ንመን ከም እተርእይዎ፡ ስሞም ክትጠቕሱ እንተሓቲቶምኩም፡ ንኣብነት ስም ኤጀንሲ።
cli-arg-holder-present-nonce = እቲ ዘረጋግጽ ሰብ ዝሃበኩም ኮድ፡ እንተሂቡኩም (ፊደላት 0-9 ን a-f ን)።
cli-arg-holder-present-print = ንወረቐት ስርሕዎ፦ እቲ ኮድ ንምሕካኽን ምዕጻፍን ዝያዳ ይጻወር፡ ን24 ሰዓታት ዘይኮነስ ን5 ዓመት ይሰርሕ።
cli-arg-holder-present-out = ዝጽሓፍ ስእሊ፦ ብ .png ወይ .svg ዝውዳእ ስም።
cli-arg-holder-present-text = ኣብ ውሽጢ QR ኮድ ዘሎ ጽሑፍ እውን ጽሓፉ፡ ብመልእኽቲ ንምልኣኹ።
cli-arg-holder-export-id = እቲ ዝተረጋገጸ ምዝገባ፦ መለለዪኡ፡ ወይ ቀዳሞት 4 ወይ ልዕሊኡ ፊደላቱ።
cli-arg-holder-export-format = ዝጽሓፍ ቅርጺ። ጥራይ፦ vc (W3C Verifiable Credential, Open Badges 3.0)።
cli-arg-holder-export-jwt = ኣብ ክንዲ JSON ምስ መረጋገጺ፡ ከም ዝተፈረመ ቶከን (VC-JWT) ጽሓፍዎ።
cli-arg-holder-export-out = ዝጽሓፍ ፋይል፡ ንኣብነት badge.json ወይ badge.jwt።

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
        [one] እዚ ሕቶ 1 ምዝገባ ንምርግጋጽ ይሓትት።
       *[other] እዚ ሕቶ { $count } ምዝገባታት ንምርግጋጽ ይሓትት።
    } እቲ ዘረጋግጽ ሰብ ካብ ነፍሲ ወከፍ እዞም ክፍልታት ክርኢ እዩ፦
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = እቲ ሕቶ ኣብ { $path } ተጻሒፉ።
holder-request-next = ነቲ ፋይል ነቲ ዘረጋግጽ ሰብ ሃብዎ። ፋይል ምስክርነት ምስ መለሱልኩም ጽሓፉ፦ carnet receive FILE
holder-receive-done = ተዓቂቡ፦ ብ{ $issuer } ዝተረጋገጸ፡ { $kind }፡ { $country }። ከመይ ከም ዘረጋገጹ፦ { $assessed }።
holder-validity-until = ዝተዋህበሉ { $issued }። ክሳብ { $expires } ዝሰርሕ።
holder-validity-open = ዝተዋህበሉ { $issued }። ናይ መወዳእታ ዕለት የብሉን።
holder-wallet-empty = ገና ምስክርነት የብልኩምን። ሓደ ንምሕታት ጽሓፉ፦ carnet request ID --out request.cbor
holder-wallet-damaged = ድሕሪ ሕጂ ክንበብ ዘይክእል ምስክርነት። ነቲ ዝሃበ ሰብ ሓድሽ ሕተቱ።
holder-wallet-line-until = { $issuer } ({ $kind }፡ { $country }): ዝተዋህበ { $issued }፡ ክሳብ { $expires } ዝሰርሕ
holder-wallet-line-open = { $issuer } ({ $kind }፡ { $country }): ዝተዋህበ { $issued }፡ ናይ መወዳእታ ዕለት የብሉን
holder-wallet-line-expired = { $issuer } ({ $kind }፡ { $country }): ዝተዋህበ { $issued }፡ ኣብ { $expires } ተወዲኡ
holder-present-nothing = እንታይ ክርአ ከም ዘለዎ ንገሩ፦ --select ID ንዝተረጋገጹ ምዝገባታት፡ --self-declared ID ንኻልኦት።
holder-present-done = QR ኮድ ኣብ { $path } ተጻሒፉ፦ { $endorsed } ዝተረጋገጹ፡ { $declared } ባዕልኹም ዝበልኩምዎም።
holder-present-size = ዓቐን፦ QR ስሪት { $version }፡ ደረጃ { $ec }፡ { $chars } ፊደላት።
holder-present-expires = ክሳብ { $when } ክረጋገጽ ይኽእል ({ $hours } ሰዓታት)።
holder-present-by-kid = ምእንቲ ክኣቱ፡ እቶም ሃብቲ ብሓጺር ኣሻራ እዮም ዝጥቀሱ። ዘረጋግጽ ሰብ መን ምዃኖም ዝርኢ ኣብ ዝርዝር እሙናት ሃብቲ እንተለዉ ጥራይ እዩ።

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ኣሰልጣኒ
holder-issuer-kind-employer = ኣስራሒ
holder-issuer-kind-centre = ማእከል
holder-issuer-kind-college = ኮሌጅ
holder-issuer-kind-colleague = መሳርሕቲ (ምሳኹም ዝሰርሐ ሰብ፡ ትካል ኣይኮነን)

## How they checked

holder-assessed-observation = ክትሰርሑ ርእዮምኹም
holder-assessed-test = ፈተና
holder-assessed-document = ሰነድ መርሚሮም
holder-assessed-interview = ቃለ መሕትት

## Errors

error-holder-no-key = እዚ መዝገብ ምስክርነታት ዝፍረመሉ መፍትሕ የብሉን። ዝተቐየረ የለን። በጃኹም ነዚ ጸገም ሓብሩ።
error-holder-write-file = እቲ ፋይል { $path } ክጽሓፍ ኣይከኣለን፦ { $reason }። እቲ ማህደር ከም ዘሎን ባዶ ቦታ ከም ዘሎን ኣረጋግጹ፡ ድሕሪኡ እንደገና ፈትኑ።
error-holder-entry-unfit = እቲ ምዝገባ "{ $title }" ኣብ ምስክርነት ክኣቱ ኣይክእልን፦ እቲ { $field } ኣዝዩ ነዊሕ እዩ ወይ ብቅኑዕ መልክዕ ኣይኮነን። ብ carnet edit ቀይርዎ፡ ድሕሪኡ እንደገና ፈትኑ።
error-holder-unknown-field = "{ $value }" ክርአ ዝኽእል ክፍሊ ምዝገባ ኣይኮነን። እቶም ክፍልታት፦ { $known }።
error-holder-credential-no-entries = እቲ ምስክርነት { $path } ኣየናይ ካብ ምዝገባታትኩም ከም ዘረጋግጽ ኣይገልጽን። ዝተዓቕበ የለን። ካብ ፋይል ሕቶ ዝተሰርሐ ሓድሽ ሕተቱ፦ carnet request
error-holder-credential-entry-gone = እቲ ምስክርነት { $path } ኣብ መዝገብኩም ዘየሎ ምዝገባ የረጋግጽ ({ $id })። ዝተዓቕበ የለን። ኣብዚ መሳርሒ እንተደምሲስኩምዎ፡ ካብ ቅዳሕ መዝገብ ወስኽዎ፡ ድሕሪኡ እንደገና ፈትኑ።
error-holder-credential-damaged = ምስክርነት ናይቲ ምዝገባ "{ $title }" ድሕሪ ሕጂ ክንበብ ኣይክእልን። ነቲ ዘረጋገጾ ሰብ ሓድሽ ሕተቱ።
error-holder-not-endorsed = እቲ ምዝገባ "{ $title }" ገና ብዝኾነ ሰብ ኣይተረጋገጸን። ብ --self-declared ኣርእይዎ፡ ወይ ምርግጋጽ ሕተቱ፦ carnet request
error-holder-selected-twice = እቲ ምዝገባ "{ $title }" ብ --select ን ብ --self-declared ን ተዋሂቡ። ሓደ ግዜ ጥራይ ሃብዎ።
error-holder-bad-stage = "{ $value }" ደረጃ ኣይኮነን። እቶም ደረጃታት፦ recruitment, pre-departure, arrival, career, return።
error-holder-bad-audience = እቲ ተቐባሊ ካብ 1 ክሳብ 100 ፊደላት ክኸውን ኣለዎ፡ ኣብ ሓደ መስመር።
error-holder-bad-nonce = "{ $value }" ካብቲ ዘረጋግጽ ሰብ ዝመጸ ኮድ ኣይኮነን፦ ካብ 2 ክሳብ 128 ፊደላት 0-9 ን a-f ን ክኸውን ኣለዎ።
error-holder-bad-out = እቲ ስእሊ { $path } ብ .png ወይ .svg ዝውዳእ ስም ክህልዎ ኣለዎ።
error-holder-no-vc = ምርግጋጽ ናይ "{ $title }" ብ{ $issuer } ዝተገብረ Carnet ከም W3C ምስክርነት ክጽሕፎ ቅድሚ ምኽኣሉ እዩ፡ ክፍርሙ ዝኽእሉ ድማ ንሳቶም ጥራይ እዮም። እንደገና ከረጋግጹ ሕተትዎም፦ ሓድሽ ሕቶ ስርሑ (carnet request ID --out request.cbor)፡ ሃብዎም፡ ዝመለሱልኩም ፋይል ድማ ዓቕቡ (carnet receive FILE)።
