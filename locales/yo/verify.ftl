# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = olùkọ́ni kan
issuer-kind-employer = agbanisíṣẹ́ kan
issuer-kind-centre = ibùdó kan
issuer-kind-college = kọ́lẹ́ẹ̀jì kan
issuer-kind-colleague = alábàáṣiṣẹ́ kan

## verify: verdicts, one per code

verdict-valid = Ó wúlò: ẹni tí ẹ gbẹ́kẹ̀lé ló fọwọ́ sí i, ó ṣì wà lásìkò, a kò sì gbà á padà.
verdict-self-declared = Ẹni náà nìkan ló sọ ọ́: kò sí ẹni tó fọwọ́ sí èyí.
verdict-unknown-issuer = A fọwọ́ sí i, ṣùgbọ́n kì í ṣe ẹni tí ẹ gbẹ́kẹ̀lé.
verdict-expired = Àkókò rẹ̀ ti kọjá.
verdict-revoked = Ẹni tó fọwọ́ sí i ti gbà á padà.
verdict-tampered = A ti yí i padà tàbí ṣe ẹ̀dà rẹ̀: ẹ má ṣe gbẹ́kẹ̀lé e.
verdict-malformed = Èyí kì í ṣe kóòdù Carnet tí a lè kà.

## verify: reasons, one per code

reason-wrong-prefix = Ọ̀rọ̀ náà kò bẹ̀rẹ̀ pẹ̀lú CN1:, nítorí náà kì í ṣe kóòdù Carnet.
reason-bad-base45 = Ọ̀rọ̀ náà ní lẹ́tà tí kóòdù Carnet kò lè ní. Ó lè jẹ́ pé a gé e tàbí a kọ ọ́ ní àṣìṣe.
reason-bad-zlib = Kóòdù náà ti gé tàbí ó ti bàjẹ́.
reason-too-large = Kóòdù náà ti tóbi jù láti jẹ́ kóòdù Carnet.
reason-bad-cose = Kóòdù náà ti bàjẹ́ tàbí kì í ṣe kóòdù Carnet.
reason-unsupported-header = Kóòdù náà ń lo ìbuwọ́lù tí Carnet kò mọ̀. Ẹ̀dà Carnet tó tuntun jù lè kà á.
reason-bad-payload = Ohun tó wà nínú kóòdù náà ti bàjẹ́.
reason-holder-signature-invalid = Ìbuwọ́lù ẹni náà kò bá a mu: a ti yí kóòdù náà padà.
reason-nonce-mismatch = A ṣe kóòdù náà fún ìbéèrè míì (nọ́mbà { $found }, kì í ṣe { $expected }). Ó lè jẹ́ ẹ̀dà.
reason-audience-mismatch = A ṣe kóòdù náà fún “{ $found }”, kì í ṣe fún “{ $expected }”.
reason-presentation-expired = Àkókò kóòdù náà fúnra rẹ̀ parí ní { $exp }. Ẹ ní kí ẹni náà ṣe tuntun.
reason-presentation-not-yet-valid = Kóòdù náà sọ pé a ṣe é ní { $iat }, èyí tí kò tíì dé. Ẹ yẹ aago ẹ̀rọ yìí wò.
reason-endorsement-signature-invalid = Ìbuwọ́lù ẹni tó jẹ́rìí kò bá a mu: a ti yí ọgbọ́n iṣẹ́ náà padà.
reason-issuer-key-not-sent = A dárúkọ ẹni tó jẹ́rìí nípasẹ̀ àmì { $kid } nìkan, ẹ kò sì mọ̀ ọ́n.
reason-endorsement-expired = Àkókò ìbuwọ́lù ọgbọ́n iṣẹ́ náà parí ní { $exp }.
reason-endorsement-not-yet-valid = Ọgbọ́n iṣẹ́ náà sọ pé a fọwọ́ sí i ní { $iat }, èyí tí kò tíì dé. Ẹ yẹ aago ẹ̀rọ yìí wò.
reason-issuer-unknown = “{ $name }” (àmì kọ́kọ́rọ́ { $kid }) kò sí nínú àkójọ ìgbẹ́kẹ̀lé yín. Ẹnikẹ́ni lè fún ara rẹ̀ ní orúkọ.
reason-issuer-not-trusted-at-issue = Kò sí onígbọ̀wọ́ fún “{ $name }” (àmì kọ́kọ́rọ́ { $kid }) ní ọjọ́ tí ó fọwọ́ sí i.
reason-issuer-trusted = Ẹni tó jẹ́rìí wà nínú àkójọ ìgbẹ́kẹ̀lé yín (àmì kọ́kọ́rọ́ { $kid }).
reason-issuer-claims-differ = Àkójọ ìgbẹ́kẹ̀lé yín sọ pé ẹni tó jẹ́rìí yìí jẹ́ { $kind } ní { $country }; ìbuwọ́lù sọ nǹkan míì. Ẹ tẹ̀lé àkójọ ìgbẹ́kẹ̀lé.
reason-revoked = Ẹni tó jẹ́rìí ti gba ìwé ìjẹ́rìí nọ́mbà { $index } padà.
reason-no-revocation-list = Ẹ kò ní àkójọ ohun tí ẹni tó jẹ́rìí yìí gbà padà.
reason-self-declared = Ẹni náà ló sọ èyí; kò sí ẹni tó fọwọ́ sí i.

