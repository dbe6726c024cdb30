# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Picha na jumbe za sauti
app-evidence-hint = Onyesha unachoweza kufanya: piga picha ya karatasi, au eleza kwa sauti yako.
app-evidence-add-photo = Ongeza picha ya cheti
app-evidence-record = Rekodi ujumbe wa sauti
app-evidence-attach-sound = Ambatisha faili ya sauti
app-evidence-adding-photo = Inaongeza picha…
app-evidence-adding-voice = Inaongeza ujumbe wa sauti…
app-evidence-recording = Inarekodi: { $time } kati ya { $max }
app-evidence-stop = Simamisha na uhifadhi
app-evidence-starting = Inawasha kipaza sauti…
app-evidence-photo = Picha { $number }
app-evidence-voice = Ujumbe wa sauti { $number }
app-evidence-view = Ona kwa ukubwa
app-evidence-close = Funga
app-evidence-missing = Bado haipo kwenye simu hii. Sawazisha ili uipate.
app-evidence-other = Faili kutoka Carnet mpya zaidi. Sasisha Carnet ili uione.
app-evidence-saved = Imehifadhiwa. Unaweza kuongeza zaidi.
app-evidence-remove-confirm = Ondoa hii kwenye ingizo? Itafutwa pia kwenye kifaa hiki.
