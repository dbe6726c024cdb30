# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Pasaporta te ya jêhatîyan, li ser cîhaza te bi xwe
app-version = { app-name } { $version }

## Language picker

lang-name = Kurmancî
