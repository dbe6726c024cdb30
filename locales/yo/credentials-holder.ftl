# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Ṣe fáìlì tó ń béèrè pé kí olùkọ́ni, agbanisíṣẹ́ tàbí ibùdó jẹ́rìí sí àkọsílẹ̀ yín.
    .long = Ṣe ìbéèrè tó ń ní kí olùkọ́ni, agbanisíṣẹ́, ibùdó, kọ́lẹ́ẹ̀jì tàbí alábàáṣiṣẹ́ jẹ́rìí sí díẹ̀ nínú àkọsílẹ̀ yín: fáìlì kan, kóòdù QR (orúkọ tó parí pẹ̀lú .png tàbí .svg) láti fi hàn lórí fóònù yín tàbí láti tẹ̀ jáde, tàbí pẹ̀lú --text ọ̀rọ̀ láti fi ránṣẹ́ nínú ìfiránṣẹ́. Ẹ fún wọn. Wọn á fọwọ́ sí i, wọn á sì dá fáìlì ìwé ìjẹ́rìí padà fún yín, èyí tí ẹ ó tọ́jú pẹ̀lú: carnet receive
cli-cmd-holder-receive = Tọ́jú ìwé ìjẹ́rìí tí olùkọ́ni, agbanisíṣẹ́ tàbí ibùdó fọwọ́ sí fún yín.
cli-cmd-holder-credentials = Ṣe àkójọ ìwé ìjẹ́rìí tí ẹ tọ́jú, àkọsílẹ̀ kọ̀ọ̀kan. Bákan náà: carnet wallet
cli-cmd-holder-present = Fi àwọn àkọsílẹ̀ tí ẹ yàn hàn gẹ́gẹ́ bí kóòdù QR kan tí ẹnikẹ́ni lè yẹ̀wò láìsí íńtánẹ́ẹ̀tì.
    .long = Ó ń fi àwọn àkọsílẹ̀ tí ẹ yàn hàn gẹ́gẹ́ bí kóòdù QR kan tí ẹnikẹ́ni lè yẹ̀wò láìsí íńtánẹ́ẹ̀tì. Àkọsílẹ̀ tí a ti jẹ́rìí sí á hàn pẹ̀lú ẹni tó jẹ́rìí sí wọn; àkọsílẹ̀ tí a fún pẹ̀lú --self-declared á hàn gẹ́gẹ́ bí èyí tí ẹ̀yin nìkan sọ. Lórí ojú ẹ̀rọ, kóòdù náà á ṣiṣẹ́ fún wákàtí 24; pẹ̀lú --print, fún ọdún 5.
cli-cmd-holder-export = Kọ àkọsílẹ̀ tí a jẹ́rìí sí gẹ́gẹ́ bí W3C Verifiable Credential (Open Badges 3.0) fún àwọn áàpù míì.
    .long = Ó ń kọ àkọsílẹ̀ tí a jẹ́rìí sí gẹ́gẹ́ bí W3C Verifiable Credential 2.0 (àmì Open Badges 3.0), tí ẹni tó jẹ́rìí sí i fọwọ́ sí, kí àwọn àpò àti áàpù míì lè yẹ̀ ẹ́ wò. Láìsí --out, a ó kọ ọ́ sórí ojú ẹ̀rọ.

## Help: arguments

