# Review status: machine-drafted, needs review by a native speaker.
# Messages shared by every Carnet front end (CLI, app, printed documents).

## Identity

app-name = Carnet

app-tagline = Hộ chiếu kỹ năng của bạn, trên thiết bị của chính bạn

app-version = { app-name } { $version }

## Language picker

lang-name = Tiếng Việt
