# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Pasipoti ya ujuzi wako, kwenye kifaa chako mwenyewe
app-version = { app-name } { $version }

## Language picker

lang-name = Kiswahili
