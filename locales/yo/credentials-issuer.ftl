# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Fọwọ́ sí ọgbọ́n iṣẹ́ àwọn ẹlòmíì, gẹ́gẹ́ bí olùkọ́ni, agbanisíṣẹ́, ibùdó, kọ́lẹ́ẹ̀jì tàbí alábàáṣiṣẹ́.
cli-cmd-issuer-init = Ṣe kọ́kọ́rọ́ ìfọwọ́sí yín gẹ́gẹ́ bí ẹni tó ń jẹ́rìí. Ọ̀rọ̀ aṣínà ni a fi ń tì í pa.
cli-cmd-issuer-show = Fi orúkọ, irú àti kọ́kọ́rọ́ gbangba yín hàn gẹ́gẹ́ bí ẹni tó ń jẹ́rìí. Kò nílò ọ̀rọ̀ aṣínà.
cli-cmd-issuer-revoke = Gba ìwé ìjẹ́rìí kan tí ẹ fọwọ́ sí padà, nípasẹ̀ nọ́mbà rẹ̀.
cli-cmd-issuer-status-list = Kọ àkójọ tí a fọwọ́ sí ti ìwé ìjẹ́rìí tí ẹ gbà padà, láti fún àwọn olùyẹ̀wò.
cli-cmd-endorse = Fọwọ́ sí ìbéèrè tí ẹnìkan fún yín, kí ẹ sì kọ ìwé ìjẹ́rìí láti dá padà.
cli-cmd-trust = Yan ẹni tí ẹ gbẹ́kẹ̀lé ìbuwọ́lù rẹ̀ nígbà tí ẹ bá ń yẹ kóòdù QR wò.
cli-cmd-trust-anchor = Orísun ìgbẹ́kẹ̀lé: àwọn ẹgbẹ́ tàbí àjọ tó ń ṣe onígbọ̀wọ́ fún àwọn tó ń jẹ́rìí.
cli-cmd-trust-anchor-init = Ṣe kọ́kọ́rọ́ ìfọwọ́sí gẹ́gẹ́ bí orísun ìgbẹ́kẹ̀lé, láti ṣe onígbọ̀wọ́ fún àwọn tó ń jẹ́rìí.
cli-cmd-trust-anchor-show = Fi orúkọ àti kọ́kọ́rọ́ gbangba orísun ìgbẹ́kẹ̀lé yín hàn.
cli-cmd-trust-anchor-add = Gbẹ́kẹ̀lé àkójọ tí a fi kọ́kọ́rọ́ orísun ìgbẹ́kẹ̀lé yìí fọwọ́ sí.
cli-cmd-trust-bundle = Gẹ́gẹ́ bí orísun ìgbẹ́kẹ̀lé, fọwọ́ sí àkójọ àwọn tó ń jẹ́rìí tí ẹ ṣe onígbọ̀wọ́ fún.
cli-cmd-trust-import = Fi àkójọ tí a fọwọ́ sí ti àwọn tó ń jẹ́rìí tí a gbẹ́kẹ̀lé kún un láti inú fáìlì.
cli-cmd-trust-list = Fi àwọn tó ń jẹ́rìí tí ẹ gbẹ́kẹ̀lé hàn, àti bí àkójọ kọ̀ọ̀kan ti pẹ́ tó.
cli-cmd-revocation = Àkójọ ìwé ìjẹ́rìí tí àwọn tó ń jẹ́rìí gbà padà.
cli-cmd-revocation-import = Fi àkójọ tí a fọwọ́ sí ti ìwé ìjẹ́rìí tí ẹni tó ń jẹ́rìí gbà padà kún un.
cli-cmd-verify = Yẹ kóòdù QR Carnet wò: ta ló fọwọ́ sí ọgbọ́n iṣẹ́ kọ̀ọ̀kan, àti bóyá ó ṣì wúlò.

## Help: what to give

