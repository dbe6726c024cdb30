# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = तपाईंको सीपको राहदानी, तपाईंकै डिभाइसमा
app-version = { app-name } { $version }

## Language picker

lang-name = नेपाली
