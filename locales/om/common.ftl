# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Paaspoortii dandeettii keessanii, meeshaa keessan irratti
app-version = { app-name } { $version }

## Language picker

lang-name = Afaan Oromoo
