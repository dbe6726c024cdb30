# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Fi ẹ̀rọ míì kún un
app-pair-intro = Ẹ gbé ìwé àkọsílẹ̀ yín sórí fóònù tàbí kọ̀ǹpútà míì tí ó jẹ́ tiyín. Ẹ̀rọ méjèèjì nílò sáfà.
app-pair-start = Fi ẹ̀rọ míì kún un
app-pair-passphrase = Láti fi ẹ̀rọ kún un, ẹ kọ ọ̀rọ̀ aṣínà yín.
app-pair-show = Fi kóòdù hàn
app-pair-scan = Lórí ẹ̀rọ tuntun, ẹ yan “Darapọ̀ mọ́ ìwé àkọsílẹ̀”, lẹ́yìn náà ẹ ṣe àyẹ̀wò kóòdù onígun mẹ́rin yìí tàbí kí ẹ kọ ọ̀rọ̀ tó wà nísàlẹ̀ rẹ̀.
app-pair-qr-alt = Kóòdù onígun mẹ́rin fún ẹ̀rọ tuntun láti ṣàyẹ̀wò
app-pair-code-label = Kóòdù náà ní ọ̀rọ̀
app-pair-expires = Kóòdù yìí á ṣiṣẹ́ fún { $time } sí i.
app-pair-waiting = À ń dúró de ẹ̀rọ tuntun…
app-pair-request = “{ $name }” fẹ́ ìwé àkọsílẹ̀ yín.
app-pair-compare = Ṣé ẹ̀rọ tuntun náà ń fi kóòdù kan náà yìí hàn?
app-pair-approve = Bẹ́ẹ̀ ni, gbà á láàyè
app-pair-refuse = Rárá
app-pair-approved = “{ $name }” ti ní ìwé àkọsílẹ̀ yín báyìí. Yóò hàn nínú àkójọ ẹ̀rọ lẹ́yìn tí ó bá ṣe àmúṣiṣẹ́pọ̀.
app-pair-refused = Ẹ sọ pé rárá. “{ $name }” kò rí nǹkan kan gbà.
app-pair-again = Fi kóòdù tuntun hàn

## Sync screen: the devices of this logbook

app-devices-title = Àwọn ẹ̀rọ yín
app-devices-none = Kò sí ẹ̀rọ kankan tó tíì ṣe àmúṣiṣẹ́pọ̀ ìwé àkọsílẹ̀ yìí. Ẹ ṣe àmúṣiṣẹ́pọ̀, ẹ̀rọ yìí á sì hàn níbí.
app-devices-this = Ẹ̀rọ yìí
app-devices-added = A fi kún un ní { $date }
app-devices-removed = A yọ ọ́ kúrò ní { $date }
app-devices-remove = Yọ ọ́ kúrò
app-devices-remove-confirm = Ṣé kí a yọ “{ $name }” kúrò? Ẹ lo èyí nígbà tí fóònù bá sọnù, tí a tà á, tàbí tí a fún ẹlòmíì.
app-devices-remove-consequences = Yóò ṣì ní ohun tó ti ní, ṣùgbọ́n kò ní lè gba ohunkóhun tí ẹ bá fi kún un láti ìsinsìnyí lọ. Ìwé àkọsílẹ̀ yín á gba kọ́kọ́rọ́ tuntun, àwọn ẹ̀rọ yín míì á sì gbà á nígbà tí wọ́n bá ṣe àmúṣiṣẹ́pọ̀. Láti tún lo ẹ̀rọ náà, ẹ tún fi kún un.
app-devices-remove-yes = Bẹ́ẹ̀ ni, yọ ọ́ kúrò
app-devices-removed-done = A ti yọ “{ $name }” kúrò. Ìwé àkọsílẹ̀ yín ti ní kọ́kọ́rọ́ tuntun báyìí, èyí tí ẹ̀rọ náà kò ní.
app-devices-new-sheet = Ìwé ìgbàpadà yín ní kọ́kọ́rọ́ àtijọ́. Ẹ ṣe tuntun báyìí nínú Ètò, kí ẹ sì ba ti àtijọ́ jẹ́.

## First run: another way to start

