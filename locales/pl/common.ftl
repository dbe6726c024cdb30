# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Twój paszport umiejętności, na twoim własnym urządzeniu
app-version = { app-name } { $version }

## Language picker

lang-name = Polski
