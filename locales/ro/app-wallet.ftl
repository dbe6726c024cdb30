# Review status: machine-drafted, needs review by a native speaker.
# Ecranele confirmărilor: confirmările mele, arătarea unui cod QR, verificarea codului altcuiva.

## Moving around

app-wallet = Confirmările mele
app-present = Arătați abilitățile mele
app-verify = Verificați un cod

## Wallet

app-wallet-title = Confirmările mele
app-wallet-intro = Acestea sunt abilitățile pe care cineva le-a semnat pentru dumneavoastră. Le puteți arăta cu un cod QR.
app-wallet-empty = Nimeni nu v-a semnat încă nicio abilitate. Rugați un formator, un angajator sau un centru să confirme ce știți să faceți.
app-wallet-by = Semnat de { $name } ({ $kind }, { $country })
app-wallet-issued = Semnat pe { $date }
app-wallet-expires = Valabil până pe { $date }
app-wallet-expired = A expirat pe { $date }
app-wallet-no-expiry = Nu expiră
app-wallet-damaged = Această confirmare este deteriorată și nu poate fi arătată. Cereți una nouă persoanei care a semnat-o.
app-standing-valid = Verificat: semnat de cineva din lista dumneavoastră de încredere
app-standing-unknown-issuer = Semnat, dar semnatarul nu este în lista dumneavoastră de încredere
app-standing-expired = Expirat
app-standing-revoked = Retras de semnatar
app-standing-malformed = Deteriorat

## Present: choosing what to show

app-present-title = Arătați abilitățile mele
app-present-endorsed = Semnate de cineva
app-present-self = Spuse doar de mine
app-present-self-hint = Cel care verifică le vede ca fiind cuvântul dumneavoastră, nu ca semnate.
app-present-details = Ce să arătați din fiecare
app-present-details-all = Tot
app-present-details-short = Doar numele și nivelul
app-present-stage = Pentru cine este?
app-present-print = Pentru tipărit pe hârtie (valabil 5 ani)
app-present-make = Arătați codul QR
app-present-none = Alegeți cel puțin un lucru de arătat.
app-present-nothing-yet = Jurnalul este gol. Adăugați mai întâi ceva.

## Present: the QR code

app-qr-title = Lăsați-i să scaneze acest cod
app-qr-expires = Acest cod funcționează până pe { $date }.
app-qr-preview = Ce va vedea cel care verifică
app-qr-preview-hide = Ascundeți ce vede cel care verifică
app-qr-done = Gata
app-qr-preview-note = Asta va vedea cineva care verifică și are aceleași liste de încredere ca acest telefon.

## Verify

app-verify-title = Verificați un cod
app-verify-intro = Faceți sau alegeți o imagine a unui cod QR Carnet. Nu se trimite nimic nicăieri: verificarea se face pe acest dispozitiv.
app-verify-picture = Faceți sau alegeți o imagine
app-verify-text = Sau lipiți textul codului (începe cu CN1:)
app-verify-check = Verificați
app-verify-checking = Verificăm…
app-verify-again = Verificați alt cod

## The verdict

app-verdict-title = Rezultat
app-verdict-made = Făcut pentru etapa „{ $stage }” pe { $date }.
app-verdict-expires = Codul funcționează până pe { $date }.
app-verdict-newer = Acest cod a fost făcut de un Carnet mai nou. Actualizați Carnet pentru a-l verifica.
app-item-endorsed = Semnat
app-item-self = Cuvântul persoanei
app-item-assessed = Verificat prin: { $how }
app-item-hidden = { $count ->
    [one] { $count } detaliu este ascuns de persoană.
    [few] { $count } detalii sunt ascunse de persoană.
   *[other] { $count } de detalii sunt ascunse de persoană.
}

## Errors of these screens

