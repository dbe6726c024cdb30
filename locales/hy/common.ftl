# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Ձեր հմտությունների անձնագիրը՝ ձեր սեփական սարքում
app-version = { app-name } { $version }

## Language picker

lang-name = Հայերեն
