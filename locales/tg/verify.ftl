# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = омӯзгор
issuer-kind-employer = корфармо
issuer-kind-centre = марказ
issuer-kind-college = коллеҷ
issuer-kind-colleague = ҳамкор

## verify: verdicts, one per code

verdict-valid = Дуруст: аз ҷониби тасдиқкунандае, ки шумо ба он бовар доред, имзо шудааст, ҳанӯз эътибор дорад, бозпас гирифта нашудааст.
verdict-self-declared = Танҳо бо гуфтаи худи шахс: ҳеҷ кас инро имзо накардааст.
verdict-unknown-issuer = Имзошуда, аммо на аз ҷониби тасдиқкунандае, ки шумо ба он бовар доред.
verdict-expired = Мӯҳлаташ гузаштааст.
verdict-revoked = Тасдиқкунандае, ки онро имзо кардааст, бозпас гирифт.
verdict-tampered = Тағйир ёфта ё нусхабардорӣ шудааст: ба он такя накунед.
verdict-malformed = Ин коди Carnet нест, ки хонда шавад.

## verify: reasons, one per code

reason-wrong-prefix = Матн бо CN1: сар намешавад, пас коди Carnet нест.
reason-bad-base45 = Дар матн ҳарфҳое ҳаст, ки коди Carnet дошта наметавонад. Шояд он бурида ё хато навишта шуда бошад.
reason-bad-zlib = Код бурида ё вайрон шудааст.
reason-too-large = Ин код барои коди Carnet аз ҳад калон аст.
reason-bad-cose = Код вайрон шудааст ё коди Carnet нест.
reason-unsupported-header = Код имзоеро истифода мебарад, ки Carnet намедонад. Шояд Carnet-и навтар онро хонад.
reason-bad-payload = Мундариҷаи код вайрон шудааст.
reason-holder-signature-invalid = Имзои шахс мувофиқ нест: код тағйир ёфтааст.
reason-nonce-mismatch = Код барои дархости дигар сохта шудааст (рақами { $found }, на { $expected }). Шояд ин нусха бошад.
reason-audience-mismatch = Код барои «{ $found }» сохта шудааст, на барои «{ $expected }».
reason-presentation-expired = Мӯҳлати худи код { $exp } тамом шуд. Аз шахс хоҳиш кунед, ки коди нав созад.
reason-presentation-not-yet-valid = Код мегӯяд, ки { $iat } сохта шудааст, ки ҳоло нарасидааст. Соати ин дастгоҳро санҷед.
reason-endorsement-signature-invalid = Имзои тасдиқкунанда мувофиқ нест: маҳорат тағйир ёфтааст.
reason-issuer-key-not-sent = Тасдиқкунанда танҳо бо изи { $kid } номбар шудааст, ва шумо онро намешиносед.
reason-endorsement-expired = Мӯҳлати имзои маҳорат { $exp } тамом шуд.
reason-endorsement-not-yet-valid = Маҳорат мегӯяд, ки { $iat } имзо шудааст, ки ҳоло нарасидааст. Соати ин дастгоҳро санҷед.
reason-issuer-unknown = «{ $name }» (изи калид { $kid }) дар рӯйхатҳои боварии шумо нест. Ҳар кас метавонад ба худ ном гузорад.
reason-issuer-not-trusted-at-issue = Барои «{ $name }» (изи калид { $kid }) дар рӯзи имзо кафолат дода нашуда буд.
reason-issuer-trusted = Тасдиқкунанда дар рӯйхати боварии шумо ҳаст (изи калид { $kid }).
reason-issuer-claims-differ = Рӯйхати боварии шумо мегӯяд, ки ин тасдиқкунанда { $kind } дар { $country } аст; имзо чизи дигар мегӯяд. Ба рӯйхати боварӣ такя кунед.
reason-revoked = Тасдиқкунанда тасдиқномаи рақами { $index }-ро бозпас гирифт.
reason-no-revocation-list = Шумо аз ин тасдиқкунанда рӯйхати он чи бозпас гирифтааст, надоред.
reason-self-declared = Инро худи шахс мегӯяд; ҳеҷ кас онро имзо накардааст.

## verify: the rest of the report

verify-presentation = Барои { $stage } нишон дода шуд, { $date } сохта шуд, аз ҷониби шахсе бо калиди { $kid }.
verify-audience = Сохта шуд барои: { $audience }
verify-stage-recruitment = ба кор қабул
verify-stage-pre-departure = омодагӣ ба сафар
verify-stage-arrival = расидан
verify-stage-career = кор ва омӯзиш
verify-stage-return = бозгашт ба ватан
verify-endorsed-by = Имзо кард: { $name }, { $kind } дар { $country }.
verify-endorsed-by-unchecked = Имзо кард касе, ки худро «{ $name }» меномад, { $kind } дар { $country } (санҷида нашуд; изи калид { $kid }).
verify-colleague-note = Ин гуфтаи ҳамкор аст: касе, ки дар паҳлӯи ин шахс кор кардааст, на мактаб ё корфармо.
verify-endorsed-on = Имзо шуд { $date }; санҷиш: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Эътибор то { $expires }.
}
verify-how-observation = дидани кори онҳо
verify-how-test = имтиҳон
verify-how-document = ҳуҷҷат
verify-how-interview = мусоҳиба
verify-hidden = { $count ->
   *[other] Шахс { $count } тафсилотро пинҳон кардааст.
}
verify-trust-age = { $days ->
    [0] Рӯйхати боварӣ аз имрӯз.
   *[other] Рӯйхати боварӣ аз { $days } рӯз пеш ({ $date }).
}
verify-newer-code = Ин код бо Carnet-и навтар сохта шудааст. Барои санҷидани он Carnet-ро навсозӣ кунед.
verify-status-age = { $days ->
    [0] Рӯйхати тасдиқномаҳои бозпас гирифташуда: аз имрӯз.
   *[other] Рӯйхати тасдиқномаҳои бозпас гирифташуда: аз { $days } рӯз пеш ({ $date }).
}
verify-field-kind = Чӣ:
verify-field-title = Ном:
verify-field-esco = ESCO:
verify-field-entry-id = Сабт:
verify-field-level = Сатҳ:
verify-field-from = Аз:
verify-field-to = То:
verify-field-country = Кишвар:
verify-field-context = Омӯхтааст:
verify-field-evidence = Далел (hash):
verify-field-eqf = Сатҳи EQF:
verify-entry-kind-skill = маҳорат
verify-entry-kind-qualification = диплом ё ихтисос
verify-entry-kind-experience = таҷрибаи корӣ
verify-entry-kind-language = забон
verify-entry-kind-learning = курс
verify-context-formal = дар мактаб ё коллеҷ
verify-context-non-formal = дар курс
verify-context-informal = дар ҷои кор ё мустақилона
verify-esco-skill = маҳорат
verify-esco-occupation = касб
verify-esco-qualification = ихтисос
