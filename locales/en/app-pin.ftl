# Review status: source language (English), written by the developers.
#
# The app: opening the logbook with a short PIN on this device, its
# setting, and its errors (ui/src/screens/PinSettings.tsx, Unlock.tsx).
# A PIN is a short number (6 to 12 digits). Plain words: many people who
# use Carnet read little.
# Translators: keep every { $variable } exactly as written.

## Settings

app-pin-title = Open with a PIN
app-pin-intro = A PIN is a short number that opens your logbook on this device only. Your passphrase still works, and other devices still need it.
app-pin-unavailable = This device has no safe place to keep a PIN. Open your logbook with your passphrase.
app-pin-on = A PIN opens your logbook on this device.
app-pin-new = New PIN (6 to 12 digits)
app-pin-again = Type the PIN again
app-pin-set = Use this PIN
app-pin-set-done = Your PIN is ready. Next time, open your logbook with it.
app-pin-remove = Stop using a PIN
app-pin-removed = The PIN is off. Open your logbook with your passphrase.
app-pin-mismatch = The two PINs are not the same. Type them again.

## Unlock

app-pin = PIN
app-pin-unlock = Open with my PIN
app-pin-use-passphrase = Use my passphrase instead
app-pin-use-pin = Use my PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = A PIN has 6 to 12 digits, and nothing else.
# $left is how many more wrong PINs are allowed.
error-pin-wrong = This PIN is not right. { $left ->
    [one] 1 more try, then you need your passphrase.
   *[other] { $left } more tries, then you need your passphrase.
}
error-pin-locked = Too many wrong PINs, so the PIN is off. Open your logbook with your passphrase. Then you can make a new PIN.
error-pin-none = There is no PIN on this device. Open your logbook with your passphrase.
error-pin-keystore = This device's safe storage did not answer, so the PIN cannot be used now. Open your logbook with your passphrase.
