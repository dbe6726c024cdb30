# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = perwerdekarek
issuer-kind-employer = kardêrek
issuer-kind-centre = navendek
issuer-kind-college = kolejek
issuer-kind-colleague = hevkarek

## verify: verdicts, one per code

verdict-valid = Derbasdar e: ji aliyê îmzekerekî ku tu jê bawer dikî hatiye îmzekirin, hîn derbasdar e, paşve nehatiye kişandin.
verdict-self-declared = Tenê kes bi xwe gotiye: kesî ev îmze nekiriye.
verdict-unknown-issuer = Îmzekirî ye, lê ne ji aliyê îmzekerekî ku tu jê bawer dikî.
verdict-expired = Dema wê derbas bûye.
verdict-revoked = Îmzekerê ku îmze kiribû paşve kişandiye.
verdict-tampered = Hatiye guhertin an kopîkirin: bawerî pê neke.
verdict-malformed = Ev ne kodeke Carnet e ku bikare were xwendin.

## verify: reasons, one per code

reason-wrong-prefix = Nivîs bi CN1: dest pê nake, ji ber vê ne kodeke Carnet e.
reason-bad-base45 = Di nivîsê de tîp hene ku koda Carnet nikare hebe. Dibe ku qut bûbe an şaş hatibe nivîsandin.
reason-bad-zlib = Kod qut bûye an xera bûye.
reason-too-large = Kod ji bo koda Carnet gelek mezin e.
reason-bad-cose = Kod xera bûye an ne kodeke Carnet e.
reason-unsupported-header = Kod îmzeyekê bi kar tîne ku Carnet nas nake. Dibe ku Carnet-eke nûtir wê bixwîne.
reason-bad-payload = Naveroka kodê xera bûye.
reason-holder-signature-invalid = Îmzeya kesê li hev nayê: kod hatiye guhertin.
reason-nonce-mismatch = Kod ji bo daxwazeke din hatiye çêkirin (hejmar { $found }, ne { $expected }). Dibe ku kopî be.
reason-audience-mismatch = Kod ji bo “{ $found }” hatiye çêkirin, ne ji bo “{ $expected }”.
reason-presentation-expired = Kod bi xwe di { $exp } de qediya. Ji kesê bixwaze ku yeke nû çêke.
reason-presentation-not-yet-valid = Kod dibêje di { $iat } de hatiye çêkirin, ku hîn nehatiye. Demjimêra vê cîhazê kontrol bike.
reason-endorsement-signature-invalid = Îmzeya îmzeker li hev nayê: jêhatî hatiye guhertin.
reason-issuer-key-not-sent = Navê îmzeker tenê bi şopa { $kid } hatiye dayîn, û tu wî nas nakî.
reason-endorsement-expired = Îmzeya jêhatîyê di { $exp } de qediya.
reason-endorsement-not-yet-valid = Jêhatî dibêje di { $iat } de hatiye îmzekirin, ku hîn nehatiye. Demjimêra vê cîhazê kontrol bike.
reason-issuer-unknown = “{ $name }” (şopa kilîtê { $kid }) ne di lîsteyên te yên baweriyê de ye. Her kes dikare navekî li xwe bike.
reason-issuer-not-trusted-at-issue = “{ $name }” (şopa kilîtê { $kid }) di roja ku îmze kir de kefîlî jê re nehatibû kirin.
reason-issuer-trusted = Îmzeker di lîsteya te ya baweriyê de ye (şopa kilîtê { $kid }).
reason-issuer-claims-differ = Lîsteya te ya baweriyê dibêje ev îmzeker { $kind } e li { $country }; îmze tiştekî din dibêje. Li gorî lîsteya baweriyê tevbigere.
reason-revoked = Îmzeker belgeya hejmara { $index } paşve kişand.
reason-no-revocation-list = Ji vî îmzekerî lîsteyeke te ya tiştên ku paşve kişandine tune.
reason-self-declared = Kes vê dibêje; kesî îmze nekiriye.

## verify: the rest of the report

verify-presentation = Ji bo { $stage } hatiye nîşandan, di { $date } de hatiye çêkirin, ji aliyê kesê bi kilîta { $kid }.
verify-audience = Ji bo vê hatiye çêkirin: { $audience }
verify-stage-recruitment = xebatdayîn
verify-stage-pre-departure = amadekariya çûyînê
verify-stage-arrival = gihîştin
verify-stage-career = kar û perwerde
verify-stage-return = vegerîna welat
verify-endorsed-by = Ji aliyê { $name } hatiye îmzekirin, { $kind } li { $country }.
verify-endorsed-by-unchecked = Ji aliyê kesekî ku xwe “{ $name }” bi nav dike hatiye îmzekirin, { $kind } li { $country } (nehatiye kontrolkirin; şopa kilîtê { $kid }).
verify-colleague-note = Ev gotina hevkarekî ye: kesek ku li kêleka kesê xebitiye, ne dibistan an kardêr.
verify-endorsed-on = Di { $date } de hatiye îmzekirin; bi { $how } hatiye kontrolkirin.{ $expires ->
    [none] {""}
   *[other] {" "}Heta { $expires } derbasdar e.
}
verify-how-observation = temaşekirina xebata wan
verify-how-test = ceribandinek
verify-how-document = belgeyek
verify-how-interview = hevpeyvînek
verify-hidden = { $count ->
    [one] 1 hûrgulî ji aliyê kesê ve hatiye veşartin.
   *[other] { $count } hûrgulî ji aliyê kesê ve hatine veşartin.
}
verify-trust-age = { $days ->
    [0] Lîsteya baweriyê ya îro.
    [one] Lîsteya baweriyê ya 1 roj berê ({ $date }).
   *[other] Lîsteya baweriyê ya { $days } roj berê ({ $date }).
}
verify-newer-code = Ev kod bi Carnet-eke nûtir hatiye çêkirin. Ji bo kontrolkirinê Carnet nû bike.
verify-status-age = { $days ->
    [0] Lîsteya belgeyên paşve kişandî: ya îro.
    [one] Lîsteya belgeyên paşve kişandî: ya 1 roj berê ({ $date }).
   *[other] Lîsteya belgeyên paşve kişandî: ya { $days } roj berê ({ $date }).
}
verify-field-kind = Çi:
verify-field-title = Sernav:
verify-field-esco = ESCO:
verify-field-entry-id = Tomar:
verify-field-level = Ast:
verify-field-from = Ji:
verify-field-to = Heta:
verify-field-country = Welat:
verify-field-context = Fêrbûn:
verify-field-evidence = Delîl (hash):
verify-field-eqf = Asta EQF:
verify-entry-kind-skill = jêhatîyek
verify-entry-kind-qualification = dîplome an bawername
verify-entry-kind-experience = ezmûna kar
verify-entry-kind-language = zimanek
verify-entry-kind-learning = kursek
verify-context-formal = li dibistan an kolejê
verify-context-non-formal = di kursekê de
verify-context-informal = di kar de an bi serê xwe
verify-esco-skill = jêhatî
verify-esco-occupation = pîşe
verify-esco-qualification = bawername
