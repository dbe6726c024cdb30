# Review status: machine-drafted, needs review by a native speaker.
# Messages shared by every Carnet front end (CLI, app, printed documents).

## Identity

app-name = Carnet

app-tagline = Ihr Pass für Ihre Fähigkeiten, auf Ihrem eigenen Gerät

app-version = { app-name } { $version }

## Language picker

lang-name = Deutsch
