# Review status: machine-drafted, needs review by a native speaker.
# Ekrany potwierdzeń: moje potwierdzenia, pokazywanie kodu QR, sprawdzanie cudzego kodu.

## Moving around

app-wallet = Moje potwierdzenia
app-present = Pokaż moje umiejętności
app-verify = Sprawdź kod

## Wallet

app-wallet-title = Moje potwierdzenia
app-wallet-intro = To umiejętności, które ktoś dla ciebie podpisał. Możesz je pokazać kodem QR.
app-wallet-empty = Nikt jeszcze nie podpisał ci żadnej umiejętności. Poproś trenera, pracodawcę lub ośrodek, aby potwierdzili, co umiesz.
app-wallet-by = Podpisane przez: { $name } ({ $kind }, { $country })
app-wallet-issued = Podpisano { $date }
app-wallet-expires = Ważne do { $date }
app-wallet-expired = Wygasło { $date }
app-wallet-no-expiry = Nie wygasa
app-wallet-damaged = To potwierdzenie jest uszkodzone i nie można go pokazać. Poproś osobę, która je podpisała, o nowe.
app-standing-valid = Sprawdzone: podpisane przez kogoś z twojej listy zaufania
app-standing-unknown-issuer = Podpisane, ale podpisującego nie ma na twojej liście zaufania
app-standing-expired = Nieaktualne
app-standing-revoked = Cofnięte przez podpisującego
app-standing-malformed = Uszkodzone

## Present: choosing what to show

app-present-title = Pokaż moje umiejętności
app-present-endorsed = Podpisane przez kogoś
app-present-self = Tylko moje słowa
app-present-self-hint = Sprawdzający widzi je jako twoje własne słowa, nie jako podpisane.
app-present-details = Co pokazać z każdego
app-present-details-all = Wszystko
app-present-details-short = Tylko nazwę i poziom
app-present-stage = Dla kogo to jest?
app-present-print = Do druku na papierze (ważne 5 lat)
app-present-make = Pokaż kod QR
app-present-none = Wybierz co najmniej jedną rzecz do pokazania.
app-present-nothing-yet = Twój dziennik jest pusty. Najpierw coś dodaj.

## Present: the QR code

app-qr-title = Daj im zeskanować ten kod
app-qr-expires = Ten kod działa do { $date }.
app-qr-preview = Co zobaczy sprawdzający
app-qr-preview-hide = Ukryj to, co widzi sprawdzający
app-qr-done = Gotowe
app-qr-preview-note = To zobaczy sprawdzający, który ma te same listy zaufania co ten telefon.

## Verify

app-verify-title = Sprawdź kod
app-verify-intro = Zrób lub wybierz zdjęcie kodu QR Carnet. Nic nie jest nigdzie wysyłane: sprawdzenie odbywa się na tym urządzeniu.
app-verify-picture = Zrób lub wybierz zdjęcie
app-verify-text = Albo wklej tekst kodu (zaczyna się od CN1:)
app-verify-check = Sprawdź
app-verify-checking = Sprawdzamy…
app-verify-again = Sprawdź inny kod

## The verdict

app-verdict-title = Wynik
app-verdict-made = Zrobione na etap „{ $stage }” dnia { $date }.
app-verdict-expires = Kod działa do { $date }.
app-verdict-newer = Ten kod zrobiła nowsza wersja Carnet. Zaktualizuj Carnet, aby go sprawdzić.
app-item-endorsed = Podpisane
app-item-self = Ich własne słowa
app-item-assessed = Sprawdzone przez: { $how }
app-item-hidden = { $count ->
    [one] Osoba ukryła { $count } szczegół.
    [few] Osoba ukryła { $count } szczegóły.
    [many] Osoba ukryła { $count } szczegółów.
   *[other] Osoba ukryła { $count } szczegółu.
}

## Errors of these screens

