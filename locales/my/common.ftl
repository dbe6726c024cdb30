# Review status: machine-drafted, needs review by a native speaker.
# Messages shared by every Carnet front end (CLI, app, printed documents).

## Identity

app-name = Carnet

app-tagline = သင့်ကိုယ်ပိုင်စက်ပေါ်ရှိ သင့်ကျွမ်းကျင်မှု ပတ်စပို့

app-version = { app-name } { $version }

## Language picker

lang-name = မြန်မာ
