# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet

app-tagline = Paspor keterampilan Anda, di perangkat Anda sendiri

app-version = { app-name } { $version }

## Language picker

lang-name = Bahasa Indonesia