app-start-other = Ṣé ẹ ti ní ìwé àkọsílẹ̀ tẹ́lẹ̀?
app-start-join = Darapọ̀ láti ẹ̀rọ míì
app-start-recover = Gbà á padà pẹ̀lú ìwé

## First run: joining a logbook from another device

app-join-title = Darapọ̀ mọ́ ìwé àkọsílẹ̀
app-join-intro = Lórí ẹ̀rọ yín míì, ẹ ṣí Àmúṣiṣẹ́pọ̀ kí ẹ sì yan “Fi ẹ̀rọ míì kún un”. Yóò fi kóòdù kan hàn.
app-join-code = Kóòdù náà (ó bẹ̀rẹ̀ pẹ̀lú CNP1:)
app-join-code-hint = Ẹ lẹ̀ tàbí kọ kóòdù náà síbí
app-join-picture = Ṣí àwòrán kóòdù náà
app-join-name = Orúkọ fún ẹ̀rọ yìí
app-join-name-default = Ẹ̀rọ tuntun mi
app-join-passphrase = Ẹ yan ọ̀rọ̀ aṣínà fún ẹ̀rọ yìí
app-join-send = Tẹ̀síwájú
app-join-check = Ẹ̀rọ yín míì gbọ́dọ̀ fi kóòdù kan náà yìí hàn. Ẹ gbà á láàyè níbẹ̀.
app-join-waiting = À ń dúró kí ẹ̀rọ yín míì gbà á láàyè…
app-join-copying = À ń ṣe ẹ̀dà ìwé àkọsílẹ̀ yín…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Gba ìwé àkọsílẹ̀ yín padà
app-recover-intro = Ẹ lo ìwé ìgbàpadà yín àti ọ̀rọ̀ aṣínà yín. Carnet á gba ìwé àkọsílẹ̀ yín padà láti sáfà.
app-recover-by-words = Kọ ọ̀rọ̀ 12 náà
app-recover-by-code = Lo kóòdù onígun mẹ́rin
app-recover-words = Ọ̀rọ̀ 12 náà, ní tẹ̀lé-n-tẹ̀lé
app-recover-words-hint = ọ̀rọ̀1 ọ̀rọ̀2 ọ̀rọ̀3 …
app-recover-hub = Àdírẹ́sì sáfà tó wà lórí ìwé náà
app-recover-code = Ọ̀rọ̀ kóòdù onígun mẹ́rin (ó bẹ̀rẹ̀ pẹ̀lú CNS1:)
app-recover-picture = Ṣí fọ́tò ìwé náà
app-recover-passphrase = Ọ̀rọ̀ aṣínà yín (èyí tí ẹ lò tẹ́lẹ̀)
app-recover-start = Gba ìwé àkọsílẹ̀ mi padà

## Reading a square code from a picture

app-picture-read = A ti ka kóòdù náà láti inú àwòrán.
app-scan-camera = Ṣàyẹ̀wò pẹ̀lú kámẹ́rà
error-camera-scan = A kò ka kóòdù kankan. Tí Carnet kò bá lè lo kámẹ́rà, ẹ gbà á láàyè nínú ètò fóònù yín. Ẹ tún lè ṣí fọ́tò kóòdù náà.

## Settings: the recovery sheet