error-wallet-no-key = Ten dziennik nie ma klucza do podpisywania. Nic nie pokazano. Zgłoś ten problem.
error-wallet-not-endorsed = Nikt jeszcze nie podpisał „{ $title }”. Pokaż to jako „tylko moje słowa” albo poproś kogoś o potwierdzenie.
error-wallet-credential-damaged = Potwierdzenie „{ $title }” jest uszkodzone. Pokaż to jako „tylko moje słowa” albo poproś o nowe.
error-wallet-entry-unfit = „{ $title }” nie może trafić do kodu: pole { $field } jest za długie albo ma złą formę. Zmień wpis i spróbuj ponownie.
error-wallet-selected-twice = „{ $title }” wybrano dwa razy. Wybierz raz.
error-wallet-nothing-chosen = Wybierz co najmniej jedną rzecz do pokazania.
error-wallet-too-large = To za dużo na jeden kod QR ({ $chars } znaków). Wybierz mniej rzeczy albo pokaż tylko nazwę i poziom.
error-wallet-credential = Nie udało się zrobić kodu. Nic nie pokazano. Zgłoś ten problem. (Dla pomocnika: { $reason })
error-wallet-no-code = Na tym zdjęciu nie znaleziono kodu QR Carnet. Zrób zdjęcie jeszcze raz, bliżej i ostrzej, z całym kodem w kadrze.
error-wallet-not-a-picture = Ten plik nie jest obrazem, który Carnet umie odczytać. Użyj zdjęcia (JPEG lub PNG).
error-wallet-picture-too-large = Zdjęcie jest za duże ({ $width } × { $height } pikseli). Zrób mniejsze i spróbuj ponownie.
error-wallet-got-request = To prośba o podpisanie czyichś umiejętności, a nie kod, który pokazuje umiejętności. Nic nie sprawdzono.
error-wallet-trust-damaged = Twoje listy zaufania są uszkodzone lub zostały zmienione. Zaimportuj je ponownie. Do tego czasu żaden podpisujący nie jest uznawany za zaufanego.
error-wallet-trust-unreadable = Carnet nie mógł odczytać twoich list zaufania w { $path }. Sprawdź, czy na urządzeniu jest miejsce. (Dla pomocnika: { $reason })
error-wallet-not-yours = To potwierdzenie zrobiono dla cudzego dziennika, nie twojego. Nic nie zachowano. Upewnij się, że to twój własny plik.
error-wallet-bad-signature = Podpis na tym pliku się nie zgadza: plik został zmieniony lub uszkodzony. Nic nie zachowano. Poproś o plik jeszcze raz.
error-wallet-not-a-credential = Ten plik nie jest podpisanym potwierdzeniem z Carnet. Nic nie zachowano. Poproś osobę, która podpisała, o plik, który zrobiła.
error-wallet-too-many = Proś o najwyżej { $max } rzeczy naraz. Wybierz mniej.
error-wallet-not-from-request = To potwierdzenie nie mówi, który z twoich wpisów potwierdza. Nic nie zachowano. Poproś o nowe, zrobione z twojego kodu prośby.
error-wallet-entry-gone = To potwierdzenie dotyczy wpisu, którego nie ma już w twoim dzienniku. Nic nie zachowano. Jeśli został usunięty, dodaj go ponownie z kopii, a potem poproś o nowe potwierdzenie.

## Asking for a signature, and keeping it

app-request = Poproś o podpis
app-request-title = Poproś o podpis
app-request-intro = Pokaż ten kod trenerowi, pracodawcy lub ośrodkowi, który potwierdzi, co umiesz. Zeskanują go w Carnet i oddadzą ci podpisany plik.
app-request-key = Twój klucz: { $kid }. Osoba, która podpisuje, widzi ten sam kod.
app-request-text = Ten sam kod jako tekst, do wysłania w wiadomości
app-request-next = Gdy dostaniesz podpisany plik, otwórz „Moje potwierdzenia” i dotknij „Dodaj podpisany plik”.
app-receive = Dodaj podpisany plik
app-received = Zachowano: { $name } ({ $kind }) podpisał(a) { $titles }.
