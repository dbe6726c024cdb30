# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Fasfon ƙwarewarku, a na'urarku
app-version = { app-name } { $version }

## Language picker

lang-name = Hausa
