# Review status: machine-drafted, needs review by a native speaker.
# Polecenia dla podpisujących i sprawdzających: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Podpisuj umiejętności innych osób jako trener, pracodawca, ośrodek, szkoła lub kolega z pracy.
cli-cmd-issuer-init = Utwórz swój klucz do podpisywania. Jest zabezpieczony hasłem.
cli-cmd-issuer-show = Pokaż swoją nazwę, rodzaj i klucz publiczny podpisującego. Hasło nie jest potrzebne.
cli-cmd-issuer-revoke = Cofnij jedno podpisane przez siebie potwierdzenie, po jego numerze.
cli-cmd-issuer-status-list = Zapisz podpisaną listę cofniętych potwierdzeń, aby dać ją sprawdzającym.
cli-cmd-endorse = Podpisz prośbę, którą ktoś ci dał, i zapisz potwierdzenie do oddania.
cli-cmd-trust = Wybierz, czyim podpisom ufasz, gdy sprawdzasz kod QR.
cli-cmd-trust-anchor = Kotwice zaufania: sieci lub instytucje, które ręczą za podpisujących.
cli-cmd-trust-anchor-init = Utwórz klucz do podpisywania jako kotwica zaufania, aby ręczyć za podpisujących.
cli-cmd-trust-anchor-show = Pokaż nazwę i klucz publiczny swojej kotwicy zaufania.
cli-cmd-trust-anchor-add = Ufaj listom podpisanym kluczem tej kotwicy zaufania.
cli-cmd-trust-bundle = Jako kotwica zaufania podpisz listę podpisujących, za których ręczysz.
cli-cmd-trust-import = Dodaj z pliku podpisaną listę zaufanych podpisujących.
cli-cmd-trust-list = Pokaż podpisujących, którym ufasz, i wiek każdej listy.
cli-cmd-revocation = Listy potwierdzeń, które podpisujący cofnęli.
cli-cmd-revocation-import = Dodaj podpisaną listę potwierdzeń cofniętych przez podpisującego.
cli-cmd-verify = Sprawdź kod QR Carnet: kto podpisał każdą umiejętność i czy nadal jest ważna.

## Help: what to give

cli-arg-issuer-name = Twoje imię lub nazwa twojej organizacji, tak jak mają ją widzieć ludzie.
cli-arg-issuer-country = Twój kraj, dwiema literami, na przykład KE lub PT.
cli-arg-issuer-kind = Kim jesteś: trainer, employer, centre, college lub colleague.
cli-arg-revoke-index = Numer potwierdzenia do cofnięcia.
cli-arg-cred-out = Plik do zapisania.
cli-arg-endorse-request = Prośba od tej osoby: plik (request.cbor), zdjęcie jej kodu QR (PNG lub JPEG) albo plik tekstowy z tekstem zaczynającym się od CNR1:
cli-arg-endorse-text = Tekst prośby, zaczynający się od CNR1:, jeśli osoba wysłała go w wiadomości. Zamiast pliku.
cli-arg-endorse-assessed-by = Jak sprawdzono umiejętność: observation, test, document lub interview.
cli-arg-endorse-expires = Ostatni dzień ważności potwierdzenia, na przykład 2027-05-14. Bez tej opcji nie wygasa.
cli-arg-endorse-valid-days = Ile dni potwierdzenie jest ważne, licząc od dziś.
cli-arg-anchor-name = Nazwa kotwicy zaufania, tak jak mają ją widzieć ludzie.
cli-arg-anchor-key = Klucz publiczny kotwicy zaufania: 64 litery i cyfry.
cli-arg-bundle-issuer = Plik podpisującego, z carnet issuer show --json. Podaj go raz dla każdego podpisującego.
cli-arg-trust-file = Plik listy zaufania (.cbor).
cli-arg-status-file = Plik listy podpisującego (.cbor).
cli-arg-verify-image = Zdjęcie kodu QR: PNG, JPEG lub WebP.
cli-arg-verify-text = Tekst kodu QR, zaczynający się od CN1:
cli-arg-verify-nonce = Liczba, o której umieszczenie w kodzie poproszono osobę (hex).
cli-arg-verify-audience = Nazwa, o której umieszczenie w kodzie poproszono osobę.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Twój klucz podpisującego dla { $name } jest gotowy. Chroń swoje hasło: bez niego nie możesz podpisywać.
issuer-label-name = Nazwa:
issuer-label-country = Kraj:
issuer-label-kind = Rodzaj:
issuer-label-public-key = Klucz publiczny:
issuer-label-kid = Odcisk klucza:
issuer-label-issued = Wydane numery:
issuer-label-revoked = Cofnięte:
issuer-revoked = Potwierdzenie numer { $index } zostało cofnięte.
issuer-already-revoked = Potwierdzenie numer { $index } było już cofnięte.
issuer-revoked-next-step = Sprawdzający dowiedzą się o tym dopiero z twojej następnej listy: zapisz ją poleceniem carnet issuer status-list --out list.cbor, potem daj im plik.
issuer-status-list-written = { $count ->
    [one] Lista jest w { $path }. Wymienia { $count } cofnięte potwierdzenie.
    [few] Lista jest w { $path }. Wymienia { $count } cofnięte potwierdzenia.
    [many] Lista jest w { $path }. Wymienia { $count } cofniętych potwierdzeń.
   *[other] Lista jest w { $path }. Wymienia { $count } cofniętego potwierdzenia.
}

