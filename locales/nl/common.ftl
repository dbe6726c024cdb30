# Review status: machine-drafted, needs review by a native speaker.
# Messages shared by every Carnet front end (CLI, app, printed documents).

## Identity

app-name = Carnet

app-tagline = Je paspoort voor je vaardigheden, op je eigen apparaat

app-version = { app-name } { $version }

## Language picker

lang-name = Nederlands
