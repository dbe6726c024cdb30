# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = පුහුණුකරුවෙක්
issuer-kind-employer = සේවා යෝජකයෙක්
issuer-kind-centre = මධ්‍යස්ථානයක්
issuer-kind-college = විද්‍යාලයක්
issuer-kind-colleague = සගයෙක්

## verify: verdicts, one per code

verdict-valid = වලංගුයි: ඔබ විශ්වාස කරන නිකුත් කරන්නෙකු අත්සන් කළා, තවමත් වලංගුයි, ආපසු ගෙන නැත.
verdict-self-declared = පුද්ගලයා පමණක් කියූ: කිසිවෙකු මෙය අත්සන් කළේ නැත.
verdict-unknown-issuer = අත්සන් කර ඇත, නමුත් ඔබ විශ්වාස කරන නිකුත් කරන්නෙකු විසින් නොවේ.
verdict-expired = කල් ඉකුත් වී ඇත.
verdict-revoked = එය අත්සන් කළ නිකුත් කරන්නා ආපසු ගත්තා.
verdict-tampered = වෙනස් කර හෝ පිටපත් කර ඇත: එය විශ්වාස නොකරන්න.
verdict-malformed = මෙය කියවිය හැකි Carnet කේතයක් නොවේ.

## verify: reasons, one per code

reason-wrong-prefix = පෙළ CN1: වලින් ආරම්භ නොවේ, එබැවින් එය Carnet කේතයක් නොවේ.
reason-bad-base45 = පෙළෙහි Carnet කේතයක තිබිය නොහැකි අකුරු ඇත. එය කපා දැමී හෝ වැරදියට ටයිප් කර තිබිය හැක.
reason-bad-zlib = කේතය කපා දැමී හෝ හානි වී ඇත.
reason-too-large = කේතය Carnet කේතයක් වීමට ඉතා විශාලයි.
reason-bad-cose = කේතය හානි වී හෝ Carnet කේතයක් නොවේ.
reason-unsupported-header = කේතය Carnet නොදන්නා අත්සනක් භාවිත කරයි. නවතම Carnet එකකට එය කියවිය හැක.
reason-bad-payload = කේතයේ අන්තර්ගතය හානි වී ඇත.
reason-holder-signature-invalid = පුද්ගලයාගේ අත්සන නොගැළපේ: කේතය වෙනස් කර ඇත.
reason-nonce-mismatch = කේතය සාදා ඇත්තේ වෙනත් ඉල්ලීමක් සඳහාය (අංකය { $found }, { $expected } නොවේ). එය පිටපතක් විය හැක.
reason-audience-mismatch = කේතය සාදා ඇත්තේ “{ $found }” සඳහාය, “{ $expected }” සඳහා නොවේ.
reason-presentation-expired = කේතයම { $exp } කල් ඉකුත් විය. නව එකක් සාදන ලෙස පුද්ගලයාගෙන් ඉල්ලන්න.
reason-presentation-not-yet-valid = කේතය කියන්නේ එය { $iat } සාදන ලද බවයි, එය තවම පැමිණ නැත. මෙම උපාංගයේ ඔරලෝසුව පරීක්ෂා කරන්න.
reason-endorsement-signature-invalid = නිකුත් කරන්නාගේ අත්සන නොගැළපේ: කුසලතාව වෙනස් කර ඇත.
reason-issuer-key-not-sent = නිකුත් කරන්නා නම් කර ඇත්තේ { $kid } ඇඟිලි සලකුණෙන් පමණි, ඔබ එය නොදනී.
reason-endorsement-expired = කුසලතාවේ අත්සන { $exp } කල් ඉකුත් විය.
reason-endorsement-not-yet-valid = කුසලතාව කියන්නේ එය { $iat } අත්සන් කළ බවයි, එය තවම පැමිණ නැත. මෙම උපාංගයේ ඔරලෝසුව පරීක්ෂා කරන්න.
reason-issuer-unknown = “{ $name }” (යතුරු ඇඟිලි සලකුණ { $kid }) ඔබේ විශ්වාස ලැයිස්තුවල නැත. ඕනෑම අයෙකුට තමාට නමක් දිය හැක.
reason-issuer-not-trusted-at-issue = “{ $name }” (යතුරු ඇඟිලි සලකුණ { $kid }) අත්සන් කළ දිනයේ කිසිවෙකු ඔවුන් වෙනුවෙන් සහතික වී නොසිටියා.
reason-issuer-trusted = නිකුත් කරන්නා ඔබේ විශ්වාස ලැයිස්තුවේ ඇත (යතුරු ඇඟිලි සලකුණ { $kid }).
reason-issuer-claims-differ = ඔබේ විශ්වාස ලැයිස්තුව කියන්නේ මෙම නිකුත් කරන්නා { $country } හි { $kind } බවයි; අත්සන වෙනත් දෙයක් කියයි. විශ්වාස ලැයිස්තුව අනුව යන්න.
reason-revoked = නිකුත් කරන්නා අංක { $index } සහතිකය ආපසු ගත්තා.
reason-no-revocation-list = මෙම නිකුත් කරන්නා ආපසු ගත් දේවල ලැයිස්තුවක් ඔබට නැත.
reason-self-declared = පුද්ගලයා මෙය කියයි; කිසිවෙකු එය අත්සන් කළේ නැත.

