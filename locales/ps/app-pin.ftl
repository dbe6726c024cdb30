# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = د PIN په مرسته پرانیستل
app-pin-intro = PIN یوه لنډه شمېره ده چې ستاسو کتابچه یوازې په دې وسیله کې پرانیزي. ستاسو پټه جمله لا هم کار کوي، او نورې وسیلې لا هم ورته اړتیا لري.
app-pin-unavailable = دا وسیله د PIN د ساتلو لپاره خوندي ځای نه لري. خپله کتابچه په پټه جمله پرانیزئ.
app-pin-on = PIN ستاسو کتابچه په دې وسیله کې پرانیزي.
app-pin-new = نوی PIN (له ۶ تر ۱۲ عددونو)
app-pin-again = PIN بیا ولیکئ
app-pin-set = دا PIN وکاروه
app-pin-set-done = ستاسو PIN چمتو دی. بل ځل خپله کتابچه پرې پرانیزئ.
app-pin-remove = PIN مه کاروه
app-pin-removed = PIN بند شو. خپله کتابچه په پټه جمله پرانیزئ.
app-pin-mismatch = دواړه PINونه یو شان نه دي. بیا یې ولیکئ.

## Unlock

app-pin = PIN
app-pin-unlock = زما په PIN پرانیزه
app-pin-use-passphrase = پر ځای یې زما پټه جمله وکاروه
app-pin-use-pin = زما PIN وکاروه

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN له ۶ تر ۱۲ عددونه لري، او نور هېڅ نه.
error-pin-wrong = دا PIN سم نه دی. { $left ->
    [one] ۱ بله هڅه، بیا به پټې جملې ته اړتیا ولرئ.
   *[other] { $left } نورې هڅې، بیا به پټې جملې ته اړتیا ولرئ.
}
error-pin-locked = ډېر غلط PINونه، نو PIN بند شو. خپله کتابچه په پټه جمله پرانیزئ. بیا کولای شئ نوی PIN جوړ کړئ.
error-pin-none = په دې وسیله کې PIN نشته. خپله کتابچه په پټه جمله پرانیزئ.
error-pin-keystore = د دې وسیلې خوندي زېرمې ځواب ورنه کړ، نو PIN اوس نشي کارېدای. خپله کتابچه په پټه جمله پرانیزئ.
