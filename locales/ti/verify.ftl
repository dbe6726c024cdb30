# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ኣሰልጣኒ
issuer-kind-employer = ኣስራሒ
issuer-kind-centre = ማእከል
issuer-kind-college = ኮሌጅ
issuer-kind-colleague = መሳርሕቲ

## verify: verdicts, one per code

verdict-valid = ቅኑዕ፦ ብእትኣምንዎ ሃቢ ዝተፈረመ፡ ገና ዝሰርሕ፡ ዘይተመልሰ።
verdict-self-declared = ብቲ ሰብ ጥራይ ዝተባህለ፦ ዝኾነ ሰብ ኣይፈረሞን።
verdict-unknown-issuer = ተፈሪሙ፡ ግን ብእትኣምንዎ ሃቢ ኣይኮነን።
verdict-expired = ግዜኡ ሓሊፉ።
verdict-revoked = ብቲ ዝፈረሞ ሃቢ ተመሊሱ።
verdict-tampered = ተቐይሩ ወይ ተቐዲሑ፦ ኣይትተኣማመንሉ።
verdict-malformed = እዚ ክንበብ ዝኽእል ኮድ Carnet ኣይኮነን።

## verify: reasons, one per code

reason-wrong-prefix = እቲ ጽሑፍ ብ CN1: ኣይጅምርን፡ ስለዚ ኮድ Carnet ኣይኮነን።
reason-bad-base45 = እቲ ጽሑፍ ኮድ Carnet ክሕዞም ዘይክእል ፊደላት ኣለዎ። ተቖሪጹ ወይ ብጌጋ ተጻሒፉ ክኸውን ይኽእል።
reason-bad-zlib = እቲ ኮድ ተቖሪጹ ወይ ተበላሽዩ እዩ።
reason-too-large = እቲ ኮድ ኮድ Carnet ንምዃን ኣዝዩ ዓቢ እዩ።
reason-bad-cose = እቲ ኮድ ተበላሽዩ እዩ ወይ ኮድ Carnet ኣይኮነን።
reason-unsupported-header = እቲ ኮድ Carnet ዘይፈልጦ ፊርማ ይጥቀም። ሓድሽ Carnet ከንብቦ ይኽእል።
reason-bad-payload = ትሕዝቶ ናይቲ ኮድ ተበላሽዩ።
reason-holder-signature-invalid = ፊርማ ናይቲ ሰብ ኣይሰማማዕን፦ እቲ ኮድ ተቐይሩ።
reason-nonce-mismatch = እቲ ኮድ ንኻልእ ሕቶ እዩ ተሰሪሑ (ቁጽሪ { $found }፡ { $expected } ኣይኮነን)። ቅዳሕ ክኸውን ይኽእል።
reason-audience-mismatch = እቲ ኮድ ን“{ $found }” እዩ ተሰሪሑ፡ ን“{ $expected }” ኣይኮነን።
reason-presentation-expired = እቲ ኮድ ባዕሉ ኣብ { $exp } ግዜኡ ሓሊፉ። ነቲ ሰብ ሓድሽ ክሰርሕ ሕተትዎ።
reason-presentation-not-yet-valid = እቲ ኮድ ኣብ { $iat } ከም ዝተሰርሐ ይብል፡ እዚ ግን ገና ኣይበጽሐን። ሰዓት ናይዚ መሳርሒ ኣረጋግጹ።
reason-endorsement-signature-invalid = ፊርማ ናይቲ ሃቢ ኣይሰማማዕን፦ እቲ ክእለት ተቐይሩ።
reason-issuer-key-not-sent = እቲ ሃቢ ብኣሻራ { $kid } ጥራይ እዩ ዝጥቀስ፡ ንስኹም ድማ ኣይትፈልጥዎን።
reason-endorsement-expired = ፊርማ ናይቲ ክእለት ኣብ { $exp } ግዜኡ ሓሊፉ።
reason-endorsement-not-yet-valid = እቲ ክእለት ኣብ { $iat } ከም ዝተፈረመ ይብል፡ እዚ ግን ገና ኣይበጽሐን። ሰዓት ናይዚ መሳርሒ ኣረጋግጹ።
reason-issuer-unknown = “{ $name }” (ኣሻራ መፍትሕ { $kid }) ኣብ ዝርዝራት እምነትኩም የለን። ዝኾነ ሰብ ንባዕሉ ስም ክህብ ይኽእል።
reason-issuer-not-trusted-at-issue = “{ $name }” (ኣሻራ መፍትሕ { $kid }) ኣብታ ዝፈረመላ መዓልቲ ዝውሕሶ ኣይነበረን።
reason-issuer-trusted = እቲ ሃቢ ኣብ ዝርዝር እምነትኩም ኣሎ (ኣሻራ መፍትሕ { $kid })።
reason-issuer-claims-differ = ዝርዝር እምነትኩም እዚ ሃቢ ኣብ { $country } { $kind } ምዃኑ ይብል፡ እቲ ፊርማ ግን ካልእ ይብል። ብዝርዝር እምነት ተመርሑ።
reason-revoked = እቲ ሃቢ ምስክርነት ቁጽሪ { $index } መሊስዎ።
reason-no-revocation-list = ካብዚ ሃቢ ዝመለሶም ዝሓዘ ዝርዝር የብልኩምን።
reason-self-declared = እቲ ሰብ እዩ ዝብሎ፡ ዝኾነ ሰብ ኣይፈረሞን።

