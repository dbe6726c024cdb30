# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Baasaboorka xirfadahaaga, qalabkaaga gaarka ah
app-version = { app-name } { $version }

## Language picker

lang-name = Soomaali