cli-arg-holder-request-ids = Àwọn àkọsílẹ̀ láti jẹ́rìí sí: ID wọn, tàbí lẹ́tà 4 àkọ́kọ́ tàbí jù bẹ́ẹ̀ lọ ti ọ̀kọ̀ọ̀kan. Láti rí àwọn ID, ẹ kọ: carnet list
cli-arg-holder-request-out = Ibi tí a ó kọ ìbéèrè sí: orúkọ tó parí pẹ̀lú .png tàbí .svg á ṣe àwòrán kóòdù QR; orúkọ míì, bí request.cbor, á ṣe fáìlì.
cli-arg-holder-request-text = Kọ ọ̀rọ̀ ìbéèrè náà (ó bẹ̀rẹ̀ pẹ̀lú CNR1:) sórí ojú ẹ̀rọ, láti fi ránṣẹ́ bí ìfiránṣẹ́.
cli-arg-holder-receive-file = Fáìlì ìwé ìjẹ́rìí tí a fún yín, fún àpẹẹrẹ credential.cbor.
cli-arg-holder-present-select = Àkọsílẹ̀ tí a jẹ́rìí sí láti fi hàn: ID wọn, tàbí lẹ́tà 4 àkọ́kọ́ tàbí jù bẹ́ẹ̀ lọ ti ọ̀kọ̀ọ̀kan.
cli-arg-holder-present-fields = Fi apá wọ̀nyí nìkan hàn nínú àkọsílẹ̀ kọ̀ọ̀kan, pẹ̀lú àmì ìdánudúró láàárín wọn, fún àpẹẹrẹ title,level. Àwọn yòókù á wà ní ìpamọ́. Àwọn apá náà ni: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Láìsí rẹ̀, a ó fi gbogbo rẹ̀ hàn.
cli-arg-holder-present-self-declared = Àkọsílẹ̀ tí a ó fi hàn gẹ́gẹ́ bí èyí tí ẹ̀yin nìkan sọ, tí ẹnikẹ́ni kò jẹ́rìí sí.
cli-arg-holder-present-stage = Ohun tí ẹ ń fi hàn fún: recruitment, pre-departure, arrival, career tàbí return. Láìsí rẹ̀: recruitment.
cli-arg-holder-present-audience = Ẹni tí ẹ ń fi hàn, tí wọ́n bá ní kí ẹ dárúkọ wọn, fún àpẹẹrẹ orúkọ iléeṣẹ́ kan.
cli-arg-holder-present-nonce = Kóòdù tí olùyẹ̀wò fún yín, tí wọ́n bá fún yín (lẹ́tà 0-9 àti a-f).
cli-arg-holder-present-print = Ṣe é fún bébà: kóòdù náà á fara da ìfọ́ àti ìká dáadáa, á sì ṣiṣẹ́ fún ọdún 5 dípò wákàtí 24.
cli-arg-holder-present-out = Àwòrán láti kọ: orúkọ tó parí pẹ̀lú .png tàbí .svg.
cli-arg-holder-present-text = Tún kọ ọ̀rọ̀ tó wà nínú kóòdù QR, láti fi ránṣẹ́ bí ìfiránṣẹ́.
cli-arg-holder-export-id = Àkọsílẹ̀ tí a jẹ́rìí sí: ID rẹ̀, tàbí lẹ́tà 4 àkọ́kọ́ tàbí jù bẹ́ẹ̀ lọ.
cli-arg-holder-export-format = Ọ̀nà tí a ó fi kọ ọ́. Kìkì: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Kọ ọ́ gẹ́gẹ́ bí àmì tí a fọwọ́ sí (VC-JWT) dípò JSON pẹ̀lú ẹ̀rí.
cli-arg-holder-export-out = Fáìlì láti kọ, fún àpẹẹrẹ badge.json tàbí badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] Ìbéèrè yìí ń béèrè ìjẹ́rìí fún àkọsílẹ̀ { $count }.
    } Ẹni tó ń jẹ́rìí á rí apá wọ̀nyí nínú ọ̀kọ̀ọ̀kan:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = A ti kọ ìbéèrè náà sí { $path }.
holder-request-next = Ẹ fún ẹni tó ń jẹ́rìí ní fáìlì náà. Nígbà tí wọ́n bá dá fáìlì ìwé ìjẹ́rìí padà fún yín, ẹ kọ: carnet receive FILE
holder-receive-done = A ti tọ́jú u: { $issuer } ló jẹ́rìí sí i, { $kind }, { $country }. Bí wọ́n ṣe yẹ̀ ẹ́ wò: { $assessed }.
holder-validity-until = A fún yín ní { $issued }. Ó wúlò títí di { $expires }.
holder-validity-open = A fún yín ní { $issued }. Kò ní ọjọ́ ìparí.
holder-wallet-empty = Ẹ kò tíì ní ìwé ìjẹ́rìí kankan. Láti béèrè ọ̀kan, ẹ kọ: carnet request ID --out request.cbor
holder-wallet-damaged = Ìwé ìjẹ́rìí tí a kò lè kà mọ́. Ẹ béèrè tuntun lọ́wọ́ ẹni tó fún yín.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): a fún yín ní { $issued }, ó wúlò títí di { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): a fún yín ní { $issued }, kò ní ọjọ́ ìparí
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): a fún yín ní { $issued }, ó parí ní { $expires }
holder-present-nothing = Ẹ sọ ohun tí a ó fi hàn: --select ID fún àkọsílẹ̀ tí a jẹ́rìí sí, --self-declared ID fún àwọn yòókù.
holder-present-done = A ti kọ kóòdù QR sí { $path }: { $endorsed } tí a jẹ́rìí sí, { $declared } tí ẹ̀yin sọ.
holder-present-size = Ìtóbi: ẹ̀dà QR { $version }, ìpele { $ec }, lẹ́tà { $chars }.
holder-present-expires = A lè yẹ̀ ẹ́ wò títí di { $when } (wákàtí { $hours }).
holder-present-by-kid = Kí ó lè bá a mu, a dárúkọ àwọn tó jẹ́rìí pẹ̀lú àmì kúkúrú. Olùyẹ̀wò á mọ ẹni tí wọ́n jẹ́ kìkì tí wọ́n bá wà nínú àkójọ àwọn tí ó gbẹ́kẹ̀lé.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = olùkọ́ni kan
holder-issuer-kind-employer = agbanisíṣẹ́ kan
holder-issuer-kind-centre = ibùdó kan
holder-issuer-kind-college = kọ́lẹ́ẹ̀jì kan
holder-issuer-kind-colleague = alábàáṣiṣẹ́ kan (ènìyàn tó ṣiṣẹ́ pẹ̀lú yín, kì í ṣe àjọ)

