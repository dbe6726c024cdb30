# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = mkufunzi
issuer-kind-employer = mwajiri
issuer-kind-centre = kituo
issuer-kind-college = chuo
issuer-kind-colleague = mfanyakazi mwenzake

## verify: verdicts, one per code

verdict-valid = Halali: imetiwa sahihi na mtia sahihi unayemwamini, bado inafaa, haijafutwa.
verdict-self-declared = Imesemwa na mtu huyo tu: hakuna aliyetia sahihi.
verdict-unknown-issuer = Imetiwa sahihi, lakini si na mtia sahihi unayemwamini.
verdict-expired = Muda wake umeisha.
verdict-revoked = Imefutwa na mtia sahihi aliyeitia sahihi.
verdict-tampered = Imebadilishwa au imenakiliwa: usiitegemee.
verdict-malformed = Huu si msimbo wa Carnet unaoweza kusomeka.

## verify: reasons, one per code

reason-wrong-prefix = Maandishi hayaanzi na CN1:, kwa hivyo si msimbo wa Carnet.
reason-bad-base45 = Maandishi yana herufi ambazo msimbo wa Carnet hauwezi kuwa nazo. Huenda yamekatwa au yameandikwa vibaya.
reason-bad-zlib = Msimbo umekatwa au umeharibika.
reason-too-large = Msimbo ni mkubwa mno kuwa msimbo wa Carnet.
reason-bad-cose = Msimbo umeharibika au si msimbo wa Carnet.
reason-unsupported-header = Msimbo unatumia sahihi ambayo Carnet haiijui. Carnet mpya zaidi huenda ikausoma.
reason-bad-payload = Maudhui ya msimbo yameharibika.
reason-holder-signature-invalid = Sahihi ya mtu hailingani: msimbo ulibadilishwa.
reason-nonce-mismatch = Msimbo ulitengenezwa kwa ombi jingine (namba { $found }, si { $expected }). Huenda ni nakala.
reason-audience-mismatch = Msimbo ulitengenezwa kwa “{ $found }”, si kwa “{ $expected }”.
reason-presentation-expired = Msimbo wenyewe uliisha muda { $exp }. Mwombe mtu huyo atengeneze mpya.
reason-presentation-not-yet-valid = Msimbo unasema ulitengenezwa { $iat }, tarehe ambayo bado haijafika. Kagua saa ya kifaa hiki.
reason-endorsement-signature-invalid = Sahihi ya mtia sahihi hailingani: ujuzi ulibadilishwa.
reason-issuer-key-not-sent = Mtia sahihi ametajwa tu kwa alama { $kid }, na wewe humjui.
reason-endorsement-expired = Sahihi ya ujuzi iliisha muda { $exp }.
reason-endorsement-not-yet-valid = Ujuzi unasema ulitiwa sahihi { $iat }, tarehe ambayo bado haijafika. Kagua saa ya kifaa hiki.
reason-issuer-unknown = “{ $name }” (alama ya ufunguo { $kid }) hayumo kwenye orodha zako za kuaminika. Yeyote anaweza kujipa jina.
reason-issuer-not-trusted-at-issue = “{ $name }” (alama ya ufunguo { $kid }) hakuwa amedhaminiwa siku aliyotia sahihi.
reason-issuer-trusted = Mtia sahihi yumo kwenye orodha yako ya kuaminika (alama ya ufunguo { $kid }).
reason-issuer-claims-differ = Orodha yako ya kuaminika inasema mtia sahihi huyu ni { $kind } katika { $country }; sahihi inasema vinginevyo. Fuata orodha ya kuaminika.
reason-revoked = Mtia sahihi alifuta uthibitisho namba { $index }.
reason-no-revocation-list = Huna orodha kutoka kwa mtia sahihi huyu ya kile alichofuta.
reason-self-declared = Mtu huyo anasema hivi; hakuna aliyetia sahihi.

## verify: the rest of the report

verify-presentation = Imeonyeshwa kwa { $stage }, imetengenezwa { $date }, na mtu mwenye ufunguo { $kid }.
verify-audience = Imetengenezwa kwa: { $audience }
verify-stage-recruitment = kuajiriwa
verify-stage-pre-departure = kujiandaa kuondoka
verify-stage-arrival = kuwasili
verify-stage-career = kazi na mafunzo
verify-stage-return = kurudi nyumbani
verify-endorsed-by = Imetiwa sahihi na { $name }, { $kind } katika { $country }.
verify-endorsed-by-unchecked = Imetiwa sahihi na mtu anayejiita “{ $name }”, { $kind } katika { $country } (haijakaguliwa; alama ya ufunguo { $kid }).
verify-colleague-note = Haya ni maneno ya mfanyakazi mwenzake: mtu aliyefanya kazi pamoja na mtu huyo, si shule wala mwajiri.
verify-endorsed-on = Ilitiwa sahihi { $date }; ilikaguliwa kwa { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Inafaa hadi { $expires }.
}
verify-how-observation = kuwatazama wakifanya kazi
verify-how-test = mtihani
verify-how-document = hati
verify-how-interview = mahojiano
verify-hidden = { $count ->
    [one] Maelezo 1 yamefichwa na mtu huyo.
   *[other] Maelezo { $count } yamefichwa na mtu huyo.
}
verify-trust-age = { $days ->
    [0] Orodha ya kuaminika ya leo.
    [one] Orodha ya kuaminika ya siku 1 iliyopita ({ $date }).
   *[other] Orodha ya kuaminika ya siku { $days } zilizopita ({ $date }).
}
verify-newer-code = Msimbo huu ulitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uukague.
verify-status-age = { $days ->
    [0] Orodha ya uthibitisho uliofutwa: ya leo.
    [one] Orodha ya uthibitisho uliofutwa: ya siku 1 iliyopita ({ $date }).
   *[other] Orodha ya uthibitisho uliofutwa: ya siku { $days } zilizopita ({ $date }).
}
verify-field-kind = Nini:
verify-field-title = Kichwa:
verify-field-esco = ESCO:
verify-field-entry-id = Ingizo:
verify-field-level = Kiwango:
verify-field-from = Kuanzia:
verify-field-to = Hadi:
verify-field-country = Nchi:
verify-field-context = Alijifunza:
verify-field-evidence = Ushahidi (hash):
verify-field-eqf = Kiwango cha EQF:
verify-entry-kind-skill = ujuzi
verify-entry-kind-qualification = stashahada au sifa ya kielimu
verify-entry-kind-experience = uzoefu wa kazi
verify-entry-kind-language = lugha
verify-entry-kind-learning = kozi
verify-context-formal = shuleni au chuoni
verify-context-non-formal = kwenye kozi
verify-context-informal = kazini au peke yake
verify-esco-skill = ujuzi
verify-esco-occupation = kazi
verify-esco-qualification = sifa ya kielimu