error-wallet-no-key = Acest jurnal nu are o cheie pentru semnat. Nu s-a arătat nimic. Vă rugăm să raportați această problemă.
error-wallet-not-endorsed = „{ $title }” nu este semnat încă de nimeni. Arătați-l ca „spus doar de mine” sau rugați pe cineva să-l confirme.
error-wallet-credential-damaged = Confirmarea pentru „{ $title }” este deteriorată. Arătați-o ca „spus doar de mine” sau cereți una nouă.
error-wallet-entry-unfit = „{ $title }” nu poate intra într-un cod: câmpul { $field } este prea lung sau nu are forma corectă. Modificați înregistrarea, apoi încercați din nou.
error-wallet-selected-twice = „{ $title }” este ales de două ori. Alegeți-l o singură dată.
error-wallet-nothing-chosen = Alegeți cel puțin un lucru de arătat.
error-wallet-too-large = Este prea mult pentru un singur cod QR (caractere: { $chars }). Alegeți mai puține lucruri sau arătați doar numele și nivelul.
error-wallet-credential = Codul nu a putut fi făcut. Nu s-a arătat nimic. Vă rugăm să raportați această problemă. (Pentru cineva care ajută: { $reason })
error-wallet-no-code = Nu s-a găsit niciun cod QR Carnet în această imagine. Faceți din nou fotografia, mai de aproape și mai clară, cu tot codul în ea.
error-wallet-not-a-picture = Acest fișier nu este o imagine pe care Carnet o poate citi. Folosiți o fotografie (JPEG sau PNG).
error-wallet-picture-too-large = Imaginea este prea mare ({ $width } × { $height } pixeli). Faceți una mai mică și încercați din nou.
error-wallet-got-request = Aceasta este o cerere de semnare a abilităților cuiva, nu un cod care arată abilități. Nu s-a verificat nimic.
error-wallet-trust-damaged = Listele de încredere sunt deteriorate sau au fost schimbate. Importați-le din nou. Până atunci, niciun semnatar nu este considerat de încredere.
error-wallet-trust-unreadable = Carnet nu a putut citi listele de încredere din { $path }. Verificați că dispozitivul are spațiu. (Pentru cineva care ajută: { $reason })
error-wallet-not-yours = Această confirmare a fost făcută pentru jurnalul altcuiva, nu al dumneavoastră. Nu s-a păstrat nimic. Verificați că ați primit fișierul dumneavoastră.
error-wallet-bad-signature = Semnătura de pe acest fișier nu se potrivește: a fost schimbat sau deteriorat. Nu s-a păstrat nimic. Cereți fișierul din nou.
error-wallet-not-a-credential = Acest fișier nu este o confirmare semnată din Carnet. Nu s-a păstrat nimic. Cereți persoanei care a semnat fișierul făcut de ea.
error-wallet-too-many = Cereți cel mult { $max } lucruri odată. Alegeți mai puține.
error-wallet-not-from-request = Această confirmare nu spune ce înregistrare a dumneavoastră confirmă. Nu s-a păstrat nimic. Cereți una nouă, făcută din codul cererii dumneavoastră.
error-wallet-entry-gone = Această confirmare se referă la o înregistrare care nu mai este în jurnal. Nu s-a păstrat nimic. Dacă ați șters-o, adăugați-o din nou dintr-o copie, apoi cereți o confirmare nouă.

## Asking for a signature, and keeping it

app-request = Cereți o semnătură
app-request-title = Cereți o semnătură
app-request-intro = Arătați acest cod formatorului, angajatorului sau centrului care va confirma ce știți să faceți. Ei îl scanează cu Carnet și vă dau înapoi un fișier semnat.
app-request-key = Cheia dumneavoastră: { $kid }. Persoana care semnează vede același cod.
app-request-text = Același cod ca text, de trimis într-un mesaj
app-request-next = Când primiți fișierul semnat, deschideți „Confirmările mele” și apăsați „Adăugați un fișier semnat”.
app-receive = Adăugați un fișier semnat
app-received = Păstrat: { $name } ({ $kind }) a semnat { $titles }.
