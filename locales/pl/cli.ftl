# Review status: machine-drafted, needs review by a native speaker.
# Komunikaty wiersza poleceń `carnet`. Słowa, które się wpisuje, zostają po angielsku.

## Help: headings

cli-help-usage = Jak to wpisać:
cli-help-commands = Polecenia:
cli-help-arguments = Co podać:
cli-help-options = Opcje:
cli-help-examples = Przykłady:

## Help: the whole program

cli-about = Carnet zapisuje, co umiesz: umiejętności, pracę, języki, dyplomy i kursy. Zapis zostaje na twoim urządzeniu, zabezpieczony twoim hasłem.

cli-examples =
    Zacznij dziennik:         carnet init
    Dodaj umiejętność:        carnet add skill --title "Welding" --level advanced
    Zobacz swoje wpisy:       carnet list
    Zobacz jeden wpis:        carnet show 3f2a
    Pomoc do polecenia:       carnet add --help

cli-opt-data-dir = Folder, w którym jest twój dziennik. Możesz też ustawić CARNET_DATA_DIR.
cli-opt-json = Odpowiadaj w JSON, dla innych programów.
cli-opt-lang = Język komunikatów Carnet, na przykład ar, fa, fr, uk lub en.
cli-opt-help = Pokaż tę pomoc.
cli-opt-version = Pokaż wersję Carnet.

## Help: commands

cli-cmd-init = Utwórz nowy dziennik, zabezpieczony hasłem.
cli-cmd-passphrase = Zmień hasło swojego dziennika.
cli-cmd-passphrase-change = Zmień hasło. Wpisujesz stare, potem nowe dwa razy.
cli-cmd-profile = Zobacz lub zmień swój profil: imię, kraje, języki.
cli-cmd-profile-show = Pokaż swój profil.
cli-cmd-profile-set = Zmień swój profil. Aby coś wyczyścić, podaj pustą wartość, na przykład --contact "".
cli-cmd-add = Dodaj wpis: umiejętność, kwalifikację, doświadczenie zawodowe, język lub kurs.
cli-cmd-list = Pokaż listę swoich wpisów.
cli-cmd-show = Pokaż wszystko o jednym wpisie.
cli-cmd-edit = Zmień wpis.
cli-cmd-rm = Usuń wpis.
cli-cmd-search = Znajdź wpisy, które zawierają podane słowa.
cli-cmd-detach = Usuń zdjęcie lub notatkę głosową z wpisu. Zostanie też usunięte z tego urządzenia, chyba że pokazuje je inny wpis.
cli-cmd-attach = Dodaj do wpisu zdjęcie dokumentu, na przykład dyplomu, certyfikatu lub dokumentu z pracy. Albo dodaj notatkę głosową: plik dźwiękowy, w którym opowiadasz o umiejętności.
cli-cmd-export = Zapisz cały dziennik jako plik, który mogą odczytać inne programy.
cli-cmd-import = Wczytaj plik eksportu Carnet do swojego dziennika. Nic z dziennika nie zostanie usunięte.
cli-cmd-devices = Urządzenia, na których jest twój dziennik.
cli-cmd-devices-list = Pokaż urządzenia, na których jest twój dziennik.
cli-cmd-devices-remove = Zabierz dziennik z urządzenia, na przykład ze zgubionego telefonu. Nie odczyta ono niczego, co dodasz od teraz.
cli-cmd-pair = Przenieś dziennik na inne swoje urządzenie, na przykład nowy telefon.
cli-cmd-pair-show = Na urządzeniu, które ma twój dziennik: pokaż kod dla nowego urządzenia, potem zezwól mu.
cli-cmd-pair-join = Na nowym urządzeniu: pobierz dziennik kodem, który pokazuje twoje inne urządzenie.
cli-cmd-sync = Wyślij swoje zmiany do huba ośrodka i pobierz zmiany zrobione na innych twoich urządzeniach. Hub przechowuje tylko zamkniętą kopię, której nie może odczytać.

## Help: what to give to the commands

