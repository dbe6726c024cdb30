# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Ku fur PIN
app-pin-intro = PIN waa lambar gaaban oo diiwaankaaga ka fura qalabkan oo keliya. Ereyga sirta weli wuu shaqaynayaa, qalabyada kalena weli way u baahan yihiin.
app-pin-unavailable = Qalabkani ma laha meel ammaan ah oo PIN lagu kaydiyo. Diiwaankaaga ku fur ereyga sirta.
app-pin-on = PIN ayaa diiwaankaaga ka fura qalabkan.
app-pin-new = PIN cusub (6 ilaa 12 tiro)
app-pin-again = Mar kale qor PIN-ka
app-pin-set = Isticmaal PIN-kan
app-pin-set-done = PIN-kaagu waa diyaar. Marka xigta, diiwaankaaga ku fur.
app-pin-remove = Jooji isticmaalka PIN
app-pin-removed = PIN-ka waa la damiyay. Diiwaankaaga ku fur ereyga sirta.
app-pin-mismatch = Labada PIN isku mid ma aha. Mar kale qor.

## Unlock

app-pin = PIN
app-pin-unlock = Ku fur PIN-kayga
app-pin-use-passphrase = Halkii isticmaal ereygayga sirta
app-pin-use-pin = Isticmaal PIN-kayga

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN wuxuu leeyahay 6 ilaa 12 tiro, wax kale ma leh.
error-pin-wrong = PIN-kani sax ma aha. { $left ->
    [one] 1 isku day oo kale, kadib waxaad u baahan tahay ereyga sirta.
   *[other] { $left } isku day oo kale, kadib waxaad u baahan tahay ereyga sirta.
}
error-pin-locked = PIN khaldan oo badan, sidaas darteed PIN-ka waa la damiyay. Diiwaankaaga ku fur ereyga sirta. Kadib waxaad samayn kartaa PIN cusub.
error-pin-none = Qalabkan PIN kuma jiro. Diiwaankaaga ku fur ereyga sirta.
error-pin-keystore = Kaydka ammaanka ah ee qalabkan ma jawaabin, sidaas darteed PIN-ka hadda lama isticmaali karo. Diiwaankaaga ku fur ereyga sirta.
