# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Το διαβατήριο δεξιοτήτων σας, στη δική σας συσκευή
app-version = { app-name } { $version }

## Language picker

lang-name = Ελληνικά