app-sheet-title = Ìwé ìgbàpadà
app-sheet-intro = Ìwé ìgbàpadà jẹ́ bébà tó ní ọ̀rọ̀ 12 àti kóòdù onígun mẹ́rin. Tí fóònù yìí bá sọnù, ìwé náà àti ọ̀rọ̀ aṣínà yín á gbé ìwé àkọsílẹ̀ yín padà sórí fóònù tuntun. Ẹ tọ́jú ìwé náà sí ibi ààbò, jìnnà sí fóònù yín. Ẹ má ṣe tọ́jú ọ̀rọ̀ aṣínà yín pẹ̀lú rẹ̀.
app-sheet-replaces = Ìwé tuntun á rọ́pò ti àtijọ́: ìwé àtijọ́ kò ní ṣiṣẹ́ mọ́.
app-sheet-needs-hub = Ìwé náà ń lo sáfà. Ẹ kọ́kọ́ fi àdírẹ́sì sáfà sí ojú ìwé Àmúṣiṣẹ́pọ̀.
app-sheet-passphrase = Ẹ kọ ọ̀rọ̀ aṣínà yín láti ṣe ìwé kan
app-sheet-format = Tọ́jú u gẹ́gẹ́ bí
app-sheet-pdf = PDF, láti tẹ̀ jáde
app-sheet-png = Àwòrán
app-sheet-make = Ṣe ìwé ìgbàpadà
app-sheet-saved = A ti tọ́jú ìwé ìgbàpadà yín sí { $path }. Ẹ tẹ̀ ẹ́ jáde, tàbí kí ẹ kọ àwọn ọ̀rọ̀ tó wà nísàlẹ̀ sílẹ̀, kí ẹ sì tọ́jú bébà náà sí ibi ààbò.
app-sheet-english = Ìwé náà wà ní èdè Gẹ̀ẹ́sì: Carnet kò tíì lè ya àwọn lẹ́tà èdè yín sórí rẹ̀.
app-sheet-words = Ọ̀rọ̀ 12 yín

## Settings: export and import

app-export-title = Kó jáde àti kó wọlé
app-export-intro = Kíkó jáde á tọ́jú gbogbo ìwé àkọsílẹ̀ yín sínú fáìlì kan, láti tọ́jú tàbí láti fún ẹni tí ẹ bá yàn.
app-export-consent = Fáìlì yìí ní ìwé àkọsílẹ̀ yín ní ọ̀nà tí a lè kà: ọ̀rọ̀ aṣínà yín kò tì í pa. Ẹnikẹ́ni tó bá rí fáìlì náà lè ka gbogbo ohun tó wà nínú rẹ̀. Fọ́tò kò sí nínú fáìlì náà.
app-export-agree = Ó yé mi. Tọ́jú fáìlì náà
app-export = Kó jáde
app-export-saved = { $count ->
   *[other] A ti tọ́jú àkọsílẹ̀ { $count } sí { $path }.
}
app-import-intro = Kíkó wọlé á fi ohun tó wà nínú fáìlì tí a kó jáde kún ìwé àkọsílẹ̀ yìí. A kò ní pa ohunkóhun rẹ́ nínú ìwé àkọsílẹ̀ yín.
app-import = Kó fáìlì wọlé
app-import-added = { $count ->
    [0] Kò sí àkọsílẹ̀ tuntun.
   *[other] A fi àkọsílẹ̀ tuntun { $count } kún un.
}
app-import-updated = { $count ->
    [0] Kò sí àkọsílẹ̀ tó yípadà.
   *[other] Àkọsílẹ̀ { $count } yípadà.
}
app-import-unchanged = { $count ->
    [0] Kò sí àkọsílẹ̀ tó ti jọra tẹ́lẹ̀.
   *[other] Àkọsílẹ̀ { $count } ti jọra tẹ́lẹ̀.
}
app-import-profile = A ti ṣe àtúnṣe àkọsílẹ̀ nípa yín.
app-import-missing-photos = { $count ->
   *[other] Fọ́tò { $count } tí a dárúkọ nínú fáìlì kò sí lórí ẹ̀rọ yìí.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Ìwé ìgbàpadà yín ṣì ń ṣiṣẹ́, pẹ̀lú ọ̀rọ̀ aṣínà tuntun yín.
app-passphrase-sheet-not-updated = A kò lè ṣe àtúnṣe ìwé ìgbàpadà yín lórí sáfà. Títí ẹ ó fi ṣe tuntun, ó nílò ọ̀rọ̀ aṣínà àtijọ́ yín. Ẹ ṣe ìwé tuntun nígbà tí ẹ bá ti sopọ̀.

## This device's name

app-device-name = Orúkọ ẹ̀rọ yìí
app-device-name-hint = Orúkọ tí àwọn ẹ̀rọ yín míì á fi hàn fún èyí, fún àpẹẹrẹ “Fóònù Amina”.
app-device-name-saved = A ti tọ́jú u. Àwọn ẹ̀rọ yín míì á fi hàn lẹ́yìn tí ẹ̀rọ yìí bá ṣe àmúṣiṣẹ́pọ̀.
