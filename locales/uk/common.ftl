# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Ваш паспорт навичок, на вашому власному пристрої
app-version = { app-name } { $version }

## Language picker

lang-name = Українська
