# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Bí a ṣe ń kọ ọ́:
cli-help-commands = Àwọn àṣẹ:
cli-help-arguments = Ohun tí a ó fún un:
cli-help-options = Àwọn àṣàyàn:
cli-help-examples = Àwọn àpẹẹrẹ:

## Help: the whole program

cli-about = Carnet ń tọ́jú àkọsílẹ̀ ohun tí ẹ lè ṣe: ọgbọ́n iṣẹ́, iṣẹ́, èdè, ìwé ẹ̀rí àti ẹ̀kọ́. Àkọsílẹ̀ náà wà lórí ẹ̀rọ yín, ọ̀rọ̀ aṣínà yín sì tì í pa.

cli-examples =
    Bẹ̀rẹ̀ ìwé àkọsílẹ̀:          carnet init
    Fi ọgbọ́n iṣẹ́ kún un:         carnet add skill --title "Welding" --level advanced
    Wo àkọsílẹ̀ yín:              carnet list
    Wo àkọsílẹ̀ kan:              carnet show 3f2a
    Ìrànlọ́wọ́ fún àṣẹ kan:        carnet add --help

cli-opt-data-dir = Fódà tí a ń tọ́jú ìwé àkọsílẹ̀ yín sí. Ẹ tún lè ṣètò CARNET_DATA_DIR.
cli-opt-json = Dáhùn ní JSON, fún àwọn ètò míì.
cli-opt-lang = Èdè àwọn ìfiránṣẹ́ Carnet, fún àpẹẹrẹ ar, fa, fr, uk tàbí en.
cli-opt-help = Fi ìrànlọ́wọ́ yìí hàn.
cli-opt-version = Fi ẹ̀dà Carnet hàn.

## Help: commands

cli-cmd-init = Ṣe ìwé àkọsílẹ̀ tuntun, tí ọ̀rọ̀ aṣínà tì pa.
cli-cmd-passphrase = Yí ọ̀rọ̀ aṣínà ìwé àkọsílẹ̀ yín padà.
cli-cmd-passphrase-change = Yí ọ̀rọ̀ aṣínà yín padà. Ẹ ó kọ ti àtijọ́, lẹ́yìn náà ẹ ó kọ tuntun lẹ́ẹ̀mejì.
cli-cmd-profile = Wo tàbí yí àkọsílẹ̀ nípa yín padà: orúkọ yín, orílẹ̀-èdè yín, èdè yín.
cli-cmd-profile-show = Fi àkọsílẹ̀ nípa yín hàn.
cli-cmd-profile-set = Yí àkọsílẹ̀ nípa yín padà. Láti pa nǹkan rẹ́, ẹ fún un ní iye òfo, fún àpẹẹrẹ --contact "".
cli-cmd-add = Fi àkọsílẹ̀ kún un: ọgbọ́n iṣẹ́, ìwé ẹ̀rí, ìrírí iṣẹ́, èdè tàbí ẹ̀kọ́.
cli-cmd-list = Ṣe àkójọ àkọsílẹ̀ yín.
cli-cmd-show = Fi gbogbo nǹkan nípa àkọsílẹ̀ kan hàn.
cli-cmd-edit = Yí àkọsílẹ̀ kan padà.
cli-cmd-rm = Pa àkọsílẹ̀ kan rẹ́.
cli-cmd-search = Wá àkọsílẹ̀ tó ní àwọn ọ̀rọ̀ kan.
cli-cmd-detach = Yọ fọ́tò tàbí ohùn kúrò lára àkọsílẹ̀ kan. A ó tún pa á rẹ́ lórí ẹ̀rọ yìí, àyàfi tí àkọsílẹ̀ míì bá ń fi hàn.
cli-cmd-attach = Fi fọ́tò ìwé kan kún àkọsílẹ̀, fún àpẹẹrẹ ìwé ẹ̀rí, sàtífíkéètì tàbí ìwé iṣẹ́. Tàbí fi ohùn kún un: fáìlì ohùn tí ẹ ti sọ nípa ọgbọ́n iṣẹ́ náà.
cli-cmd-export = Kọ gbogbo ìwé àkọsílẹ̀ yín sínú fáìlì tí àwọn ètò míì lè kà.
cli-cmd-import = Ka fáìlì tí Carnet kó jáde sínú ìwé àkọsílẹ̀ yín. A kò ní pa nǹkan kan rẹ́ nínú ìwé àkọsílẹ̀ yín.
cli-cmd-devices = Àwọn ẹ̀rọ tó ní ìwé àkọsílẹ̀ yín.
cli-cmd-devices-list = Fi àwọn ẹ̀rọ tó ní ìwé àkọsílẹ̀ yín hàn.
cli-cmd-devices-remove = Gba ìwé àkọsílẹ̀ yín kúrò lórí ẹ̀rọ kan, fún àpẹẹrẹ fóònù tó sọnù. Kò ní lè ka ohunkóhun tí ẹ bá fi kún un láti ìsinsìnyí lọ.
cli-cmd-pair = Gbé ìwé àkọsílẹ̀ yín sórí ẹ̀rọ míì tiyín, bí fóònù tuntun.
cli-cmd-pair-show = Lórí ẹ̀rọ tó ní ìwé àkọsílẹ̀ yín: fi kóòdù hàn fún ẹ̀rọ tuntun, lẹ́yìn náà gbà á láàyè.
cli-cmd-pair-join = Lórí ẹ̀rọ tuntun: gba ìwé àkọsílẹ̀ yín pẹ̀lú kóòdù tí ẹ̀rọ yín míì fi hàn.
cli-cmd-sync = Fi àwọn àyípadà yín ránṣẹ́ sí sáfà ibùdó, kí ẹ sì gba àwọn àyípadà tí ẹ ṣe lórí àwọn ẹ̀rọ yín míì. Sáfà ń tọ́jú ẹ̀dà tí a tì pa nìkan, tí kò lè kà.

