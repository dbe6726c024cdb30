# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Ṣí i pẹ̀lú PIN
app-pin-intro = PIN jẹ́ nọ́mbà kúkúrú tó ń ṣí ìwé àkọsílẹ̀ yín lórí ẹ̀rọ yìí nìkan. Ọ̀rọ̀ aṣínà yín ṣì ń ṣiṣẹ́, àwọn ẹ̀rọ míì sì ṣì nílò rẹ̀.
app-pin-unavailable = Ẹ̀rọ yìí kò ní ibi ààbò láti tọ́jú PIN. Ẹ ṣí ìwé àkọsílẹ̀ yín pẹ̀lú ọ̀rọ̀ aṣínà yín.
app-pin-on = PIN kan ń ṣí ìwé àkọsílẹ̀ yín lórí ẹ̀rọ yìí.
app-pin-new = PIN tuntun (nọ́mbà 6 sí 12)
app-pin-again = Ẹ tún PIN náà kọ
app-pin-set = Lo PIN yìí
app-pin-set-done = PIN yín ti ṣetán. Nígbà míì, ẹ fi ṣí ìwé àkọsílẹ̀ yín.
app-pin-remove = Dẹ́kun lílo PIN
app-pin-removed = A ti pa PIN náà. Ẹ ṣí ìwé àkọsílẹ̀ yín pẹ̀lú ọ̀rọ̀ aṣínà yín.
app-pin-mismatch = PIN méjèèjì kò jọra. Ẹ tún wọn kọ.

## Unlock

app-pin = PIN
app-pin-unlock = Ṣí i pẹ̀lú PIN mi
app-pin-use-passphrase = Lo ọ̀rọ̀ aṣínà mi dípò
app-pin-use-pin = Lo PIN mi

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ní nọ́mbà 6 sí 12, kò sì ní nǹkan míì.
error-pin-wrong = PIN yìí kò tọ́. { $left ->
   *[other] Ẹ ní àǹfààní { $left } sí i, lẹ́yìn náà ẹ ó nílò ọ̀rọ̀ aṣínà yín.
}
error-pin-locked = PIN tí kò tọ́ ti pọ̀ jù, nítorí náà a ti pa PIN náà. Ẹ ṣí ìwé àkọsílẹ̀ yín pẹ̀lú ọ̀rọ̀ aṣínà yín. Lẹ́yìn náà ẹ lè ṣe PIN tuntun.
error-pin-none = Kò sí PIN lórí ẹ̀rọ yìí. Ẹ ṣí ìwé àkọsílẹ̀ yín pẹ̀lú ọ̀rọ̀ aṣínà yín.
error-pin-keystore = Ibi ìpamọ́ ààbò ẹ̀rọ yìí kò dáhùn, nítorí náà a kò lè lo PIN báyìí. Ẹ ṣí ìwé àkọsílẹ̀ yín pẹ̀lú ọ̀rọ̀ aṣínà yín.
