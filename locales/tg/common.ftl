# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Шиносномаи маҳоратҳои шумо, дар дастгоҳи худатон
app-version = { app-name } { $version }

## Language picker

lang-name = Тоҷикӣ
