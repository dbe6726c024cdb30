# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Ọ̀rọ̀ aṣínà náà kò tọ́. Ẹ yẹ̀ ẹ́ wò kí ẹ sì tún gbìyànjú. Lẹ́tà ńlá àti kékeré yàtọ̀ síra.
error-too-many-attempts = { $minutes ->
   *[other] Ọ̀rọ̀ aṣínà tí kò tọ́ ti pọ̀ jù. Ẹ dúró fún ìṣẹ́jú { $minutes }, lẹ́yìn náà ẹ tún gbìyànjú.
}
error-passphrase-too-short = Ọ̀rọ̀ aṣínà yìí kúrú jù. Ẹ lo ó kéré tán lẹ́tà { $min }.

## The logbook files

error-no-logbook = Kò tíì sí ìwé àkọsílẹ̀ nínú fódà yìí. Ẹ kọ́kọ́ ṣe ọ̀kan, tàbí kí ẹ yan fódà tí ìwé àkọsílẹ̀ yín wà.
error-already-exists = Ìwé àkọsílẹ̀ ti wà nínú fódà yìí tẹ́lẹ̀. Kò sí ohun tí ó yípadà.
error-damaged-key-file = Kọ́kọ́rọ́ ìwé àkọsílẹ̀ yín ti bàjẹ́ tàbí ó ti sọnù, nítorí náà a kò lè ṣí i. Ẹ dá ẹ̀dà kan padà láti ibi ìpamọ́, tàbí láti ẹ̀rọ tí ẹ so pọ̀ mọ́ èyí.
error-damaged-database = Ìwé àkọsílẹ̀ yín ti bàjẹ́, nítorí náà a kò lè ṣí i. Ẹ dá ẹ̀dà kan padà láti ibi ìpamọ́, tàbí láti ẹ̀rọ tí ẹ so pọ̀ mọ́ èyí.
error-too-new = { $what ->
    [export-file] Ẹ̀dà Carnet tó tuntun jù ló ṣe fáìlì yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ, lẹ́yìn náà ẹ tún gbìyànjú.
    [taxonomy] Dátà ESCO tó wá pẹ̀lú Carnet jẹ́ ti ẹ̀dà Carnet tó tuntun jù. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ, lẹ́yìn náà ẹ tún gbìyànjú.
   *[other] Ẹ̀dà Carnet tó tuntun jù ló tọ́jú ìwé àkọsílẹ̀ yín. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ, lẹ́yìn náà ẹ tún gbìyànjú.
}
error-disk-full = Ààyè ìpamọ́ ti kún. Kò sí ohun tó sọnù. Ẹ ṣe ààyè díẹ̀, fún àpẹẹrẹ nípa pípa fáìlì àtijọ́ rẹ́, lẹ́yìn náà ẹ tún gbìyànjú.
error-io = Carnet kò lè ka tàbí kọ àwọn fáìlì ìwé àkọsílẹ̀ yín. Ẹ wò ó pé fódà náà wà àti pé ẹ ní àṣẹ láti kọ sínú rẹ̀, lẹ́yìn náà ẹ tún gbìyànjú.
error-internal = Nǹkan kan ṣẹlẹ̀ nínú Carnet. Àṣìṣe Carnet ni èyí, kì í ṣe tiyín. Ẹ jọ̀wọ́ ẹ sọ fún àwọn tó ṣe Carnet.

## Entries

error-not-found = Kò sí àkọsílẹ̀ tó ní ID “{ $id }”. Ẹ yẹ ID náà wò kí ẹ sì tún gbìyànjú.
error-ambiguous-id = Àkọsílẹ̀ tó ju ọ̀kan lọ ló bẹ̀rẹ̀ pẹ̀lú “{ $id }”. Ẹ kọ púpọ̀ sí i nínú ID náà.

## Values the person typed

