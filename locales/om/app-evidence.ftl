# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Suuraalee fi ergaa sagalee
app-evidence-hint = Waan gochuu dandeessan agarsiisaa: suuraa waraqaa kaasaa, ykn sagalee keessaniin waa'ee isaa himaa.
app-evidence-add-photo = Suuraa waraqaa ragaa ida'aa
app-evidence-record = Ergaa sagalee waraabaa
app-evidence-attach-sound = Faayilii sagalee maxxansaa
app-evidence-adding-photo = Suuraan ida'amaa jira…
app-evidence-adding-voice = Ergaan sagalee ida'amaa jira…
app-evidence-recording = Waraabaa jira: { $time } kan { $max }
app-evidence-stop = Dhaabaa fi kuusaa
app-evidence-starting = Maayikiroofoonii jalqabaa jira…
app-evidence-photo = Suuraa { $number }
app-evidence-voice = Ergaa sagalee { $number }
app-evidence-view = Guddisaa ilaalaa
app-evidence-close = Cufaa
app-evidence-missing = Ammaaf bilbila kana irra hin jiru. Argachuuf walsimsiisaa.
app-evidence-other = Faayilii Carnet haaraa irraa dhufe. Ilaaluuf Carnet haaromsaa.
app-evidence-saved = Kuufameera. Dabalataan ida'uu ni dandeessu.
app-evidence-remove-confirm = Kun barreeffama irraa haa haqamu? Meeshaa kana irraas ni haqama.
