# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Àkójọ ìgbẹ́kẹ̀lé
app-trust-title = Àkójọ ìgbẹ́kẹ̀lé
app-trust-intro = Àkójọ ìgbẹ́kẹ̀lé máa ń wá láti ọ̀dọ̀ ẹgbẹ́ tí ẹ mọ̀, fún àpẹẹrẹ ẹgbẹ́ àwọn ibùdó ìkọ́ṣẹ́. Ó dárúkọ àwọn kọ́lẹ́ẹ̀jì, ibùdó àti agbanisíṣẹ́ tí ẹgbẹ́ náà ṣe onígbọ̀wọ́ fún. Kóòdù tí ọ̀kan nínú wọn bá fọwọ́ sí á hàn gẹ́gẹ́ bí èyí tí a ti yẹ̀wò.
app-trust-warning = Ẹ gbẹ́kẹ̀lé ẹgbẹ́ kan nìkan tí ẹ bá gba kọ́kọ́rọ́ rẹ̀ láti ọ̀dọ̀ ẹgbẹ́ náà fúnra rẹ̀: ní ojúkojú, lórí bébà tirẹ̀, tàbí láti ojú òpó wẹ́ẹ̀bù tirẹ̀. Ẹnikẹ́ni tó bá lè fi kọ́kọ́rọ́ síbí lè mú kí kóòdù èké hàn bí èyí tí a ti yẹ̀wò.

## What is held

app-trust-held = Ohun tí ẹ̀rọ yìí gbẹ́kẹ̀lé
app-trust-none = Ẹ̀rọ yìí kò tíì gbẹ́kẹ̀lé ẹgbẹ́ kankan. Kóòdù tí a fọwọ́ sí á hàn bí “A fọwọ́ sí i, ṣùgbọ́n kì í ṣe ẹni tí ẹ gbẹ́kẹ̀lé”.
app-trust-kid = Àmì kọ́kọ́rọ́: { $kid }
app-trust-no-list = Kò tíì sí àkójọ ìgbẹ́kẹ̀lé láti ọ̀dọ̀ ẹgbẹ́ yìí. Ẹ fi fáìlì rẹ̀ kún un nísàlẹ̀.
app-trust-list-line = Àkójọ ìgbẹ́kẹ̀lé ti { $date } ({ $days ->
    [0] lónìí
   *[other] ọjọ́ { $days } sẹ́yìn
}): { $count ->
   *[other] ibi { $count }
}
app-trust-status-held = Ìfọwọ́sí tí a gbà padà
app-trust-status-line = { $name }: àkójọ ti { $date } ({ $days ->
    [0] lónìí
   *[other] ọjọ́ { $days } sẹ́yìn
}), { $count ->
    [0] kò sí ohun tí a gbà padà
   *[other] a gba { $count } padà
}

## Stop trusting a network

app-trust-remove = Dẹ́kun gbígbẹ́kẹ̀lé
app-trust-remove-confirm = Ṣé kí ẹ dẹ́kun gbígbẹ́kẹ̀lé { $name }? Kóòdù tí àwọn ibi tó wà nínú àkójọ rẹ̀ fọwọ́ sí kò ní hàn bí èyí tí a ti yẹ̀wò mọ́. Ẹ lè tún fi ẹgbẹ́ náà kún un lẹ́yìn náà.
app-trust-remove-yes = Bẹ́ẹ̀ ni, dẹ́kun gbígbẹ́kẹ̀lé e
app-trust-removed = Ẹ kò gbẹ́kẹ̀lé { $name } mọ́.

## Trust a network

app-trust-add-title = Gbẹ́kẹ̀lé ẹgbẹ́ kan
app-trust-add-hint = Ẹ kọ tàbí lẹ̀ kọ́kọ́rọ́ àti orúkọ ẹgbẹ́ náà, tàbí kí ẹ ṣí fáìlì tí ẹgbẹ́ náà fún yín.
app-trust-key = Kọ́kọ́rọ́ ẹgbẹ́ náà (lẹ́tà àti nọ́mbà 64)
app-trust-name = Orúkọ ẹgbẹ́ náà
app-trust-from-file = Ṣí fáìlì kọ́kọ́rọ́ ẹgbẹ́ náà
app-trust-add = Gbẹ́kẹ̀lé ẹgbẹ́ yìí
app-trust-added = Ẹ ti gbẹ́kẹ̀lé { $name } báyìí. Ẹ fi àkójọ ìgbẹ́kẹ̀lé rẹ̀ kún un báyìí.

## Files