error-invalid-kind = “{ $value }” kì í ṣe irú àkọsílẹ̀. Ẹ lo skill, qualification, experience, language tàbí learning.
error-invalid-date = “{ $value }” kì í ṣe ọjọ́. Ẹ kọ ọdún (2019), oṣù (2019-05) tàbí ọjọ́ (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” kì í ṣe ìpele èdè. Ẹ lo A1, A2, B1, B2, C1 tàbí C2.
    [qualification] “{ $value }” kì í ṣe ìpele ìwé ẹ̀rí. Ẹ lo nọ́mbà láti 1 sí 8 (EQF).
    [learning] “{ $value }” kì í ṣe ìpele ẹ̀kọ́. Ẹ lo nọ́mbà láti 1 sí 8 (EQF).
    [eqf] “{ $value }” kì í ṣe ìpele EQF. Ẹ lo nọ́mbà láti 1 sí 8.
   *[other] “{ $value }” kì í ṣe ìpele. Ẹ lo basic, intermediate, advanced tàbí expert.
}
error-invalid-country = “{ $value }” kì í ṣe kóòdù orílẹ̀-èdè. Ẹ lo lẹ́tà méjì, fún àpẹẹrẹ SY, AF, ER tàbí DE.
error-invalid-language = “{ $value }” kì í ṣe kóòdù èdè. Ẹ lo kóòdù kúkúrú, fún àpẹẹrẹ ar, fa-AF tàbí en.
error-invalid-esco = “{ $value }” kì í ṣe àdírẹ́sì ESCO. Ó máa ń bẹ̀rẹ̀ pẹ̀lú http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” kì í ṣe kóòdù iṣẹ́ ISCO-08. Ẹ lo nọ́mbà 1 sí 4, fún àpẹẹrẹ 7212.
error-invalid-proficiency = “{ $value }” kì í ṣe ìpele. Ẹ lo basic, intermediate, advanced tàbí expert.
error-invalid-context = “{ $value }” kì í ṣe ọ̀nà ìkẹ́kọ̀ọ́. Ẹ lo formal, non-formal tàbí informal.
error-invalid-stage = “{ $value }” kì í ṣe ìpele. Ẹ lo recruitment, pre-departure, arrival, career tàbí return.
error-invalid-field = “{ $value }” kì í ṣe ohun tí ẹ lè yí padà. Ẹ lo ọ̀kan nínú: { $expected }.
error-empty-field = { $field ->
    [title] Àkọlé ṣófo. Ẹ kọ àkọlé kúkúrú.
   *[other] { $field } ṣófo. Ẹ kọ nǹkan sínú rẹ̀.
}
error-date-order = Ọjọ́ ìparí { $to } wà ṣáájú ọjọ́ ìbẹ̀rẹ̀ { $from }. Ẹ yẹ ọjọ́ méjèèjì wò.
error-import-format = Fáìlì yìí kì í ṣe èyí tí Carnet kó jáde, nítorí náà a kò lè kà á. Ẹ yan fáìlì tí Carnet kó jáde.

## Photos

