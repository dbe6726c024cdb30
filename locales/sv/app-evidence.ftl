# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = Foton och röstmeddelanden
app-evidence-hint = Visa vad du kan: ta ett foto av ett papper, eller berätta om det med din röst.
app-evidence-add-photo = Lägg till ett foto av ett intyg
app-evidence-record = Spela in ett röstmeddelande
app-evidence-attach-sound = Bifoga en ljudfil
app-evidence-adding-photo = Lägger till fotot…
app-evidence-adding-voice = Lägger till röstmeddelandet…
app-evidence-recording = Spelar in: { $time } av { $max }
app-evidence-stop = Stoppa och spara
app-evidence-starting = Startar mikrofonen…
app-evidence-photo = Foto { $number }
app-evidence-voice = Röstmeddelande { $number }
app-evidence-view = Visa stort
app-evidence-close = Stäng
app-evidence-missing = Finns inte på den här telefonen än. Synka för att få det.
app-evidence-other = En fil från en nyare Carnet. Uppdatera Carnet för att se den.
app-evidence-saved = Sparat. Du kan lägga till mer.
app-evidence-remove-confirm = Ta bort det här från posten? Det tas också bort från den här enheten.
