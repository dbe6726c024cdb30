# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = باز کردن با PIN
app-pin-intro = PIN یک عدد کوتاه است که دفترچهٔ شما را فقط روی همین دستگاه باز می‌کند. رمز عبور شما همچنان کار می‌کند و دستگاه‌های دیگر هنوز به آن نیاز دارند.
app-pin-unavailable = این دستگاه جای امنی برای نگه داشتن PIN ندارد. دفترچهٔ خود را با رمز عبور باز کنید.
app-pin-on = یک PIN دفترچهٔ شما را روی این دستگاه باز می‌کند.
app-pin-new = PIN تازه (۶ تا ۱۲ رقم)
app-pin-again = PIN را دوباره بنویسید
app-pin-set = این PIN را به کار ببر
app-pin-set-done = PIN شما آماده است. دفعهٔ بعد دفترچه را با آن باز کنید.
app-pin-remove = دیگر PIN به کار نرود
app-pin-removed = PIN خاموش شد. دفترچهٔ خود را با رمز عبور باز کنید.
app-pin-mismatch = دو PIN یکی نیستند. دوباره بنویسید.

## Unlock

app-pin = PIN
app-pin-unlock = باز کردن با PIN من
app-pin-use-passphrase = به جای آن رمز عبور را به کار ببرم
app-pin-use-pin = PIN خود را به کار ببرم

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN از ۶ تا ۱۲ رقم است و چیز دیگری ندارد.
error-pin-wrong = این PIN درست نیست. { $left ->
   *[other] { $left } بار دیگر می‌توانید امتحان کنید، بعد به رمز عبور نیاز دارید.
}
error-pin-locked = PIN اشتباه زیاد وارد شد، پس PIN خاموش شد. دفترچهٔ خود را با رمز عبور باز کنید. بعد می‌توانید PIN تازه بسازید.
error-pin-none = روی این دستگاه PIN نیست. دفترچهٔ خود را با رمز عبور باز کنید.
error-pin-keystore = جای امن این دستگاه پاسخ نداد، پس الان نمی‌شود از PIN استفاده کرد. دفترچهٔ خود را با رمز عبور باز کنید.
