# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = پاسپۆرتی کارامەییەکانت، لەسەر ئامێری خۆت
app-version = { app-name } { $version }

## Language picker

lang-name = کوردی
