# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = ਤੁਹਾਡੇ ਹੁਨਰਾਂ ਦਾ ਪਾਸਪੋਰਟ, ਤੁਹਾਡੇ ਆਪਣੇ ਡਿਵਾਈਸ ਉੱਤੇ
app-version = { app-name } { $version }

## Language picker

lang-name = ਪੰਜਾਬੀ