## Help: what to give to the commands

cli-arg-kind = Irú àkọsílẹ̀: skill, qualification, experience (iṣẹ́), language tàbí learning (ẹ̀kọ́).
cli-arg-title = Orúkọ kúkúrú, fún àpẹẹrẹ "Welding" tàbí "Driving licence B".
cli-arg-description = Ọ̀rọ̀ míì nípa rẹ̀, tí ẹ bá fẹ́.
cli-arg-level = Bí ẹ ṣe mọ̀ ọ́n tó. Fún ọgbọ́n iṣẹ́ tàbí iṣẹ́: basic, intermediate, advanced tàbí expert. Fún èdè: A1 (olùbẹ̀rẹ̀) sí C2 (dáadáa gan-an). Fún ìwé ẹ̀rí tàbí ẹ̀kọ́: ìpele EQF rẹ̀, láti 1 sí 8.
cli-arg-eqf = Ìpele EQF ìwé ẹ̀rí tàbí ẹ̀kọ́, láti 1 sí 8, tí ẹ bá mọ̀ ọ́n.
cli-arg-from = Ìgbà tí ó bẹ̀rẹ̀: ọdún (2019), oṣù (2019-05) tàbí ọjọ́ (2019-05-14).
cli-arg-to = Ìgbà tí ó parí, tí a kọ ní ọ̀nà kan náà. Ẹ fi sílẹ̀ tí ó bá ṣì ń lọ lọ́wọ́.
cli-arg-organisation = Agbanisíṣẹ́, ilé ẹ̀kọ́ tàbí ibùdó ìkọ́ṣẹ́.
cli-arg-place = Ìlú tàbí ibi.
cli-arg-country = Orílẹ̀-èdè, ní lẹ́tà méjì, fún àpẹẹrẹ SY, AF, DE.
cli-arg-context = Bí ẹ ṣe kọ́ ọ: formal (ilé ẹ̀kọ́, ìwé ẹ̀rí), non-formal (ẹ̀kọ́ kúkúrú) tàbí informal (nípa ṣíṣe é).
cli-arg-written-in = Èdè tí ẹ fi kọ àkọsílẹ̀ yìí, gẹ́gẹ́ bí kóòdù kúkúrú, fún àpẹẹrẹ ar tàbí en.
cli-arg-esco = Àdírẹ́sì ESCO ti ọgbọ́n iṣẹ́ tàbí iṣẹ́ náà, tí ẹ bá mọ̀ ọ́n.
cli-arg-isco = Kóòdù iṣẹ́ ISCO-08 (nọ́mbà 1 sí 4), tí ẹ bá mọ̀ ọ́n.
cli-arg-stage = Ìgbà wo nínú ìrìn àjò yín ni èyí ṣe pàtàkì: recruitment, pre-departure, arrival, career tàbí return. Ẹ lè fún un ju ọ̀kan lọ.

