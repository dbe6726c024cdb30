# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = پاسپورت مهارت‌های شما، در دستگاه خود شما
app-version = { app-name } { $version }

## Language picker

lang-name = دری
