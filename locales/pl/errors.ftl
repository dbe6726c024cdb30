# Review status: machine-drafted, needs review by a native speaker.
# Błędy dziennika, wspólne dla wszystkich części Carnet (wiersz poleceń, aplikacja).

## Passphrase

error-wrong-passphrase = Hasło jest nieprawidłowe. Sprawdź je i spróbuj ponownie. Wielkie litery mają znaczenie.
error-too-many-attempts = { $minutes ->
    [one] Za dużo błędnych haseł. Poczekaj { $minutes } minutę, potem spróbuj ponownie.
    [few] Za dużo błędnych haseł. Poczekaj { $minutes } minuty, potem spróbuj ponownie.
    [many] Za dużo błędnych haseł. Poczekaj { $minutes } minut, potem spróbuj ponownie.
   *[other] Za dużo błędnych haseł. Poczekaj { $minutes } minuty, potem spróbuj ponownie.
}
error-passphrase-too-short = To hasło jest za krótkie. Użyj co najmniej { $min } znaków.

## The logbook files

error-no-logbook = W tym folderze nie ma jeszcze dziennika. Najpierw go utwórz albo wybierz folder, w którym jest twój dziennik.
error-already-exists = W tym folderze jest już dziennik. Nic nie zmieniono.
error-damaged-key-file = Klucz twojego dziennika jest uszkodzony lub go brakuje, więc dziennika nie da się otworzyć. Przywróć kopię z kopii zapasowej albo z urządzenia połączonego z tym.
error-damaged-database = Twój dziennik jest uszkodzony, więc nie da się go otworzyć. Przywróć kopię z kopii zapasowej albo z urządzenia połączonego z tym.
error-too-new = { $what ->
    [export-file] Ten plik zrobiła nowsza wersja Carnet. Zaktualizuj Carnet i spróbuj ponownie.
    [taxonomy] Dane ESCO dołączone do Carnet pochodzą z nowszej wersji Carnet. Zaktualizuj Carnet i spróbuj ponownie.
   *[other] Twój dziennik zapisała nowsza wersja Carnet. Zaktualizuj Carnet i spróbuj ponownie.
}
error-disk-full = Dysk jest pełny. Nic nie zostało utracone. Zwolnij trochę miejsca, na przykład usuwając stare pliki, potem spróbuj ponownie.
error-io = Carnet nie mógł odczytać ani zapisać plików twojego dziennika. Sprawdź, czy folder istnieje i czy możesz w nim zapisywać, potem spróbuj ponownie.
error-internal = Coś poszło nie tak w Carnet. To błąd Carnet, nie twój. Powiedz o tym twórcom Carnet.

## Entries

error-not-found = Żaden wpis nie ma id „{ $id }”. Sprawdź id i spróbuj ponownie.
error-ambiguous-id = Więcej niż jeden wpis zaczyna się od „{ $id }”. Wpisz dłuższą część id.

## Values the person typed

error-invalid-kind = „{ $value }” to nie rodzaj wpisu. Użyj skill, qualification, experience, language lub learning.
error-invalid-date = „{ $value }” to nie data. Napisz rok (2019), miesiąc (2019-05) lub dzień (2019-05-14).
error-invalid-level = { $kind ->
    [language] „{ $value }” to nie poziom języka. Użyj A1, A2, B1, B2, C1 lub C2.
    [qualification] „{ $value }” to nie poziom kwalifikacji. Użyj liczby od 1 do 8 (EQF).
    [learning] „{ $value }” to nie poziom kursu. Użyj liczby od 1 do 8 (EQF).
    [eqf] „{ $value }” to nie poziom EQF. Użyj liczby od 1 do 8.
   *[other] „{ $value }” to nie poziom. Użyj basic, intermediate, advanced lub expert.
}
error-invalid-country = „{ $value }” to nie kod kraju. Użyj dwóch liter, na przykład SY, AF, ER lub DE.
error-invalid-language = „{ $value }” to nie kod języka. Użyj krótkiego kodu, na przykład ar, fa-AF lub en.
error-invalid-esco = „{ $value }” to nie adres ESCO. Zaczyna się on od http://data.europa.eu/esco/
error-invalid-isco = „{ $value }” to nie kod zawodu ISCO-08. Użyj od 1 do 4 cyfr, na przykład 7212.
error-invalid-proficiency = „{ $value }” to nie poziom. Użyj basic, intermediate, advanced lub expert.
error-invalid-context = „{ $value }” to nie sposób nauki. Użyj formal, non-formal lub informal.
error-invalid-stage = „{ $value }” to nie etap. Użyj recruitment, pre-departure, arrival, career lub return.
error-invalid-field = „{ $value }” to nie coś, co można zmienić. Użyj jednego z: { $expected }.
error-empty-field = { $field ->
    [title] Nazwa jest pusta. Napisz krótką nazwę.
   *[other] Pole { $field } jest puste. Napisz w nim coś.
}
error-date-order = Data końca { $to } jest przed datą początku { $from }. Sprawdź obie daty.
error-import-format = Ten plik nie jest eksportem Carnet, więc nie da się go odczytać. Wybierz plik wyeksportowany przez Carnet.

