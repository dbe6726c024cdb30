# Review status: machine-drafted, needs review by a native speaker.
# Ecranele dispozitivelor: adăugarea unui dispozitiv, lista dispozitivelor, foaia de recuperare, export și import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Adăugați alt dispozitiv
app-pair-intro = Puneți jurnalul pe alt telefon sau calculator al dumneavoastră. Ambele dispozitive au nevoie de hub.
app-pair-start = Adăugați alt dispozitiv
app-pair-passphrase = Pentru a adăuga un dispozitiv, scrieți parola.
app-pair-show = Arătați codul
app-pair-scan = Pe dispozitivul nou, alegeți „Alăturare la un jurnal”, apoi scanați acest cod pătrat sau scrieți textul de sub el.
app-pair-qr-alt = Cod pătrat de scanat cu dispozitivul nou
app-pair-code-label = Codul ca text
app-pair-expires = Codul mai funcționează { $time }.
app-pair-waiting = Așteptăm dispozitivul nou…
app-pair-request = „{ $name }” vrea jurnalul dumneavoastră.
app-pair-compare = Dispozitivul nou arată același cod?
app-pair-approve = Da, permit
app-pair-refuse = Nu
app-pair-approved = „{ $name }” are acum jurnalul dumneavoastră. Apare în lista de dispozitive după ce se sincronizează.
app-pair-refused = Ați refuzat. „{ $name }” nu a primit nimic.
app-pair-again = Arătați un cod nou

## Sync screen: the devices of this logbook

app-devices-title = Dispozitivele dumneavoastră
app-devices-none = Niciun dispozitiv nu a sincronizat încă acest jurnal. Sincronizați, iar acest dispozitiv va apărea aici.
app-devices-this = Acest dispozitiv
app-devices-added = Adăugat pe { $date }
app-devices-removed = Eliminat pe { $date }
app-devices-remove = Eliminați
app-devices-remove-confirm = Eliminați „{ $name }”? Faceți asta când un telefon a fost pierdut, vândut sau dat altcuiva.
app-devices-remove-consequences = Păstrează ce are deja, dar nu mai primește nimic din ce adăugați de acum înainte. Jurnalul primește o cheie nouă, iar celelalte dispozitive o primesc când se sincronizează. Pentru a folosi din nou acel dispozitiv, adăugați-l din nou.
app-devices-remove-yes = Da, eliminați-l
app-devices-removed-done = „{ $name }” a fost eliminat. Jurnalul are acum o cheie nouă, pe care acel dispozitiv nu o are.
app-devices-new-sheet = Foaia de recuperare are cheia veche. Faceți acum una nouă în Setări și distrugeți-o pe cea veche.

## First run: another way to start

app-start-other = Aveți deja un jurnal?
app-start-join = Alăturare de pe alt dispozitiv
app-start-recover = Recuperare cu o foaie

## First run: joining a logbook from another device

app-join-title = Alăturare la un jurnal
app-join-intro = Pe celălalt dispozitiv, deschideți Sincronizare și alegeți „Adăugați alt dispozitiv”. Acesta arată un cod.
app-join-code = Codul (începe cu CNP1:)
app-join-code-hint = Lipiți sau scrieți codul aici
app-join-picture = Deschideți o imagine a codului
app-join-name = Un nume pentru acest dispozitiv
app-join-name-default = Noul meu dispozitiv
app-join-passphrase = Alegeți o parolă pentru acest dispozitiv
app-join-send = Continuați
app-join-check = Celălalt dispozitiv trebuie să arate același cod. Permiteți acolo.
app-join-waiting = Așteptăm ca celălalt dispozitiv să permită…
app-join-copying = Copiem jurnalul…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Recuperați jurnalul
app-recover-intro = Folosiți foaia de recuperare și parola. Carnet vă aduce jurnalul înapoi de pe hub.
app-recover-by-words = Scrieți cele 12 cuvinte
app-recover-by-code = Folosiți codul pătrat
app-recover-words = Cele 12 cuvinte, în ordine
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = Adresa hubului de pe foaie
app-recover-code = Textul codului pătrat (începe cu CNS1:)
app-recover-picture = Deschideți o fotografie a foii
app-recover-passphrase = Parola (cea folosită înainte)
app-recover-start = Recuperați jurnalul meu

