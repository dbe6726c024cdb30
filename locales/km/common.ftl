# Review status: machine-drafted, needs review by a native speaker.
# Messages shared by every Carnet front end (CLI, app, printed documents).

## Identity

app-name = Carnet

app-tagline = លិខិតឆ្លងដែនជំនាញរបស់អ្នក នៅលើឧបករណ៍ផ្ទាល់ខ្លួនរបស់អ្នក

app-version = { app-name } { $version }

## Language picker

lang-name = ខ្មែរ
