# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = Ìwé ìrìnnà ọgbọ́n iṣẹ́ yín, lórí ẹ̀rọ ara yín
app-version = { app-name } { $version }

## Language picker

lang-name = Èdè Yorùbá
