# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Àwọn ìfọwọ́sí mi
app-present = Fi ọgbọ́n iṣẹ́ mi hàn
app-verify = Yẹ kóòdù kan wò

## Wallet

app-wallet-title = Àwọn ìfọwọ́sí mi
app-wallet-intro = Ìwọ̀nyí ni ọgbọ́n iṣẹ́ tí ẹnìkan fọwọ́ sí fún yín. Ẹ lè fi wọ́n hàn pẹ̀lú kóòdù QR.
app-wallet-empty = Kò tíì sí ẹni tó fọwọ́ sí ọgbọ́n iṣẹ́ kankan fún yín. Ẹ sọ fún olùkọ́ni, agbanisíṣẹ́ tàbí ibùdó kan láti jẹ́rìí sí ohun tí ẹ lè ṣe.
app-wallet-by = { $name } ló fọwọ́ sí i ({ $kind }, { $country })
app-wallet-issued = A fọwọ́ sí i ní { $date }
app-wallet-expires = Ó wúlò títí di { $date }
app-wallet-expired = Ó parí ní { $date }
app-wallet-no-expiry = Kò ní parí
app-wallet-damaged = Ìfọwọ́sí yìí ti bàjẹ́, a kò sì lè fi hàn. Ẹ béèrè tuntun lọ́wọ́ ẹni tó fọwọ́ sí i.
app-standing-valid = A ti yẹ̀ ẹ́ wò: ẹnìkan nínú àkójọ ìgbẹ́kẹ̀lé yín ló fọwọ́ sí i
app-standing-unknown-issuer = A fọwọ́ sí i, ṣùgbọ́n ẹni tó fọwọ́ sí i kò sí nínú àkójọ ìgbẹ́kẹ̀lé yín
app-standing-expired = Àkókò rẹ̀ ti kọjá
app-standing-revoked = Ẹni tó fọwọ́ sí i ti gbà á padà
app-standing-malformed = Ó ti bàjẹ́

## Present: choosing what to show

app-present-title = Fi ọgbọ́n iṣẹ́ mi hàn
app-present-endorsed = Ẹnìkan ti fọwọ́ sí i
app-present-self = Èmi nìkan ló sọ
app-present-self-hint = Olùyẹ̀wò á rí ìwọ̀nyí bí ọ̀rọ̀ ẹnu yín, kì í ṣe bí èyí tí a fọwọ́ sí.
app-present-details = Ohun tí a ó fi hàn nínú ọ̀kọ̀ọ̀kan
app-present-details-all = Gbogbo rẹ̀
app-present-details-short = Orúkọ àti ìpele nìkan
app-present-stage = Fún ta ni?
app-present-print = Fún títẹ̀ sórí bébà (ó wúlò fún ọdún 5)
app-present-make = Fi kóòdù QR hàn
app-present-none = Ẹ yan ó kéré tán ohun kan láti fi hàn.
app-present-nothing-yet = Ìwé àkọsílẹ̀ yín ṣófo. Ẹ kọ́kọ́ fi nǹkan kún un.

## Present: the QR code

app-qr-title = Ẹ jẹ́ kí wọ́n ṣàyẹ̀wò kóòdù yìí
app-qr-expires = Kóòdù yìí á ṣiṣẹ́ títí di { $date }.
app-qr-preview = Ohun tí olùyẹ̀wò á rí
app-qr-preview-hide = Fi ohun tí olùyẹ̀wò á rí pamọ́
app-qr-done = Ó ti parí
app-qr-preview-note = Èyí ni ohun tí olùyẹ̀wò tó ní àkójọ ìgbẹ́kẹ̀lé kan náà pẹ̀lú fóònù yìí á rí.

## Verify

