# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = আপনার দক্ষতার পাসপোর্ট, আপনার নিজের ডিভাইসে
app-version = { app-name } { $version }

## Language picker

lang-name = বাংলা
