# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Pasaporta e aftësive tuaja, në pajisjen tuaj
app-version = { app-name } { $version }

## Language picker

lang-name = Shqip
