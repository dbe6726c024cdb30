# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Fọ́tò àti ohùn tí a gbà sílẹ̀
app-evidence-hint = Ẹ fi ohun tí ẹ lè ṣe hàn: ẹ ya fọ́tò ìwé kan, tàbí kí ẹ sọ nípa rẹ̀ pẹ̀lú ohùn yín.
app-evidence-add-photo = Fi fọ́tò ìwé ẹ̀rí kún un
app-evidence-record = Gba ohùn sílẹ̀
app-evidence-attach-sound = So fáìlì ohùn mọ́ ọn
app-evidence-adding-photo = À ń fi fọ́tò náà kún un…
app-evidence-adding-voice = À ń fi ohùn náà kún un…
app-evidence-recording = À ń gbà á sílẹ̀: { $time } nínú { $max }
app-evidence-stop = Dúró kí o sì tọ́jú
app-evidence-starting = À ń tan gbohùngbohùn…
app-evidence-photo = Fọ́tò { $number }
app-evidence-voice = Ohùn { $number }
app-evidence-view = Wò ó ní títóbi
app-evidence-close = Pa á dé
app-evidence-missing = Kò tíì sí lórí fóònù yìí. Ẹ ṣe àmúṣiṣẹ́pọ̀ láti gbà á.
app-evidence-other = Fáìlì láti inú ẹ̀dà Carnet tó tuntun jù. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti rí i.
app-evidence-saved = A ti tọ́jú u. Ẹ lè fi púpọ̀ sí i kún un.
app-evidence-remove-confirm = Ṣé kí a yọ èyí kúrò lára àkọsílẹ̀ náà? A ó tún pa á rẹ́ lórí ẹ̀rọ yìí.