error-evidence-not-an-image = Fáìlì yìí kì í ṣe fọ́tò. Carnet ń gba àwòrán JPEG, PNG àti WebP.
error-evidence-unsupported-format = Àwòrán { $format } ni èyí, Carnet kò sì lè lò ó. Ẹ tọ́jú u gẹ́gẹ́ bí JPEG, PNG tàbí WebP, lẹ́yìn náà ẹ tún gbìyànjú.
error-evidence-damaged = Fọ́tò náà ti bàjẹ́ tàbí kò pé. Ẹ tún ya fọ́tò náà tàbí yàn án.
error-evidence-too-large = Àwòrán náà ti tóbi jù (pixel { $width } × { $height }). Ẹ ya fọ́tò náà pẹ̀lú ètò dídára tó rẹlẹ̀ jù, tàbí kí ẹ yan ẹ̀dà tó kéré jù.
error-evidence-file-too-big = Fáìlì náà ti tóbi jù ({ $megabytes } MB). Òpin rẹ̀ jẹ́ 32 MB. Ẹ yan fáìlì tó kéré jù.
error-evidence-encode-failed = Carnet kò lè tọ́jú fọ́tò náà. Ẹ jọ̀wọ́ ẹ tún gbìyànjú. Tí ó bá tún ṣẹlẹ̀, ẹ jọ̀wọ́ ẹ sọ fún àwọn tó ṣe Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” kì í ṣe àdírẹ́sì sáfà. Àdírẹ́sì sáfà máa ń rí bí http://192.168.1.10:8470. Ẹ béèrè rẹ̀ lọ́wọ́ ibùdó náà.
error-sync-no-hub = A kò tíì ṣètò sáfà kankan fún ìwé àkọsílẹ̀ yìí. Ẹ béèrè àdírẹ́sì sáfà wọn lọ́wọ́ ibùdó náà.
error-sync-unreachable = Carnet kò lè dé ọ̀dọ̀ sáfà ní { $url }. Ìwé àkọsílẹ̀ yín wà láìléwu lórí ẹ̀rọ yìí. Ẹ tún gbìyànjú nígbà tí ẹ bá sopọ̀ mọ́ nẹ́tíwọ́ọ̀kì ibùdó náà.
error-sync-refused = Sáfà kò gba ẹ̀rọ yìí fún ìwé àkọsílẹ̀ yìí. Tí ẹ bá ti yọ ẹ̀rọ yìí kúrò nínú ìwé àkọsílẹ̀ yín, èyí ló yẹ kó ṣẹlẹ̀. Bí kò bá rí bẹ́ẹ̀, ẹ béèrè lọ́wọ́ ibùdó náà.
error-sync-unknown-logbook = Sáfà kò tíì ní ẹ̀dà ìwé àkọsílẹ̀ yìí. Ẹ kọ́kọ́ ṣe àmúṣiṣẹ́pọ̀ ẹ̀rọ tó ní ìwé àkọsílẹ̀ yín, lẹ́yìn náà ẹ tún gbìyànjú.
error-sync-rate-limited = Ọwọ́ sáfà dí. Ẹ dúró fún ìṣẹ́jú-àáyá { $seconds }, lẹ́yìn náà ẹ tún gbìyànjú. Ìwé àkọsílẹ̀ yín wà láìléwu lórí ẹ̀rọ yìí.
error-sync-hub-full = Sáfà kò ní ààyè fún ìwé àkọsílẹ̀ yín mọ́. Ìwé àkọsílẹ̀ yín wà láìléwu lórí ẹ̀rọ yìí. Ẹ béèrè lọ́wọ́ ibùdó náà.
error-sync-hub-error = Sáfà ní ìṣòro kan ({ $status } { $code }). Ìwé àkọsílẹ̀ yín wà láìléwu lórí ẹ̀rọ yìí. Ẹ tún gbìyànjú lẹ́yìn náà, tàbí kí ẹ béèrè lọ́wọ́ ibùdó náà.
error-sync-protocol = Sáfà fi nǹkan ránṣẹ́ tí ẹ̀dà Carnet yìí kò lè kà. Ìwé àkọsílẹ̀ yín wà láìléwu lórí ẹ̀rọ yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ, tàbí kí ẹ béèrè lọ́wọ́ ibùdó náà.
error-sync-forged = Sáfà fi àyípadà kan ránṣẹ́ tí ó ti bàjẹ́ tàbí tí ẹnìkan ti yí padà. Carnet kò lò ó, ìwé àkọsílẹ̀ yín kò sì yípadà. Ẹ sọ fún ibùdó náà.
error-sync-incomplete = Sáfà kò fi gbogbo àyípadà tó yẹ ránṣẹ́. Carnet kò lò wọ́n, ìwé àkọsílẹ̀ yín kò sì yípadà. Ẹ tún gbìyànjú lẹ́yìn náà, tàbí kí ẹ sọ fún ibùdó náà.
error-sync-unknown-epoch = Ẹ̀rọ yìí kò ní kọ́kọ́rọ́ tuntun jù ti ìwé àkọsílẹ̀ yín, nítorí náà kò lè ka ohun tí sáfà ní. Tí ẹ bá ti yọ ẹ̀rọ yìí kúrò, èyí ló yẹ kó ṣẹlẹ̀. Bí kò bá rí bẹ́ẹ̀, ẹ tún so ó pọ̀.
error-sync-rolled-back = Sáfà ti pàdánù díẹ̀ nínú dátà. Ìwé àkọsílẹ̀ yín lórí ẹ̀rọ yìí pé, kò sì yípadà. Ẹ sọ fún ibùdó náà.
error-sync-pairing-code = Èyí kì í ṣe kóòdù ìsopọ̀, tàbí apá kan rẹ̀ kò sí. Ẹ tún fi kóòdù náà hàn lórí ẹ̀rọ yín míì, kí ẹ sì ṣàyẹ̀wò tàbí kọ gbogbo rẹ̀.
error-sync-pairing-expired = Kóòdù ìsopọ̀ yìí ti pẹ́ jù. Ẹ fi kóòdù tuntun hàn lórí ẹ̀rọ yín míì.
error-sync-pairing-taken = Ẹ̀rọ míì ti dáhùn kóòdù ìsopọ̀ yìí tẹ́lẹ̀. A kò pín nǹkan kan. Ẹ fi kóòdù tuntun hàn lórí ẹ̀rọ yín míì kí ẹ sì tún gbìyànjú.
error-sync-pairing-refused = Ẹ̀rọ yín míì sọ pé rárá sí ìsopọ̀ yìí. A kò pín nǹkan kan.
error-sync-remove-self = Èyí ni ẹ̀rọ tí ẹ ń lò. Láti yọ ọ́ kúrò, ẹ ṣe é láti ọ̀kan nínú àwọn ẹ̀rọ yín míì.
error-sync-cancelled = Ẹ dẹ́kun dídúró de ẹ̀rọ kejì. A kò pín nǹkan kan. Ẹ tún bẹ̀rẹ̀ nígbà tí ẹ̀rọ méjèèjì bá ti ṣetán.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Èyí kì í ṣe kóòdù onígun mẹ́rin ti ìwé ìgbàpadà Carnet, tàbí Carnet kò lè ka gbogbo rẹ̀. Ẹ ya fọ́tò tó mọ́ kedere jù ti gbogbo kóòdù náà, tàbí kí ẹ kọ ọ̀rọ̀ 12 náà.
error-sync-recovery-words = { $problem ->
    [count] Ìwé ìgbàpadà ní ọ̀rọ̀ 12; ẹ fún wa ní { $position }. Ẹ kọ gbogbo 12, ní tẹ̀lé-n-tẹ̀lé.
    [unknown] Ọ̀rọ̀ { $position } kì í ṣe ọ̀kan nínú ọ̀rọ̀ ìwé ìgbàpadà. Ẹ yẹ bí a ṣe kọ ọ́ wò lórí ìwé náà.
   *[other] Àwọn ọ̀rọ̀ náà kò bá ara wọn mu: ọ̀kan nínú wọn kò tọ́, tàbí méjì ti pààrọ̀ ààyè. Ẹ yẹ ọ̀rọ̀ kọ̀ọ̀kan wò lórí ìwé náà.
}
error-sync-recovery-no-box = Sáfà kò ní nǹkan kan fún ìwé ìgbàpadà yìí. Ìwé tuntun kan lè ti rọ́pò rẹ̀, tàbí ìwé náà jẹ́ ti sáfà míì. Ẹ lo ìwé yín tó tuntun jù.
error-sheet-write = Carnet kò lè kọ ìwé náà sí { $path }. Ẹ yẹ fódà náà àti ààyè tó ṣófo wò. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet kò rí fáìlì dátà ESCO rẹ̀ ({ $path }). Ẹ tún Carnet fi sórí ẹ̀rọ.
error-taxonomy-damaged = Fáìlì dátà ESCO ti Carnet ti bàjẹ́ ({ $reason }). Ẹ tún Carnet fi sórí ẹ̀rọ.
error-unknown-concept = Kò sí ọgbọ́n iṣẹ́ tàbí iṣẹ́ ESCO tó ń jẹ́ “{ $concept }”. Ẹ wá àdírẹ́sì rẹ̀ pẹ̀lú carnet esco search.
error-not-an-occupation = “{ $concept }” jẹ́ ọgbọ́n iṣẹ́ ESCO, kì í ṣe iṣẹ́. Ẹ wá iṣẹ́ náà pẹ̀lú carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet kò rí kóòdù onígun mẹ́rin nínú àwòrán yìí. Ẹ ya fọ́tò tó mọ́ kedere jù ti gbogbo kóòdù náà, tàbí kí ẹ kọ kóòdù náà dípò.
error-save-file = Carnet kò lè tọ́jú fáìlì náà sí { $path }. Ẹ yẹ ààyè tó ṣófo wò. ({ $reason })