## Reading a square code from a picture

app-picture-read = Codul a fost citit din imagine.
app-scan-camera = Scanați cu camera
error-camera-scan = Nu s-a citit niciun cod. Dacă Carnet nu are voie să folosească camera, permiteți acest lucru în setările telefonului. Puteți deschide și o fotografie a codului.

## Settings: the recovery sheet

app-sheet-title = Foaie de recuperare
app-sheet-intro = O foaie de recuperare este o hârtie cu 12 cuvinte și un cod pătrat. Dacă pierdeți acest telefon, foaia și parola vă aduc jurnalul înapoi pe unul nou. Păstrați foaia în siguranță, departe de telefon. Nu țineți parola împreună cu ea.
app-sheet-replaces = O foaie nouă o înlocuiește pe cea veche: foaia veche nu mai funcționează.
app-sheet-needs-hub = Foaia folosește hubul. Setați mai întâi adresa hubului pe ecranul Sincronizare.
app-sheet-passphrase = Scrieți parola pentru a face o foaie
app-sheet-format = Salvați ca
app-sheet-pdf = PDF, de tipărit
app-sheet-png = Imagine
app-sheet-make = Faceți o foaie de recuperare
app-sheet-saved = Foaia de recuperare este salvată în { $path }. Tipăriți-o sau notați cuvintele de mai jos și păstrați hârtia în siguranță.
app-sheet-english = Foaia este în engleză: Carnet încă nu poate scrie pe ea literele limbii dumneavoastră.
app-sheet-words = Cele 12 cuvinte ale dumneavoastră

## Settings: export and import

app-export-title = Export și import
app-export-intro = Exportul salvează tot jurnalul într-un singur fișier, ca să-l păstrați sau să-l dați cuiva ales de dumneavoastră.
app-export-consent = Acest fișier conține jurnalul în formă citibilă: nu este protejat de parolă. Oricine primește fișierul poate citi tot ce e în el. Fotografiile nu sunt în fișier.
app-export-agree = Am înțeles. Salvați fișierul
app-export = Exportați
app-export-saved = { $count ->
    [one] S-a salvat { $count } înregistrare în { $path }.
    [few] S-au salvat { $count } înregistrări în { $path }.
   *[other] S-au salvat { $count } de înregistrări în { $path }.
}
app-import-intro = Importul adaugă în acest jurnal ce se află într-un fișier exportat. Nu se șterge nimic din jurnal.
app-import = Importați un fișier
app-import-added = { $count ->
    [0] Nicio înregistrare nouă.
    [one] S-a adăugat { $count } înregistrare nouă.
    [few] S-au adăugat { $count } înregistrări noi.
   *[other] S-au adăugat { $count } de înregistrări noi.
}
app-import-updated = { $count ->
    [0] Nicio înregistrare nu s-a schimbat.
    [one] S-a schimbat { $count } înregistrare.
    [few] S-au schimbat { $count } înregistrări.
   *[other] S-au schimbat { $count } de înregistrări.
}
app-import-unchanged = { $count ->
    [0] Nicio înregistrare nu era deja la fel.
    [one] { $count } înregistrare era deja la fel.
    [few] { $count } înregistrări erau deja la fel.
   *[other] { $count } de înregistrări erau deja la fel.
}
app-import-profile = Profilul a fost actualizat.
app-import-missing-photos = { $count ->
    [one] { $count } fotografie numită în fișier nu este pe acest dispozitiv.
    [few] { $count } fotografii numite în fișier nu sunt pe acest dispozitiv.
   *[other] { $count } de fotografii numite în fișier nu sunt pe acest dispozitiv.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Foaia de recuperare funcționează în continuare, cu parola nouă.
app-passphrase-sheet-not-updated = Foaia de recuperare nu a putut fi actualizată pe hub. Până faceți una nouă, ea are nevoie de parola veche. Faceți o foaie nouă când sunteți conectat.

## This device's name

app-device-name = Numele acestui dispozitiv
app-device-name-hint = Numele pe care celelalte dispozitive îl arată pentru acesta, de exemplu „Telefonul Aminei”.
app-device-name-saved = Salvat. Celelalte dispozitive îl arată după ce acest dispozitiv se sincronizează.
