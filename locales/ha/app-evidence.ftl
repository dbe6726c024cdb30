# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Hotuna da saƙonnin murya
app-evidence-hint = Nuna abin da kuke iya yi: ɗauki hoton takarda, ko ku faɗa game da shi da muryarku.
app-evidence-add-photo = Ƙara hoton takardar shaida
app-evidence-record = Naɗi saƙon murya
app-evidence-attach-sound = Haɗa fayil ɗin sauti
app-evidence-adding-photo = Ana ƙara hoton…
app-evidence-adding-voice = Ana ƙara saƙon muryar…
app-evidence-recording = Ana naɗa: { $time } cikin { $max }
app-evidence-stop = Tsayar da ajiye
app-evidence-starting = Ana kunna makirufo…
app-evidence-photo = Hoto { $number }
app-evidence-voice = Saƙon murya { $number }
app-evidence-view = Duba shi da girma
app-evidence-close = Rufe
app-evidence-missing = Babu shi a wannan waya tukuna. Ku daidaita don samunsa.
app-evidence-other = Fayil daga sabuwar Carnet. Sabunta Carnet don ganinsa.
app-evidence-saved = An ajiye. Kuna iya ƙara wasu.
app-evidence-remove-confirm = A cire wannan daga shigarwar? Za a share shi daga wannan na'ura ma.
