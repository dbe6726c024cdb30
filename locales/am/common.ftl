# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = የክህሎት ፓስፖርትዎ፣ በራስዎ መሣሪያ ላይ
app-version = { app-name } { $version }

## Language picker

lang-name = አማርኛ
