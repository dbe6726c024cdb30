# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet

app-tagline = 你的技能护照，在你自己的设备上

app-version = { app-name } { $version }

## Language picker

lang-name = 简体中文
