# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Fungua kwa PIN
app-pin-intro = PIN ni namba fupi inayofungua daftari lako kwenye kifaa hiki tu. Nenosiri lako bado linafanya kazi, na vifaa vingine bado vinalihitaji.
app-pin-unavailable = Kifaa hiki hakina mahali salama pa kuhifadhi PIN. Fungua daftari lako kwa nenosiri lako.
app-pin-on = PIN inafungua daftari lako kwenye kifaa hiki.
app-pin-new = PIN mpya (tarakimu 6 hadi 12)
app-pin-again = Andika PIN tena
app-pin-set = Tumia PIN hii
app-pin-set-done = PIN yako iko tayari. Wakati ujao, fungua daftari lako kwa PIN hiyo.
app-pin-remove = Acha kutumia PIN
app-pin-removed = PIN imezimwa. Fungua daftari lako kwa nenosiri lako.
app-pin-mismatch = PIN mbili hazifanani. Ziandike tena.

## Unlock

app-pin = PIN
app-pin-unlock = Fungua kwa PIN yangu
app-pin-use-passphrase = Tumia nenosiri langu badala yake
app-pin-use-pin = Tumia PIN yangu

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ina tarakimu 6 hadi 12, na si kitu kingine.
error-pin-wrong = PIN hii si sahihi. { $left ->
    [one] Jaribio 1 zaidi, kisha utahitaji nenosiri lako.
   *[other] Majaribio { $left } zaidi, kisha utahitaji nenosiri lako.
}
error-pin-locked = PIN nyingi zisizo sahihi, kwa hivyo PIN imezimwa. Fungua daftari lako kwa nenosiri lako. Kisha unaweza kutengeneza PIN mpya.
error-pin-none = Hakuna PIN kwenye kifaa hiki. Fungua daftari lako kwa nenosiri lako.
error-pin-keystore = Hifadhi salama ya kifaa hiki haikujibu, kwa hivyo PIN haiwezi kutumika sasa. Fungua daftari lako kwa nenosiri lako.
