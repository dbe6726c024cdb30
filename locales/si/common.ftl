# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = ඔබේ කුසලතා පාස්පෝට් එක, ඔබේම උපාංගයේ
app-version = { app-name } { $version }

## Language picker

lang-name = සිංහල
