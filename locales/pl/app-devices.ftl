# Review status: machine-drafted, needs review by a native speaker.
# Ekrany urządzeń: dodawanie urządzenia, lista urządzeń, karta odzyskiwania, eksport i import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Dodaj inne urządzenie
app-pair-intro = Przenieś swój dziennik na inny swój telefon lub komputer. Oba urządzenia potrzebują huba.
app-pair-start = Dodaj inne urządzenie
app-pair-passphrase = Aby dodać urządzenie, wpisz swoje hasło.
app-pair-show = Pokaż kod
app-pair-scan = Na nowym urządzeniu wybierz „Dołącz do dziennika”, a potem zeskanuj ten kwadratowy kod albo wpisz tekst pod nim.
app-pair-qr-alt = Kwadratowy kod do zeskanowania nowym urządzeniem
app-pair-code-label = Kod jako tekst
app-pair-expires = Kod działa jeszcze { $time }.
app-pair-waiting = Czekamy na nowe urządzenie…
app-pair-request = „{ $name }” chce dostać twój dziennik.
app-pair-compare = Czy nowe urządzenie pokazuje ten sam kod?
app-pair-approve = Tak, zezwól
app-pair-refuse = Nie
app-pair-approved = „{ $name }” ma teraz twój dziennik. Pojawi się na liście urządzeń po synchronizacji.
app-pair-refused = Odmówiono. „{ $name }” nic nie dostało.
app-pair-again = Pokaż nowy kod

## Sync screen: the devices of this logbook

app-devices-title = Twoje urządzenia
app-devices-none = Żadne urządzenie nie zsynchronizowało jeszcze tego dziennika. Zsynchronizuj, a to urządzenie pojawi się tutaj.
app-devices-this = To urządzenie
app-devices-added = Dodano { $date }
app-devices-removed = Usunięto { $date }
app-devices-remove = Usuń
app-devices-remove-confirm = Usunąć „{ $name }”? Zrób to, gdy telefon zginął, został sprzedany lub oddany.
app-devices-remove-consequences = Zachowa to, co już ma, ale nie dostanie niczego, co dodasz od teraz. Twój dziennik dostanie nowy klucz, a twoje inne urządzenia dostaną go przy synchronizacji. Aby znowu używać tamtego urządzenia, dodaj je jeszcze raz.
app-devices-remove-yes = Tak, usuń
app-devices-removed-done = „{ $name }” usunięto. Twój dziennik ma teraz nowy klucz, którego tamto urządzenie nie ma.
app-devices-new-sheet = Twoja karta odzyskiwania ma stary klucz. Zrób teraz nową w Ustawieniach i zniszcz starą.

## First run: another way to start

app-start-other = Masz już dziennik?
app-start-join = Dołącz z innego urządzenia
app-start-recover = Odzyskaj z karty

## First run: joining a logbook from another device

app-join-title = Dołącz do dziennika
app-join-intro = Na swoim innym urządzeniu otwórz „Synchronizacja” i wybierz „Dodaj inne urządzenie”. Pokaże ono kod.
app-join-code = Kod (zaczyna się od CNP1:)
app-join-code-hint = Wklej lub wpisz kod tutaj
app-join-picture = Otwórz zdjęcie kodu
app-join-name = Nazwa tego urządzenia
app-join-name-default = Moje nowe urządzenie
app-join-passphrase = Wybierz hasło dla tego urządzenia
app-join-send = Dalej
app-join-check = Twoje inne urządzenie musi pokazywać ten sam kod. Zezwól tam.
app-join-waiting = Czekamy, aż twoje inne urządzenie zezwoli…
app-join-copying = Kopiujemy twój dziennik…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Odzyskaj swój dziennik
app-recover-intro = Użyj karty odzyskiwania i swojego hasła. Carnet pobierze twój dziennik z huba.
app-recover-by-words = Wpisz 12 słów
app-recover-by-code = Użyj kwadratowego kodu
app-recover-words = 12 słów, po kolei
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = Adres huba z karty
app-recover-code = Tekst kwadratowego kodu (zaczyna się od CNS1:)
app-recover-picture = Otwórz zdjęcie karty
app-recover-passphrase = Twoje hasło (to samo co wcześniej)
app-recover-start = Odzyskaj mój dziennik

## Reading a square code from a picture

