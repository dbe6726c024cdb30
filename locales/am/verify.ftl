# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = አሰልጣኝ
issuer-kind-employer = አሠሪ
issuer-kind-centre = ማዕከል
issuer-kind-college = ኮሌጅ
issuer-kind-colleague = የሥራ ባልደረባ

## verify: verdicts, one per code

verdict-valid = የሚሠራ፦ በሚያምኑት ፈራሚ የተፈረመ፣ አሁንም የሚሠራ፣ ያልተሰረዘ።
verdict-self-declared = በሰውየው ብቻ የተነገረ፦ ማንም አልፈረመውም።
verdict-unknown-issuer = ተፈርሟል፣ ግን በሚያምኑት ፈራሚ አይደለም።
verdict-expired = ጊዜው አልፏል።
verdict-revoked = በፈረመው ፈራሚ ተሰርዟል።
verdict-tampered = ተቀይሯል ወይም ተገልብጧል፦ አይመኑበት።
verdict-malformed = ይህ ሊነበብ የሚችል የCarnet ኮድ አይደለም።

## verify: reasons, one per code

reason-wrong-prefix = ጽሑፉ በ CN1: አይጀምርም፣ ስለዚህ የCarnet ኮድ አይደለም።
reason-bad-base45 = ጽሑፉ የCarnet ኮድ ሊይዛቸው የማይችላቸው ፊደላት አሉት። ተቆርጦ ወይም በስህተት ተጽፎ ሊሆን ይችላል።
reason-bad-zlib = ኮዱ ተቆርጧል ወይም ተበላሽቷል።
reason-too-large = ኮዱ የCarnet ኮድ ለመሆን በጣም ትልቅ ነው።
reason-bad-cose = ኮዱ ተበላሽቷል ወይም የCarnet ኮድ አይደለም።
reason-unsupported-header = ኮዱ Carnet የማያውቀውን ፊርማ ይጠቀማል። አዲስ Carnet ሊያነበው ይችላል።
reason-bad-payload = የኮዱ ይዘት ተበላሽቷል።
reason-holder-signature-invalid = የሰውየው ፊርማ አይዛመድም፦ ኮዱ ተቀይሯል።
reason-nonce-mismatch = ኮዱ የተሠራው ለሌላ ጥያቄ ነው (ቁጥር { $found }፣ { $expected } አይደለም)። ቅጂ ሊሆን ይችላል።
reason-audience-mismatch = ኮዱ የተሠራው ለ“{ $found }” ነው፣ ለ“{ $expected }” አይደለም።
reason-presentation-expired = ኮዱ ራሱ በ{ $exp } ጊዜው አልፏል። ሰውየውን አዲስ እንዲሠራ ይጠይቁ።
reason-presentation-not-yet-valid = ኮዱ በ{ $iat } እንደተሠራ ይላል፣ ያ ቀን ግን ገና አልደረሰም። የዚህን መሣሪያ ሰዓት ያረጋግጡ።
reason-endorsement-signature-invalid = የፈራሚው ፊርማ አይዛመድም፦ ክህሎቱ ተቀይሯል።
reason-issuer-key-not-sent = ፈራሚው የተጠቀሰው በአሻራ { $kid } ብቻ ነው፣ እርስዎም አያውቁትም።
reason-endorsement-expired = የክህሎቱ ፊርማ በ{ $exp } ጊዜው አልፏል።
reason-endorsement-not-yet-valid = ክህሎቱ በ{ $iat } እንደተፈረመ ይላል፣ ያ ቀን ግን ገና አልደረሰም። የዚህን መሣሪያ ሰዓት ያረጋግጡ።
reason-issuer-unknown = “{ $name }” (የቁልፍ አሻራ { $kid }) በእምነት ዝርዝሮችዎ ውስጥ የለም። ማንም ሰው ለራሱ ስም መስጠት ይችላል።
reason-issuer-not-trusted-at-issue = “{ $name }” (የቁልፍ አሻራ { $kid }) በፈረመበት ቀን ዋስ አልነበረውም።
reason-issuer-trusted = ፈራሚው በእምነት ዝርዝርዎ ውስጥ አለ (የቁልፍ አሻራ { $kid })።
reason-issuer-claims-differ = የእምነት ዝርዝርዎ ይህ ፈራሚ በ{ $country } ውስጥ { $kind } ነው ይላል፤ ፊርማው ግን ሌላ ይላል። በእምነት ዝርዝሩ ይመሩ።
reason-revoked = ፈራሚው ማረጋገጫ ቁጥር { $index }ን ሰርዞታል።
reason-no-revocation-list = ከዚህ ፈራሚ የሰረዛቸውን የሚያሳይ ዝርዝር የለዎትም።
reason-self-declared = ሰውየው ይህን ይላል፤ ማንም አልፈረመውም።