cli-arg-issuer-name = Orúkọ yín tàbí orúkọ àjọ yín, bí ó ṣe yẹ kí àwọn ènìyàn rí i.
cli-arg-issuer-country = Orílẹ̀-èdè yín, ní lẹ́tà méjì, bí KE tàbí PT.
cli-arg-issuer-kind = Ohun tí ẹ jẹ́: trainer, employer, centre, college tàbí colleague.
cli-arg-revoke-index = Nọ́mbà ìwé ìjẹ́rìí tí a ó gbà padà.
cli-arg-cred-out = Fáìlì láti kọ.
cli-arg-endorse-request = Ìbéèrè tí ẹni náà fún yín: fáìlì náà (request.cbor), àwòrán kóòdù QR rẹ̀ (PNG tàbí JPEG), tàbí fáìlì ọ̀rọ̀ tí ọ̀rọ̀ rẹ̀ bẹ̀rẹ̀ pẹ̀lú CNR1:
cli-arg-endorse-text = Ọ̀rọ̀ ìbéèrè náà, tó bẹ̀rẹ̀ pẹ̀lú CNR1:, tí ẹni náà bá fi ránṣẹ́ bí ìfiránṣẹ́. Dípò fáìlì.
cli-arg-endorse-assessed-by = Bí ẹ ṣe yẹ ọgbọ́n iṣẹ́ náà wò: observation, test, document tàbí interview.
cli-arg-endorse-expires = Ọjọ́ tó kẹ́yìn tí ìwé ìjẹ́rìí náà á wúlò, bí 2027-05-14. Láìsí rẹ̀, kò ní parí.
cli-arg-endorse-valid-days = Iye ọjọ́ tí ìwé ìjẹ́rìí náà á wúlò, láti òní.
cli-arg-anchor-name = Orúkọ orísun ìgbẹ́kẹ̀lé, bí ó ṣe yẹ kí àwọn ènìyàn rí i.
cli-arg-anchor-key = Kọ́kọ́rọ́ gbangba orísun ìgbẹ́kẹ̀lé: lẹ́tà àti nọ́mbà 64.
cli-arg-bundle-issuer = Fáìlì ẹni tó ń jẹ́rìí, láti carnet issuer show --json. Ẹ fún un lẹ́ẹ̀kan fún ẹni kọ̀ọ̀kan.
cli-arg-trust-file = Fáìlì àkójọ ìgbẹ́kẹ̀lé (.cbor).
cli-arg-status-file = Fáìlì àkójọ ẹni tó ń jẹ́rìí (.cbor).
cli-arg-verify-image = Àwòrán kóòdù QR: PNG, JPEG tàbí WebP.
cli-arg-verify-text = Ọ̀rọ̀ kóòdù QR, tó bẹ̀rẹ̀ pẹ̀lú CN1:
cli-arg-verify-nonce = Nọ́mbà tí ẹ ní kí ẹni náà fi sínú kóòdù (hex).
cli-arg-verify-audience = Orúkọ tí ẹ ní kí ẹni náà fi sínú kóòdù.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Kọ́kọ́rọ́ ìjẹ́rìí yín fún { $name } ti ṣetán. Ẹ tọ́jú ọ̀rọ̀ aṣínà yín dáadáa: láìsí rẹ̀ ẹ kò lè fọwọ́ sí nǹkan.
issuer-label-name = Orúkọ:
issuer-label-country = Orílẹ̀-èdè:
issuer-label-kind = Irú:
issuer-label-public-key = Kọ́kọ́rọ́ gbangba:
issuer-label-kid = Àmì kọ́kọ́rọ́:
issuer-label-issued = Nọ́mbà tí a ti fún:
issuer-label-revoked = Tí a gbà padà:
issuer-revoked = A ti gba ìwé ìjẹ́rìí nọ́mbà { $index } padà.
issuer-already-revoked = A ti gba ìwé ìjẹ́rìí nọ́mbà { $index } padà tẹ́lẹ̀.
issuer-revoked-next-step = Àwọn olùyẹ̀wò á mọ̀ nípa rẹ̀ kìkì láti inú àkójọ yín tó kàn: ẹ kọ ọ́ pẹ̀lú carnet issuer status-list --out list.cbor, lẹ́yìn náà ẹ fún wọn ní fáìlì náà.
issuer-status-list-written = { $count ->
   *[other] Àkójọ náà wà ní { $path }. Ó dárúkọ ìwé ìjẹ́rìí { $count } tí a gbà padà.
}

