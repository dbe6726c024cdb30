# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = ፓስፖርት ክእለታትኩም፡ ኣብ ናይ ባዕልኹም መሳርሒ
app-version = { app-name } { $version }

## Language picker

lang-name = ትግርኛ
