# Review status: machine-drafted, needs review by a native speaker.
# Erorile jurnalului, comune pentru toate părțile Carnet (linia de comandă, aplicația).

## Passphrase

error-wrong-passphrase = Parola nu este corectă. Verificați-o și încercați din nou. Literele mari contează.
error-too-many-attempts = { $minutes ->
    [one] Prea multe parole greșite. Așteptați { $minutes } minut, apoi încercați din nou.
    [few] Prea multe parole greșite. Așteptați { $minutes } minute, apoi încercați din nou.
   *[other] Prea multe parole greșite. Așteptați { $minutes } de minute, apoi încercați din nou.
}
error-passphrase-too-short = Această parolă este prea scurtă. Folosiți cel puțin { $min } caractere.

## The logbook files

error-no-logbook = Nu există încă un jurnal în acest dosar. Faceți mai întâi unul sau alegeți dosarul în care este jurnalul.
error-already-exists = Există deja un jurnal în acest dosar. Nu s-a schimbat nimic.
error-damaged-key-file = Cheia jurnalului este deteriorată sau lipsește, așa că jurnalul nu poate fi deschis. Puneți înapoi o copie de rezervă sau una de pe un dispozitiv asociat cu acesta.
error-damaged-database = Jurnalul este deteriorat, așa că nu poate fi deschis. Puneți înapoi o copie de rezervă sau una de pe un dispozitiv asociat cu acesta.
error-too-new = { $what ->
    [export-file] Acest fișier a fost făcut de o versiune mai nouă de Carnet. Actualizați Carnet, apoi încercați din nou.
    [taxonomy] Datele ESCO venite cu Carnet sunt dintr-o versiune mai nouă de Carnet. Actualizați Carnet, apoi încercați din nou.
   *[other] Jurnalul a fost salvat de o versiune mai nouă de Carnet. Actualizați Carnet, apoi încercați din nou.
}
error-disk-full = Discul este plin. Nu s-a pierdut nimic. Eliberați spațiu, de exemplu ștergând fișiere vechi, apoi încercați din nou.
error-io = Carnet nu a putut citi sau scrie fișierele jurnalului. Verificați că dosarul există și că aveți voie să scrieți în el, apoi încercați din nou.
error-internal = Ceva nu a mers bine în Carnet. Aceasta este o greșeală a Carnet, nu a dumneavoastră. Vă rugăm să spuneți celor care fac Carnet.

## Entries

error-not-found = Nicio înregistrare nu are id-ul „{ $id }”. Verificați id-ul și încercați din nou.
error-ambiguous-id = Mai multe înregistrări încep cu „{ $id }”. Scrieți mai mult din id.

## Values the person typed

error-invalid-kind = „{ $value }” nu este un tip de înregistrare. Folosiți skill, qualification, experience, language sau learning.
error-invalid-date = „{ $value }” nu este o dată. Scrieți un an (2019), o lună (2019-05) sau o zi (2019-05-14).
error-invalid-level = { $kind ->
    [language] „{ $value }” nu este un nivel de limbă. Folosiți A1, A2, B1, B2, C1 sau C2.
    [qualification] „{ $value }” nu este un nivel pentru o calificare. Folosiți un număr de la 1 la 8 (EQF).
    [learning] „{ $value }” nu este un nivel pentru un curs. Folosiți un număr de la 1 la 8 (EQF).
    [eqf] „{ $value }” nu este un nivel EQF. Folosiți un număr de la 1 la 8.
   *[other] „{ $value }” nu este un nivel. Folosiți basic, intermediate, advanced sau expert.
}
error-invalid-country = „{ $value }” nu este un cod de țară. Folosiți două litere, de exemplu SY, AF, ER sau DE.
error-invalid-language = „{ $value }” nu este un cod de limbă. Folosiți un cod scurt, de exemplu ar, fa-AF sau en.
error-invalid-esco = „{ $value }” nu este o adresă ESCO. Începe cu http://data.europa.eu/esco/
error-invalid-isco = „{ $value }” nu este un cod de meserie ISCO-08. Folosiți 1 până la 4 cifre, de exemplu 7212.
error-invalid-proficiency = „{ $value }” nu este un nivel. Folosiți basic, intermediate, advanced sau expert.
error-invalid-context = „{ $value }” nu este un mod de învățare. Folosiți formal, non-formal sau informal.
error-invalid-stage = „{ $value }” nu este o etapă. Folosiți recruitment, pre-departure, arrival, career sau return.
error-invalid-field = „{ $value }” nu este ceva ce puteți schimba. Folosiți unul dintre: { $expected }.
error-empty-field = { $field ->
    [title] Titlul este gol. Scrieți un titlu scurt.
   *[other] Câmpul { $field } este gol. Scrieți ceva în el.
}
error-date-order = Data de sfârșit { $to } este înainte de data de început { $from }. Verificați cele două date.
error-import-format = Acest fișier nu este un export Carnet, așa că nu poate fi citit. Alegeți un fișier exportat de Carnet.

