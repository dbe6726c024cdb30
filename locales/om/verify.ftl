# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = leenjisaa
issuer-kind-employer = hojjechiisaa
issuer-kind-centre = giddugala
issuer-kind-college = kolleejjii
issuer-kind-colleague = hiriyaa hojii

## verify: verdicts, one per code

verdict-valid = Sirrii: mallatteessaa isin amantaniin kan mallatteeffame, ammas kan hojjetu, kan hin haqamne.
verdict-self-declared = Namicha qofaan kan jedhame: namni tokkollee hin mallatteessine.
verdict-unknown-issuer = Mallatteeffameera, garuu mallatteessaa isin amantaniin miti.
verdict-expired = Yeroon isaa darbeera.
verdict-revoked = Mallatteessaa isa mallatteesseen haqameera.
verdict-tampered = Jijjiirameera ykn garagalfameera: irratti hin hirkatinaa.
verdict-malformed = Kun koodii Carnet dubbifamuu danda'u miti.

## verify: reasons, one per code

reason-wrong-prefix = Barreeffamni CN1: n hin jalqabu, kanaaf koodii Carnet miti.
reason-bad-base45 = Barreeffamni qubee koodiin Carnet qabaachuu hin dandeenye qaba. Kutame ykn dogoggoraan barreeffamee ta'uu danda'a.
reason-bad-zlib = Koodiin kutameera ykn miidhameera.
reason-too-large = Koodiin koodii Carnet ta'uuf baay'ee guddaadha.
reason-bad-cose = Koodiin miidhameera ykn koodii Carnet miti.
reason-unsupported-header = Koodiin mallattoo Carnet hin beekne fayyadama. Carnet haaraan dubbisuu danda'a.
reason-bad-payload = Qabiyyeen koodii miidhameera.
reason-holder-signature-invalid = Mallattoon namichaa hin walsimu: koodiin jijjiirameera.
reason-nonce-mismatch = Koodiin gaaffii biraatiif hojjetame (lakkoofsa { $found }, { $expected } miti). Garagalcha ta'uu danda'a.
reason-audience-mismatch = Koodiin “{ $found }”f hojjetame, “{ $expected }”f miti.
reason-presentation-expired = Koodiin mataan isaa { $exp } irratti yeroon isaa darbe. Namicha akka haaraa hojjetu gaafadhaa.
reason-presentation-not-yet-valid = Koodiin { $iat } irratti akka hojjetame jedha, kun garuu ammaaf hin geenye. Sa'aatii meeshaa kanaa mirkaneessaa.
reason-endorsement-signature-invalid = Mallattoon mallatteessaa hin walsimu: dandeettiin jijjiirameera.
reason-issuer-key-not-sent = Mallatteessaan mallattoo { $kid } qofaan caqafame, isin immoo hin beektan.
reason-endorsement-expired = Mallattoon dandeettii { $exp } irratti yeroon isaa darbe.
reason-endorsement-not-yet-valid = Dandeettiin { $iat } irratti akka mallatteeffame jedha, kun garuu ammaaf hin geenye. Sa'aatii meeshaa kanaa mirkaneessaa.
reason-issuer-unknown = “{ $name }” (mallattoo furtuu { $kid }) tarreewwan amanamaa keessan keessa hin jiru. Namni kamiyyuu ofiif maqaa kennuu danda'a.
reason-issuer-not-trusted-at-issue = “{ $name }” (mallattoo furtuu { $kid }) guyyaa mallatteesse sana wabiin hin turre.
reason-issuer-trusted = Mallatteessaan tarree amanamaa keessan keessa jira (mallattoo furtuu { $kid }).
reason-issuer-claims-differ = Tarreen amanamaa keessanii mallatteessaan kun { $country } keessatti { $kind } akka ta'e jedha; mallattoon garuu waan biraa jedha. Tarree amanamaa hordofaa.
reason-revoked = Mallatteessaan ragaa lakkoofsa { $index } haqeera.
reason-no-revocation-list = Mallatteessaa kana irraa tarree waan inni haqe hin qabdan.
reason-self-declared = Namichi kana jedha; namni tokkollee hin mallatteessine.

## verify: the rest of the report

verify-presentation = { $stage }f kan agarsiifame, { $date } irratti kan hojjetame, nama furtuu { $kid } qabuun.
verify-audience = Kan hojjetameef: { $audience }
verify-stage-recruitment = qacarrii
verify-stage-pre-departure = deemuuf qophaa'uu
verify-stage-arrival = gahuu
verify-stage-career = hojii fi leenjii
verify-stage-return = manatti deebi'uu
verify-endorsed-by = { $name }n kan mallatteeffame, { $country } keessatti { $kind }.
verify-endorsed-by-unchecked = Nama ofiin “{ $name }” jedhuun kan mallatteeffame, { $country } keessatti { $kind } (hin mirkanoofne; mallattoo furtuu { $kid }).
verify-colleague-note = Kun jecha hiriyaa hojiiti: nama namicha cinaa hojjete, mana barumsaa ykn hojjechiisaa miti.
verify-endorsed-on = { $date } irratti kan mallatteeffame; { $how }n kan mirkanaa'e.{ $expires ->
    [none] {""}
   *[other] {" "}Hanga { $expires } hojjeta.
}
verify-how-observation = yeroo hojjetan ilaaluun
verify-how-test = qormaata
verify-how-document = sanada
verify-how-interview = af-gaaffii
verify-hidden = { $count ->
    [one] Odeeffannoon 1 namichaan dhokfameera.
   *[other] Odeeffannoowwan { $count } namichaan dhokfamaniiru.
}
verify-trust-age = { $days ->
    [0] Tarree amanamaa har'aa.
    [one] Tarree amanamaa guyyaa 1 dura ({ $date }).
   *[other] Tarree amanamaa guyyoota { $days } dura ({ $date }).
}
verify-newer-code = Koodiin kun Carnet haaraan hojjetame. Mirkaneessuuf Carnet haaromsaa.
verify-status-age = { $days ->
    [0] Tarree ragaalee haqamanii: har'aa.
    [one] Tarree ragaalee haqamanii: guyyaa 1 dura ({ $date }).
   *[other] Tarree ragaalee haqamanii: guyyoota { $days } dura ({ $date }).
}
verify-field-kind = Maal:
verify-field-title = Mata duree:
verify-field-esco = ESCO:
verify-field-entry-id = Barreeffama:
verify-field-level = Sadarkaa:
verify-field-from = Irraa:
verify-field-to = Hanga:
verify-field-country = Biyya:
verify-field-context = Bakka itti baratame:
verify-field-evidence = Ragaa (hash):
verify-field-eqf = Sadarkaa EQF:
verify-entry-kind-skill = dandeettii
verify-entry-kind-qualification = dippiloomaa ykn ragaa barnootaa
verify-entry-kind-experience = muuxannoo hojii
verify-entry-kind-language = afaan
verify-entry-kind-learning = koorsii
verify-context-formal = mana barumsaa ykn kolleejjii keessatti
verify-context-non-formal = koorsii irratti
verify-context-informal = hojii irratti ykn ofiin
verify-esco-skill = dandeettii
verify-esco-occupation = ogummaa
verify-esco-qualification = ragaa barnootaa