endorse-intro = { $count ->
   *[other] Ẹ fẹ́ fọwọ́ sí àkọsílẹ̀ { $count } fún ẹni tó ní kọ́kọ́rọ́ { $holder }:
}
endorse-entry = { $title } ({ $kind }, ìpele { $level }, { $dates })
endorse-untitled = (kò ní àkọlé)
endorse-how-observation = Ẹ sọ pé ẹ rí wọn tí wọ́n ń ṣe é.
endorse-how-test = Ẹ sọ pé wọ́n yege nínú ìdánwò.
endorse-how-document = Ẹ sọ pé ẹ yẹ ìwé kan wò.
endorse-how-interview = Ẹ sọ pé ẹ yẹ̀ ẹ́ wò nínú ìfọ̀rọ̀wánilẹ́nuwò.
endorse-expires-on = Ó wúlò títí di { $date }.
endorse-no-expiry = Kò ní parí.
endorse-written = { $count ->
    [1] A ti fọwọ́ sí i. Ẹ dá { $path } padà fún ẹni náà. Nọ́mbà rẹ̀ ni { $first }.
   *[other] A ti fọwọ́ sí i. Ẹ dá { $path } padà fún ẹni náà. Nọ́mbà rẹ̀ jẹ́ láti { $first } sí { $last }.
}

