# Review status: machine-drafted, needs review by a native speaker.
# Ecranul listelor de încredere: în ce rețele are încredere acest dispozitiv, listele lor și listele confirmărilor retrase.

## The screen

app-trust-open = Liste de încredere
app-trust-title = Liste de încredere
app-trust-intro = O listă de încredere vine de la o rețea pe care o cunoașteți, de exemplu un grup de centre de formare. Ea numește colegiile, centrele și angajatorii pentru care garantează rețeaua. Un cod semnat de unul dintre ei apare ca verificat.
app-trust-warning = Aveți încredere doar într-o rețea a cărei cheie ați primit-o chiar de la rețea: în persoană, pe hârtia ei sau de pe site-ul ei. Oricine poate pune o cheie aici poate face coduri false să pară verificate.

## What is held

app-trust-held = În cine are încredere acest dispozitiv
app-trust-none = Acest dispozitiv nu are încă încredere în nicio rețea. Codurile semnate arată „Semnat, dar nu de cineva în care aveți încredere”.
app-trust-kid = Amprenta cheii: { $kid }
app-trust-no-list = Încă nu există o listă de încredere de la această rețea. Adăugați fișierul ei mai jos.
app-trust-list-line = Listă de încredere din { $date } ({ $days ->
    [0] de azi
    [one] veche de { $days } zi
    [few] veche de { $days } zile
   *[other] veche de { $days } de zile
}): { $count ->
    [one] { $count } loc
    [few] { $count } locuri
   *[other] { $count } de locuri
}
app-trust-status-held = Confirmări retrase
app-trust-status-line = { $name }: listă din { $date } ({ $days ->
    [0] de azi
    [one] veche de { $days } zi
    [few] veche de { $days } zile
   *[other] veche de { $days } de zile
}), { $count ->
    [0] nimic retras
    [one] { $count } retrasă
    [few] { $count } retrase
   *[other] { $count } de retrase
}

## Trust a network

app-trust-add-title = Încredere într-o rețea
app-trust-add-hint = Scrieți sau lipiți cheia și numele rețelei, sau deschideți fișierul primit de la rețea.
app-trust-key = Cheia rețelei (64 de litere și cifre)
app-trust-name = Numele rețelei
app-trust-from-file = Deschideți fișierul cheii rețelei
app-trust-add = Am încredere în această rețea
app-trust-added = Acum aveți încredere în { $name }. Acum adăugați lista ei de încredere.

## Stop trusting a network

app-trust-remove = Nu mai am încredere
app-trust-remove-confirm = Nu mai aveți încredere în { $name }? Codurile semnate de locurile din lista ei nu vor mai apărea ca verificate. Puteți adăuga rețeaua din nou mai târziu.
app-trust-remove-yes = Da, nu mai am încredere
app-trust-removed = Nu mai aveți încredere în { $name }.

## Files

app-trust-bundle-title = Adăugați o listă de încredere
app-trust-bundle-hint = Un fișier care se termină în .cbor, primit de la rețea. Unul mai nou îl înlocuiește pe cel vechi.
app-trust-bundle-open = Deschideți un fișier cu listă de încredere
app-trust-bundle-done = Lista de încredere a { $name } a fost adăugată ({ $date }): { $count ->
    [one] { $count } loc
    [few] { $count } locuri
   *[other] { $count } de locuri
}.
app-trust-status-title = Adăugați o listă de confirmări retrase
app-trust-status-hint = Un colegiu sau un centru poate retrage o confirmare dată din greșeală. Lista lui spune acestui dispozitiv care anume.
app-trust-status-open = Deschideți un fișier cu listă
app-trust-status-done = Lista { $name } a fost adăugată ({ $date }): { $count ->
    [0] nimic retras
    [one] { $count } confirmare retrasă
    [few] { $count } confirmări retrase
   *[other] { $count } de confirmări retrase
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Acesta nu este un fișier cu cheia unei rețele. Deschideți fișierul primit de la rețea sau scrieți cheia.
error-app-anchor-invalid-key = Aceasta nu este o cheie de rețea. O cheie are exact 64 de litere (de la a la f) și cifre. Verificați că a fost copiată întreagă.
error-app-anchor-name = Dați rețelei un nume de 1 până la 100 de litere.
error-app-anchor-known = Aveți deja încredere în această rețea (amprenta cheii { $kid }). Nu s-a schimbat nimic.
error-app-trust-bundle-malformed = Acest fișier nu este o listă de încredere sau este deteriorat. Nu s-a schimbat nimic.
error-app-trust-bundle-wrong-file = Acesta este alt tip de fișier Carnet, nu o listă de încredere. Nu s-a schimbat nimic.
error-app-trust-bundle-newer-version = Această listă de încredere a fost făcută de un Carnet mai nou. Actualizați Carnet pentru a o citi.
error-app-trust-bundle-unknown-anchor = Această listă de încredere vine de la o rețea în care nu aveți încredere (amprenta cheii { $kid }). Aveți mai întâi încredere în rețea, apoi adăugați din nou lista ei.
error-app-trust-bundle-bad-signature = Semnătura de pe această listă de încredere nu se potrivește: fișierul a fost schimbat sau deteriorat. Nu s-a schimbat nimic. Cereți din nou fișierul de la rețea.
error-app-trust-bundle-invalid = Această listă de încredere nu poate fi folosită. Nu s-a schimbat nimic. Cereți din nou fișierul de la rețea.
error-app-trust-bundle-too-large = Acest fișier este prea mare pentru a fi o listă de încredere. Nu s-a schimbat nimic.
error-app-trust-bundle-not-newer = Aveți deja această listă de încredere sau una mai nouă de la aceeași rețea. Nu s-a schimbat nimic.
error-app-status-list-malformed = Acest fișier nu este o listă de confirmări retrase sau este deteriorat. Nu s-a schimbat nimic.
error-app-status-list-wrong-file = Acesta este alt tip de fișier Carnet, nu o listă de confirmări retrase. Nu s-a schimbat nimic.
error-app-status-list-newer-version = Această listă a fost făcută de un Carnet mai nou. Actualizați Carnet pentru a o citi.
error-app-status-list-wrong-issuer = Această listă aparține altui semnatar ({ $found }, nu { $expected }). Nu s-a schimbat nimic.
error-app-status-list-bad-signature = Semnătura de pe această listă nu se potrivește: fișierul a fost schimbat sau deteriorat. Nu s-a schimbat nimic.
error-app-status-list-invalid = Această listă nu poate fi folosită. Nu s-a schimbat nimic. Cereți din nou fișierul.
error-app-status-list-too-large = Acest fișier este prea mare pentru a fi o listă de confirmări retrase. Nu s-a schimbat nimic.
error-app-status-list-issuer-unknown = Această listă vine de la un semnatar pe care nu îl numește niciuna dintre listele dumneavoastră de încredere (amprenta cheii { $kid }). Adăugați mai întâi lista de încredere care îl numește.
error-app-status-list-not-newer = Aveți deja o listă mai nouă de la acest semnatar. Nu s-a schimbat nimic.
error-app-verifier-write = Carnet nu a putut salva fișierul în { $path }. Verificați că dispozitivul are spațiu. (Pentru cineva care ajută: { $reason })
