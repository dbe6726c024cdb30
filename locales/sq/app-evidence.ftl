# Review status: machine-drafted, needs review by a native speaker.
# Foto të dokumenteve dhe shënime zanore te një shënim.

app-evidence-title = Foto dhe shënime zanore
app-evidence-hint = Tregoni çfarë dini të bëni: bëni një foto të një letre ose tregojeni me zërin tuaj.
app-evidence-add-photo = Shtoni një foto të një certifikate
app-evidence-record = Regjistroni një shënim zanor
app-evidence-attach-sound = Bashkëngjitni një skedar zanor
app-evidence-adding-photo = Po shtojmë foton…
app-evidence-adding-voice = Po shtojmë shënimin zanor…
app-evidence-recording = Regjistrim: { $time } nga { $max }
app-evidence-stop = Ndaloni dhe ruajeni
app-evidence-starting = Po ndezim mikrofonin…
app-evidence-photo = Foto { $number }
app-evidence-voice = Shënim zanor { $number }
app-evidence-view = Shiheni të madhe
app-evidence-close = Mbylleni
app-evidence-missing = Nuk është ende në këtë telefon. Sinkronizoni për ta marrë.
app-evidence-other = Një skedar nga një Carnet më i ri. Përditësoni Carnet për ta parë.
app-evidence-saved = U ruajt. Mund të shtoni të tjera.
app-evidence-remove-confirm = Ta hiqni këtë nga shënimi? Fshihet edhe nga kjo pajisje.