## verify: the rest of the report

verify-presentation = { $stage } සඳහා පෙන්වූවා, { $date } සාදන ලදී, { $kid } යතුර ඇති පුද්ගලයා විසින්.
verify-audience = සාදන ලද්දේ: { $audience } සඳහා
verify-stage-recruitment = බඳවා ගැනීම
verify-stage-pre-departure = පිටත්වීමට සූදානම් වීම
verify-stage-arrival = පැමිණීම
verify-stage-career = රැකියාව සහ පුහුණුව
verify-stage-return = නිවසට ආපසු පැමිණීම
verify-endorsed-by = { $name } අත්සන් කළා, { $country } හි { $kind }.
verify-endorsed-by-unchecked = තමා “{ $name }” ලෙස හඳුන්වන අයෙකු අත්සන් කළා, { $country } හි { $kind } (පරීක්ෂා කර නැත; යතුරු ඇඟිලි සලකුණ { $kid }).
verify-colleague-note = මෙය සගයෙකුගේ වචනයයි: පාසලක් හෝ සේවා යෝජකයෙක් නොව, පුද්ගලයා අසල වැඩ කළ අයෙක්.
verify-endorsed-on = { $date } අත්සන් කළා; { $how } මඟින් පරීක්ෂා කළා.{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } දක්වා වලංගුයි.
}
verify-how-observation = ඔවුන් වැඩ කරන අයුරු බැලීම
verify-how-test = පරීක්ෂණයක්
verify-how-document = ලේඛනයක්
verify-how-interview = සම්මුඛ පරීක්ෂණයක්
verify-hidden = { $count ->
    [one] පුද්ගලයා විසින් විස්තර 1ක් සඟවා ඇත.
   *[other] පුද්ගලයා විසින් විස්තර { $count }ක් සඟවා ඇත.
}
verify-trust-age = { $days ->
    [0] අද විශ්වාස ලැයිස්තුව.
    [one] දින 1කට පෙර විශ්වාස ලැයිස්තුව ({ $date }).
   *[other] දින { $days }කට පෙර විශ්වාස ලැයිස්තුව ({ $date }).
}
verify-newer-code = මෙම කේතය නවතම Carnet එකකින් සාදා ඇත. එය පරීක්ෂා කිරීමට Carnet යාවත්කාලීන කරන්න.
verify-status-age = { $days ->
    [0] ආපසු ගත් සහතික ලැයිස්තුව: අද.
    [one] ආපසු ගත් සහතික ලැයිස්තුව: දින 1කට පෙර ({ $date }).
   *[other] ආපසු ගත් සහතික ලැයිස්තුව: දින { $days }කට පෙර ({ $date }).
}
verify-field-kind = කුමක්ද:
verify-field-title = මාතෘකාව:
verify-field-esco = ESCO:
verify-field-entry-id = සටහන:
verify-field-level = මට්ටම:
verify-field-from = සිට:
verify-field-to = දක්වා:
verify-field-country = රට:
verify-field-context = ඉගෙන ගත්:
verify-field-evidence = සාක්ෂිය (hash):
verify-field-eqf = EQF මට්ටම:
verify-entry-kind-skill = කුසලතාවක්
verify-entry-kind-qualification = ඩිප්ලෝමාවක් හෝ සුදුසුකමක්
verify-entry-kind-experience = රැකියා පළපුරුද්ද
verify-entry-kind-language = භාෂාවක්
verify-entry-kind-learning = පාඨමාලාවක්
verify-context-formal = පාසලේ හෝ විද්‍යාලයේ
verify-context-non-formal = පාඨමාලාවක
verify-context-informal = රැකියාවේදී හෝ තනිවම
verify-esco-skill = කුසලතාව
verify-esco-occupation = වෘත්තිය
verify-esco-qualification = සුදුසුකම
