# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = آپ کی مہارتوں کا پاسپورٹ، آپ کے اپنے آلے پر
app-version = { app-name } { $version }

## Language picker

lang-name = اردو
