# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Bi PIN veke
app-pin-intro = PIN hejmareke kurt e ku deftera te tenê li ser vê cîhazê vedike. Şîfreya te hîn dixebite, û cîhazên din hîn pêwîstî wê ne.
app-pin-unavailable = Li ser vê cîhazê cihekî ewle ji bo parastina PIN tune. Deftera xwe bi şîfreya xwe veke.
app-pin-on = PIN deftera te li ser vê cîhazê vedike.
app-pin-new = PIN a nû (6 heta 12 hejmar)
app-pin-again = PIN dîsa binivîse
app-pin-set = Vê PIN bi kar bîne
app-pin-set-done = PIN a te amade ye. Cara din, deftera xwe pê veke.
app-pin-remove = Êdî PIN bi kar neyne
app-pin-removed = PIN hat girtin. Deftera xwe bi şîfreya xwe veke.
app-pin-mismatch = Her du PIN ne wek hev in. Dîsa binivîse.

## Unlock

app-pin = PIN
app-pin-unlock = Bi PIN a min veke
app-pin-use-passphrase = Li şûna wê şîfreya min bi kar bîne
app-pin-use-pin = PIN a min bi kar bîne

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN 6 heta 12 hejmar e, û tiştekî din tune.
error-pin-wrong = Ev PIN ne rast e. { $left ->
    [one] 1 ceribandin maye, paşê şîfreya te pêwîst e.
   *[other] { $left } ceribandin mane, paşê şîfreya te pêwîst e.
}
error-pin-locked = Gelek PIN ên şaş, ji ber vê PIN hat girtin. Deftera xwe bi şîfreya xwe veke. Paşê tu dikarî PIN eke nû çêkî.
error-pin-none = Li ser vê cîhazê PIN tune. Deftera xwe bi şîfreya xwe veke.
error-pin-keystore = Depoya ewle ya vê cîhazê bersiv neda, ji ber vê PIN niha nayê bikaranîn. Deftera xwe bi şîfreya xwe veke.