## verify: the rest of the report

verify-presentation = A fi hàn fún { $stage }, a ṣe é ní { $date }, láti ọ̀dọ̀ ẹni tó ní kọ́kọ́rọ́ { $kid }.
verify-audience = A ṣe é fún: { $audience }
verify-stage-recruitment = gbígbà síṣẹ́
verify-stage-pre-departure = ìmúrasílẹ̀ láti lọ
verify-stage-arrival = dídé
verify-stage-career = iṣẹ́ àti ìkọ́ṣẹ́
verify-stage-return = ìpadàbọ̀ sílé
verify-endorsed-by = { $name } ló fọwọ́ sí i, { $kind } ní { $country }.
verify-endorsed-by-unchecked = Ẹnìkan tó pe ara rẹ̀ ní “{ $name }” ló fọwọ́ sí i, { $kind } ní { $country } (a kò yẹ̀ ẹ́ wò; àmì kọ́kọ́rọ́ { $kid }).
verify-colleague-note = Ọ̀rọ̀ alábàáṣiṣẹ́ ni èyí: ẹnìkan tó ṣiṣẹ́ lẹ́gbẹ̀ẹ́ ẹni náà, kì í ṣe ilé ẹ̀kọ́ tàbí agbanisíṣẹ́.
verify-endorsed-on = A fọwọ́ sí i ní { $date }; a yẹ̀ ẹ́ wò nípasẹ̀ { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Ó wúlò títí di { $expires }.
}
verify-how-observation = wíwò wọ́n bí wọ́n ṣe ń ṣiṣẹ́
verify-how-test = ìdánwò
verify-how-document = ìwé kan
verify-how-interview = ìfọ̀rọ̀wánilẹ́nuwò
verify-hidden = { $count ->
   *[other] Ẹni náà fi àlàyé { $count } pamọ́.
}
verify-trust-age = { $days ->
    [0] Àkójọ ìgbẹ́kẹ̀lé ti òní.
   *[other] Àkójọ ìgbẹ́kẹ̀lé ti ọjọ́ { $days } sẹ́yìn ({ $date }).
}
verify-newer-code = Ẹ̀dà Carnet tó tuntun jù ló ṣe kóòdù yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti yẹ̀ ẹ́ wò.
verify-status-age = { $days ->
    [0] Àkójọ ìwé ìjẹ́rìí tí a gbà padà: ti òní.
   *[other] Àkójọ ìwé ìjẹ́rìí tí a gbà padà: ti ọjọ́ { $days } sẹ́yìn ({ $date }).
}
verify-field-kind = Kí ni:
verify-field-title = Àkọlé:
verify-field-esco = ESCO:
verify-field-entry-id = Àkọsílẹ̀:
verify-field-level = Ìpele:
verify-field-from = Láti:
verify-field-to = Títí dé:
verify-field-country = Orílẹ̀-èdè:
verify-field-context = Ibi tí a ti kọ́ ọ:
verify-field-evidence = Ẹ̀rí (hash):
verify-field-eqf = Ìpele EQF:
verify-entry-kind-skill = ọgbọ́n iṣẹ́ kan
verify-entry-kind-qualification = ìwé ẹ̀rí tàbí oyè ẹ̀kọ́
verify-entry-kind-experience = ìrírí iṣẹ́
verify-entry-kind-language = èdè kan
verify-entry-kind-learning = ẹ̀kọ́ kan
verify-context-formal = ní ilé ẹ̀kọ́ tàbí kọ́lẹ́ẹ̀jì
verify-context-non-formal = nínú ẹ̀kọ́ kúkúrú
verify-context-informal = lẹ́nu iṣẹ́ tàbí fúnra wọn
verify-esco-skill = ọgbọ́n iṣẹ́
verify-esco-occupation = iṣẹ́
verify-esco-qualification = ìwé ẹ̀rí