## verify: the rest of the report

verify-presentation = ን{ $stage } ዝተራእየ፡ ኣብ { $date } ዝተሰርሐ፡ ብቲ መፍትሕ { $kid } ዘለዎ ሰብ።
verify-audience = ዝተሰርሐሉ፦ { $audience }
verify-stage-recruitment = ምቑጻር
verify-stage-pre-departure = ንምብጋስ ምድላው
verify-stage-arrival = ምብጻሕ
verify-stage-career = ስራሕን ስልጠናን
verify-stage-return = ናብ ገዛ ምምላስ
verify-endorsed-by = ብ{ $name } ዝተፈረመ፡ ኣብ { $country } { $kind }።
verify-endorsed-by-unchecked = “{ $name }” ኢሉ ንባዕሉ ዝጽውዕ ሰብ ዝፈረሞ፡ ኣብ { $country } { $kind } (ዘይተረጋገጸ፤ ኣሻራ መፍትሕ { $kid })።
verify-colleague-note = እዚ ቃል መሳርሕቲ እዩ፦ ምስቲ ሰብ ዝሰርሐ ሰብ፡ ቤት ትምህርቲ ወይ ኣስራሒ ኣይኮነን።
verify-endorsed-on = ኣብ { $date } ዝተፈረመ፤ ብ{ $how } ዝተረጋገጸ።{ $expires ->
    [none] {""}
   *[other] {" "}ክሳብ { $expires } ይሰርሕ።
}
verify-how-observation = ክሰርሑ ብምርኣይ
verify-how-test = ፈተና
verify-how-document = ሰነድ
verify-how-interview = ቃለ መሕትት
verify-hidden = { $count ->
    [one] 1 ዝርዝር ብቲ ሰብ ተሓቢኡ ኣሎ።
   *[other] { $count } ዝርዝራት ብቲ ሰብ ተሓቢኦም ኣለዉ።
}
verify-trust-age = { $days ->
    [0] ዝርዝር እምነት ናይ ሎሚ።
    [one] ዝርዝር እምነት ቅድሚ 1 መዓልቲ ({ $date })።
   *[other] ዝርዝር እምነት ቅድሚ { $days } መዓልታት ({ $date })።
}
verify-newer-code = እዚ ኮድ ብሓድሽ Carnet ተሰሪሑ። ንምርግጋጹ Carnet ኣሐድሱ።
verify-status-age = { $days ->
    [0] ዝርዝር ዝተመልሱ ምስክርነታት፦ ናይ ሎሚ።
    [one] ዝርዝር ዝተመልሱ ምስክርነታት፦ ቅድሚ 1 መዓልቲ ({ $date })።
   *[other] ዝርዝር ዝተመልሱ ምስክርነታት፦ ቅድሚ { $days } መዓልታት ({ $date })።
}
verify-field-kind = እንታይ፦
verify-field-title = ኣርእስቲ፦
verify-field-esco = ESCO፦
verify-field-entry-id = ምዝገባ፦
verify-field-level = ደረጃ፦
verify-field-from = ካብ፦
verify-field-to = ክሳብ፦
verify-field-country = ሃገር፦
verify-field-context = ዝተማሃረሉ፦
verify-field-evidence = መርትዖ (hash)፦
verify-field-eqf = ደረጃ EQF፦
verify-entry-kind-skill = ክእለት
verify-entry-kind-qualification = ዲፕሎማ ወይ ብቕዓት
verify-entry-kind-experience = ናይ ስራሕ ተሞክሮ
verify-entry-kind-language = ቋንቋ
verify-entry-kind-learning = ኮርስ
verify-context-formal = ኣብ ቤት ትምህርቲ ወይ ኮሌጅ
verify-context-non-formal = ኣብ ኮርስ
verify-context-informal = ኣብ ስራሕ ወይ ብባዕሉ
verify-esco-skill = ክእለት
verify-esco-occupation = ሞያ
verify-esco-qualification = ብቕዓት
