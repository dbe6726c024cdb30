# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = tababare
issuer-kind-employer = loo-shaqeeye
issuer-kind-centre = xarun
issuer-kind-college = kulliyad
issuer-kind-colleague = saaxiib shaqo

## verify: verdicts, one per code

verdict-valid = Sax: waxaa saxiixay saxiixe aad aamintid, weli wuu shaqaynayaa, lama laalin.
verdict-self-declared = Qofka oo keliya ayaa sheegay: qofna ma saxiixin.
verdict-unknown-issuer = La saxiixay, laakiin ma aha saxiixe aad aamintid.
verdict-expired = Wuu dhacay.
verdict-revoked = Waxaa laalay saxiixihii saxiixay.
verdict-tampered = Waa la beddelay ama waa la koobiyeeyay: ha ku kalsoonaan.
verdict-malformed = Kani ma aha koodh Carnet oo la akhriyi karo.

## verify: reasons, one per code

reason-wrong-prefix = Qoraalku kuma bilaabmo CN1:, sidaas darteed ma aha koodh Carnet.
reason-bad-base45 = Qoraalku wuxuu leeyahay xarfo uusan koodh Carnet yeelan karin. Waxaa laga yaabaa in la gooyay ama si khalad ah loo qoray.
reason-bad-zlib = Koodhka waa la gooyay ama wuu xumaaday.
reason-too-large = Koodhku aad buu ugu weyn yahay inuu noqdo koodh Carnet.
reason-bad-cose = Koodhku wuu xumaaday ama ma aha koodh Carnet.
reason-unsupported-header = Koodhku wuxuu isticmaalaa saxiix uusan Carnet aqoon. Carnet ka cusub ayaa laga yaabaa inuu akhriyo.
reason-bad-payload = Waxa ku jira koodhka way xumaadeen.
reason-holder-signature-invalid = Saxiixa qofka ma waafaqsana: koodhka waa la beddelay.
reason-nonce-mismatch = Koodhka waxaa loo sameeyay codsi kale (lambarka { $found }, ma aha { $expected }). Waxaa laga yaabaa inuu koobi yahay.
reason-audience-mismatch = Koodhka waxaa loo sameeyay “{ $found }”, ma aha “{ $expected }”.
reason-presentation-expired = Koodhka laftiisa wuu dhacay { $exp }. Weydii qofka inuu sameeyo mid cusub.
reason-presentation-not-yet-valid = Koodhku wuxuu leeyahay waxaa la sameeyay { $iat }, taas oo aan weli imaan. Hubi saacadda qalabkan.
reason-endorsement-signature-invalid = Saxiixa saxiixaha ma waafaqsana: xirfadda waa la beddelay.
reason-issuer-key-not-sent = Saxiixaha waxaa lagu magacaabay oo keliya summadda { $kid }, adiguna ma taqaanid.
reason-endorsement-expired = Saxiixa xirfaddu wuu dhacay { $exp }.
reason-endorsement-not-yet-valid = Xirfaddu waxay leedahay waxaa la saxiixay { $iat }, taas oo aan weli imaan. Hubi saacadda qalabkan.
reason-issuer-unknown = “{ $name }” (summadda furaha { $kid }) kuma jiro liisaska kalsoonidaada. Qof kastaa wuu isu bixin karaa magac.
reason-issuer-not-trusted-at-issue = “{ $name }” (summadda furaha { $kid }) dammaanad looma qaadin maalintii uu saxiixay.
reason-issuer-trusted = Saxiixuhu wuxuu ku jiraa liiskaaga kalsoonida (summadda furaha { $kid }).
reason-issuer-claims-differ = Liiskaaga kalsoonidu wuxuu leeyahay saxiixahani waa { $kind } ku yaal { $country }; saxiixu wuxuu leeyahay si kale. Raac liiska kalsoonida.
reason-revoked = Saxiixaha ayaa laalay caddeynta lambarka { $index }.
reason-no-revocation-list = Ma haysatid liis saxiixahan ka yimid oo ah waxa uu laalay.
reason-self-declared = Qofka ayaa sheegaya tan; qofna ma saxiixin.

## verify: the rest of the report

verify-presentation = Loo muujiyay { $stage }, la sameeyay { $date }, qofka leh furaha { $kid }.
verify-audience = Loo sameeyay: { $audience }
verify-stage-recruitment = shaqaaleysiin
verify-stage-pre-departure = isu diyaarinta ambabaxa
verify-stage-arrival = imaatin
verify-stage-career = shaqo iyo tababar
verify-stage-return = ku noqoshada dalka
verify-endorsed-by = Waxaa saxiixay { $name }, { $kind } ku yaal { $country }.
verify-endorsed-by-unchecked = Waxaa saxiixay qof isku magacaabay “{ $name }”, { $kind } ku yaal { $country } (lama hubin; summadda furaha { $kid }).
verify-colleague-note = Tani waa hadalka saaxiib shaqo: qof la shaqeeyay qofka, ma aha dugsi ama loo-shaqeeye.
verify-endorsed-on = La saxiixay { $date }; lagu hubiyay { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Wuu shaqaynayaa ilaa { $expires }.
}
verify-how-observation = daawashada shaqadooda
verify-how-test = imtixaan
verify-how-document = dukumenti
verify-how-interview = wareysi
verify-hidden = { $count ->
    [one] 1 faahfaahin ayuu qofku qariyay.
   *[other] { $count } faahfaahinood ayuu qofku qariyay.
}
verify-trust-age = { $days ->
    [0] Liiska kalsoonida ee maanta.
    [one] Liiska kalsoonida ee 1 maalin ka hor ({ $date }).
   *[other] Liiska kalsoonida ee { $days } maalmood ka hor ({ $date }).
}
verify-newer-code = Koodhkan waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u hubiso.
verify-status-age = { $days ->
    [0] Liiska caddeymaha la laalay: maanta.
    [one] Liiska caddeymaha la laalay: 1 maalin ka hor ({ $date }).
   *[other] Liiska caddeymaha la laalay: { $days } maalmood ka hor ({ $date }).
}
verify-field-kind = Maxay:
verify-field-title = Cinwaan:
verify-field-esco = ESCO:
verify-field-entry-id = Qoraal:
verify-field-level = Heer:
verify-field-from = Laga bilaabo:
verify-field-to = Ilaa:
verify-field-country = Waddan:
verify-field-context = Meesha lagu bartay:
verify-field-evidence = Caddayn (hash):
verify-field-eqf = Heerka EQF:
verify-entry-kind-skill = xirfad
verify-entry-kind-qualification = dibloom ama shahaado
verify-entry-kind-experience = khibrad shaqo
verify-entry-kind-language = luqad
verify-entry-kind-learning = koorso
verify-context-formal = dugsi ama kulliyad
verify-context-non-formal = koorso
verify-context-informal = shaqada ama keligiis
verify-esco-skill = xirfad
verify-esco-occupation = shaqo
verify-esco-qualification = shahaado