app-picture-read = Kod odczytano ze zdjęcia.
app-scan-camera = Skanuj aparatem
error-camera-scan = Nie odczytano kodu. Jeśli Carnet nie może używać aparatu, zezwól na to w ustawieniach telefonu. Możesz też otworzyć zdjęcie kodu.

## Settings: the recovery sheet

app-sheet-title = Karta odzyskiwania
app-sheet-intro = Karta odzyskiwania to kartka z 12 słowami i kwadratowym kodem. Jeśli zgubisz ten telefon, karta i twoje hasło przywrócą dziennik na nowym. Trzymaj kartę w bezpiecznym miejscu, z dala od telefonu. Nie trzymaj hasła razem z nią.
app-sheet-replaces = Nowa karta zastępuje starą: stara karta przestaje działać.
app-sheet-needs-hub = Karta używa huba. Najpierw ustaw adres huba na ekranie Synchronizacja.
app-sheet-passphrase = Wpisz hasło, aby zrobić kartę
app-sheet-format = Zapisz jako
app-sheet-pdf = PDF, do druku
app-sheet-png = Obraz
app-sheet-make = Zrób kartę odzyskiwania
app-sheet-saved = Twoja karta odzyskiwania jest zapisana w { $path }. Wydrukuj ją albo zapisz słowa poniżej i trzymaj kartkę w bezpiecznym miejscu.
app-sheet-english = Karta jest po angielsku: Carnet nie umie jeszcze pisać na niej liter twojego języka.
app-sheet-words = Twoje 12 słów

## Settings: export and import

app-export-title = Eksport i import
app-export-intro = Eksport zapisuje cały twój dziennik w jednym pliku, aby go przechować lub dać wybranej osobie.
app-export-consent = W tym pliku twój dziennik jest w czytelnej formie: nie jest zabezpieczony hasłem. Każdy, kto dostanie plik, może wszystko przeczytać. Zdjęć nie ma w pliku.
app-export-agree = Rozumiem. Zapisz plik
app-export = Eksportuj
app-export-saved = { $count ->
    [one] Zapisano { $count } wpis w { $path }.
    [few] Zapisano { $count } wpisy w { $path }.
    [many] Zapisano { $count } wpisów w { $path }.
   *[other] Zapisano { $count } wpisu w { $path }.
}
app-import-intro = Import dodaje do tego dziennika to, co jest w wyeksportowanym pliku. Nic z dziennika nie zostanie usunięte.
app-import = Importuj plik
app-import-added = { $count ->
    [0] Brak nowych wpisów.
    [one] Dodano { $count } nowy wpis.
    [few] Dodano { $count } nowe wpisy.
    [many] Dodano { $count } nowych wpisów.
   *[other] Dodano { $count } nowego wpisu.
}
app-import-updated = { $count ->
    [0] Żaden wpis się nie zmienił.
    [one] Zmieniono { $count } wpis.
    [few] Zmieniono { $count } wpisy.
    [many] Zmieniono { $count } wpisów.
   *[other] Zmieniono { $count } wpisu.
}
app-import-unchanged = { $count ->
    [0] Żaden wpis nie był już taki sam.
    [one] { $count } wpis był już taki sam.
    [few] { $count } wpisy były już takie same.
    [many] { $count } wpisów było już takich samych.
   *[other] { $count } wpisu było już takie same.
}
app-import-profile = Twój profil został zaktualizowany.
app-import-missing-photos = { $count ->
    [one] { $count } zdjęcia wymienionego w pliku nie ma na tym urządzeniu.
    [few] { $count } zdjęć wymienionych w pliku nie ma na tym urządzeniu.
    [many] { $count } zdjęć wymienionych w pliku nie ma na tym urządzeniu.
   *[other] { $count } zdjęcia wymienionego w pliku nie ma na tym urządzeniu.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Twoja karta odzyskiwania nadal działa, z nowym hasłem.
app-passphrase-sheet-not-updated = Nie udało się zaktualizować twojej karty odzyskiwania w hubie. Dopóki nie zrobisz nowej, potrzebuje ona starego hasła. Zrób nową kartę, gdy będziesz mieć połączenie.

## This device's name

app-device-name = Nazwa tego urządzenia
app-device-name-hint = Nazwa, którą twoje inne urządzenia pokazują dla tego, na przykład „Telefon Aminy”.
app-device-name-saved = Zapisano. Twoje inne urządzenia pokażą ją po synchronizacji tego urządzenia.