## How they checked

holder-assessed-observation = wọ́n wò yín bí ẹ ṣe ń ṣiṣẹ́
holder-assessed-test = ìdánwò kan
holder-assessed-document = wọ́n yẹ ìwé kan wò
holder-assessed-interview = ìfọ̀rọ̀wánilẹ́nuwò kan

## Errors

error-holder-no-key = Ìwé àkọsílẹ̀ yìí kò ní kọ́kọ́rọ́ láti fọwọ́ sí ìwé ìjẹ́rìí. Kò sí ohun tí ó yípadà. Ẹ jọ̀wọ́ ẹ fi ìṣòro yìí tó wa létí.
error-holder-write-file = A kò lè kọ fáìlì { $path }: { $reason }. Ẹ wò ó pé fódà náà wà, tí ààyè sì wà, lẹ́yìn náà ẹ tún gbìyànjú.
error-holder-entry-unfit = A kò lè fi àkọsílẹ̀ “{ $title }” sínú ìwé ìjẹ́rìí: { $field } rẹ̀ ti gùn jù tàbí kò sí ní ọ̀nà tó tọ́. Ẹ yí i padà pẹ̀lú carnet edit, lẹ́yìn náà ẹ tún gbìyànjú.
error-holder-unknown-field = “{ $value }” kì í ṣe apá àkọsílẹ̀ tí a lè fi hàn. Àwọn apá náà ni: { $known }.
error-holder-credential-no-entries = Ìwé ìjẹ́rìí { $path } kò sọ èwo nínú àkọsílẹ̀ yín ni ó jẹ́rìí sí. A kò tọ́jú nǹkan kan. Ẹ béèrè tuntun tí a ṣe láti inú fáìlì ìbéèrè: carnet request
error-holder-credential-entry-gone = Ìwé ìjẹ́rìí { $path } jẹ́rìí sí àkọsílẹ̀ tí kò sí nínú ìwé àkọsílẹ̀ yín mọ́ ({ $id }). A kò tọ́jú nǹkan kan. Tí ẹ bá pa á rẹ́ lórí ẹ̀rọ yìí, ẹ fi kún un láti inú ẹ̀dà ìwé àkọsílẹ̀, lẹ́yìn náà ẹ tún gbìyànjú.
error-holder-credential-damaged = A kò lè ka ìwé ìjẹ́rìí àkọsílẹ̀ “{ $title }” mọ́. Ẹ béèrè tuntun lọ́wọ́ ẹni tó jẹ́rìí sí i.
error-holder-not-endorsed = Kò tíì sí ẹni tó jẹ́rìí sí àkọsílẹ̀ “{ $title }”. Ẹ fi hàn pẹ̀lú --self-declared, tàbí kí ẹ béèrè ìjẹ́rìí: carnet request
error-holder-selected-twice = A fún àkọsílẹ̀ “{ $title }” pẹ̀lú --select àti --self-declared. Ẹ fún un lẹ́ẹ̀kan.
error-holder-bad-stage = “{ $value }” kì í ṣe ìpele. Àwọn ìpele ni: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Orúkọ olùgbọ́ gbọ́dọ̀ ní lẹ́tà 1 sí 100, lórí ìlà kan.
error-holder-bad-nonce = “{ $value }” kì í ṣe kóòdù láti ọ̀dọ̀ olùyẹ̀wò: ó gbọ́dọ̀ jẹ́ lẹ́tà 2 sí 128 láti inú 0-9 àti a-f.
error-holder-bad-out = Orúkọ àwòrán { $path } gbọ́dọ̀ parí pẹ̀lú .png tàbí .svg.
error-holder-no-vc = { $issuer } jẹ́rìí sí “{ $title }” kí Carnet tó lè kọ ọ́ gẹ́gẹ́ bí ìwé ìjẹ́rìí W3C, àwọn nìkan ló sì lè fọwọ́ sí i. Ẹ ní kí wọ́n tún jẹ́rìí sí i: ẹ ṣe ìbéèrè tuntun (carnet request ID --out request.cbor), ẹ fún wọn, kí ẹ sì tọ́jú fáìlì tí wọ́n dá padà (carnet receive FILE).
