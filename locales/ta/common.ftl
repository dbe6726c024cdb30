# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = உங்கள் திறன் கடவுச்சீட்டு, உங்கள் சொந்த சாதனத்தில்
app-version = { app-name } { $version }

## Language picker

lang-name = தமிழ்