endorse-intro = { $count ->
    [one] Zaraz podpiszesz { $count } wpis dla osoby z kluczem { $holder }:
    [few] Zaraz podpiszesz { $count } wpisy dla osoby z kluczem { $holder }:
    [many] Zaraz podpiszesz { $count } wpisów dla osoby z kluczem { $holder }:
   *[other] Zaraz podpiszesz { $count } wpisu dla osoby z kluczem { $holder }:
}
endorse-entry = { $title } ({ $kind }, poziom { $level }, { $dates })
endorse-untitled = (bez nazwy)
endorse-how-observation = Potwierdzasz, że ta osoba robiła to na twoich oczach.
endorse-how-test = Potwierdzasz, że ta osoba zdała test.
endorse-how-document = Potwierdzasz, że dokument został sprawdzony.
endorse-how-interview = Potwierdzasz, że sprawdzono to podczas rozmowy.
endorse-expires-on = Ważne do { $date }.
endorse-no-expiry = Nie wygasa.
endorse-written = { $count ->
    [one] Podpisano. Oddaj { $path } tej osobie. Jego numer to { $first }.
   *[other] Podpisano. Oddaj { $path } tej osobie. Numery to od { $first } do { $last }.
}

trust-anchor-added = Ufasz teraz listom podpisanym przez { $name } (odcisk klucza { $kid }).
trust-bundle-written = { $count ->
    [one] Podpisana lista { $count } podpisującego jest w { $path }.
   *[other] Podpisana lista { $count } podpisujących jest w { $path }.
}
trust-imported = { $count ->
    [one] Dodano listę zaufania { $count } podpisującego, zrobioną { $date }.
   *[other] Dodano listę zaufania { $count } podpisujących, zrobioną { $date }.
}
trust-list-empty = Nie ufasz jeszcze żadnym podpisującym. Dodaj listę zaufania poleceniem carnet trust import.
trust-list-bundle = { $days ->
    [0] Lista zaufania od { $anchor }, zrobiona dziś ({ $date }):
    [one] Lista zaufania od { $anchor }, zrobiona { $days } dzień temu ({ $date }):
    [few] Lista zaufania od { $anchor }, zrobiona { $days } dni temu ({ $date }):
    [many] Lista zaufania od { $anchor }, zrobiona { $days } dni temu ({ $date }):
   *[other] Lista zaufania od { $anchor }, zrobiona { $days } dnia temu ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, odcisk klucza { $kid }
revocation-imported = { $count ->
    [one] Dodano listę { $name }, zrobioną { $date }: { $count } cofnięte potwierdzenie.
    [few] Dodano listę { $name }, zrobioną { $date }: { $count } cofnięte potwierdzenia.
    [many] Dodano listę { $name }, zrobioną { $date }: { $count } cofniętych potwierdzeń.
   *[other] Dodano listę { $name }, zrobioną { $date }: { $count } cofniętego potwierdzenia.
}

## Errors of these commands

error-issuer-exists = W tym folderze jest już klucz podpisującego. Nic nie zmieniono.
error-no-issuer = W tym folderze nie ma jeszcze klucza podpisującego. Utwórz go poleceniem carnet issuer init.
error-issuer-damaged = Klucz podpisującego w tym folderze jest uszkodzony albo nie pasuje do swoich danych. Przywróć kopię z kopii zapasowej.
error-anchor-exists = W tym folderze jest już klucz kotwicy zaufania. Nic nie zmieniono.
error-no-anchor = W tym folderze nie ma jeszcze klucza kotwicy zaufania. Utwórz go poleceniem carnet trust anchor init.
error-anchor-damaged = Klucz kotwicy zaufania w tym folderze jest uszkodzony albo nie pasuje do swoich danych. Przywróć kopię z kopii zapasowej.
error-identity-too-new = Ten klucz zrobiła nowsza wersja Carnet. Zaktualizuj Carnet, aby go używać.
error-storage-file = Carnet nie mógł zapisać ani odczytać { $path }. Sprawdź, czy jest miejsce i czy możesz tam zapisywać. (Dla pomocnika: { $reason })
error-file-too-big = { $path } jest o wiele za duży, aby być plikiem Carnet.
error-issuer-kind = „{ $value }” to nie rodzaj podpisującego. Napisz trainer, employer, centre, college lub colleague.
error-assessed-by = „{ $value }” to nie sposób sprawdzenia. Napisz observation, test, document lub interview.
error-expires-date = „{ $value }” to nie dzień. Napisz go jako rok-miesiąc-dzień, na przykład 2027-05-14.
error-expires-past = Dzień końca musi być po dzisiejszym.
error-issuer-indexes-used-up = Ten klucz podpisującego wydał już wszystkie swoje numery. Utwórz nowy klucz podpisującego.
error-revoke-not-issued = Nie podpisano potwierdzenia z numerem { $index }. Twoje numery idą od 0 do mniej niż { $next }.
error-anchor-name = Nazwa musi mieć od 1 do 100 znaków.
error-anchor-known = Już ufasz tej kotwicy zaufania (odcisk klucza { $kid }).
error-issuer-file = { $path } nie jest plikiem podpisującego. Poproś podpisującego o wynik polecenia carnet issuer show --json.
error-trust-bundle-not-newer = Masz już tę listę zaufania albo nowszą od tej samej kotwicy zaufania. Nic nie zmieniono.
error-status-list-not-newer = Masz już nowszą listę od tego podpisującego. Nic nie zmieniono.
error-status-list-issuer-unknown = Ta lista jest od podpisującego, któremu jeszcze nie ufasz (odcisk klucza { $kid }). Najpierw zaimportuj listę zaufania, która go wymienia.
error-verifier-damaged = Twoje zapisane listy zaufania są uszkodzone lub zostały zmienione. Zaimportuj je ponownie.
error-verify-nonce = „{ $value }” to nie liczba w hex, na przykład 3fa9.
error-verify-got-request = To prośba o potwierdzenie czyichś wpisów (jej tekst zaczyna się od CNR1:), a nie kod, który pokazuje umiejętności. Nic nie sprawdzono. Osoba potwierdzająca podpisuje ją poleceniem: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = To kod, który pokazuje czyjeś umiejętności (jego tekst zaczyna się od CN1:), a nie prośba o ich potwierdzenie. Nic nie podpisano. Aby go sprawdzić, wpisz: carnet verify PICTURE albo carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Lista zaufania jest uszkodzona albo nie jest listą zaufania.
error-trust-bundle-wrong-file = To inny rodzaj pliku Carnet, nie lista zaufania.
error-trust-bundle-newer-version = Tę listę zaufania zrobiła nowsza wersja Carnet. Zaktualizuj Carnet, aby ją odczytać.
error-trust-bundle-unknown-anchor = Ta lista zaufania jest podpisana przez kotwicę zaufania, której nie ufasz (odcisk klucza { $kid }). Najpierw dodaj ją poleceniem carnet trust anchor add, jeśli ją znasz.
error-trust-bundle-bad-signature = Podpis na tej liście zaufania się nie zgadza. Plik został zmieniony lub uszkodzony.
error-trust-bundle-invalid = Nie można użyć wartości z listy zaufania ({ $field }).
error-trust-bundle-too-large = Lista zaufania jest za duża.
error-status-list-malformed = Lista jest uszkodzona albo nie jest listą cofniętych potwierdzeń.
error-status-list-wrong-file = To inny rodzaj pliku Carnet, nie lista cofniętych potwierdzeń.
error-status-list-newer-version = Tę listę zrobiła nowsza wersja Carnet. Zaktualizuj Carnet, aby ją odczytać.
error-status-list-wrong-issuer = Ta lista należy do innego podpisującego ({ $found }, nie { $expected }).
error-status-list-bad-signature = Podpis na tej liście się nie zgadza. Plik został zmieniony lub uszkodzony.
error-status-list-invalid = Nie można użyć wartości z listy ({ $field }).
error-status-list-too-large = Lista jest za duża.
