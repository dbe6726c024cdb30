# Review status: machine-drafted, needs review by a native speaker.
# Błędy biblioteki carnet-credential. $what i $expected to tylko słowa kluczowe do wyboru zdania.

## Files and texts

error-credential-malformed = { $what ->
        [request] Ta prośba jest uszkodzona albo nie jest prośbą Carnet. Poproś o nią jeszcze raz.
        [credential] Ten plik potwierdzenia jest uszkodzony albo nie jest potwierdzeniem Carnet. Poproś osobę, która potwierdziła twoje wpisy, aby wysłała go jeszcze raz.
       *[other] To jest uszkodzone albo nie jest plikiem Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] To nie jest prośba Carnet: to inny rodzaj pliku Carnet. Prośbę robi się poleceniem carnet request.
        [credential] To nie jest potwierdzenie Carnet: to inny rodzaj pliku Carnet. Sprawdź, czy wybrano plik od osoby, która potwierdziła twoje wpisy.
       *[other] To inny rodzaj pliku Carnet. Sprawdź, czy wybrano właściwy plik.
    }
error-credential-newer-version = { $what ->
        [request] Tę prośbę zrobiła nowsza wersja Carnet.
        [credential] To potwierdzenie zrobiła nowsza wersja Carnet.
        [text] Ten kod zrobiła nowsza wersja Carnet.
       *[other] To zrobiła nowsza wersja Carnet.
    } Zaktualizuj Carnet i spróbuj ponownie.
error-credential-invalid-field = Nie można użyć wartości ({ $field }): jest za długa albo ma złą formę. Nic nie zapisano.
error-credential-entry-count = Prośba zawiera od 1 do { $max } wpisów, nie { $found }. Aby potwierdzić więcej, zrób dwie prośby.
error-credential-invalid-key = To nie jest prawidłowy klucz publiczny. Sprawdź, czy skopiowano go w całości.
error-credential-bad-signature = Podpis na tym potwierdzeniu się nie zgadza: zostało zmienione lub uszkodzone po podpisaniu. Nic nie zachowano. Poproś o plik jeszcze raz.
error-credential-not-yours = To potwierdzenie zrobiono dla cudzego dziennika, nie twojego. Nic nie zachowano. Upewnij się, że to twój własny plik.
error-credential-no-such-entry = W tym potwierdzeniu nie ma wpisu { $index }.
error-credential-duplicate-entry = Wpis { $index } wybrano dwa razy.
error-credential-wrong-prefix = Ten tekst nie jest kodem Carnet: nie zaczyna się od CN1: (umiejętności do sprawdzenia) ani CNR1: (prośba o potwierdzenie).
error-credential-base45 = Tekst zawiera znaki, których kod Carnet nie może mieć. Może jest ucięty albo źle wpisany.
error-credential-zlib = Kod jest ucięty albo uszkodzony.
error-credential-too-large = Kod jest o wiele za duży, aby być kodem Carnet.

## QR codes

error-qr-not-alphanumeric = Tekst zawiera znaki, których kod QR dla Carnet nie pomieści. To błąd w Carnet; zgłoś go.
error-qr-too-large = To za dużo na jeden kod QR: { $chars } znaków, a kod QR, który telefony dobrze czytają (wersja { $version }, poziom { $ec }), mieści { $capacity }. Nic nie zapisano. { $what ->
        [request] Proś o mniej wpisów naraz albo zapisz prośbę do pliku z końcówką .cbor.
       *[other] Wybierz mniej wpisów albo pokaż mniej części opcją --fields.
    }
error-qr-bad-version = Taki rozmiar kodu QR nie istnieje.
error-qr-bad-module-size = Taki rozmiar kropki nie jest możliwy.
error-qr-not-an-image = Ten plik nie jest obrazem, który Carnet umie odczytać. Użyj PNG, JPEG lub WebP.
error-qr-image-too-large = Obraz jest za duży ({ $width } × { $height } pikseli). Zmniejsz go i spróbuj ponownie.
error-qr-not-found = Na obrazie nie udało się odczytać kodu QR. Zrób ostrzejsze zdjęcie z bliższa, z całym kodem.
error-qr-render-failed = Nie udało się zrobić obrazu QR. To błąd w Carnet; zgłoś go.
