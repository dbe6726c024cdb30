# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet

app-tagline = Tu pasaporte de habilidades, en tu propio dispositivo

app-version = { app-name } { $version }

## Language picker

lang-name = Español
