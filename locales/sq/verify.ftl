# Review status: machine-drafted, needs review by a native speaker.
# Kontrolli i një kodi: vendimet, arsyet dhe raporti.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = një trajner
issuer-kind-employer = një punëdhënës
issuer-kind-centre = një qendër
issuer-kind-college = një kolegj
issuer-kind-colleague = një koleg

## verify: verdicts, one per code

verdict-valid = I vlefshëm: nënshkruar nga dikush të cilit i besoni, ende në fuqi, i patërhequr.
verdict-self-declared = E thënë vetëm nga personi: askush nuk e nënshkroi.
verdict-unknown-issuer = I nënshkruar, por jo nga dikush të cilit i besoni.
verdict-expired = I skaduar.
verdict-revoked = I tërhequr nga ai që e nënshkroi.
verdict-tampered = I ndryshuar ose i kopjuar: mos u mbështetni te ky.
verdict-malformed = Ky nuk është kod Carnet që mund të lexohet.

## verify: reasons, one per code

reason-wrong-prefix = Teksti nuk fillon me CN1:, ndaj nuk është kod Carnet.
reason-bad-base45 = Teksti ka shenja që një kod Carnet nuk mund t'i ketë. Mund të jetë i prerë ose i shkruar gabim.
reason-bad-zlib = Kodi është i prerë ose i dëmtuar.
reason-too-large = Kodi është shumë i madh për të qenë kod Carnet.
reason-bad-cose = Kodi është i dëmtuar ose nuk është kod Carnet.
reason-unsupported-header = Kodi përdor një nënshkrim që Carnet nuk e njeh. Një Carnet më i ri mund ta lexojë.
reason-bad-payload = Përmbajtja e kodit është e dëmtuar.
reason-holder-signature-invalid = Nënshkrimi i personit nuk përputhet: kodi u ndryshua.
reason-nonce-mismatch = Kodi u bë për një kërkesë tjetër (numri { $found }, jo { $expected }). Mund të jetë kopje.
reason-audience-mismatch = Kodi u bë për «{ $found }», jo për «{ $expected }».
reason-presentation-expired = Vetë kodi skadoi më { $exp }. Kërkojini personit të bëjë një të ri.
reason-presentation-not-yet-valid = Kodi thotë se u bë më { $iat }, që nuk ka ardhur ende. Kontrolloni orën e kësaj pajisjeje.
reason-endorsement-signature-invalid = Nënshkrimi i nënshkruesit nuk përputhet: aftësia u ndryshua.
reason-issuer-key-not-sent = Nënshkruesi emërtohet vetëm me gjurmën { $kid } dhe ju nuk e njihni.
reason-endorsement-expired = Nënshkrimi i aftësisë skadoi më { $exp }.
reason-endorsement-not-yet-valid = Aftësia thotë se u nënshkrua më { $iat }, që nuk ka ardhur ende. Kontrolloni orën e kësaj pajisjeje.
reason-issuer-unknown = «{ $name }» (gjurma e çelësit { $kid }) nuk është në listat tuaja të besimit. Kushdo mund t'i japë vetes një emër.
reason-issuer-not-trusted-at-issue = Askush nuk garantonte për «{ $name }» (gjurma e çelësit { $kid }) ditën kur nënshkroi.
reason-issuer-trusted = Nënshkruesi është në listën tuaj të besimit (gjurma e çelësit { $kid }).
reason-issuer-claims-differ = Lista juaj e besimit thotë se ky nënshkrues është { $kind } në { $country }; nënshkrimi thotë ndryshe. Mbështetuni te lista e besimit.
reason-revoked = Nënshkruesi tërhoqi vërtetimin me numër { $index }.
reason-no-revocation-list = Nuk keni listë nga ky nënshkrues për atë që tërhoqi.
reason-self-declared = Personi e thotë këtë; askush nuk e nënshkroi.

## verify: the rest of the report

verify-presentation = Shfaqur për fazën «{ $stage }», bërë më { $date }, nga personi me çelës { $kid }.
verify-audience = Bërë për: { $audience }
verify-stage-recruitment = punësimi
verify-stage-pre-departure = përgatitja për nisje
verify-stage-arrival = mbërritja
verify-stage-career = puna dhe trajnimi
verify-stage-return = kthimi në shtëpi
verify-endorsed-by = Nënshkruar nga { $name }, { $kind } në { $country }.
verify-endorsed-by-unchecked = Nënshkruar nga dikush që e quan veten «{ $name }», { $kind } në { $country } (e pakontrolluar; gjurma e çelësit { $kid }).
verify-colleague-note = Kjo është fjala e një kolegu: dikush që punoi pranë personit, jo një shkollë ose punëdhënës.
verify-endorsed-on = Nënshkruar më { $date }; kontrolluar me { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Vlen deri më { $expires }.
}
verify-how-observation = vëzhgim të punës
verify-how-test = një test
verify-how-document = një dokument
verify-how-interview = një intervistë
verify-hidden = { $count ->
    [one] { $count } detaj është fshehur nga personi.
   *[other] { $count } detaje janë fshehur nga personi.
}
verify-trust-age = { $days ->
    [0] Listë besimi e sotme.
    [one] Listë besimi e { $days } dite më parë ({ $date }).
   *[other] Listë besimi e { $days } ditëve më parë ({ $date }).
}
verify-newer-code = Ky kod u bë nga një Carnet më i ri. Përditësoni Carnet për ta kontrolluar.
verify-status-age = { $days ->
    [0] Lista e vërtetimeve të tërhequra: e sotme.
    [one] Lista e vërtetimeve të tërhequra: e { $days } dite më parë ({ $date }).
   *[other] Lista e vërtetimeve të tërhequra: e { $days } ditëve më parë ({ $date }).
}
verify-field-kind = Çfarë:
verify-field-title = Titulli:
verify-field-esco = ESCO:
verify-field-entry-id = Shënimi:
verify-field-level = Niveli:
verify-field-from = Nga:
verify-field-to = Deri:
verify-field-country = Shteti:
verify-field-context = Mësuar:
verify-field-evidence = Provë (hash):
verify-field-eqf = Niveli EQF:
verify-entry-kind-skill = një aftësi
verify-entry-kind-qualification = një diplomë ose kualifikim
verify-entry-kind-experience = përvojë pune
verify-entry-kind-language = një gjuhë
verify-entry-kind-learning = një kurs
verify-context-formal = në shkollë ose kolegj
verify-context-non-formal = në një kurs
verify-context-informal = në punë ose vetë
verify-esco-skill = aftësi
verify-esco-occupation = profesion
verify-esco-qualification = kualifikim