app-verify-title = Yẹ kóòdù kan wò
app-verify-intro = Ẹ ya fọ́tò tàbí yan àwòrán kóòdù QR Carnet kan. A kò fi nǹkan kan ránṣẹ́ sí ibikíbi: àyẹ̀wò náà ń ṣẹlẹ̀ lórí ẹ̀rọ yìí.
app-verify-picture = Ya fọ́tò tàbí yan àwòrán
app-verify-text = Tàbí ẹ lẹ̀ ọ̀rọ̀ kóòdù náà (ó bẹ̀rẹ̀ pẹ̀lú CN1:)
app-verify-check = Yẹ̀ ẹ́ wò
app-verify-checking = À ń yẹ̀ ẹ́ wò…
app-verify-again = Yẹ kóòdù míì wò

## The verdict

app-verdict-title = Àbájáde
app-verdict-made = A ṣe é fún { $stage } ní { $date }.
app-verdict-expires = Kóòdù náà á ṣiṣẹ́ títí di { $date }.
app-verdict-newer = Ẹ̀dà Carnet tó tuntun jù ló ṣe kóòdù yìí. Ẹ fi ẹ̀dà Carnet tuntun sórí ẹ̀rọ láti yẹ̀ ẹ́ wò.
app-item-endorsed = A ti fọwọ́ sí i
app-item-self = Ọ̀rọ̀ ẹnu wọn
app-item-assessed = A yẹ̀ ẹ́ wò nípasẹ̀ { $how }
app-item-hidden = { $count ->
   *[other] Onítọ̀hún fi àlàyé { $count } pamọ́.
}

## Errors of these screens

