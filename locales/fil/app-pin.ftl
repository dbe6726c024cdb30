# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Buksan gamit ang PIN
app-pin-intro = Ang PIN ay maikling numero na nagbubukas ng iyong talaan sa device na ito lamang. Gumagana pa rin ang iyong password, at kailangan pa rin ito ng ibang device.
app-pin-unavailable = Walang ligtas na lugar ang device na ito para itago ang PIN. Buksan ang iyong talaan gamit ang password.
app-pin-on = Binubuksan ng PIN ang iyong talaan sa device na ito.
app-pin-new = Bagong PIN (6 hanggang 12 numero)
app-pin-again = I-type ulit ang PIN
app-pin-set = Gamitin ang PIN na ito
app-pin-set-done = Handa na ang iyong PIN. Sa susunod, buksan ang iyong talaan gamit ito.
app-pin-remove = Itigil ang paggamit ng PIN
app-pin-removed = Naka-off na ang PIN. Buksan ang iyong talaan gamit ang password.
app-pin-mismatch = Hindi pareho ang dalawang PIN. I-type ulit.

## Unlock

app-pin = PIN
app-pin-unlock = Buksan gamit ang PIN ko
app-pin-use-passphrase = Gamitin na lang ang password ko
app-pin-use-pin = Gamitin ang PIN ko

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Ang PIN ay may 6 hanggang 12 numero, at wala nang iba.
error-pin-wrong = Mali ang PIN na ito. { $left ->
   *[other] { $left } subok pa, pagkatapos ay kailangan mo na ang iyong password.
}
error-pin-locked = Sobrang daming maling PIN, kaya naka-off na ang PIN. Buksan ang iyong talaan gamit ang password. Pagkatapos, puwede kang gumawa ng bagong PIN.
error-pin-none = Walang PIN sa device na ito. Buksan ang iyong talaan gamit ang password.
error-pin-keystore = Hindi sumagot ang ligtas na imbakan ng device na ito, kaya hindi magagamit ang PIN ngayon. Buksan ang iyong talaan gamit ang password.
