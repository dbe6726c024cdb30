# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Ẹ yan èdè yín
app-continue = Tẹ̀síwájú

## First run: making a passphrase

app-create-title = Ẹ dáàbò bo ìwé àkọsílẹ̀ yín
app-create-intro = Ẹ yan ọ̀rọ̀ aṣínà kan. Ẹ̀yin nìkan ló mọ̀ ọ́n. Carnet á máa béèrè rẹ̀ nígbàkúùgbà tí ẹ bá ṣí ìwé àkọsílẹ̀ yín.
app-passphrase = Ọ̀rọ̀ aṣínà
app-passphrase-again = Ẹ tún un kọ
app-passphrase-show = Fihàn
app-passphrase-hide = Fi pamọ́
app-strength-too-short = Ó kúrú jù: ẹ lo ó kéré tán lẹ́tà { $min }.
app-strength-weak = Kò lágbára: ọ̀rọ̀ díẹ̀ papọ̀ rọrùn láti rántí, ó sì ṣòro láti fojú inú mọ̀.
app-strength-fair = Ó dára. Èyí tó gùn jù bẹ́ẹ̀ lọ tún ní ààbò jù.
app-strength-strong = Ó lágbára.
app-passphrase-mismatch = Ọ̀rọ̀ aṣínà méjèèjì kò jọra. Ẹ tún wọn kọ.
app-create = Ṣẹ̀dá ìwé àkọsílẹ̀ mi
app-working = Ẹ jọ̀wọ́ ẹ dúró…
app-back = Padà

## Unlock

app-unlock-title = Ẹ ṣí ìwé àkọsílẹ̀ yín
app-unlock = Ṣí i
app-lock = Tì í pa

## The logbook

app-logbook-title = Ìwé àkọsílẹ̀ mi
app-logbook-empty = Ìwé àkọsílẹ̀ yín ṣófo. Ẹ fi ohun kan tí ẹ lè ṣe kún un.
app-add = Fi kún un
app-kind-skill = Ọgbọ́n iṣẹ́
app-kind-qualification = Ìwé ẹ̀rí
app-kind-experience = Ìrírí iṣẹ́
app-kind-language = Èdè
app-kind-learning = Ẹ̀kọ́
app-self-declared = Èmi fúnra mi ló sọ
app-show-more = { $count ->
   *[other] Fi { $count } sí i hàn
}
app-endorsed = A ti fọwọ́ sí i

## Adding an entry

app-add-title = Fi kún ìwé àkọsílẹ̀ mi
app-add-kind = Kí ni èyí?
app-add-title-label = Orúkọ
app-add-title-hint = Fún àpẹẹrẹ: Iṣẹ́ alurinmọ́, Wíwa ọkọ̀ akẹ́rù, Èdè Lárúbáwá
app-add-level = Ìpele
app-level-none = Kò sí ìpele
app-level-basic = Ìbẹ̀rẹ̀
app-level-intermediate = Àárín
app-level-advanced = Ìlọsíwájú
app-level-expert = Ọ̀gá
app-level-eqf = Ìpele { $level }
app-save = Tọ́jú
app-cancel = Fagilé

## Moving around

app-settings = Ètò
app-sync = Àmúṣiṣẹ́pọ̀
app-edit = Yí i padà
app-remove = Yọ ọ́ kúrò

## The logbook: search and filter

app-search = Wá
app-search-hint = Ẹ kọ ọ̀rọ̀ kan, fún àpẹẹrẹ: alurin
app-stage-filter = Ìpele ìrìn àjò yín
app-stage-any = Gbogbo ìpele
app-stage-recruitment = Gbígbà síṣẹ́
app-stage-pre-departure = Kí ẹ tó lọ
app-stage-arrival = Dídé
app-stage-career = Iṣẹ́
app-stage-return = Ìpadàbọ̀
app-search-none = Kò sí ohun tó bá a mu. Ẹ gbìyànjú ọ̀rọ̀ míì tàbí ìpele míì.

## Changing and removing an entry

app-edit-title = Yí àkọsílẹ̀ yìí padà
app-stages = Àwọn ìpele ìrìn àjò yín
app-remove-confirm = Ṣé kí a yọ “{ $title }” kúrò nínú ìwé àkọsílẹ̀ yín? A kò ní lè dá a padà.
app-remove-yes = Bẹ́ẹ̀ ni, yọ ọ́ kúrò

## Settings

app-settings-title = Ètò
app-settings-language = Èdè
app-settings-lock = Tì í pa lẹ́yìn
app-lock-minutes = { $minutes ->
   *[other] ìṣẹ́jú { $minutes } láìlò ó
}
app-settings-passphrase = Yí ọ̀rọ̀ aṣínà padà
app-passphrase-current = Ọ̀rọ̀ aṣínà ti ìsinsìnyí
app-passphrase-new = Ọ̀rọ̀ aṣínà tuntun
app-passphrase-change = Yí ọ̀rọ̀ aṣínà padà
app-passphrase-changed = A ti yí ọ̀rọ̀ aṣínà yín padà. Ẹ máa lo tuntun láti ìsinsìnyí lọ.
app-about = Nípa Carnet
app-locked-idle = Carnet ti ti ìwé àkọsílẹ̀ yín pa nítorí pé kò sí ẹni tó lò ó fún ìgbà díẹ̀. Ẹ tún un ṣí pẹ̀lú ọ̀rọ̀ aṣínà yín.

## Sync with a hub

app-sync-title = Àmúṣiṣẹ́pọ̀ pẹ̀lú sáfà
app-sync-intro = Sáfà máa ń tọ́jú ẹ̀dà ìwé àkọsílẹ̀ yín tí a ti tì pa, kí ẹ lè lò ó lórí fóònù míì. Sáfà kò lè kà á.
app-hub-address = Àdírẹ́sì sáfà
app-hub-address-hint = Fún àpẹẹrẹ: https://hub.example.org
app-hub-save = Tọ́jú àdírẹ́sì
app-sync-now = Ṣe àmúṣiṣẹ́pọ̀ báyìí
app-sync-never = A kò tíì ṣe àmúṣiṣẹ́pọ̀.
app-sync-last = Àmúṣiṣẹ́pọ̀ tó kẹ́yìn: { $when }
app-sync-pending = { $count ->
    [0] Kò sí ohun tó ń dúró de fífiránṣẹ́.
   *[other] Àyípadà { $count } ń dúró de fífiránṣẹ́.
}
app-sync-sending = Ó ń fi ránṣẹ́
app-sync-receiving = Ó ń gbà á
app-sync-photos = Fọ́tò
app-sync-done = Àmúṣiṣẹ́pọ̀ ti parí.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Ìwé àkọsílẹ̀ yín ti wà ní títì. Ẹ ṣí i pẹ̀lú ọ̀rọ̀ aṣínà yín, lẹ́yìn náà ẹ tún gbìyànjú.
error-unknown-language = Carnet kò ní èdè { $tag }. Ẹ yan ọ̀kan nínú àkójọ.

## Settings: how the screens look

app-settings-display = Bí Carnet ṣe rí
app-high-contrast = Ìyàtọ̀ àwọ̀ tó lágbára (dúdú lórí funfun)
app-text-size = Ìtóbi ọ̀rọ̀
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Gbọ́ ọ

## Two languages at once

app-dual-language = Tún fihàn ní èdè
app-dual-none = Kò sí èdè kejì