## Photos

error-evidence-not-an-image = Ten plik nie jest zdjęciem. Carnet przyjmuje obrazy JPEG, PNG i WebP.
error-evidence-unsupported-format = To obraz { $format } i Carnet nie może go użyć. Zapisz go jako JPEG, PNG lub WebP, potem spróbuj ponownie.
error-evidence-damaged = Zdjęcie jest uszkodzone lub niepełne. Zrób lub wybierz zdjęcie ponownie.
error-evidence-too-large = Obraz jest za duży ({ $width } × { $height } pikseli). Zrób zdjęcie w niższej jakości albo wybierz mniejszą kopię.
error-evidence-file-too-big = Plik jest za duży ({ $megabytes } MB). Limit to 32 MB. Wybierz mniejszy plik.
error-evidence-encode-failed = Carnet nie mógł zapisać zdjęcia. Spróbuj ponownie. Jeśli to się powtórzy, powiedz o tym twórcom Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = „{ $url }” to nie adres huba. Adres huba wygląda tak: http://192.168.1.10:8470. Zapytaj o niego w ośrodku.
error-sync-no-hub = Dla tego dziennika nie ustawiono jeszcze huba. Zapytaj w ośrodku o adres ich huba.
error-sync-unreachable = Carnet nie może połączyć się z hubem { $url }. Twój dziennik jest bezpieczny na tym urządzeniu. Spróbuj ponownie, gdy będziesz w sieci ośrodka.
error-sync-refused = Hub nie przyjmuje tego urządzenia dla tego dziennika. Jeśli usunięto to urządzenie z dziennika, tak ma być. W przeciwnym razie zapytaj w ośrodku.
error-sync-unknown-logbook = Hub nie ma jeszcze kopii tego dziennika. Najpierw zsynchronizuj urządzenie, które ma twój dziennik, potem spróbuj ponownie.
error-sync-rate-limited = Hub jest zajęty. Poczekaj { $seconds } s, potem spróbuj ponownie. Twój dziennik jest bezpieczny na tym urządzeniu.
error-sync-hub-full = Hub nie ma już miejsca na twój dziennik. Twój dziennik jest bezpieczny na tym urządzeniu. Zapytaj w ośrodku.
error-sync-hub-error = Hub miał problem ({ $status } { $code }). Twój dziennik jest bezpieczny na tym urządzeniu. Spróbuj później albo zapytaj w ośrodku.
error-sync-protocol = Hub wysłał coś, czego ta wersja Carnet nie umie odczytać. Twój dziennik jest bezpieczny na tym urządzeniu. Zaktualizuj Carnet albo zapytaj w ośrodku.
error-sync-forged = Hub wysłał zmianę, która jest uszkodzona lub została przez kogoś zmieniona. Carnet jej nie użył i twój dziennik się nie zmienił. Powiedz o tym w ośrodku.
error-sync-incomplete = Hub nie wysłał wszystkich zmian, które powinien. Carnet ich nie użył i twój dziennik się nie zmienił. Spróbuj później albo powiedz o tym w ośrodku.
error-sync-unknown-epoch = To urządzenie nie ma najnowszego klucza twojego dziennika, więc nie może odczytać tego, co jest w hubie. Jeśli usunięto to urządzenie, tak ma być. W przeciwnym razie połącz je ponownie.
error-sync-rolled-back = Hub stracił część danych. Twój dziennik na tym urządzeniu jest kompletny i się nie zmienił. Powiedz o tym w ośrodku.
error-sync-pairing-code = To nie jest kod łączenia albo brakuje jego części. Pokaż kod ponownie na innym urządzeniu i zeskanuj lub wpisz go w całości.
error-sync-pairing-expired = Ten kod łączenia jest za stary. Pokaż nowy kod na innym urządzeniu.
error-sync-pairing-taken = Inne urządzenie już odpowiedziało na ten kod łączenia. Niczego nie udostępniono. Pokaż nowy kod na innym urządzeniu i spróbuj ponownie.
error-sync-pairing-refused = Twoje inne urządzenie odmówiło połączenia. Niczego nie udostępniono.
error-sync-remove-self = To jest urządzenie, którego teraz używasz. Aby je usunąć, zrób to z innego swojego urządzenia.
error-sync-cancelled = Przestano czekać na inne urządzenie. Niczego nie udostępniono. Zacznij od nowa, gdy oba urządzenia będą gotowe.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = To nie jest kwadratowy kod karty odzyskiwania Carnet albo Carnet nie mógł odczytać go w całości. Zrób ostrzejsze zdjęcie całego kodu albo wpisz 12 słów.
error-sync-recovery-words = { $problem ->
    [count] Karta odzyskiwania ma 12 słów; podano { $position }. Wpisz wszystkie 12, po kolei.
    [unknown] Słowo { $position } nie jest słowem kart odzyskiwania. Sprawdź jego pisownię na karcie.
   *[other] Słowa do siebie nie pasują: jedno z nich jest błędne albo dwa są zamienione. Sprawdź każde słowo na karcie.
}
error-sync-recovery-no-box = Hub nie ma nic dla tej karty odzyskiwania. Mogła ją zastąpić nowsza karta albo karta jest dla innego huba. Użyj swojej najnowszej karty.
error-sheet-write = Carnet nie mógł zapisać karty do { $path }. Sprawdź folder i wolne miejsce. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet nie może znaleźć swojego pliku danych ESCO ({ $path }). Zainstaluj Carnet ponownie.
error-taxonomy-damaged = Plik danych ESCO w Carnet jest uszkodzony ({ $reason }). Zainstaluj Carnet ponownie.
error-unknown-concept = Nie ma umiejętności ani zawodu ESCO „{ $concept }”. Znajdź adres poleceniem carnet esco search.
error-not-an-occupation = „{ $concept }” to umiejętność ESCO, nie zawód. Znajdź zawód poleceniem carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet nie znalazł kwadratowego kodu na tym obrazie. Zrób ostrzejsze zdjęcie całego kodu albo wpisz kod.
error-save-file = Carnet nie mógł zapisać pliku w { $path }. Sprawdź wolne miejsce. ({ $reason })

