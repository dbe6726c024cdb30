# Review status: machine-drafted, needs review by a native speaker.
# Polecenia potwierdzeń dla właściciela dziennika: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Zrób plik z prośbą do trenera, pracodawcy lub ośrodka o potwierdzenie wpisów.
    .long = Zrób prośbę do trenera, pracodawcy, ośrodka, szkoły lub kolegi z pracy o potwierdzenie niektórych twoich wpisów: plik, kod QR (nazwa kończąca się na .png lub .svg) do pokazania na telefonie lub wydruku, albo z --text tekst do wysłania w wiadomości. Daj im ją. Podpiszą ją i oddadzą ci plik potwierdzenia, który zachowasz poleceniem: carnet receive
cli-cmd-holder-receive = Zachowaj potwierdzenie, które trener, pracodawca lub ośrodek dla ciebie podpisał.
cli-cmd-holder-credentials = Pokaż potwierdzenia, które przechowujesz, wpis po wpisie. Również: carnet wallet
cli-cmd-holder-present = Pokaż wybrane wpisy jako jeden kod QR, który każdy może sprawdzić bez internetu.
    .long = Pokaż wybrane wpisy jako jeden kod QR, który każdy może sprawdzić bez internetu. Potwierdzone wpisy są pokazane razem z tym, kto je potwierdził; wpisy podane z --self-declared są pokazane jako tylko twoje słowa. Na ekranie kod działa 24 godziny; z --print 5 lat.
cli-cmd-holder-export = Zapisz potwierdzony wpis jako W3C Verifiable Credential (Open Badges 3.0) dla innych aplikacji.
    .long = Zapisz potwierdzony wpis jako W3C Verifiable Credential 2.0 (odznakę Open Badges 3.0), podpisany przez osobę, która go potwierdziła, aby inne portfele i aplikacje mogły go sprawdzić. Bez --out jest wypisywany na ekranie.

## Help: arguments

cli-arg-holder-request-ids = Wpisy do potwierdzenia: ich id albo pierwsze 4 lub więcej znaków każdego. Aby zobaczyć id, wpisz: carnet list
cli-arg-holder-request-out = Gdzie zapisać prośbę: nazwa kończąca się na .png lub .svg daje obraz kodu QR; każda inna nazwa, na przykład request.cbor, daje plik.
cli-arg-holder-request-text = Wypisz na ekranie tekst prośby (zaczyna się od CNR1:), aby wysłać go w wiadomości.
cli-arg-holder-receive-file = Otrzymany plik potwierdzenia, na przykład credential.cbor.
cli-arg-holder-present-select = Potwierdzone wpisy do pokazania: ich id albo pierwsze 4 lub więcej znaków każdego.
cli-arg-holder-present-fields = Pokaż tylko te części każdego wpisu, oddzielone przecinkami, na przykład title,level. Pozostałe zostają ukryte. Części to: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Bez tej opcji wszystko jest pokazane.
cli-arg-holder-present-self-declared = Wpisy do pokazania jako tylko twoje słowa, niepotwierdzone przez nikogo.
cli-arg-holder-present-stage = Po co to pokazujesz: recruitment, pre-departure, arrival, career lub return. Bez tej opcji: recruitment.
cli-arg-holder-present-audience = Komu to pokazujesz, jeśli poproszono cię o ich nazwę, na przykład nazwę agencji.
cli-arg-holder-present-nonce = Kod od osoby sprawdzającej, jeśli go dała (znaki 0-9 i a-f).
cli-arg-holder-present-print = Zrób na papier: kod lepiej znosi zadrapania i zgięcia i działa 5 lat zamiast 24 godzin.
cli-arg-holder-present-out = Obraz do zapisania: nazwa kończąca się na .png lub .svg.
cli-arg-holder-present-text = Wypisz też tekst z kodu QR, aby wysłać go w wiadomości.
cli-arg-holder-export-id = Potwierdzony wpis: jego id albo pierwsze 4 lub więcej znaków.
cli-arg-holder-export-format = Format zapisu. Tylko: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Zapisz jako podpisany token (VC-JWT) zamiast JSON z dowodem.
cli-arg-holder-export-out = Plik do zapisania, na przykład badge.json lub badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Ta prośba prosi o potwierdzenie { $count } wpisu.
        [few] Ta prośba prosi o potwierdzenie { $count } wpisów.
        [many] Ta prośba prosi o potwierdzenie { $count } wpisów.
       *[other] Ta prośba prosi o potwierdzenie { $count } wpisu.
    } Osoba potwierdzająca zobaczy te części każdego z nich:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Prośbę zapisano w { $path }.
