# Review status: machine-drafted, needs review by a native speaker.
# Sprawdzanie kodu: werdykty, powody i raport.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = trener
issuer-kind-employer = pracodawca
issuer-kind-centre = ośrodek
issuer-kind-college = szkoła
issuer-kind-colleague = kolega z pracy

## verify: verdicts, one per code

verdict-valid = Ważne: podpisane przez kogoś, komu ufasz, nadal aktualne, nie cofnięte.
verdict-self-declared = Tylko słowa tej osoby: nikt tego nie podpisał.
verdict-unknown-issuer = Podpisane, ale nie przez kogoś, komu ufasz.
verdict-expired = Nieaktualne.
verdict-revoked = Cofnięte przez tego, kto podpisał.
verdict-tampered = Zmienione lub skopiowane: nie polegaj na tym.
verdict-malformed = To nie jest kod Carnet, który da się odczytać.

## verify: reasons, one per code

reason-wrong-prefix = Tekst nie zaczyna się od CN1:, więc to nie jest kod Carnet.
reason-bad-base45 = Tekst zawiera znaki, których kod Carnet nie może mieć. Może jest ucięty albo źle wpisany.
reason-bad-zlib = Kod jest ucięty albo uszkodzony.
reason-too-large = Kod jest o wiele za duży, aby być kodem Carnet.
reason-bad-cose = Kod jest uszkodzony albo nie jest kodem Carnet.
reason-unsupported-header = Kod używa podpisu, którego Carnet nie zna. Nowsza wersja Carnet może go odczytać.
reason-bad-payload = Zawartość kodu jest uszkodzona.
reason-holder-signature-invalid = Podpis tej osoby się nie zgadza: kod został zmieniony.
reason-nonce-mismatch = Kod zrobiono dla innej prośby (numer { $found }, nie { $expected }). Może to być kopia.
reason-audience-mismatch = Kod zrobiono dla „{ $found }”, nie dla „{ $expected }”.
reason-presentation-expired = Sam kod wygasł { $exp }. Poproś tę osobę o nowy.
reason-presentation-not-yet-valid = Kod mówi, że zrobiono go { $iat }, a ten czas jeszcze nie nadszedł. Sprawdź zegar tego urządzenia.
reason-endorsement-signature-invalid = Podpis wystawcy się nie zgadza: umiejętność została zmieniona.
reason-issuer-key-not-sent = Wystawca jest oznaczony tylko odciskiem { $kid } i go nie znasz.
reason-endorsement-expired = Podpis umiejętności wygasł { $exp }.
reason-endorsement-not-yet-valid = Umiejętność mówi, że podpisano ją { $iat }, a ten czas jeszcze nie nadszedł. Sprawdź zegar tego urządzenia.
reason-issuer-unknown = „{ $name }” (odcisk klucza { $kid }) nie ma na twoich listach zaufania. Każdy może nadać sobie nazwę.
reason-issuer-not-trusted-at-issue = Nikt nie ręczył za „{ $name }” (odcisk klucza { $kid }) w dniu podpisania.
reason-issuer-trusted = Wystawca jest na twojej liście zaufania (odcisk klucza { $kid }).
reason-issuer-claims-differ = Twoja lista zaufania mówi, że ten wystawca to { $kind } w { $country }; podpis mówi co innego. Kieruj się listą zaufania.
reason-revoked = Wystawca cofnął potwierdzenie numer { $index }.
reason-no-revocation-list = Nie masz od tego wystawcy listy tego, co cofnął.
reason-self-declared = Tak mówi ta osoba; nikt tego nie podpisał.

## verify: the rest of the report

verify-presentation = Pokazane na etap „{ $stage }”, zrobione { $date } przez osobę z kluczem { $kid }.
verify-audience = Zrobione dla: { $audience }
verify-stage-recruitment = szukanie pracy
verify-stage-pre-departure = przygotowanie do wyjazdu
verify-stage-arrival = przyjazd
verify-stage-career = praca i nauka
verify-stage-return = powrót do domu
verify-endorsed-by = Podpisane przez { $name }, { $kind } w { $country }.
verify-endorsed-by-unchecked = Podpisane przez kogoś, kto nazywa siebie „{ $name }”, { $kind } w { $country } (niesprawdzone; odcisk klucza { $kid }).
verify-colleague-note = To słowo kolegi z pracy: kogoś, kto pracował obok tej osoby, nie szkoły ani pracodawcy.
verify-endorsed-on = Podpisano { $date }; sprawdzono przez: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Ważne do { $expires }.
}
verify-how-observation = obserwację pracy
verify-how-test = test
verify-how-document = dokument
verify-how-interview = rozmowę
verify-hidden = { $count ->
    [one] Osoba ukryła { $count } szczegół.
    [few] Osoba ukryła { $count } szczegóły.
    [many] Osoba ukryła { $count } szczegółów.
   *[other] Osoba ukryła { $count } szczegółu.
}
verify-trust-age = { $days ->
    [0] Lista zaufania z dzisiaj.
    [one] Lista zaufania sprzed { $days } dnia ({ $date }).
    [few] Lista zaufania sprzed { $days } dni ({ $date }).
    [many] Lista zaufania sprzed { $days } dni ({ $date }).
   *[other] Lista zaufania sprzed { $days } dnia ({ $date }).
}
verify-newer-code = Ten kod zrobiła nowsza wersja Carnet. Zaktualizuj Carnet, aby go sprawdzić.
verify-status-age = { $days ->
    [0] Lista cofniętych potwierdzeń: z dzisiaj.
    [one] Lista cofniętych potwierdzeń: sprzed { $days } dnia ({ $date }).
    [few] Lista cofniętych potwierdzeń: sprzed { $days } dni ({ $date }).
    [many] Lista cofniętych potwierdzeń: sprzed { $days } dni ({ $date }).
   *[other] Lista cofniętych potwierdzeń: sprzed { $days } dnia ({ $date }).
}
verify-field-kind = Co:
verify-field-title = Nazwa:
verify-field-esco = ESCO:
verify-field-entry-id = Wpis:
verify-field-level = Poziom:
verify-field-from = Od:
verify-field-to = Do:
verify-field-country = Kraj:
verify-field-context = Nauka:
verify-field-evidence = Dowód (hash):
verify-field-eqf = Poziom EQF:
verify-entry-kind-skill = umiejętność
verify-entry-kind-qualification = dyplom lub kwalifikacja
verify-entry-kind-experience = doświadczenie zawodowe
verify-entry-kind-language = język
verify-entry-kind-learning = kurs
verify-context-formal = w szkole lub na uczelni
verify-context-non-formal = na kursie
verify-context-informal = w pracy lub samodzielnie
verify-esco-skill = umiejętność
verify-esco-occupation = zawód
verify-esco-qualification = kwalifikacja
