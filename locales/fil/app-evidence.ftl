# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Mga litrato at voice note
app-evidence-hint = Ipakita ang kaya mong gawin: kunan ng litrato ang isang papel, o ikuwento ito gamit ang iyong boses.
app-evidence-add-photo = Magdagdag ng litrato ng sertipiko
app-evidence-record = Mag-record ng voice note
app-evidence-attach-sound = Maglakip ng sound file
app-evidence-adding-photo = Idinaragdag ang litrato…
app-evidence-adding-voice = Idinaragdag ang voice note…
app-evidence-recording = Nagre-record: { $time } sa { $max }
app-evidence-stop = Ihinto at itago
app-evidence-starting = Binubuksan ang mikropono…
app-evidence-photo = Litrato { $number }
app-evidence-voice = Voice note { $number }
app-evidence-view = Tingnan nang malaki
app-evidence-close = Isara
app-evidence-missing = Wala pa sa teleponong ito. Mag-sync para makuha ito.
app-evidence-other = File mula sa mas bagong Carnet. I-update ang Carnet para makita ito.
app-evidence-saved = Na-save. Puwede ka pang magdagdag.
app-evidence-remove-confirm = Tanggalin ito sa entry? Mabubura rin ito sa device na ito.
