# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Pașaportul abilităților dumneavoastră, pe propriul dispozitiv
app-version = { app-name } { $version }

## Language picker

lang-name = Română
