# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = باز کردن با PIN
app-pin-intro = PIN یک عدد کوتاه است که کتابچهٔ شما را تنها در همین دستگاه باز می‌کند. رمز شما هنوز هم کار می‌کند، و دستگاه‌های دیگر هنوز به آن ضرورت دارند.
app-pin-unavailable = این دستگاه جای مصئونی برای نگه داشتن PIN ندارد. کتابچهٔ خود را با رمز خود باز کنید.
app-pin-on = یک PIN کتابچهٔ شما را در این دستگاه باز می‌کند.
app-pin-new = PIN جدید (۶ تا ۱۲ عدد)
app-pin-again = PIN را دوباره بنویسید
app-pin-set = این PIN را استفاده کن
app-pin-set-done = PIN شما آماده است. دفعهٔ بعد کتابچهٔ خود را با آن باز کنید.
app-pin-remove = دیگر PIN استفاده نشود
app-pin-removed = PIN خاموش شد. کتابچهٔ خود را با رمز خود باز کنید.
app-pin-mismatch = دو PIN یکسان نیستند. دوباره بنویسید.

## Unlock

app-pin = PIN
app-pin-unlock = باز کردن با PIN من
app-pin-use-passphrase = به جای آن رمز خود را استفاده کنم
app-pin-use-pin = PIN خود را استفاده کنم

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN از ۶ تا ۱۲ عدد است، و چیز دیگری ندارد.
error-pin-wrong = این PIN درست نیست. { $left ->
   *[other] { $left } بار دیگر کوشش کرده می‌توانید، بعد به رمز خود ضرورت دارید.
}
error-pin-locked = PIN غلط بسیار زیاد نوشته شد، پس PIN خاموش شد. کتابچهٔ خود را با رمز خود باز کنید. بعد می‌توانید یک PIN جدید بسازید.
error-pin-none = در این دستگاه PIN نیست. کتابچهٔ خود را با رمز خود باز کنید.
error-pin-keystore = جای مصئون این دستگاه جواب نداد، پس حالا PIN استفاده شده نمی‌تواند. کتابچهٔ خود را با رمز خود باز کنید.