cli-arg-list-kind = Fi àkọsílẹ̀ irú yìí nìkan hàn: skill, qualification, experience, language tàbí learning.
cli-arg-list-stage = Fi àkọsílẹ̀ ìpele yìí nìkan hàn: recruitment, pre-departure, arrival, career tàbí return.

cli-arg-id = ID àkọsílẹ̀ náà. Lẹ́tà 4 àkọ́kọ́ tàbí jù bẹ́ẹ̀ lọ tó. Láti rí àwọn ID, ẹ kọ: carnet list
cli-arg-set = Àyípadà kan, tí a kọ bí FIELD=VALUE, fún àpẹẹrẹ level=advanced. Ẹ tún fún un láti yí púpọ̀ sí i padà. Iye òfo á pa apá náà rẹ́. Àwọn apá náà ni: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Àwọn ọ̀rọ̀ tí a ó wá.
cli-arg-evidence = Fọ́tò tàbí ohùn tí a ó yọ kúrò: ID rẹ̀, bí carnet show àti carnet attach ṣe tẹ̀ ẹ́ (lẹ́tà 8 àkọ́kọ́ tàbí jù bẹ́ẹ̀ lọ tó).
cli-arg-photo = Fọ́tò (JPEG, PNG tàbí WebP) tàbí fáìlì ohùn (WebM, Ogg, MP4, M4A, AAC, MP3 tàbí WAV, títí dé 5 MB). Carnet á wo inú fáìlì náà láti mọ èwo ni. Ó ń yọ dátà tó farapamọ́ kúrò, bí ibi tí a ti ya fọ́tò.
cli-arg-format = Irú fáìlì. Json nìkan fún báyìí.
cli-arg-file = Fáìlì tí a kó jáde tí a ó kà.

