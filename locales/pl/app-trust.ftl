# Review status: machine-drafted, needs review by a native speaker.
# Ekran list zaufania: którym sieciom ufa to urządzenie, ich listy zaufania i listy cofniętych potwierdzeń.

## The screen

app-trust-open = Listy zaufania
app-trust-title = Listy zaufania
app-trust-intro = Lista zaufania pochodzi od sieci, którą znasz, na przykład grupy ośrodków szkoleniowych. Wymienia szkoły, ośrodki i pracodawców, za których ta sieć ręczy. Kod podpisany przez jednego z nich pokazuje się jako sprawdzony.
app-trust-warning = Ufaj tylko sieci, której klucz pochodzi od samej sieci: osobiście, na jej własnym papierze albo z jej własnej strony internetowej. Każdy, kto może dodać tu klucz, może sprawić, że fałszywe kody będą wyglądać na sprawdzone.

## What is held

app-trust-held = Komu ufa to urządzenie
app-trust-none = To urządzenie nie ufa jeszcze żadnej sieci. Podpisane kody pokazują „Podpisane, ale nie przez kogoś, komu ufasz”.
app-trust-kid = Odcisk klucza: { $kid }
app-trust-no-list = Od tej sieci nie ma jeszcze listy zaufania. Dodaj jej plik poniżej.
app-trust-list-line = Lista zaufania z { $date } ({ $days ->
    [0] dzisiejsza
    [one] sprzed { $days } dnia
    [few] sprzed { $days } dni
    [many] sprzed { $days } dni
   *[other] sprzed { $days } dnia
}): { $count ->
    [one] { $count } miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
}
app-trust-status-held = Cofnięte potwierdzenia
app-trust-status-line = { $name }: lista z { $date } ({ $days ->
    [0] dzisiejsza
    [one] sprzed { $days } dnia
    [few] sprzed { $days } dni
    [many] sprzed { $days } dni
   *[other] sprzed { $days } dnia
}), { $count ->
    [0] nic nie cofnięto
    [one] cofnięto { $count }
    [few] cofnięto { $count }
    [many] cofnięto { $count }
   *[other] cofnięto { $count }
}

## Trust a network

app-trust-add-title = Zaufaj sieci
app-trust-add-hint = Wpisz lub wklej klucz i nazwę sieci albo otwórz plik, który dała ci sieć.
app-trust-key = Klucz sieci (64 litery i cyfry)
app-trust-name = Nazwa sieci
app-trust-from-file = Otwórz plik z kluczem sieci
app-trust-add = Zaufaj tej sieci
app-trust-added = Ufasz teraz { $name }. Teraz dodaj jej listę zaufania.

## Stop trusting a network

app-trust-remove = Przestań ufać
app-trust-remove-confirm = Przestać ufać { $name }? Kody podpisane przez miejsca z jej listy nie będą już pokazywane jako sprawdzone. Możesz później dodać sieć ponownie.
app-trust-remove-yes = Tak, przestań ufać
app-trust-removed = Nie ufasz już { $name }.

## Files

app-trust-bundle-title = Dodaj listę zaufania
app-trust-bundle-hint = Plik z końcówką .cbor, który dała ci sieć. Nowszy zastępuje starszy.
app-trust-bundle-open = Otwórz plik listy zaufania
app-trust-bundle-done = Dodano listę zaufania { $name } ({ $date }): { $count ->
    [one] { $count } miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
}.
app-trust-status-title = Dodaj listę cofniętych potwierdzeń
app-trust-status-hint = Szkoła lub ośrodek może cofnąć potwierdzenie wydane przez pomyłkę. Jej lista mówi temu urządzeniu, które.
app-trust-status-open = Otwórz plik listy
app-trust-status-done = Dodano listę { $name } ({ $date }): { $count ->
    [0] nic nie cofnięto
    [one] cofnięto { $count } potwierdzenie
    [few] cofnięto { $count } potwierdzenia
    [many] cofnięto { $count } potwierdzeń
   *[other] cofnięto { $count } potwierdzenia
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = To nie jest plik z kluczem sieci. Otwórz plik, który dała ci sieć, albo wpisz klucz.
error-app-anchor-invalid-key = To nie jest klucz sieci. Klucz ma dokładnie 64 znaki: litery (od a do f) i cyfry. Sprawdź, czy skopiowano go w całości.
error-app-anchor-name = Nadaj sieci nazwę od 1 do 100 liter.
error-app-anchor-known = Już ufasz tej sieci (odcisk klucza { $kid }). Nic nie zmieniono.
error-app-trust-bundle-malformed = Ten plik nie jest listą zaufania albo jest uszkodzony. Nic nie zmieniono.
error-app-trust-bundle-wrong-file = To inny rodzaj pliku Carnet, nie lista zaufania. Nic nie zmieniono.
error-app-trust-bundle-newer-version = Ta lista zaufania została zrobiona przez nowszą wersję Carnet. Zaktualizuj Carnet, aby ją odczytać.
error-app-trust-bundle-unknown-anchor = Ta lista zaufania pochodzi od sieci, której nie ufasz (odcisk klucza { $kid }). Najpierw zaufaj sieci, potem dodaj jej listę ponownie.
error-app-trust-bundle-bad-signature = Podpis na tej liście zaufania się nie zgadza: plik został zmieniony lub uszkodzony. Nic nie zmieniono. Poproś sieć o plik jeszcze raz.
error-app-trust-bundle-invalid = Tej listy zaufania nie można użyć. Nic nie zmieniono. Poproś sieć o plik jeszcze raz.
error-app-trust-bundle-too-large = Ten plik jest za duży, aby być listą zaufania. Nic nie zmieniono.
error-app-trust-bundle-not-newer = Masz już tę listę zaufania albo nowszą od tej samej sieci. Nic nie zmieniono.
error-app-status-list-malformed = Ten plik nie jest listą cofniętych potwierdzeń albo jest uszkodzony. Nic nie zmieniono.
error-app-status-list-wrong-file = To inny rodzaj pliku Carnet, nie lista cofniętych potwierdzeń. Nic nie zmieniono.
error-app-status-list-newer-version = Ta lista została zrobiona przez nowszą wersję Carnet. Zaktualizuj Carnet, aby ją odczytać.
error-app-status-list-wrong-issuer = Ta lista należy do innego podpisującego ({ $found }, nie { $expected }). Nic nie zmieniono.
error-app-status-list-bad-signature = Podpis na tej liście się nie zgadza: plik został zmieniony lub uszkodzony. Nic nie zmieniono.
error-app-status-list-invalid = Tej listy nie można użyć. Nic nie zmieniono. Poproś o plik jeszcze raz.
error-app-status-list-too-large = Ten plik jest za duży, aby być listą cofniętych potwierdzeń. Nic nie zmieniono.
error-app-status-list-issuer-unknown = Ta lista pochodzi od podpisującego, którego nie wymienia żadna z twoich list zaufania (odcisk klucza { $kid }). Najpierw dodaj listę zaufania, która go wymienia.
error-app-status-list-not-newer = Masz już nowszą listę od tego podpisującego. Nic nie zmieniono.
error-app-verifier-write = Carnet nie mógł zapisać pliku w { $path }. Sprawdź, czy na urządzeniu jest miejsce. (Dla pomocnika: { $reason })
