# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = თქვენი უნარების პასპორტი, თქვენსავე მოწყობილობაზე
app-version = { app-name } { $version }

## Language picker

lang-name = ქართული