holder-request-next = Daj plik osobie, która potwierdza. Gdy odda ci plik potwierdzenia, wpisz: carnet receive FILE
holder-receive-done = Zachowano: potwierdzone przez { $issuer }, { $kind }, { $country }. Jak sprawdzono: { $assessed }.
holder-validity-until = Wydano { $issued }. Ważne do { $expires }.
holder-validity-open = Wydano { $issued }. Bez daty końca.
holder-wallet-empty = Nie masz jeszcze potwierdzeń. Aby o nie poprosić, wpisz: carnet request ID --out request.cbor
holder-wallet-damaged = Potwierdzenie, którego nie da się już odczytać. Poproś osobę, która je dała, o nowe.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): wydano { $issued }, ważne do { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): wydano { $issued }, bez daty końca
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): wydano { $issued }, wygasło { $expires }
holder-present-nothing = Powiedz, co pokazać: --select ID dla potwierdzonych wpisów, --self-declared ID dla innych.
holder-present-done = Kod QR zapisano w { $path }: potwierdzone: { $endorsed }, twoje słowa: { $declared }.
holder-present-size = Rozmiar: QR wersja { $version }, poziom { $ec }, znaków: { $chars }.
holder-present-expires = Można go sprawdzić do { $when } (godzin: { $hours }).
holder-present-by-kid = Aby się zmieściło, podpisujący są oznaczeni krótkim odciskiem. Sprawdzający zobaczy, kim są, tylko jeśli ma ich na swojej liście zaufanych podpisujących.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = trener
holder-issuer-kind-employer = pracodawca
holder-issuer-kind-centre = ośrodek
holder-issuer-kind-college = szkoła
holder-issuer-kind-colleague = kolega z pracy (osoba, która z tobą pracowała, nie organizacja)

## How they checked

holder-assessed-observation = obserwowali twoją pracę
holder-assessed-test = test
holder-assessed-document = sprawdzili dokument
holder-assessed-interview = rozmowa

## Errors

error-holder-no-key = Ten dziennik nie ma klucza do podpisywania potwierdzeń. Nic nie zmieniono. Zgłoś ten problem.
error-holder-write-file = Nie udało się zapisać pliku { $path }: { $reason }. Sprawdź, czy folder istnieje i czy jest wolne miejsce, potem spróbuj ponownie.
error-holder-entry-unfit = Wpisu „{ $title }” nie można umieścić w potwierdzeniu: pole { $field } jest za długie albo ma złą formę. Zmień je poleceniem carnet edit, potem spróbuj ponownie.
error-holder-unknown-field = „{ $value }” nie jest częścią wpisu, którą można pokazać. Części to: { $known }.
error-holder-credential-no-entries = Potwierdzenie { $path } nie mówi, który z twoich wpisów potwierdza. Nic nie zachowano. Poproś o nowe, zrobione z pliku prośby: carnet request
error-holder-credential-entry-gone = Potwierdzenie { $path } dotyczy wpisu, którego nie ma już w twoim dzienniku ({ $id }). Nic nie zachowano. Jeśli wpis usunięto na tym urządzeniu, dodaj go z kopii dziennika, potem spróbuj ponownie.
error-holder-credential-damaged = Potwierdzenia wpisu „{ $title }” nie da się już odczytać. Poproś osobę, która je potwierdziła, o nowe.
error-holder-not-endorsed = Wpisu „{ $title }” nikt jeszcze nie potwierdził. Pokaż go z --self-declared albo poproś o potwierdzenie: carnet request
error-holder-selected-twice = Wpis „{ $title }” podano i z --select, i z --self-declared. Podaj go raz.
error-holder-bad-stage = „{ $value }” to nie etap. Etapy to: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Odbiorca musi mieć od 1 do 100 znaków, w jednej linii.
error-holder-bad-nonce = „{ $value }” to nie kod od osoby sprawdzającej: musi mieć od 2 do 128 znaków 0-9 i a-f.
error-holder-bad-out = Obraz { $path } musi mieć nazwę kończącą się na .png lub .svg.
error-holder-no-vc = Potwierdzenie „{ $title }” od { $issuer } zrobiono, zanim Carnet umiał zapisać je jako potwierdzenie W3C, a podpisać je mogą tylko oni. Poproś ich o ponowne potwierdzenie: zrób nową prośbę (carnet request ID --out request.cbor), daj im ją i zachowaj plik, który oddadzą (carnet receive FILE).