cli-arg-kind = Rodzaj wpisu: skill (umiejętność), qualification (kwalifikacja), experience (praca), language (język) lub learning (kurs).
cli-arg-title = Krótka nazwa, na przykład "Spawanie" albo "Prawo jazdy kat. B".
cli-arg-description = Więcej słów o tym, jeśli chcesz.
cli-arg-level = Jak dobrze to umiesz. Dla umiejętności lub pracy: basic, intermediate, advanced lub expert. Dla języka: od A1 (początkujący) do C2 (bardzo dobrze). Dla kwalifikacji lub kursu: poziom EQF, od 1 do 8.
cli-arg-eqf = Poziom EQF dyplomu lub kursu, od 1 do 8, jeśli go znasz.
cli-arg-from = Kiedy się zaczęło: rok (2019), miesiąc (2019-05) lub dzień (2019-05-14).
cli-arg-to = Kiedy się skończyło, w ten sam sposób. Pomiń, jeśli nadal trwa.
cli-arg-organisation = Pracodawca, szkoła lub ośrodek szkoleniowy.
cli-arg-place = Miasto lub miejsce.
cli-arg-country = Kraj, dwiema literami, na przykład SY, AF, DE.
cli-arg-context = Sposób nauki: formal (szkoła, dyplom), non-formal (kurs) lub informal (w praktyce).
cli-arg-written-in = Język, w którym napisano ten wpis, krótkim kodem, na przykład ar lub en.
cli-arg-esco = Adres ESCO umiejętności lub zawodu, jeśli go znasz.
cli-arg-isco = Kod zawodu ISCO-08 (od 1 do 4 cyfr), jeśli go znasz.
cli-arg-stage = Kiedy na twojej drodze to jest ważne: recruitment, pre-departure, arrival, career lub return. Możesz podać więcej niż jeden.

cli-arg-list-kind = Pokaż tylko wpisy tego rodzaju: skill, qualification, experience, language lub learning.
cli-arg-list-stage = Pokaż tylko wpisy dla tego etapu: recruitment, pre-departure, arrival, career lub return.

cli-arg-id = Id wpisu. Wystarczą pierwsze 4 znaki lub więcej. Aby zobaczyć id, wpisz: carnet list
cli-arg-set = Zmiana zapisana jako FIELD=VALUE, na przykład level=advanced. Podaj ją ponownie, aby zmienić więcej. Pusta wartość czyści pole. Pola to: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Słowa do wyszukania.
cli-arg-evidence = Zdjęcie lub notatka głosowa do usunięcia: jej id, tak jak pokazują je carnet show i carnet attach (wystarczy pierwsze 8 znaków lub więcej).
cli-arg-photo = Zdjęcie (JPEG, PNG lub WebP) lub plik dźwiękowy (WebM, Ogg, MP4, M4A, AAC, MP3 lub WAV, do 5 MB). Carnet zagląda do pliku, aby poznać, co to jest. Usuwa ukryte dane, na przykład miejsce, gdzie zrobiono zdjęcie.
cli-arg-format = Rodzaj pliku. Na razie tylko json.
cli-arg-file = Plik eksportu do wczytania.

