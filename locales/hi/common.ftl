# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = आपके हुनर का पासपोर्ट, आपके अपने डिवाइस पर
app-version = { app-name } { $version }

## Language picker

lang-name = हिन्दी
