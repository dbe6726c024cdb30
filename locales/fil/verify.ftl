# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = isang trainer
issuer-kind-employer = isang employer
issuer-kind-centre = isang sentro
issuer-kind-college = isang kolehiyo
issuer-kind-colleague = isang katrabaho

## verify: verdicts, one per code

verdict-valid = May bisa: pinirmahan ng tagapag-isyu na pinagkakatiwalaan mo, may bisa pa, hindi binawi.
verdict-self-declared = Sabi lang ng tao: walang pumirma nito.
verdict-unknown-issuer = Pinirmahan, pero hindi ng tagapag-isyu na pinagkakatiwalaan mo.
verdict-expired = Lipas na.
verdict-revoked = Binawi ng tagapag-isyu na pumirma nito.
verdict-tampered = Binago o kinopya: huwag itong pagkatiwalaan.
verdict-malformed = Hindi ito Carnet code na mababasa.

## verify: reasons, one per code

reason-wrong-prefix = Hindi nagsisimula sa CN1: ang text, kaya hindi ito Carnet code.
reason-bad-base45 = May mga titik ang text na hindi puwedeng nasa Carnet code. Maaaring naputol o mali ang pagkaka-type.
reason-bad-zlib = Naputol o sira ang code.
reason-too-large = Masyadong malaki ang code para maging Carnet code.
reason-bad-cose = Sira ang code o hindi ito Carnet code.
reason-unsupported-header = Gumagamit ang code ng pirmang hindi kilala ng Carnet. Maaaring mabasa ito ng mas bagong Carnet.
reason-bad-payload = Sira ang laman ng code.
reason-holder-signature-invalid = Hindi tugma ang pirma ng tao: binago ang code.
reason-nonce-mismatch = Ginawa ang code para sa ibang kahilingan (numero { $found }, hindi { $expected }). Maaaring kopya ito.
reason-audience-mismatch = Ginawa ang code para sa “{ $found }”, hindi para sa “{ $expected }”.
reason-presentation-expired = Nag-expire ang code mismo noong { $exp }. Hilingin sa tao na gumawa ng bago.
reason-presentation-not-yet-valid = Sinasabi ng code na ginawa ito noong { $iat }, na hindi pa dumarating. Suriin ang orasan ng device na ito.
reason-endorsement-signature-invalid = Hindi tugma ang pirma ng tagapag-isyu: binago ang kasanayan.
reason-issuer-key-not-sent = Pinapangalanan lang ang tagapag-isyu sa fingerprint na { $kid }, at hindi mo ito kilala.
reason-endorsement-expired = Nag-expire ang pirma ng kasanayan noong { $exp }.
reason-endorsement-not-yet-valid = Sinasabi ng kasanayan na pinirmahan ito noong { $iat }, na hindi pa dumarating. Suriin ang orasan ng device na ito.
reason-issuer-unknown = Wala sa iyong mga listahan ng tiwala ang “{ $name }” (fingerprint ng susi { $kid }). Kahit sino ay puwedeng magbigay ng pangalan sa sarili.
reason-issuer-not-trusted-at-issue = Hindi ginarantiyahan ang “{ $name }” (fingerprint ng susi { $kid }) noong araw na pumirma ito.
reason-issuer-trusted = Nasa iyong listahan ng tiwala ang tagapag-isyu (fingerprint ng susi { $kid }).
reason-issuer-claims-differ = Sinasabi ng iyong listahan ng tiwala na ang tagapag-isyung ito ay { $kind } sa { $country }; iba ang sinasabi ng pirma. Sundin ang listahan ng tiwala.
reason-revoked = Binawi ng tagapag-isyu ang pagpapatunay na numero { $index }.
reason-no-revocation-list = Wala kang listahan mula sa tagapag-isyung ito ng mga binawi nito.
reason-self-declared = Sinasabi ito ng tao; walang pumirma nito.

## verify: the rest of the report

verify-presentation = Ipinakita para sa { $stage }, ginawa noong { $date }, ng taong may susing { $kid }.
verify-audience = Ginawa para sa: { $audience }
verify-stage-recruitment = recruitment
verify-stage-pre-departure = paghahanda sa pag-alis
verify-stage-arrival = pagdating
verify-stage-career = trabaho at pagsasanay
verify-stage-return = pag-uwi
verify-endorsed-by = Pinirmahan ni { $name }, { $kind } sa { $country }.
verify-endorsed-by-unchecked = Pinirmahan ng isang nagpapakilalang “{ $name }”, { $kind } sa { $country } (hindi nasuri; fingerprint ng susi { $kid }).
verify-colleague-note = Salita ito ng isang katrabaho: isang taong nagtrabaho kasama ng tao, hindi paaralan o employer.
verify-endorsed-on = Pinirmahan noong { $date }; sinuri sa pamamagitan ng { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}May bisa hanggang { $expires }.
}
verify-how-observation = panonood sa kanilang pagtatrabaho
verify-how-test = isang pagsusulit
verify-how-document = isang dokumento
verify-how-interview = isang interview
verify-hidden = { $count ->
   *[other] { $count } detalye ang itinago ng tao.
}
verify-trust-age = { $days ->
    [0] Listahan ng tiwala mula ngayong araw.
   *[other] Listahan ng tiwala mula { $days } araw na ang nakalipas ({ $date }).
}
verify-newer-code = Ginawa ng mas bagong Carnet ang code na ito. I-update ang Carnet para masuri ito.
verify-status-age = { $days ->
    [0] Listahan ng mga binawing pagpapatunay: mula ngayong araw.
   *[other] Listahan ng mga binawing pagpapatunay: mula { $days } araw na ang nakalipas ({ $date }).
}
verify-field-kind = Ano:
verify-field-title = Pamagat:
verify-field-esco = ESCO:
verify-field-entry-id = Entry:
verify-field-level = Antas:
verify-field-from = Mula:
verify-field-to = Hanggang:
verify-field-country = Bansa:
verify-field-context = Natutunan:
verify-field-evidence = Patunay (hash):
verify-field-eqf = Antas ng EQF:
verify-entry-kind-skill = isang kasanayan
verify-entry-kind-qualification = isang diploma o kwalipikasyon
verify-entry-kind-experience = karanasan sa trabaho
verify-entry-kind-language = isang wika
verify-entry-kind-learning = isang kurso
verify-context-formal = sa paaralan o kolehiyo
verify-context-non-formal = sa isang kurso
verify-context-informal = sa trabaho o sa sariling pag-aaral
verify-esco-skill = kasanayan
verify-esco-occupation = trabaho
verify-esco-qualification = kwalipikasyon