cli-arg-name = Twoje imię, tak jak chcesz, aby widzieli je inni.
cli-arg-birth-date = Twoja data urodzenia: 1990, 1990-05 lub 1990-05-14.
cli-arg-origin = Kraj, z którego pochodzisz, dwiema literami, na przykład SY, AF, ER.
cli-arg-current = Kraj, w którym teraz mieszkasz, dwiema literami, na przykład DE, FR.
cli-arg-contact = Jak można się z tobą skontaktować, na przykład numer telefonu lub e-mail.
cli-arg-language = Język, który znasz, krótkim kodem, na przykład ar, fa-AF lub en. Opcje poniżej dotyczą tego języka.
cli-arg-mother-tongue = Ten język jest twoim językiem ojczystym.
cli-arg-not-mother-tongue = Ten język nie jest twoim językiem ojczystym.
cli-arg-listening = Jak dobrze rozumiesz mówiących: od A1 (początkujący) do C2 (bardzo dobrze).
cli-arg-reading = Jak dobrze czytasz: od A1 do C2.
cli-arg-spoken-interaction = Jak dobrze bierzesz udział w rozmowie: od A1 do C2.
cli-arg-spoken-production = Jak dobrze mówisz samodzielnie: od A1 do C2.
cli-arg-writing = Jak dobrze piszesz: od A1 do C2.
cli-arg-remove-language = Usuń język ze swojego profilu.
cli-arg-hub = Adres huba ośrodka, na przykład http://192.168.1.10:8470. Carnet go zapamięta.
cli-arg-device-id = Id urządzenia, tak jak pokazuje: carnet devices list (wystarczą pierwsze 4 znaki lub więcej).
cli-arg-pair-approve = Zezwól nowemu urządzeniu bez pytania, jeśli pokazuje ten kod (dla pomocników i skryptów).
cli-arg-pair-code = Kod, który pokazuje twoje inne urządzenie. Zaczyna się od CNP1:
cli-arg-pair-name = Nazwa tego urządzenia, aby łatwo je rozpoznać na innym (na przykład "Telefon Amal").
cli-arg-sync-status = Pokaż tylko, kiedy była ostatnia synchronizacja i ile zmian czeka. Nic nie jest wysyłane.
cli-arg-sync-watch = Synchronizuj ciągle. Gdy hub jest nieosiągalny, spróbuj później, za każdym razem czekając dłużej.
cli-arg-sync-every = Z --watch: ile sekund czekać między synchronizacjami (300, jeśli nie podano).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Wybierz hasło z co najmniej { $min } znaków. Potrzebujesz go za każdym razem, gdy otwierasz dziennik. Nikt nie może go dla ciebie odzyskać.
cli-passphrase-prompt = Hasło:
cli-passphrase-new-prompt = Nowe hasło:
cli-passphrase-repeat-prompt = Wpisz nowe hasło jeszcze raz:
cli-passphrase-changed = Twoje hasło zostało zmienione. Od teraz używaj nowego.

## Answers

cli-init-done = Twój dziennik jest gotowy. Jest w tym folderze: { $dir }
cli-init-next = Chroń swoje hasło. Bez niego nikt nie otworzy twojego dziennika, nawet ty. Teraz dodaj, co umiesz, na przykład: carnet add skill --title "Cooking"

cli-list-empty = Twój dziennik nie ma jeszcze wpisów. Aby dodać wpis, wpisz: carnet add skill --title "Cooking"
cli-list-none-match = Żaden wpis nie pasuje do zapytania.
cli-search-none = Żaden wpis nie zawiera tych słów. Spróbuj innych słów albo wpisz: carnet list

cli-edit-saved = Twoja zmiana została zapisana.
cli-rm-done = Usunięto: { $title }
cli-detached = Zdjęcie lub notatkę głosową usunięto z wpisu.

