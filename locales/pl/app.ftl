# Review status: machine-drafted, needs review by a native speaker.
# Komunikaty aplikacji Carnet. Krótkie, proste zdania.

## First run: choosing a language

app-choose-language = Wybierz swój język
app-continue = Dalej

## First run: making a passphrase

app-create-title = Chroń swój dziennik
app-create-intro = Wybierz hasło. Znasz je tylko ty. Carnet pyta o nie za każdym razem, gdy otwierasz dziennik.
app-passphrase = Hasło
app-passphrase-again = Wpisz je jeszcze raz
app-passphrase-show = Pokaż
app-passphrase-hide = Ukryj
app-strength-too-short = Za krótkie: użyj co najmniej { $min } znaków.
app-strength-weak = Słabe: kilka słów razem łatwiej zapamiętać i trudniej zgadnąć.
app-strength-fair = Dobre. Dłuższe jest jeszcze bezpieczniejsze.
app-strength-strong = Silne.
app-passphrase-mismatch = Te dwa hasła nie są takie same. Wpisz je jeszcze raz.
app-create = Utwórz mój dziennik
app-working = Proszę czekać…
app-back = Wstecz

## Unlock

app-unlock-title = Otwórz swój dziennik
app-unlock = Otwórz
app-lock = Zablokuj

## The logbook

app-logbook-title = Mój dziennik
app-logbook-empty = Twój dziennik jest pusty. Dodaj coś, co umiesz.
app-add = Dodaj
app-kind-skill = Umiejętności
app-kind-qualification = Kwalifikacje
app-kind-experience = Doświadczenie zawodowe
app-kind-language = Języki
app-kind-learning = Kursy
app-self-declared = Moje słowa
app-show-more = { $count ->
    [one] Pokaż jeszcze { $count }
    [few] Pokaż jeszcze { $count }
    [many] Pokaż jeszcze { $count }
   *[other] Pokaż jeszcze { $count }
}
app-endorsed = Potwierdzone

## Adding an entry

app-add-title = Dodaj do mojego dziennika
app-add-kind = Co to jest?
app-add-title-label = Nazwa
app-add-title-hint = Na przykład: Spawanie, Prowadzenie ciężarówki, Arabski
app-add-level = Poziom
app-level-none = Bez poziomu
app-level-basic = Podstawowy
app-level-intermediate = Średni
app-level-advanced = Zaawansowany
app-level-expert = Ekspert
app-level-eqf = Poziom { $level }
app-save = Zapisz
app-cancel = Anuluj

## Moving around

app-settings = Ustawienia
app-sync = Synchronizacja
app-edit = Zmień
app-remove = Usuń

## The logbook: search and filter

app-search = Szukaj
app-search-hint = Wpisz słowo, na przykład: spaw
app-stage-filter = Etap twojej drogi
app-stage-any = Wszystkie etapy
app-stage-recruitment = Szukanie pracy
app-stage-pre-departure = Przed wyjazdem
app-stage-arrival = Przyjazd
app-stage-career = Praca
app-stage-return = Powrót
app-search-none = Nic nie pasuje. Spróbuj innego słowa lub innego etapu.

## Changing and removing an entry

app-edit-title = Zmień ten wpis
app-stages = Etapy twojej drogi
app-remove-confirm = Usunąć „{ $title }” z twojego dziennika? Tego nie da się cofnąć.
app-remove-yes = Tak, usuń

## Settings

app-settings-title = Ustawienia
app-settings-language = Język
app-settings-lock = Blokuj po
app-lock-minutes = { $minutes ->
    [one] { $minutes } minucie bez używania
    [few] { $minutes } minutach bez używania
    [many] { $minutes } minutach bez używania
   *[other] { $minutes } minuty bez używania
}
app-settings-passphrase = Zmień hasło
app-passphrase-current = Obecne hasło
app-passphrase-new = Nowe hasło
app-passphrase-change = Zmień hasło
app-passphrase-changed = Twoje hasło zostało zmienione. Od teraz używaj nowego.
app-about = O Carnet
app-locked-idle = Carnet zablokował twój dziennik, bo przez jakiś czas nikt go nie używał. Otwórz go ponownie swoim hasłem.

## Sync with a hub

app-sync-title = Synchronizacja z hubem
app-sync-intro = Hub przechowuje zamkniętą kopię twojego dziennika, aby można było go używać na innym telefonie. Hub nie może jej odczytać.
app-hub-address = Adres huba
app-hub-address-hint = Na przykład: https://hub.example.org
app-hub-save = Zapisz adres
app-sync-now = Synchronizuj teraz
app-sync-never = Jeszcze nie zsynchronizowano.
app-sync-last = Ostatnia synchronizacja: { $when }
app-sync-pending = { $count ->
    [0] Nic nie czeka na wysłanie.
    [one] { $count } zmiana czeka na wysłanie.
    [few] { $count } zmiany czekają na wysłanie.
    [many] { $count } zmian czeka na wysłanie.
   *[other] { $count } zmiany czeka na wysłanie.
}
app-sync-sending = Wysyłanie
app-sync-receiving = Odbieranie
app-sync-photos = Zdjęcia
app-sync-done = Synchronizacja zakończona.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Twój dziennik jest zablokowany. Otwórz go swoim hasłem i spróbuj ponownie.
error-unknown-language = Carnet nie ma języka { $tag }. Wybierz język z listy.

## Settings: how the screens look

app-settings-display = Wygląd Carnet
app-high-contrast = Mocny kontrast (czarne na białym)
app-text-size = Rozmiar tekstu
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Posłuchaj

## Two languages at once

app-dual-language = Pokaż też w języku
app-dual-none = Bez drugiego języka