## Photos

error-evidence-not-an-image = Acest fișier nu este o fotografie. Carnet acceptă imagini JPEG, PNG și WebP.
error-evidence-unsupported-format = Aceasta este o imagine { $format }, iar Carnet nu o poate folosi. Salvați-o ca JPEG, PNG sau WebP, apoi încercați din nou.
error-evidence-damaged = Fotografia este deteriorată sau incompletă. Faceți sau alegeți fotografia din nou.
error-evidence-too-large = Imaginea este prea mare ({ $width } × { $height } pixeli). Faceți fotografia cu o calitate mai mică sau alegeți o copie mai mică.
error-evidence-file-too-big = Fișierul este prea mare ({ $megabytes } MB). Limita este 32 MB. Alegeți un fișier mai mic.
error-evidence-encode-failed = Carnet nu a putut salva fotografia. Încercați din nou. Dacă se întâmplă din nou, vă rugăm să spuneți celor care fac Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = „{ $url }” nu este o adresă de hub. O adresă de hub arată ca http://192.168.1.10:8470. Cereți-o la centru.
error-sync-no-hub = Încă nu este setat niciun hub pentru acest jurnal. Cereți la centru adresa hubului lor.
error-sync-unreachable = Carnet nu poate ajunge la hubul de la { $url }. Jurnalul este în siguranță pe acest dispozitiv. Încercați din nou când sunteți conectat la rețeaua centrului.
error-sync-refused = Hubul nu acceptă acest dispozitiv pentru acest jurnal. Dacă ați eliminat acest dispozitiv din jurnal, este normal. Altfel, întrebați la centru.
error-sync-unknown-logbook = Hubul nu are încă o copie a acestui jurnal. Sincronizați mai întâi dispozitivul care are jurnalul, apoi încercați din nou.
error-sync-rate-limited = Hubul este ocupat. Așteptați { $seconds } secunde, apoi încercați din nou. Jurnalul este în siguranță pe acest dispozitiv.
error-sync-hub-full = Hubul nu mai are loc pentru jurnal. Jurnalul este în siguranță pe acest dispozitiv. Întrebați la centru.
error-sync-hub-error = Hubul a avut o problemă ({ $status } { $code }). Jurnalul este în siguranță pe acest dispozitiv. Încercați mai târziu sau întrebați la centru.
error-sync-protocol = Hubul a trimis ceva ce această versiune de Carnet nu poate citi. Jurnalul este în siguranță pe acest dispozitiv. Actualizați Carnet sau întrebați la centru.
error-sync-forged = Hubul a trimis o modificare deteriorată sau schimbată de cineva. Carnet nu a folosit-o, iar jurnalul nu s-a schimbat. Spuneți la centru.
error-sync-incomplete = Hubul nu a trimis toate modificările pe care trebuia. Carnet nu le-a folosit, iar jurnalul nu s-a schimbat. Încercați mai târziu sau spuneți la centru.
error-sync-unknown-epoch = Acest dispozitiv nu are cea mai nouă cheie a jurnalului, așa că nu poate citi ce are hubul. Dacă ați eliminat acest dispozitiv, este normal. Altfel, asociați-l din nou.
error-sync-rolled-back = Hubul a pierdut unele date. Jurnalul de pe acest dispozitiv este complet și nu s-a schimbat. Spuneți la centru.
error-sync-pairing-code = Acesta nu este un cod de asociere sau lipsește o parte din el. Arătați din nou codul pe celălalt dispozitiv și scanați-l sau scrieți-l complet.
error-sync-pairing-expired = Acest cod de asociere este prea vechi. Arătați un cod nou pe celălalt dispozitiv.
error-sync-pairing-taken = Alt dispozitiv a răspuns deja la acest cod de asociere. Nu s-a împărțit nimic. Arătați un cod nou pe celălalt dispozitiv și încercați din nou.
error-sync-pairing-refused = Celălalt dispozitiv a refuzat această asociere. Nu s-a împărțit nimic.
error-sync-remove-self = Acesta este dispozitivul pe care îl folosiți. Pentru a-l elimina, faceți-o de pe alt dispozitiv al dumneavoastră.
error-sync-cancelled = Ați încetat să așteptați celălalt dispozitiv. Nu s-a împărțit nimic. Începeți din nou când ambele dispozitive sunt gata.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Acesta nu este codul pătrat al unei foi de recuperare Carnet sau Carnet nu l-a putut citi complet. Faceți o fotografie mai clară a întregului cod sau scrieți cele 12 cuvinte.
error-sync-recovery-words = { $problem ->
    [count] O foaie de recuperare are 12 cuvinte; ați dat { $position }. Scrieți toate cele 12, în ordine.
    [unknown] Cuvântul { $position } nu este un cuvânt al foilor de recuperare. Verificați cum este scris pe foaie.
   *[other] Cuvintele nu se potrivesc între ele: unul este greșit sau două sunt inversate. Verificați fiecare cuvânt pe foaie.
}
error-sync-recovery-no-box = Hubul nu are nimic pentru această foaie de recuperare. Poate a fost înlocuită de o foaie mai nouă sau foaia este pentru alt hub. Folosiți cea mai nouă foaie.
error-sheet-write = Carnet nu a putut scrie foaia în { $path }. Verificați dosarul și spațiul liber. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet nu găsește fișierul său de date ESCO ({ $path }). Instalați Carnet din nou.
error-taxonomy-damaged = Fișierul de date ESCO al Carnet este deteriorat ({ $reason }). Instalați Carnet din nou.
error-unknown-concept = Nicio abilitate sau meserie ESCO nu este „{ $concept }”. Găsiți-i adresa cu carnet esco search.
error-not-an-occupation = „{ $concept }” este o abilitate ESCO, nu o meserie. Găsiți meseria cu carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet nu a găsit un cod pătrat în această imagine. Faceți o fotografie mai clară a întregului cod sau scrieți codul.
error-save-file = Carnet nu a putut salva fișierul în { $path }. Verificați spațiul liber. ({ $reason })