cli-arg-name = Orúkọ yín, bí ẹ ṣe fẹ́ kí àwọn ẹlòmíì rí i.
cli-arg-birth-date = Ọjọ́ ìbí yín: 1990, 1990-05 tàbí 1990-05-14.
cli-arg-origin = Orílẹ̀-èdè tí ẹ ti wá, ní lẹ́tà méjì, fún àpẹẹrẹ SY, AF, ER.
cli-arg-current = Orílẹ̀-èdè tí ẹ ń gbé báyìí, ní lẹ́tà méjì, fún àpẹẹrẹ DE, FR.
cli-arg-contact = Bí àwọn ènìyàn ṣe lè kàn sí yín, fún àpẹẹrẹ nọ́mbà fóònù tàbí ímeèlì.
cli-arg-language = Èdè tí ẹ mọ̀, gẹ́gẹ́ bí kóòdù kúkúrú, fún àpẹẹrẹ ar, fa-AF tàbí en. Àwọn àṣàyàn nísàlẹ̀ jẹ́ nípa èdè yìí.
cli-arg-mother-tongue = Èdè yìí ni èdè abínibí yín.
cli-arg-not-mother-tongue = Èdè yìí kì í ṣe èdè abínibí yín.
cli-arg-listening = Bí ẹ ṣe ń gbọ́ àwọn tó ń sọ̀rọ̀ yé tó: A1 (olùbẹ̀rẹ̀) sí C2 (dáadáa gan-an).
cli-arg-reading = Bí ẹ ṣe ń kàwé dáadáa tó: A1 sí C2.
cli-arg-spoken-interaction = Bí ẹ ṣe ń kópa nínú ìjíròrò dáadáa tó: A1 sí C2.
cli-arg-spoken-production = Bí ẹ ṣe ń sọ̀rọ̀ fúnra yín dáadáa tó: A1 sí C2.
cli-arg-writing = Bí ẹ ṣe ń kọ̀wé dáadáa tó: A1 sí C2.
cli-arg-remove-language = Yọ èdè kan kúrò nínú àkọsílẹ̀ nípa yín.
cli-arg-hub = Àdírẹ́sì sáfà ibùdó, fún àpẹẹrẹ http://192.168.1.10:8470. Carnet á rántí rẹ̀.
cli-arg-device-id = ID ẹ̀rọ náà, bí carnet devices list ṣe fi hàn (lẹ́tà 4 àkọ́kọ́ tàbí jù bẹ́ẹ̀ lọ tó).
cli-arg-pair-approve = Gba ẹ̀rọ tuntun láàyè láìbéèrè, tí ó bá fi kóòdù yìí hàn (fún olùrànlọ́wọ́ àti ìwé àfọwọ́kọ ètò).
cli-arg-pair-code = Kóòdù tí ẹ̀rọ yín míì fi hàn. Ó bẹ̀rẹ̀ pẹ̀lú CNP1:
cli-arg-pair-name = Orúkọ fún ẹ̀rọ yìí, kí ẹ lè mọ̀ ọ́n lórí ẹ̀rọ kejì (fún àpẹẹrẹ "Amal's phone").
cli-arg-sync-status = Fi ìgbà tí ẹ ṣe àmúṣiṣẹ́pọ̀ gbẹ̀yìn àti iye àyípadà tó ń dúró hàn nìkan. A kò fi nǹkan kan ránṣẹ́.
cli-arg-sync-watch = Máa ṣe àmúṣiṣẹ́pọ̀ nìṣó. Tí a kò bá lè dé ọ̀dọ̀ sáfà, tún gbìyànjú lẹ́yìn náà, kí o máa dúró pẹ́ sí i lọ́kọ̀ọ̀kan.
cli-arg-sync-every = Pẹ̀lú --watch: iye ìṣẹ́jú-àáyá láti dúró láàárín àmúṣiṣẹ́pọ̀ kọ̀ọ̀kan (300 tí a kò bá fún un).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Ẹ yan ọ̀rọ̀ aṣínà tó ní ó kéré tán lẹ́tà { $min }. Ẹ ó nílò rẹ̀ nígbàkúùgbà tí ẹ bá ṣí ìwé àkọsílẹ̀ yín. Kò sí ẹni tó lè gbà á padà fún yín.
cli-passphrase-prompt = Ọ̀rọ̀ aṣínà:
cli-passphrase-new-prompt = Ọ̀rọ̀ aṣínà tuntun:
cli-passphrase-repeat-prompt = Ẹ tún ọ̀rọ̀ aṣínà tuntun kọ:
cli-passphrase-changed = A ti yí ọ̀rọ̀ aṣínà yín padà. Ẹ máa lo tuntun láti ìsinsìnyí lọ.

## Answers

cli-init-done = Ìwé àkọsílẹ̀ yín ti ṣetán. Ó wà nínú fódà yìí: { $dir }
cli-init-next = Ẹ tọ́jú ọ̀rọ̀ aṣínà yín dáadáa. Láìsí rẹ̀, kò sí ẹni tó lè ṣí ìwé àkọsílẹ̀ yín, kódà ẹ̀yin náà. Lẹ́yìn náà, ẹ fi ohun tí ẹ lè ṣe kún un, fún àpẹẹrẹ: carnet add skill --title "Cooking"

cli-list-empty = Ìwé àkọsílẹ̀ yín kò tíì ní àkọsílẹ̀ kankan. Láti fi ọ̀kan kún un, ẹ kọ: carnet add skill --title "Cooking"
cli-list-none-match = Kò sí àkọsílẹ̀ tó bá ohun tí ẹ béèrè mu.
cli-search-none = Kò sí àkọsílẹ̀ tó ní àwọn ọ̀rọ̀ wọ̀nyí. Ẹ gbìyànjú ọ̀rọ̀ míì, tàbí kí ẹ kọ: carnet list

cli-edit-saved = A ti tọ́jú àyípadà yín.
cli-rm-done = A ti pa á rẹ́: { $title }
cli-detached = A ti yọ fọ́tò tàbí ohùn náà kúrò lára àkọsílẹ̀ náà.

