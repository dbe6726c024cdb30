# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Ìbéèrè yìí ti bàjẹ́, tàbí kì í ṣe ìbéèrè Carnet. Ẹ tún béèrè rẹ̀.
        [credential] Fáìlì ìwé ìjẹ́rìí yìí ti bàjẹ́, tàbí kì í ṣe ìwé ìjẹ́rìí Carnet. Ẹ ní kí ẹni tó jẹ́rìí sí àkọsílẹ̀ yín tún un fi ránṣẹ́.
       *[other] Èyí ti bàjẹ́, tàbí kì í ṣe fáìlì Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Èyí kì í ṣe ìbéèrè Carnet: irú fáìlì Carnet míì ni. A máa ń ṣe ìbéèrè pẹ̀lú carnet request.
        [credential] Èyí kì í ṣe ìwé ìjẹ́rìí Carnet: irú fáìlì Carnet míì ni. Ẹ wò ó pé fáìlì tí ẹni tó jẹ́rìí sí àkọsílẹ̀ yín fún yín ni ẹ mú.
       *[other] Èyí jẹ́ irú fáìlì Carnet míì. Ẹ wò ó pé fáìlì tó tọ́ ni ẹ mú.
    }
error-credential-newer-version = { $what ->
        [request] Ẹ̀dà Carnet tó tuntun jù ló ṣe ìbéèrè yìí.
        [credential] Ẹ̀dà Carnet tó tuntun jù ló ṣe ìwé ìjẹ́rìí yìí.
        [text] Ẹ̀dà Carnet tó tuntun jù ló ṣe kóòdù yìí.
       *[other] Ẹ̀dà Carnet tó tuntun jù ló ṣe èyí.
    } Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ, lẹ́yìn náà ẹ tún gbìyànjú.
error-credential-invalid-field = A kò lè lo iye kan ({ $field }): ó ti gùn jù tàbí kò sí ní ọ̀nà tó tọ́. A kò kọ nǹkan kan.
error-credential-entry-count = Ìbéèrè kan ní àkọsílẹ̀ 1 sí { $max }, kì í ṣe { $found }. Láti jẹ́rìí sí púpọ̀ sí i, ẹ ṣe ìbéèrè méjì.
error-credential-invalid-key = Èyí kì í ṣe kọ́kọ́rọ́ gbangba tó tọ́. Ẹ wò ó pé a da gbogbo rẹ̀ kọ.
error-credential-bad-signature = Ìbuwọ́lù lórí ìwé ìjẹ́rìí yìí kò bá a mu: a yí i padà tàbí ó bàjẹ́ lẹ́yìn tí a fọwọ́ sí i. A kò tọ́jú nǹkan kan. Ẹ tún béèrè fáìlì náà.
error-credential-not-yours = A ṣe ìwé ìjẹ́rìí yìí fún ìwé àkọsílẹ̀ ẹlòmíì, kì í ṣe tiyín. A kò tọ́jú nǹkan kan. Ẹ rí i dájú pé fáìlì tiyín ni ẹ gbà.
error-credential-no-such-entry = Kò sí àkọsílẹ̀ { $index } nínú ìwé ìjẹ́rìí yìí.
error-credential-duplicate-entry = A yan àkọsílẹ̀ { $index } lẹ́ẹ̀mejì.
error-credential-wrong-prefix = Ọ̀rọ̀ yìí kì í ṣe kóòdù Carnet: kò bẹ̀rẹ̀ pẹ̀lú CN1: (ọgbọ́n iṣẹ́ láti yẹ̀wò) tàbí CNR1: (ìbéèrè fún ìjẹ́rìí).
error-credential-base45 = Ọ̀rọ̀ náà ní lẹ́tà tí kóòdù Carnet kò lè ní. Ó lè jẹ́ pé a gé e tàbí a kọ ọ́ ní àṣìṣe.
error-credential-zlib = Kóòdù náà ti gé tàbí ó ti bàjẹ́.
error-credential-too-large = Kóòdù náà ti tóbi jù láti jẹ́ kóòdù Carnet.

## QR codes

error-qr-not-alphanumeric = Ọ̀rọ̀ náà ní àmì tí kóòdù QR fún Carnet kò lè gbà. Àṣìṣe inú Carnet ni èyí; ẹ jọ̀wọ́ ẹ fi tó wa létí.
error-qr-too-large = Èyí ti pọ̀ jù fún kóòdù QR kan: lẹ́tà { $chars }, nígbà tí kóòdù QR tí fóònù ń kà dáadáa (ẹ̀dà { $version }, ìpele { $ec }) gba { $capacity }. A kò kọ nǹkan kan. { $what ->
        [request] Ẹ béèrè àkọsílẹ̀ díẹ̀ lẹ́ẹ̀kan, tàbí kí ẹ kọ ìbéèrè náà sínú fáìlì tó parí pẹ̀lú .cbor.
       *[other] Ẹ yan àkọsílẹ̀ díẹ̀, tàbí kí ẹ fi apá díẹ̀ hàn pẹ̀lú --fields.
    }
error-qr-bad-version = Ìtóbi kóòdù QR yẹn kò sí.
error-qr-bad-module-size = Ìtóbi àmì yẹn kò ṣeé ṣe.
error-qr-not-an-image = Fáìlì náà kì í ṣe àwòrán tí Carnet lè kà. Ẹ lo PNG, JPEG tàbí WebP.
error-qr-image-too-large = Àwòrán náà ti tóbi jù (pixel { $width } × { $height }). Ẹ mú un kéré sí i kí ẹ sì tún gbìyànjú.
error-qr-not-found = A kò lè ka kóòdù QR kankan nínú àwòrán náà. Ẹ ya fọ́tò tó mọ́ kedere jù, ní tòsí, tí gbogbo kóòdù náà wà nínú rẹ̀.
error-qr-render-failed = A kò lè ṣe àwòrán QR náà. Àṣìṣe inú Carnet ni èyí; ẹ jọ̀wọ́ ẹ fi tó wa létí.