## Voice notes

error-evidence-not-audio = Acest fișier nu este o înregistrare audio. Carnet acceptă fișiere audio WebM, Ogg, MP4, M4A, AAC, MP3 și WAV.
error-evidence-audio-is-video = Acest fișier este un video. Carnet păstrează doar sunetul. Înregistrați o notă vocală sau alegeți un fișier audio.
error-evidence-audio-too-big = Fișierul audio este prea mare ({ $megabytes } MB). Limita este 5 MB. Înregistrați o notă vocală mai scurtă.
error-evidence-audio-damaged = Fișierul audio este deteriorat sau incomplet. Înregistrați-l sau alegeți-l din nou.
error-evidence-not-evidence = Acest fișier nu este nici fotografie, nici înregistrare audio. Carnet acceptă fotografii (JPEG, PNG, WebP) și fișiere audio (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet nu are voie să folosească microfonul. Permiteți acest lucru în setările telefonului sau atașați un fișier audio.
error-microphone-failed = Carnet nu a putut înregistra. Încercați din nou sau atașați un fișier audio.
error-recording-empty = Nu s-a înregistrat nimic. Încercați din nou și vorbiți după ce apăsați butonul.
error-evidence-missing = Această fotografie sau notă vocală nu este încă pe acest dispozitiv ({ $sha }). Sincronizați pentru a o primi.
