# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Koʻnikmalaringiz pasporti, oʻz qurilmangizda
app-version = { app-name } { $version }

## Language picker

lang-name = Oʻzbekcha