## Voice notes

error-evidence-not-audio = Fáìlì yìí kì í ṣe ohùn tí a gbà sílẹ̀. Carnet ń gba fáìlì ohùn WebM, Ogg, MP4, M4A, AAC, MP3 àti WAV.
error-evidence-audio-is-video = Fídíò ni fáìlì yìí. Carnet ń tọ́jú ohùn nìkan. Ẹ gba ohùn sílẹ̀, tàbí kí ẹ yan fáìlì ohùn.
error-evidence-audio-too-big = Fáìlì ohùn náà ti tóbi jù ({ $megabytes } MB). Òpin rẹ̀ jẹ́ 5 MB. Ẹ gba ohùn tó kúrú jù sílẹ̀.
error-evidence-audio-damaged = Fáìlì ohùn náà ti bàjẹ́ tàbí kò pé. Ẹ tún un gbà sílẹ̀ tàbí kí ẹ tún un yàn.
error-evidence-not-evidence = Fáìlì yìí kì í ṣe fọ́tò, kì í sì ṣe ohùn tí a gbà sílẹ̀. Carnet ń gba fọ́tò (JPEG, PNG, WebP) àti fáìlì ohùn (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet kò ní àṣẹ láti lo gbohùngbohùn. Ẹ gbà á láàyè nínú ètò fóònù yín, tàbí kí ẹ so fáìlì ohùn mọ́ ọn.
error-microphone-failed = Carnet kò lè gba ohùn sílẹ̀. Ẹ tún gbìyànjú, tàbí kí ẹ so fáìlì ohùn mọ́ ọn.
error-recording-empty = A kò gba nǹkan kan sílẹ̀. Ẹ tún gbìyànjú kí ẹ sì sọ̀rọ̀ lẹ́yìn tí ẹ bá tẹ bọ́tìnì.
error-evidence-missing = Fọ́tò tàbí ohùn yìí kò tíì sí lórí ẹ̀rọ yìí ({ $sha }). Ẹ ṣe àmúṣiṣẹ́pọ̀ láti gbà á.