## verify: the rest of the report

verify-presentation = ለ{ $stage } የታየ፣ በ{ $date } የተሠራ፣ ቁልፍ { $kid } ባለው ሰው።
verify-audience = የተሠራው ለ፦ { $audience }
verify-stage-recruitment = ቅጥር
verify-stage-pre-departure = ለመነሳት መዘጋጀት
verify-stage-arrival = መድረስ
verify-stage-career = ሥራ እና ስልጠና
verify-stage-return = ወደ አገር መመለስ
verify-endorsed-by = በ{ $name } የተፈረመ፣ በ{ $country } ውስጥ { $kind }።
verify-endorsed-by-unchecked = ራሱን “{ $name }” ብሎ በሚጠራ ሰው የተፈረመ፣ በ{ $country } ውስጥ { $kind } (ያልተረጋገጠ፤ የቁልፍ አሻራ { $kid })።
verify-colleague-note = ይህ የሥራ ባልደረባ ቃል ነው፦ ከሰውየው ጎን የሠራ ሰው፣ ትምህርት ቤት ወይም አሠሪ አይደለም።
verify-endorsed-on = በ{ $date } የተፈረመ፤ በ{ $how } የተረጋገጠ።{ $expires ->
    [none] {""}
   *[other] {" "}እስከ { $expires } ይሠራል።
}
verify-how-observation = ሲሠሩ በማየት
verify-how-test = ፈተና
verify-how-document = ሰነድ
verify-how-interview = ቃለ መጠይቅ
verify-hidden = { $count ->
    [one] 1 ዝርዝር በሰውየው ተደብቋል።
   *[other] { $count } ዝርዝሮች በሰውየው ተደብቀዋል።
}
verify-trust-age = { $days ->
    [0] የዛሬ የእምነት ዝርዝር።
    [one] ከ1 ቀን በፊት የእምነት ዝርዝር ({ $date })።
   *[other] ከ{ $days } ቀናት በፊት የእምነት ዝርዝር ({ $date })።
}
verify-newer-code = ይህ ኮድ በአዲስ Carnet ተሠርቷል። ለማረጋገጥ Carnetን ያዘምኑ።
verify-status-age = { $days ->
    [0] የተሰረዙ ማረጋገጫዎች ዝርዝር፦ የዛሬ።
    [one] የተሰረዙ ማረጋገጫዎች ዝርዝር፦ ከ1 ቀን በፊት ({ $date })።
   *[other] የተሰረዙ ማረጋገጫዎች ዝርዝር፦ ከ{ $days } ቀናት በፊት ({ $date })።
}
verify-field-kind = ምን፦
verify-field-title = ርዕስ፦
verify-field-esco = ESCO፦
verify-field-entry-id = ግቤት፦
verify-field-level = ደረጃ፦
verify-field-from = ከ፦
verify-field-to = እስከ፦
verify-field-country = አገር፦
verify-field-context = የተማረበት፦
verify-field-evidence = ማስረጃ (hash)፦
verify-field-eqf = የEQF ደረጃ፦
verify-entry-kind-skill = ክህሎት
verify-entry-kind-qualification = ዲፕሎማ ወይም ብቃት
verify-entry-kind-experience = የሥራ ልምድ
verify-entry-kind-language = ቋንቋ
verify-entry-kind-learning = ኮርስ
verify-context-formal = በትምህርት ቤት ወይም በኮሌጅ
verify-context-non-formal = በኮርስ
verify-context-informal = በሥራ ላይ ወይም በራሱ
verify-esco-skill = ክህሎት
verify-esco-occupation = ሙያ
verify-esco-qualification = ብቃት
