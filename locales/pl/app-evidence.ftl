# Review status: machine-drafted, needs review by a native speaker.
# Zdjęcia dokumentów i notatki głosowe przy wpisie.

app-evidence-title = Zdjęcia i notatki głosowe
app-evidence-hint = Pokaż, co umiesz: zrób zdjęcie dokumentu albo opowiedz o tym głosem.
app-evidence-add-photo = Dodaj zdjęcie certyfikatu
app-evidence-record = Nagraj notatkę głosową
app-evidence-attach-sound = Dołącz plik dźwiękowy
app-evidence-adding-photo = Dodajemy zdjęcie…
app-evidence-adding-voice = Dodajemy notatkę głosową…
app-evidence-recording = Nagrywanie: { $time } z { $max }
app-evidence-stop = Zatrzymaj i zachowaj
app-evidence-starting = Włączamy mikrofon…
app-evidence-photo = Zdjęcie { $number }
app-evidence-voice = Notatka głosowa { $number }
app-evidence-view = Zobacz w dużym rozmiarze
app-evidence-close = Zamknij
app-evidence-missing = Jeszcze nie ma tego na telefonie. Zsynchronizuj, aby to dostać.
app-evidence-other = Plik z nowszej wersji Carnet. Zaktualizuj Carnet, aby go zobaczyć.
app-evidence-saved = Zapisano. Możesz dodać więcej.
app-evidence-remove-confirm = Usunąć to z wpisu? Zostanie też usunięte z tego urządzenia.