cli-profile-saved = Twój profil został zapisany.
cli-profile-empty = Twój profil jest pusty. Aby dodać imię, wpisz: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] Dodano { $count } wpis.
    [few] Dodano { $count } wpisy.
    [many] Dodano { $count } wpisów.
   *[other] Dodano { $count } wpisu.
}
cli-import-updated = { $count ->
    [one] Zaktualizowano { $count } wpis.
    [few] Zaktualizowano { $count } wpisy.
    [many] Zaktualizowano { $count } wpisów.
   *[other] Zaktualizowano { $count } wpisu.
}
cli-import-unchanged = { $count ->
    [one] { $count } wpis był już taki sam.
    [few] { $count } wpisy były już takie same.
    [many] { $count } wpisów było już takich samych.
   *[other] { $count } wpisu było już takie same.
}
cli-import-profile-updated = Twój profil też został zaktualizowany.
cli-import-missing-photos = { $count ->
    [one] { $count } zdjęcia nie ma na tym urządzeniu. Pliki eksportu nie zawierają zdjęć. Dodaj je ponownie poleceniem: carnet attach
    [few] { $count } zdjęć nie ma na tym urządzeniu. Pliki eksportu nie zawierają zdjęć. Dodaj je ponownie poleceniem: carnet attach
    [many] { $count } zdjęć nie ma na tym urządzeniu. Pliki eksportu nie zawierają zdjęć. Dodaj je ponownie poleceniem: carnet attach
   *[other] { $count } zdjęcia nie ma na tym urządzeniu. Pliki eksportu nie zawierają zdjęć. Dodaj je ponownie poleceniem: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Rodzaj
cli-show-added = Dodano
cli-show-changed = Zmieniono
cli-show-evidence = Zdjęcia i notatki głosowe
cli-show-photo = { $sha }  { $width } × { $height } pikseli, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pikseli, nie ma na tym urządzeniu
cli-show-voice = { $sha }  notatka głosowa, { $kilobytes } KB
cli-show-voice-missing = { $sha }  notatka głosowa, nie ma na tym urządzeniu
cli-show-conflicts = Inne urządzenie też zapisało:
cli-show-conflicts-hint = Aby zachować jedno z nich, wpisz: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Nazwa
cli-field-description = Opis
cli-field-written-in = Język wpisu
cli-field-esco = ESCO
cli-field-isco = Kod zawodu ISCO-08
cli-field-level = Poziom
cli-field-eqf = Poziom EQF
cli-field-organisation = Organizacja
cli-field-place = Miejsce
cli-field-country = Kraj
cli-field-from = Od
cli-field-to = Do
cli-field-context = Sposób nauki
cli-field-stages = Etapy

cli-kind-skill = umiejętność
cli-kind-qualification = kwalifikacja
cli-kind-experience = doświadczenie
cli-kind-language = język
cli-kind-learning = nauka

cli-context-formal = formalne (szkoła, dyplom)
cli-context-non-formal = pozaformalne (kurs)
cli-context-informal = nieformalne (w praktyce)

cli-stage-recruitment = szukanie pracy
cli-stage-pre-departure = przed wyjazdem
cli-stage-arrival = przyjazd
cli-stage-career = praca
cli-stage-return = powrót

cli-proficiency-basic = podstawowy
cli-proficiency-intermediate = średni
cli-proficiency-advanced = zaawansowany
cli-proficiency-expert = ekspert

cli-level-eqf = Poziom EQF { $level }

cli-profile-name = Imię i nazwisko
cli-profile-birth-date = Data urodzenia
cli-profile-origin = Pochodzi z
cli-profile-current = Mieszka w
cli-profile-contact = Kontakt
cli-profile-languages = Języki
cli-profile-mother-tongue = { $language } (język ojczysty)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = słuchanie { $level }
cli-cefr-reading = czytanie { $level }
cli-cefr-spoken-interaction = rozmowa z innymi { $level }
cli-cefr-spoken-production = mówienie { $level }
cli-cefr-writing = pisanie { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet nie zna tutaj „{ $arg }”.
cli-error-unknown-command = Nie ma polecenia „{ $command }”.
cli-error-invalid-value = „{ $value }” nie może być użyte dla { $arg }.
cli-error-missing-value = { $arg } potrzebuje wartości po sobie.
cli-error-valid-values = Możesz użyć: { $values }
cli-error-missing-argument = Czegoś brakuje: { $arg }
cli-error-missing-command = Powiedz, co Carnet ma zrobić po „{ $command }”.
cli-error-valid-commands = Polecenia to: { $commands }
cli-error-conflict = { $arg } nie może być użyte razem z { $other }.
cli-error-no-equals = Napisz { $arg } ze znakiem równości i wartością zaraz po nim.
cli-error-too-many-values = { $arg } przyjmuje mniej wartości. „{ $value }” to o jedną za dużo.
cli-error-wrong-number-of-values = { $arg } ma złą liczbę wartości.
cli-error-invalid-utf8 = Carnet nie może odczytać niektórych wpisanych liter. Wpisz je ponownie.
cli-error-did-you-mean = Czy chodziło o { $suggestion }?
cli-error-usage = Carnet nie zrozumiał tego polecenia.
cli-error-usage-hint = Wpisz { $command } --help, aby zobaczyć, co możesz wpisać.
cli-error-set-format = „{ $value }” to nie jest zmiana. Napisz FIELD=VALUE, na przykład --set level=advanced
cli-error-nothing-to-change = Nie ma nic do zmiany. Podaj co najmniej jedną opcję, na przykład --name "Your name".

cli-error-passphrase-unavailable = Carnet potrzebuje hasła, ale nie może o nie tutaj zapytać. Uruchom Carnet w terminalu albo ustaw { $variable }.
cli-error-passphrase-mismatch = Te dwa hasła nie są takie same. Nic nie zmieniono. Spróbuj ponownie.
cli-error-read-file = Carnet nie może odczytać pliku { $path }. Sprawdź nazwę pliku i folder, potem spróbuj ponownie.
cli-error-no-data-dir = Carnet nie może znaleźć folderu na twój dziennik. Wybierz go opcją --data-dir, na przykład --data-dir ./carnet
cli-error-output = Carnet nie mógł zapisać odpowiedzi. Sprawdź, czy dysk nie jest pełny, potem spróbuj ponownie.
cli-error-details = Szczegóły dla pomocnika: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = Aby go utworzyć, wpisz: carnet init
cli-hint-already-exists = Aby zobaczyć, co w nim jest, wpisz: carnet list. Dla drugiego dziennika wybierz inny folder opcją --data-dir.
cli-hint-not-found = Aby zobaczyć id, wpisz: carnet list
cli-hint-ambiguous-id = Aby zobaczyć id, wpisz: carnet list
cli-hint-import-format = Wybierz plik zrobiony poleceniem: carnet export --format json
cli-hint-invalid-field = Aby zobaczyć listę pól, wpisz: carnet edit --help

## carnet sync

cli-sync-phase-sending = Wysyłanie
cli-sync-phase-receiving = Odbieranie
cli-sync-phase-photos = Zdjęcia
cli-sync-done = Zsynchronizowano z { $hub }.
cli-sync-changes = { $sent ->
    [one] wysłano { $sent } zmianę
    [few] wysłano { $sent } zmiany
    [many] wysłano { $sent } zmian
   *[other] wysłano { $sent } zmiany
}, { $received ->
    [one] odebrano { $received } zmianę.
    [few] odebrano { $received } zmiany.
    [many] odebrano { $received } zmian.
   *[other] odebrano { $received } zmiany.
}
cli-sync-photos = { $sent ->
    [one] wysłano { $sent } zdjęcie
    [few] wysłano { $sent } zdjęcia
    [many] wysłano { $sent } zdjęć
   *[other] wysłano { $sent } zdjęcia
}, { $received ->
    [one] odebrano { $received } zdjęcie.
    [few] odebrano { $received } zdjęcia.
    [many] odebrano { $received } zdjęć.
   *[other] odebrano { $received } zdjęcia.
}
cli-sync-bytes = Użyte dane: { $up } KB wysłane, { $down } KB odebrane.
cli-sync-retry = Ponowna próba za { $seconds ->
    [one] { $seconds } sekundę.
    [few] { $seconds } sekundy.
    [many] { $seconds } sekund.
   *[other] { $seconds } sekundy.
}
cli-sync-status-hub = Hub: { $hub }
cli-sync-status-last = Ostatnia synchronizacja: { $when }
cli-sync-status-pending = { $count ->
    [0] Żadne zmiany nie czekają.
    [one] { $count } zmiana czeka na wysłanie.
    [few] { $count } zmiany czekają na wysłanie.
    [many] { $count } zmian czeka na wysłanie.
   *[other] { $count } zmiany czeka na wysłanie.
}
cli-sync-no-hub = jeszcze brak
cli-sync-never = nigdy
cli-hint-sync-no-hub = Aby go ustawić, wpisz: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Twoje zmiany są zachowane. Aby spróbować później, wpisz: carnet sync

## carnet pair

cli-pair-show-scan = Zeskanuj ten kod nowym urządzeniem albo wpisz tam tekst poniżej.
cli-pair-show-expires = Kod działa 10 minut.
cli-pair-show-request = Urządzenie „{ $name }” chce dostać twój dziennik. Jego kod to { $fingerprint }.
cli-pair-show-ask = Czy nowe urządzenie pokazuje ten sam kod? Wpisz tak (lub yes), aby zezwolić, albo nie.
cli-pair-yes = tak
cli-pair-show-approved = „{ $name }” ma teraz twój dziennik.
cli-pair-show-refused = Odmówiono. „{ $name }” nic nie dostało.
cli-pair-default-name = Nowe urządzenie
cli-pair-join-check = Twoje inne urządzenie musi pokazywać ten kod: { $fingerprint }. Zezwól tam.
cli-pair-join-done = { $count ->
    [one] To urządzenie ma teraz twój dziennik, z { $count } wpisem.
    [few] To urządzenie ma teraz twój dziennik, z { $count } wpisami.
    [many] To urządzenie ma teraz twój dziennik, z { $count } wpisami.
   *[other] To urządzenie ma teraz twój dziennik, z { $count } wpisu.
}

## carnet devices

cli-devices-none = Żadne urządzenie nie zsynchronizowało jeszcze tego dziennika.
cli-devices-line = { $id }  { $name }  (od { $added })
cli-devices-this = ← to urządzenie
cli-devices-removed = (usunięte { $when })
cli-devices-removed-done = „{ $name }” usunięto. Twój dziennik ma teraz nowy klucz, którego tamto urządzenie nie ma.
cli-devices-new-sheet = Twoja karta odzyskiwania ma stary klucz. Wydrukuj teraz nową i zniszcz starą: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = Wydrukuj kartę odzyskiwania: z nią i twoim hasłem możesz odzyskać dziennik na nowym telefonie, jeśli zgubisz ten.
cli-cmd-recover = Na nowym urządzeniu: odzyskaj dziennik za pomocą karty odzyskiwania i hasła.
cli-arg-recovery-out = Plik, do którego zapisać kartę. Musi kończyć się na .png lub .pdf.
cli-arg-recover-sheet = Zdjęcie lub skan twojej karty odzyskiwania (PNG lub JPEG). Carnet odczyta jej kwadratowy kod.
cli-arg-recover-words = 12 słów z twojej karty odzyskiwania, po kolei, w cudzysłowie. Podaj też --hub.
cli-arg-recover-hub = Adres huba wydrukowany na twojej karcie odzyskiwania, na przykład http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet może zapisać kartę jako plik .png lub .pdf, nie jako „{ $path }”.
cli-recovery-sheet-done = Twoja karta odzyskiwania jest w { $path }. Wydrukuj ją i trzymaj kartkę w bezpiecznym miejscu, z dala od telefonu.
cli-recovery-sheet-english = Karta jest po angielsku: Carnet nie umie jeszcze poprawnie pisać na niej liter twojego języka.
cli-recovery-sheet-replaced = Każda wcześniej wydrukowana karta już nie działa. Zniszcz ją.
cli-recover-done = { $count ->
    [one] Twój dziennik jest z powrotem na tym urządzeniu: { $count } wpis.
    [few] Twój dziennik jest z powrotem na tym urządzeniu: { $count } wpisy.
    [many] Twój dziennik jest z powrotem na tym urządzeniu: { $count } wpisów.
   *[other] Twój dziennik jest z powrotem na tym urządzeniu: { $count } wpisu.
}
cli-passphrase-sheet-updated = Twoja karta odzyskiwania nadal działa, z nowym hasłem.
cli-passphrase-sheet-not-updated = Nie udało się zaktualizować twojej karty odzyskiwania w hubie. Dopóki nie wydrukujesz nowej, potrzebuje ona starego hasła. Wydrukuj nową kartę, gdy będziesz mieć połączenie: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Karta odzyskiwania Carnet
cli-sheet-made = Zrobiono { $date }
cli-sheet-hub = Hub: { $hub }
cli-sheet-words = Twoje 12 słów
cli-sheet-instructions =
    Trzymaj tę kartkę w bezpiecznym miejscu. Z nią i twoim hasłem odzyskasz dziennik na nowym telefonie:
    1. Zainstaluj Carnet na nowym telefonie i wybierz odzyskanie dziennika.
    2. Zeskanuj kwadratowy kod albo wpisz 12 słów i adres huba.
    3. Wpisz hasło. Dziennik wróci z huba.
    Na komputerze: carnet recover --sheet photo.jpg
cli-sheet-warning = Sama ta kartka nie otwiera dziennika: potrzebne jest też hasło. Nie trzymaj ich razem. Jeśli wydrukujesz nową kartę, ta przestanie działać.
