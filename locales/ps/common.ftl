# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = ستاسو د مهارتونو پاسپورټ، پر خپله وسیله
app-version = { app-name } { $version }

## Language picker

lang-name = پښتو
