# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet

app-tagline = Ang pasaporte ng iyong kasanayan, sa sarili mong device

app-version = { app-name } { $version }

## Language picker

lang-name = Filipino