cli-profile-saved = A ti tọ́jú àkọsílẹ̀ nípa yín.
cli-profile-empty = Àkọsílẹ̀ nípa yín ṣófo. Láti fi orúkọ yín kún un, ẹ kọ: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] A fi àkọsílẹ̀ { $count } kún un.
}
cli-import-updated = { $count ->
   *[other] A ṣe àtúnṣe àkọsílẹ̀ { $count }.
}
cli-import-unchanged = { $count ->
   *[other] Àkọsílẹ̀ { $count } ti jọra tẹ́lẹ̀.
}
cli-import-profile-updated = A tún ṣe àtúnṣe àkọsílẹ̀ nípa yín.
cli-import-missing-photos = { $count ->
   *[other] Fọ́tò { $count } kò sí lórí ẹ̀rọ yìí. Fáìlì tí a kó jáde kò ní fọ́tò nínú. Ẹ tún fi wọ́n kún un pẹ̀lú: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = ID
cli-show-kind = Irú
cli-show-added = A fi kún un
cli-show-changed = A yí i padà
cli-show-evidence = Fọ́tò àti ohùn tí a gbà sílẹ̀
cli-show-photo = { $sha }  pixel { $width } × { $height }, { $kilobytes } KB
cli-show-photo-missing = { $sha }  pixel { $width } × { $height }, kò sí lórí ẹ̀rọ yìí
cli-show-voice = { $sha }  ohùn, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ohùn, kò sí lórí ẹ̀rọ yìí
cli-show-conflicts = Ẹ̀rọ míì náà kọ:
cli-show-conflicts-hint = Láti tọ́jú ọ̀kan nínú ìwọ̀nyí, ẹ kọ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Àkọlé
cli-field-description = Àpèjúwe
cli-field-written-in = A kọ ọ́ ní
cli-field-esco = ESCO
cli-field-isco = Kóòdù iṣẹ́ ISCO-08
cli-field-level = Ìpele
cli-field-eqf = Ìpele EQF
cli-field-organisation = Àjọ
cli-field-place = Ibi
cli-field-country = Orílẹ̀-èdè
cli-field-from = Láti
cli-field-to = Títí dé
cli-field-context = Bí ẹ ṣe kọ́ ọ
cli-field-stages = Àwọn ìpele

cli-kind-skill = ọgbọ́n iṣẹ́
cli-kind-qualification = ìwé ẹ̀rí
cli-kind-experience = ìrírí
cli-kind-language = èdè
cli-kind-learning = ẹ̀kọ́

cli-context-formal = ìlànà (ilé ẹ̀kọ́, ìwé ẹ̀rí)
cli-context-non-formal = ẹ̀kọ́ kúkúrú
cli-context-informal = nípa ṣíṣe é

cli-stage-recruitment = gbígbà síṣẹ́
cli-stage-pre-departure = kí ẹ tó lọ
cli-stage-arrival = dídé
cli-stage-career = iṣẹ́
cli-stage-return = ìpadàbọ̀

cli-proficiency-basic = ìbẹ̀rẹ̀
cli-proficiency-intermediate = àárín
cli-proficiency-advanced = ìlọsíwájú
cli-proficiency-expert = ọ̀gá

cli-level-eqf = Ìpele EQF { $level }

cli-profile-name = Orúkọ
cli-profile-birth-date = Ọjọ́ ìbí
cli-profile-origin = Ibi tí ó ti wá
cli-profile-current = Ibi tí ó ń gbé
cli-profile-contact = Ọ̀nà ìkànsí
cli-profile-languages = Èdè
cli-profile-mother-tongue = { $language } (èdè abínibí)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = gbígbọ́ { $level }
cli-cefr-reading = kíkà { $level }
cli-cefr-spoken-interaction = bíbá àwọn ẹlòmíì sọ̀rọ̀ { $level }
cli-cefr-spoken-production = sísọ̀rọ̀ { $level }
cli-cefr-writing = kíkọ { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet kò mọ “{ $arg }” níbí.
cli-error-unknown-command = Kò sí àṣẹ tó ń jẹ́ “{ $command }”.
cli-error-invalid-value = A kò lè lo “{ $value }” fún { $arg }.
cli-error-missing-value = { $arg } nílò iye lẹ́yìn rẹ̀.
cli-error-valid-values = Ẹ lè lo: { $values }
cli-error-missing-argument = Nǹkan kan kù: { $arg }
cli-error-missing-command = Ẹ sọ ohun tí Carnet yẹ kí ó ṣe lẹ́yìn “{ $command }”.
cli-error-valid-commands = Àwọn àṣẹ náà ni: { $commands }
cli-error-conflict = A kò lè lo { $arg } pẹ̀lú { $other }.
cli-error-no-equals = Ẹ kọ { $arg } pẹ̀lú àmì dọ́gba àti iye náà lẹ́sẹ̀kẹsẹ̀ lẹ́yìn rẹ̀.
cli-error-too-many-values = { $arg } ń gba iye díẹ̀ jù bẹ́ẹ̀ lọ. “{ $value }” ti pọ̀ jù.
cli-error-wrong-number-of-values = Iye tí { $arg } ní kò tọ́.
cli-error-invalid-utf8 = Carnet kò lè ka díẹ̀ nínú lẹ́tà tí ẹ kọ. Ẹ tún wọn kọ.
cli-error-did-you-mean = Ṣé { $suggestion } lẹ ní lọ́kàn?
cli-error-usage = Carnet kò lóye àṣẹ yìí.
cli-error-usage-hint = Ẹ kọ { $command } --help láti rí ohun tí ẹ lè kọ.
cli-error-set-format = “{ $value }” kì í ṣe àyípadà. Ẹ kọ FIELD=VALUE, fún àpẹẹrẹ --set level=advanced
cli-error-nothing-to-change = Kò sí nǹkan láti yí padà. Ẹ fún un ní ó kéré tán àṣàyàn kan, fún àpẹẹrẹ --name "Your name".

cli-error-passphrase-unavailable = Carnet nílò ọ̀rọ̀ aṣínà ṣùgbọ́n kò lè béèrè rẹ̀ níbí. Ẹ ṣí Carnet nínú tẹ́mínà, tàbí kí ẹ ṣètò { $variable }.
cli-error-passphrase-mismatch = Ọ̀rọ̀ aṣínà méjèèjì kò jọra. Kò sí ohun tí ó yípadà. Ẹ jọ̀wọ́ ẹ tún gbìyànjú.
cli-error-read-file = Carnet kò lè ka fáìlì { $path }. Ẹ yẹ orúkọ fáìlì àti fódà wò, lẹ́yìn náà ẹ tún gbìyànjú.
cli-error-no-data-dir = Carnet kò rí fódà fún ìwé àkọsílẹ̀ yín. Ẹ yan ọ̀kan pẹ̀lú --data-dir, fún àpẹẹrẹ --data-dir ./carnet
cli-error-output = Carnet kò lè kọ ìdáhùn rẹ̀. Ẹ wò ó pé ààyè ìpamọ́ kò kún, lẹ́yìn náà ẹ tún gbìyànjú.
cli-error-details = Àlàyé fún olùrànlọ́wọ́: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Láti ṣe ọ̀kan, ẹ kọ: carnet init
cli-hint-already-exists = Láti rí ohun tó wà nínú rẹ̀, ẹ kọ: carnet list. Fún ìwé àkọsílẹ̀ kejì, ẹ yan fódà míì pẹ̀lú --data-dir.
cli-hint-not-found = Láti rí àwọn ID, ẹ kọ: carnet list
cli-hint-ambiguous-id = Láti rí àwọn ID, ẹ kọ: carnet list
cli-hint-import-format = Ẹ yan fáìlì tí a ṣe pẹ̀lú: carnet export --format json
cli-hint-invalid-field = Fún àkójọ àwọn apá, ẹ kọ: carnet edit --help

## carnet sync

cli-sync-phase-sending = Ó ń fi ránṣẹ́
cli-sync-phase-receiving = Ó ń gbà á
cli-sync-phase-photos = Fọ́tò
cli-sync-done = A ti ṣe àmúṣiṣẹ́pọ̀ pẹ̀lú { $hub }.
cli-sync-changes = { $sent ->
   *[other] a fi àyípadà { $sent } ránṣẹ́
}, { $received ->
   *[other] a gba àyípadà { $received }.
}
cli-sync-photos = { $sent ->
   *[other] a fi fọ́tò { $sent } ránṣẹ́
}, { $received ->
   *[other] a gba fọ́tò { $received }.
}
cli-sync-bytes = Dátà tí a lò: { $up } KB sókè, { $down } KB sísàlẹ̀.
cli-sync-retry = A ó tún gbìyànjú ní { $seconds ->
   *[other] ìṣẹ́jú-àáyá { $seconds }.
}
cli-sync-status-hub = Sáfà: { $hub }
cli-sync-status-last = Àmúṣiṣẹ́pọ̀ tó kẹ́yìn: { $when }
cli-sync-status-pending = { $count ->
    [0] Kò sí àyípadà tó ń dúró.
   *[other] Àyípadà { $count } ń dúró de fífiránṣẹ́.
}
cli-sync-no-hub = kò tíì sí
cli-sync-never = rárá
cli-hint-sync-no-hub = Láti ṣètò rẹ̀, ẹ kọ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = A ti tọ́jú àwọn àyípadà yín. Láti tún gbìyànjú lẹ́yìn náà, ẹ kọ: carnet sync

## carnet pair

cli-pair-show-scan = Ẹ ṣàyẹ̀wò kóòdù yìí pẹ̀lú ẹ̀rọ tuntun yín, tàbí kí ẹ kọ ọ̀rọ̀ tó wà nísàlẹ̀ síbẹ̀.
cli-pair-show-expires = Kóòdù náà á ṣiṣẹ́ fún ìṣẹ́jú 10.
cli-pair-show-request = Ẹ̀rọ “{ $name }” fẹ́ ìwé àkọsílẹ̀ yín. Kóòdù rẹ̀ ni { $fingerprint }.
cli-pair-show-ask = Ṣé ẹ̀rọ tuntun yín ń fi kóòdù kan náà hàn? Ẹ kọ bẹ́ẹ̀ni láti gbà á láàyè, tàbí rárá.
cli-pair-yes = bẹ́ẹ̀ni
cli-pair-show-approved = “{ $name }” ti ní ìwé àkọsílẹ̀ yín báyìí.
cli-pair-show-refused = Ẹ sọ pé rárá. “{ $name }” kò rí nǹkan kan gbà.
cli-pair-default-name = Ẹ̀rọ tuntun
cli-pair-join-check = Ẹ̀rọ yín míì gbọ́dọ̀ fi kóòdù yìí hàn: { $fingerprint }. Ẹ gbà á láàyè níbẹ̀.
cli-pair-join-done = { $count ->
   *[other] Ẹ̀rọ yìí ti ní ìwé àkọsílẹ̀ yín báyìí, pẹ̀lú àkọsílẹ̀ { $count }.
}

## carnet devices

cli-devices-none = Kò sí ẹ̀rọ kankan tó tíì ṣe àmúṣiṣẹ́pọ̀ ìwé àkọsílẹ̀ yìí.
cli-devices-line = { $id }  { $name }  (láti { $added })
cli-devices-this = ← ẹ̀rọ yìí
cli-devices-removed = (a yọ ọ́ kúrò ní { $when })
cli-devices-removed-done = A ti yọ “{ $name }” kúrò. Ìwé àkọsílẹ̀ yín ti ní kọ́kọ́rọ́ tuntun báyìí, èyí tí ẹ̀rọ náà kò ní.
cli-devices-new-sheet = Ìwé ìgbàpadà yín ní kọ́kọ́rọ́ àtijọ́. Ẹ tẹ tuntun jáde báyìí kí ẹ sì ba ti àtijọ́ jẹ́: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Tẹ ìwé ìgbàpadà jáde: pẹ̀lú rẹ̀ àti ọ̀rọ̀ aṣínà yín, ẹ lè gba ìwé àkọsílẹ̀ yín padà sórí fóònù tuntun tí èyí bá sọnù.
cli-cmd-recover = Lórí ẹ̀rọ tuntun: gba ìwé àkọsílẹ̀ yín padà pẹ̀lú ìwé ìgbàpadà àti ọ̀rọ̀ aṣínà yín.
cli-arg-recovery-out = Fáìlì tí a ó kọ ìwé náà sí. Ó gbọ́dọ̀ parí pẹ̀lú .png tàbí .pdf.
cli-arg-recover-sheet = Fọ́tò tàbí àwòrán ìwé ìgbàpadà yín (PNG tàbí JPEG). Carnet á ka kóòdù onígun mẹ́rin rẹ̀.
cli-arg-recover-words = Ọ̀rọ̀ 12 inú ìwé ìgbàpadà yín, ní tẹ̀lé-n-tẹ̀lé, láàárín àmì àyọlò. Ẹ tún fún un ní --hub.
cli-arg-recover-hub = Àdírẹ́sì sáfà tí a tẹ̀ sórí ìwé ìgbàpadà yín, fún àpẹẹrẹ http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet lè kọ ìwé náà gẹ́gẹ́ bí fáìlì .png tàbí .pdf, kì í ṣe gẹ́gẹ́ bí “{ $path }”.
cli-recovery-sheet-done = Ìwé ìgbàpadà yín wà ní { $path }. Ẹ tẹ̀ ẹ́ jáde kí ẹ sì tọ́jú bébà náà sí ibi ààbò, jìnnà sí fóònù yín.
cli-recovery-sheet-english = Ìwé náà wà ní èdè Gẹ̀ẹ́sì: Carnet kò tíì lè ya àwọn lẹ́tà èdè yín dáadáa sórí rẹ̀.
cli-recovery-sheet-replaced = Ìwé èyíkéyìí tí ẹ tẹ̀ jáde tẹ́lẹ̀ kò ṣiṣẹ́ mọ́. Ẹ ba á jẹ́.
cli-recover-done = { $count ->
   *[other] Ìwé àkọsílẹ̀ yín ti padà sórí ẹ̀rọ yìí: àkọsílẹ̀ { $count }.
}
cli-passphrase-sheet-updated = Ìwé ìgbàpadà yín ṣì ń ṣiṣẹ́, pẹ̀lú ọ̀rọ̀ aṣínà tuntun yín.
cli-passphrase-sheet-not-updated = A kò lè ṣe àtúnṣe ìwé ìgbàpadà yín lórí sáfà. Títí ẹ ó fi tẹ tuntun jáde, ó nílò ọ̀rọ̀ aṣínà àtijọ́ yín. Ẹ tẹ ìwé tuntun jáde nígbà tí ẹ bá ti sopọ̀: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Ìwé ìgbàpadà Carnet
cli-sheet-made = A ṣe é ní { $date }
cli-sheet-hub = Sáfà: { $hub }
cli-sheet-words = Ọ̀rọ̀ 12 yín
cli-sheet-instructions =
    Ẹ tọ́jú bébà yìí dáadáa. Pẹ̀lú rẹ̀ àti ọ̀rọ̀ aṣínà yín, ẹ lè gba ìwé àkọsílẹ̀ yín padà sórí fóònù tuntun:
    1. Ẹ fi Carnet sórí fóònù tuntun kí ẹ sì yan láti gba ìwé àkọsílẹ̀ padà.
    2. Ẹ ṣàyẹ̀wò kóòdù onígun mẹ́rin, tàbí kí ẹ kọ ọ̀rọ̀ 12 àti àdírẹ́sì sáfà.
    3. Ẹ kọ ọ̀rọ̀ aṣínà yín. Ìwé àkọsílẹ̀ náà á padà wá láti sáfà.
    Lórí kọ̀ǹpútà: carnet recover --sheet photo.jpg
cli-sheet-warning = Bébà yìí nìkan kò lè ṣí ìwé àkọsílẹ̀ yín: ọ̀rọ̀ aṣínà yín pàápàá ni a nílò. Ẹ má ṣe tọ́jú wọn papọ̀. Tí ẹ bá tẹ ìwé tuntun jáde, èyí kò ní ṣiṣẹ́ mọ́.