trust-anchor-added = Ẹ ti gbẹ́kẹ̀lé àkójọ tí { $name } fọwọ́ sí báyìí (àmì kọ́kọ́rọ́ { $kid }).
trust-bundle-written = { $count ->
   *[other] Àkójọ tí a fọwọ́ sí ti àwọn tó ń jẹ́rìí { $count } wà ní { $path }.
}
trust-imported = { $count ->
   *[other] A ti fi àkójọ ìgbẹ́kẹ̀lé ti àwọn tó ń jẹ́rìí { $count } kún un, tí a ṣe ní { $date }.
}
trust-list-empty = Ẹ kò tíì gbẹ́kẹ̀lé ẹnikẹ́ni tó ń jẹ́rìí. Ẹ fi àkójọ ìgbẹ́kẹ̀lé kún un pẹ̀lú carnet trust import.
trust-list-bundle = { $days ->
    [0] Àkójọ ìgbẹ́kẹ̀lé láti { $anchor }, tí a ṣe lónìí ({ $date }):
   *[other] Àkójọ ìgbẹ́kẹ̀lé láti { $anchor }, tí a ṣe ní ọjọ́ { $days } sẹ́yìn ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, àmì kọ́kọ́rọ́ { $kid }
revocation-imported = { $count ->
   *[other] A ti fi àkójọ { $name } kún un, tí a ṣe ní { $date }: ìwé ìjẹ́rìí { $count } tí a gbà padà.
}

## Errors of these commands

error-issuer-exists = Kọ́kọ́rọ́ ẹni tó ń jẹ́rìí ti wà nínú fódà yìí tẹ́lẹ̀. Kò sí ohun tí ó yípadà.
error-no-issuer = Kò tíì sí kọ́kọ́rọ́ ẹni tó ń jẹ́rìí nínú fódà yìí. Ẹ ṣe ọ̀kan pẹ̀lú carnet issuer init.
error-issuer-damaged = Kọ́kọ́rọ́ ẹni tó ń jẹ́rìí nínú fódà yìí ti bàjẹ́ tàbí kò bá àlàyé rẹ̀ mu. Ẹ dá ẹ̀dà kan padà láti ibi ìpamọ́.
error-anchor-exists = Kọ́kọ́rọ́ orísun ìgbẹ́kẹ̀lé ti wà nínú fódà yìí tẹ́lẹ̀. Kò sí ohun tí ó yípadà.
error-no-anchor = Kò tíì sí kọ́kọ́rọ́ orísun ìgbẹ́kẹ̀lé nínú fódà yìí. Ẹ ṣe ọ̀kan pẹ̀lú carnet trust anchor init.
error-anchor-damaged = Kọ́kọ́rọ́ orísun ìgbẹ́kẹ̀lé nínú fódà yìí ti bàjẹ́ tàbí kò bá àlàyé rẹ̀ mu. Ẹ dá ẹ̀dà kan padà láti ibi ìpamọ́.
error-identity-too-new = Ẹ̀dà Carnet tó tuntun jù ló ṣe kọ́kọ́rọ́ yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti lò ó.
error-storage-file = Carnet kò lè kọ tàbí ka { $path }. Ẹ wò ó pé ààyè wà, àti pé ẹ ní àṣẹ láti kọ síbẹ̀. (Fún olùrànlọ́wọ́: { $reason })
error-file-too-big = { $path } ti tóbi jù láti jẹ́ fáìlì Carnet.
error-issuer-kind = “{ $value }” kì í ṣe irú ẹni tó ń jẹ́rìí. Ẹ kọ trainer, employer, centre, college tàbí colleague.
error-assessed-by = “{ $value }” kì í ṣe ọ̀nà àyẹ̀wò. Ẹ kọ observation, test, document tàbí interview.
error-expires-date = “{ $value }” kì í ṣe ọjọ́. Ẹ kọ ọ́ bí ọdún-oṣù-ọjọ́, bí 2027-05-14.
error-expires-past = Ọjọ́ ìparí gbọ́dọ̀ wà lẹ́yìn òní.
error-issuer-indexes-used-up = Kọ́kọ́rọ́ ẹni tó ń jẹ́rìí yìí ti lo gbogbo nọ́mbà rẹ̀ tán. Ẹ ṣe kọ́kọ́rọ́ tuntun.
error-revoke-not-issued = Ẹ kò fọwọ́ sí ìwé ìjẹ́rìí tó ní nọ́mbà { $index }. Nọ́mbà yín bẹ̀rẹ̀ láti 0 títí dé ìsàlẹ̀ { $next }.
error-anchor-name = Orúkọ náà gbọ́dọ̀ ní lẹ́tà 1 sí 100.
error-anchor-known = Ẹ ti gbẹ́kẹ̀lé orísun ìgbẹ́kẹ̀lé yìí tẹ́lẹ̀ (àmì kọ́kọ́rọ́ { $kid }).
error-issuer-file = { $path } kì í ṣe fáìlì ẹni tó ń jẹ́rìí. Ẹ béèrè àbájáde carnet issuer show --json lọ́wọ́ ẹni tó ń jẹ́rìí.
error-trust-bundle-not-newer = Ẹ ti ní àkójọ ìgbẹ́kẹ̀lé yìí tàbí èyí tó tuntun jù láti orísun ìgbẹ́kẹ̀lé kan náà. Kò sí ohun tí ó yípadà.
error-status-list-not-newer = Ẹ ti ní àkójọ tó tuntun jù láti ọ̀dọ̀ ẹni tó ń jẹ́rìí yìí. Kò sí ohun tí ó yípadà.
error-status-list-issuer-unknown = Àkójọ yìí wá láti ọ̀dọ̀ ẹni tó ń jẹ́rìí tí ẹ kò tíì gbẹ́kẹ̀lé (àmì kọ́kọ́rọ́ { $kid }). Ẹ kọ́kọ́ kó àkójọ ìgbẹ́kẹ̀lé tó dárúkọ rẹ̀ wọlé.
error-verifier-damaged = Àkójọ ìgbẹ́kẹ̀lé tí ẹ tọ́jú ti bàjẹ́ tàbí a ti yí wọn padà. Ẹ tún kó wọn wọlé.
error-verify-nonce = “{ $value }” kì í ṣe nọ́mbà hex, bí 3fa9.
error-verify-got-request = Èyí jẹ́ ìbéèrè láti jẹ́rìí sí àkọsílẹ̀ ẹnìkan (ọ̀rọ̀ rẹ̀ bẹ̀rẹ̀ pẹ̀lú CNR1:), kì í ṣe kóòdù tó ń fi ọgbọ́n iṣẹ́ hàn. A kò yẹ nǹkan kan wò. Ẹni tó ń jẹ́rìí á fọwọ́ sí i pẹ̀lú: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Èyí jẹ́ kóòdù tó ń fi ọgbọ́n iṣẹ́ ẹnìkan hàn (ọ̀rọ̀ rẹ̀ bẹ̀rẹ̀ pẹ̀lú CN1:), kì í ṣe ìbéèrè láti jẹ́rìí sí wọn. A kò fọwọ́ sí nǹkan kan. Láti yẹ̀ ẹ́ wò, ẹ kọ: carnet verify PICTURE, tàbí carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Àkójọ ìgbẹ́kẹ̀lé náà ti bàjẹ́ tàbí kì í ṣe àkójọ ìgbẹ́kẹ̀lé.
error-trust-bundle-wrong-file = Èyí jẹ́ irú fáìlì Carnet míì, kì í ṣe àkójọ ìgbẹ́kẹ̀lé.
error-trust-bundle-newer-version = Ẹ̀dà Carnet tó tuntun jù ló ṣe àkójọ ìgbẹ́kẹ̀lé yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti kà á.
error-trust-bundle-unknown-anchor = Orísun ìgbẹ́kẹ̀lé tí ẹ kò gbẹ́kẹ̀lé ló fọwọ́ sí àkójọ ìgbẹ́kẹ̀lé yìí (àmì kọ́kọ́rọ́ { $kid }). Tí ẹ bá mọ̀ ọ́n, ẹ kọ́kọ́ fi kún un pẹ̀lú carnet trust anchor add.
error-trust-bundle-bad-signature = Ìbuwọ́lù lórí àkójọ ìgbẹ́kẹ̀lé yìí kò bá a mu. A ti yí fáìlì náà padà tàbí ó ti bàjẹ́.
error-trust-bundle-invalid = A kò lè lo iye kan nínú àkójọ ìgbẹ́kẹ̀lé ({ $field }).
error-trust-bundle-too-large = Àkójọ ìgbẹ́kẹ̀lé náà ti tóbi jù.
error-status-list-malformed = Àkójọ náà ti bàjẹ́ tàbí kì í ṣe àkójọ ìwé ìjẹ́rìí tí a gbà padà.
error-status-list-wrong-file = Èyí jẹ́ irú fáìlì Carnet míì, kì í ṣe àkójọ ìwé ìjẹ́rìí tí a gbà padà.
error-status-list-newer-version = Ẹ̀dà Carnet tó tuntun jù ló ṣe àkójọ yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti kà á.
error-status-list-wrong-issuer = Àkójọ yìí jẹ́ ti ẹni míì tó ń jẹ́rìí ({ $found }, kì í ṣe { $expected }).
error-status-list-bad-signature = Ìbuwọ́lù lórí àkójọ yìí kò bá a mu. A ti yí fáìlì náà padà tàbí ó ti bàjẹ́.
error-status-list-invalid = A kò lè lo iye kan nínú àkójọ náà ({ $field }).
error-status-list-too-large = Àkójọ náà ti tóbi jù.
