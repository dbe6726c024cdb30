# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Beceri pasaportunuz, kendi cihazınızda
app-version = { app-name } { $version }

## Language picker

lang-name = Türkçe
