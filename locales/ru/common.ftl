# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Ваш паспорт навыков, на вашем собственном устройстве
app-version = { app-name } { $version }

## Language picker

lang-name = Русский
