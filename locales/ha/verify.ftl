# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = mai horarwa
issuer-kind-employer = mai ɗaukar aiki
issuer-kind-centre = cibiya
issuer-kind-college = kwaleji
issuer-kind-colleague = abokin aiki

## verify: verdicts, one per code

verdict-valid = Ingantacce: mai sa hannun da kuka amince da shi ne ya sa hannu, yana aiki har yanzu, ba a janye ba.
verdict-self-declared = Mutumin kaɗai ya faɗa: babu wanda ya sa hannu.
verdict-unknown-issuer = An sa hannu, amma ba mai sa hannun da kuka amince da shi ba.
verdict-expired = Ya ƙare.
verdict-revoked = Mai sa hannun da ya sa hannu ya janye shi.
verdict-tampered = An canza ko an kwafa: kada ku dogara da shi.
verdict-malformed = Wannan ba lambar Carnet ce da za a iya karantawa ba.

## verify: reasons, one per code

reason-wrong-prefix = Rubutun ba ya farawa da CN1:, don haka ba lambar Carnet ba ce.
reason-bad-base45 = Rubutun yana da haruffan da lambar Carnet ba za ta iya samu ba. Wataƙila an yanke shi ko an rubuta shi ba daidai ba.
reason-bad-zlib = An yanke lambar ko ta lalace.
reason-too-large = Lambar ta yi girma da yawa ta zama lambar Carnet.
reason-bad-cose = Lambar ta lalace ko ba lambar Carnet ba ce.
reason-unsupported-header = Lambar tana amfani da sa hannun da Carnet ba ta sani ba. Sabuwar Carnet za ta iya karanta ta.
reason-bad-payload = Abin da ke cikin lambar ya lalace.
reason-holder-signature-invalid = Sa hannun mutumin bai yi daidai ba: an canza lambar.
reason-nonce-mismatch = An yi lambar ne don wani roƙo (lamba { $found }, ba { $expected } ba). Wataƙila kwafi ce.
reason-audience-mismatch = An yi lambar ne don “{ $found }”, ba don “{ $expected }” ba.
reason-presentation-expired = Lambar kanta ta ƙare a { $exp }. Ku roƙi mutumin ya yi sabuwa.
reason-presentation-not-yet-valid = Lambar ta ce an yi ta a { $iat }, wanda bai zo ba tukuna. Ku duba agogon wannan na'ura.
reason-endorsement-signature-invalid = Sa hannun mai sa hannun bai yi daidai ba: an canza ƙwarewar.
reason-issuer-key-not-sent = An ambaci mai sa hannun da alama { $kid } kawai, kuma ba ku san shi ba.
reason-endorsement-expired = Sa hannun ƙwarewar ya ƙare a { $exp }.
reason-endorsement-not-yet-valid = Ƙwarewar ta ce an sa hannu a { $iat }, wanda bai zo ba tukuna. Ku duba agogon wannan na'ura.
reason-issuer-unknown = “{ $name }” (alamar maɓalli { $kid }) ba ya cikin jerin amintattunku. Kowa zai iya ba kansa suna.
reason-issuer-not-trusted-at-issue = Ba a lamunta “{ $name }” (alamar maɓalli { $kid }) a ranar da ya sa hannu ba.
reason-issuer-trusted = Mai sa hannun yana cikin jerin amintattunku (alamar maɓalli { $kid }).
reason-issuer-claims-differ = Jerin amintattunku ya ce wannan mai sa hannu { $kind } ne a { $country }; sa hannun ya faɗi wani abu daban. Ku bi jerin amintattu.
reason-revoked = Mai sa hannun ya janye shaida lamba { $index }.
reason-no-revocation-list = Ba ku da jeri daga wannan mai sa hannu na abin da ya janye.
reason-self-declared = Mutumin ne ya faɗi wannan; babu wanda ya sa hannu.

## verify: the rest of the report

verify-presentation = An nuna don { $stage }, an yi a { $date }, daga mutumin da ke da maɓalli { $kid }.
verify-audience = An yi don: { $audience }
verify-stage-recruitment = ɗaukar aiki
verify-stage-pre-departure = shirin tafiya
verify-stage-arrival = isowa
verify-stage-career = aiki da horo
verify-stage-return = komawa gida
verify-endorsed-by = { $name } ne ya sa hannu, { $kind } a { $country }.
verify-endorsed-by-unchecked = Wani mai kiran kansa “{ $name }” ne ya sa hannu, { $kind } a { $country } (ba a tabbatar ba; alamar maɓalli { $kid }).
verify-colleague-note = Wannan maganar abokin aiki ce: wanda ya yi aiki kusa da mutumin, ba makaranta ko mai ɗaukar aiki ba.
verify-endorsed-on = An sa hannu a { $date }; an tabbatar ta hanyar { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Yana aiki har { $expires }.
}
verify-how-observation = kallon su suna aiki
verify-how-test = jarrabawa
verify-how-document = takarda
verify-how-interview = hira
verify-hidden = { $count ->
    [one] Mutumin ya ɓoye bayani 1.
   *[other] Mutumin ya ɓoye bayanai { $count }.
}
verify-trust-age = { $days ->
    [0] Jerin amintattu na yau.
    [one] Jerin amintattu na kwana 1 da ya wuce ({ $date }).
   *[other] Jerin amintattu na kwanaki { $days } da suka wuce ({ $date }).
}
verify-newer-code = Sabuwar Carnet ce ta yi wannan lambar. Sabunta Carnet don duba ta.
verify-status-age = { $days ->
    [0] Jerin shaidun da aka janye: na yau.
    [one] Jerin shaidun da aka janye: na kwana 1 da ya wuce ({ $date }).
   *[other] Jerin shaidun da aka janye: na kwanaki { $days } da suka wuce ({ $date }).
}
verify-field-kind = Menene:
verify-field-title = Take:
verify-field-esco = ESCO:
verify-field-entry-id = Shigarwa:
verify-field-level = Mataki:
verify-field-from = Daga:
verify-field-to = Zuwa:
verify-field-country = Ƙasa:
verify-field-context = Inda ya koya:
verify-field-evidence = Hujja (hash):
verify-field-eqf = Matakin EQF:
verify-entry-kind-skill = ƙwarewa
verify-entry-kind-qualification = difloma ko takardar cancanta
verify-entry-kind-experience = gogewar aiki
verify-entry-kind-language = harshe
verify-entry-kind-learning = kwas
verify-context-formal = a makaranta ko kwaleji
verify-context-non-formal = a kwas
verify-context-informal = a wurin aiki ko da kansa
verify-esco-skill = ƙwarewa
verify-esco-occupation = sana'a
verify-esco-qualification = takardar cancanta
