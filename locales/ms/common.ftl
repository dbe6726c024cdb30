# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet

app-tagline = Pasport kemahiran anda, pada peranti anda sendiri

app-version = { app-name } { $version }

## Language picker

lang-name = Bahasa Melayu
