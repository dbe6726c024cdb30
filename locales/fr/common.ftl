# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet

app-tagline = Votre passeport de compétences, sur votre propre appareil

app-version = { app-name } { $version }

## Language picker

lang-name = Français