app-trust-bundle-title = Fi àkójọ ìgbẹ́kẹ̀lé kún un
app-trust-bundle-hint = Fáìlì tó parí pẹ̀lú .cbor tí ẹgbẹ́ náà fún yín. Èyí tó tuntun jù á rọ́pò èyí tó ti pẹ́.
app-trust-bundle-open = Ṣí fáìlì àkójọ ìgbẹ́kẹ̀lé
app-trust-bundle-done = A ti fi àkójọ ìgbẹ́kẹ̀lé { $name } kún un ({ $date }): { $count ->
   *[other] ibi { $count }
}.
app-trust-status-title = Fi àkójọ ìfọwọ́sí tí a gbà padà kún un
app-trust-status-hint = Kọ́lẹ́ẹ̀jì tàbí ibùdó lè gba ìfọwọ́sí tí ó ṣe ní àṣìṣe padà. Àkójọ rẹ̀ á sọ fún ẹ̀rọ yìí èwo ni.
app-trust-status-open = Ṣí fáìlì àkójọ
app-trust-status-done = A ti fi àkójọ { $name } kún un ({ $date }): { $count ->
    [0] kò sí ohun tí a gbà padà
   *[other] a gba ìfọwọ́sí { $count } padà
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Fáìlì yìí kì í ṣe fáìlì kọ́kọ́rọ́ ẹgbẹ́ kan. Ẹ ṣí fáìlì tí ẹgbẹ́ náà fún yín, tàbí kí ẹ kọ kọ́kọ́rọ́ náà.
error-app-anchor-invalid-key = Èyí kì í ṣe kọ́kọ́rọ́ ẹgbẹ́. Kọ́kọ́rọ́ ní lẹ́tà (a sí f) àti nọ́mbà 64 gan-an. Ẹ wò ó pé a da gbogbo rẹ̀ kọ.
error-app-anchor-name = Ẹ fún ẹgbẹ́ náà ní orúkọ tó ní lẹ́tà 1 sí 100.
error-app-anchor-known = Ẹ ti gbẹ́kẹ̀lé ẹgbẹ́ yìí tẹ́lẹ̀ (àmì kọ́kọ́rọ́ { $kid }). Kò sí ohun tí ó yípadà.
error-app-trust-bundle-malformed = Fáìlì yìí kì í ṣe àkójọ ìgbẹ́kẹ̀lé, tàbí ó ti bàjẹ́. Kò sí ohun tí ó yípadà.
error-app-trust-bundle-wrong-file = Èyí jẹ́ irú fáìlì Carnet míì, kì í ṣe àkójọ ìgbẹ́kẹ̀lé. Kò sí ohun tí ó yípadà.
error-app-trust-bundle-newer-version = Ẹ̀dà Carnet tó tuntun jù ló ṣe àkójọ ìgbẹ́kẹ̀lé yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti kà á.
error-app-trust-bundle-unknown-anchor = Àkójọ ìgbẹ́kẹ̀lé yìí wá láti ọ̀dọ̀ ẹgbẹ́ tí ẹ kò gbẹ́kẹ̀lé (àmì kọ́kọ́rọ́ { $kid }). Ẹ kọ́kọ́ gbẹ́kẹ̀lé ẹgbẹ́ náà, lẹ́yìn náà ẹ tún fi àkójọ rẹ̀ kún un.
error-app-trust-bundle-bad-signature = Ìbuwọ́lù lórí àkójọ ìgbẹ́kẹ̀lé yìí kò bá a mu: a ti yí fáìlì náà padà tàbí ó ti bàjẹ́. Kò sí ohun tí ó yípadà. Ẹ tún béèrè fáìlì náà lọ́wọ́ ẹgbẹ́ náà.
error-app-trust-bundle-invalid = A kò lè lo àkójọ ìgbẹ́kẹ̀lé yìí. Kò sí ohun tí ó yípadà. Ẹ tún béèrè fáìlì náà lọ́wọ́ ẹgbẹ́ náà.
error-app-trust-bundle-too-large = Fáìlì yìí ti tóbi jù láti jẹ́ àkójọ ìgbẹ́kẹ̀lé. Kò sí ohun tí ó yípadà.
error-app-trust-bundle-not-newer = Ẹ ti ní àkójọ ìgbẹ́kẹ̀lé yìí tàbí èyí tó tuntun jù láti ọ̀dọ̀ ẹgbẹ́ kan náà. Kò sí ohun tí ó yípadà.
error-app-status-list-malformed = Fáìlì yìí kì í ṣe àkójọ ìfọwọ́sí tí a gbà padà, tàbí ó ti bàjẹ́. Kò sí ohun tí ó yípadà.
error-app-status-list-wrong-file = Èyí jẹ́ irú fáìlì Carnet míì, kì í ṣe àkójọ ìfọwọ́sí tí a gbà padà. Kò sí ohun tí ó yípadà.
error-app-status-list-newer-version = Ẹ̀dà Carnet tó tuntun jù ló ṣe àkójọ yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti kà á.
error-app-status-list-wrong-issuer = Àkójọ yìí jẹ́ ti ẹni míì tó fọwọ́ sí i ({ $found }, kì í ṣe { $expected }). Kò sí ohun tí ó yípadà.
error-app-status-list-bad-signature = Ìbuwọ́lù lórí àkójọ yìí kò bá a mu: a ti yí fáìlì náà padà tàbí ó ti bàjẹ́. Kò sí ohun tí ó yípadà.
error-app-status-list-invalid = A kò lè lo àkójọ yìí. Kò sí ohun tí ó yípadà. Ẹ tún béèrè fáìlì náà.
error-app-status-list-too-large = Fáìlì yìí ti tóbi jù láti jẹ́ àkójọ ìfọwọ́sí tí a gbà padà. Kò sí ohun tí ó yípadà.
error-app-status-list-issuer-unknown = Àkójọ yìí wá láti ọ̀dọ̀ ẹni tí kò sí nínú èyíkéyìí àkójọ ìgbẹ́kẹ̀lé yín (àmì kọ́kọ́rọ́ { $kid }). Ẹ kọ́kọ́ fi àkójọ ìgbẹ́kẹ̀lé tó dárúkọ rẹ̀ kún un.
error-app-status-list-not-newer = Ẹ ti ní àkójọ tó tuntun jù láti ọ̀dọ̀ ẹni yìí. Kò sí ohun tí ó yípadà.
error-app-verifier-write = Carnet kò lè tọ́jú fáìlì náà sí { $path }. Ẹ wò ó pé ààyè wà lórí ẹ̀rọ náà. (Fún olùrànlọ́wọ́: { $reason })