## Voice notes

error-evidence-not-audio = Ten plik nie jest nagraniem dźwięku. Carnet przyjmuje pliki dźwiękowe WebM, Ogg, MP4, M4A, AAC, MP3 i WAV.
error-evidence-audio-is-video = Ten plik to wideo. Carnet zachowuje tylko dźwięk. Nagraj notatkę głosową albo wybierz plik dźwiękowy.
error-evidence-audio-too-big = Plik dźwiękowy jest za duży ({ $megabytes } MB). Limit to 5 MB. Nagraj krótszą notatkę głosową.
error-evidence-audio-damaged = Plik dźwiękowy jest uszkodzony lub niepełny. Nagraj go lub wybierz ponownie.
error-evidence-not-evidence = Ten plik nie jest ani zdjęciem, ani nagraniem dźwięku. Carnet przyjmuje zdjęcia (JPEG, PNG, WebP) i pliki dźwiękowe (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet nie może używać mikrofonu. Zezwól na to w ustawieniach telefonu albo dołącz plik dźwiękowy.
error-microphone-failed = Carnet nie mógł nagrywać. Spróbuj ponownie albo dołącz plik dźwiękowy.
error-recording-empty = Nic nie nagrano. Spróbuj ponownie i mów po naciśnięciu przycisku.
error-evidence-missing = Tego zdjęcia lub notatki głosowej nie ma jeszcze na tym urządzeniu ({ $sha }). Zsynchronizuj, aby je dostać.