error-wallet-no-key = Ìwé àkọsílẹ̀ yìí kò ní kọ́kọ́rọ́ láti fi fọwọ́ sí. A kò fi nǹkan kan hàn. Ẹ jọ̀wọ́ ẹ fi ìṣòro yìí tó wa létí.
error-wallet-not-endorsed = Kò tíì sí ẹni tó fọwọ́ sí “{ $title }”. Ẹ fi hàn bí “èmi nìkan ló sọ”, tàbí kí ẹ ní kí ẹnìkan jẹ́rìí sí i.
error-wallet-credential-damaged = Ìfọwọ́sí “{ $title }” ti bàjẹ́. Ẹ fi hàn bí “èmi nìkan ló sọ”, tàbí kí ẹ béèrè tuntun.
error-wallet-entry-unfit = “{ $title }” kò lè wọ inú kóòdù: { $field } rẹ̀ ti gùn jù tàbí kò sí ní ọ̀nà tó tọ́. Ẹ yí àkọsílẹ̀ náà padà, lẹ́yìn náà ẹ tún gbìyànjú.
error-wallet-selected-twice = A yan “{ $title }” lẹ́ẹ̀mejì. Ẹ yàn án lẹ́ẹ̀kan.
error-wallet-nothing-chosen = Ẹ yan ó kéré tán ohun kan láti fi hàn.
error-wallet-too-large = Èyí ti pọ̀ jù fún kóòdù QR kan (lẹ́tà { $chars }). Ẹ yan nǹkan díẹ̀, tàbí kí ẹ fi orúkọ àti ìpele nìkan hàn.
error-wallet-credential = A kò lè ṣe kóòdù náà. A kò fi nǹkan kan hàn. Ẹ jọ̀wọ́ ẹ fi ìṣòro yìí tó wa létí. (Fún olùrànlọ́wọ́: { $reason })
error-wallet-no-code = A kò rí kóòdù QR Carnet kankan nínú àwòrán yìí. Ẹ tún ya fọ́tò náà, ní tòsí àti kedere, kí gbogbo kóòdù náà wà nínú rẹ̀.
error-wallet-not-a-picture = Fáìlì yìí kì í ṣe àwòrán tí Carnet lè kà. Ẹ lo fọ́tò (JPEG tàbí PNG).
error-wallet-picture-too-large = Àwòrán náà ti tóbi jù (pixel { $width } × { $height }). Ẹ ya èyí tó kéré jù, kí ẹ sì tún gbìyànjú.
error-wallet-got-request = Èyí jẹ́ ìbéèrè láti fọwọ́ sí ọgbọ́n iṣẹ́ ẹnìkan, kì í ṣe kóòdù tó ń fi ọgbọ́n iṣẹ́ hàn. A kò yẹ nǹkan kan wò.
error-wallet-trust-damaged = Àkójọ ìgbẹ́kẹ̀lé yín ti bàjẹ́ tàbí a ti yí wọn padà. Ẹ tún kó wọn wọlé. Títí di ìgbà náà, a kò ní ka ẹnikẹ́ni tó fọwọ́ sí i sí ẹni tí a gbẹ́kẹ̀lé.
error-wallet-trust-unreadable = Carnet kò lè ka àkójọ ìgbẹ́kẹ̀lé yín nínú { $path }. Ẹ wò ó pé ààyè wà lórí ẹ̀rọ náà. (Fún olùrànlọ́wọ́: { $reason })
error-wallet-not-yours = A ṣe ìfọwọ́sí yìí fún ìwé àkọsílẹ̀ ẹlòmíì, kì í ṣe tiyín. A kò tọ́jú nǹkan kan. Ẹ rí i dájú pé fáìlì tiyín ni ẹ gbà.
error-wallet-bad-signature = Ìbuwọ́lù lórí fáìlì yìí kò bá a mu: a ti yí i padà tàbí ó ti bàjẹ́. A kò tọ́jú nǹkan kan. Ẹ tún béèrè fáìlì náà.
error-wallet-not-a-credential = Fáìlì yìí kì í ṣe ìfọwọ́sí Carnet tí a fọwọ́ sí. A kò tọ́jú nǹkan kan. Ẹ béèrè fáìlì tí ẹni tó fọwọ́ sí i ṣe lọ́wọ́ rẹ̀.
error-wallet-too-many = Ẹ béèrè ohun tí kò ju { $max } lọ lẹ́ẹ̀kan. Ẹ yan díẹ̀ sí i.
error-wallet-not-from-request = Ìfọwọ́sí yìí kò sọ èwo nínú àkọsílẹ̀ yín ni ó jẹ́rìí sí. A kò tọ́jú nǹkan kan. Ẹ béèrè tuntun, tí a ṣe láti inú kóòdù ìbéèrè yín.
error-wallet-entry-gone = Ìfọwọ́sí yìí jẹ́rìí sí àkọsílẹ̀ tí kò sí nínú ìwé àkọsílẹ̀ yín mọ́. A kò tọ́jú nǹkan kan. Tí ẹ bá ti yọ ọ́ kúrò, ẹ tún fi kún un láti inú ẹ̀dà kan, lẹ́yìn náà ẹ béèrè ìfọwọ́sí tuntun.

## Asking for a signature, and keeping it

app-request = Béèrè ìbuwọ́lù
app-request-title = Béèrè ìbuwọ́lù
app-request-intro = Ẹ fi kóòdù yìí han olùkọ́ni, agbanisíṣẹ́ tàbí ibùdó tí yóò jẹ́rìí sí ohun tí ẹ lè ṣe. Wọn á ṣàyẹ̀wò rẹ̀ pẹ̀lú Carnet, wọn á sì dá fáìlì tí a fọwọ́ sí padà fún yín.
app-request-key = Kọ́kọ́rọ́ yín: { $kid }. Ẹni tó ń fọwọ́ sí i á rí kóòdù kan náà.
app-request-text = Kóòdù kan náà ní ọ̀rọ̀, láti fi ránṣẹ́ nínú ìfiránṣẹ́
app-request-next = Nígbà tí ẹ bá gba fáìlì tí a fọwọ́ sí, ẹ ṣí “Àwọn ìfọwọ́sí mi” kí ẹ sì tẹ “Fi fáìlì tí a fọwọ́ sí kún un”.
app-receive = Fi fáìlì tí a fọwọ́ sí kún un
app-received = A ti tọ́jú u: { $name } ({ $kind }) fọwọ́ sí { $titles }.
