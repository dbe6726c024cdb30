# Review status: machine-drafted, needs review by a native speaker.
# Erorile bibliotecii carnet-credential. $what și $expected sunt doar cuvinte-cheie pentru alegerea propoziției.

## Files and texts

error-credential-malformed = { $what ->
        [request] Această cerere este deteriorată sau nu este o cerere Carnet. Cereți-o din nou.
        [credential] Acest fișier de confirmare este deteriorat sau nu este o confirmare Carnet. Rugați persoana care v-a confirmat înregistrările să îl trimită din nou.
       *[other] Acesta este deteriorat sau nu este un fișier Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Aceasta nu este o cerere Carnet: este alt tip de fișier Carnet. O cerere se face cu carnet request.
        [credential] Aceasta nu este o confirmare Carnet: este alt tip de fișier Carnet. Verificați că ați ales fișierul primit de la persoana care v-a confirmat înregistrările.
       *[other] Acesta este alt tip de fișier Carnet. Verificați că ați ales fișierul corect.
    }
error-credential-newer-version = { $what ->
        [request] Această cerere a fost făcută de un Carnet mai nou.
        [credential] Această confirmare a fost făcută de un Carnet mai nou.
        [text] Acest cod a fost făcut de un Carnet mai nou.
       *[other] Acesta a fost făcut de un Carnet mai nou.
    } Actualizați Carnet, apoi încercați din nou.
error-credential-invalid-field = O valoare nu poate fi folosită ({ $field }): este prea lungă sau nu are forma corectă. Nu s-a scris nimic.
error-credential-entry-count = O cerere conține între 1 și { $max } înregistrări, nu { $found }. Pentru a confirma mai multe, faceți două cereri.
error-credential-invalid-key = Aceasta nu este o cheie publică validă. Verificați că a fost copiată întreagă.
error-credential-bad-signature = Semnătura de pe această confirmare nu se potrivește: a fost schimbată sau deteriorată după semnare. Nu s-a păstrat nimic. Cereți fișierul din nou.
error-credential-not-yours = Această confirmare a fost făcută pentru jurnalul altcuiva, nu al dumneavoastră. Nu s-a păstrat nimic. Verificați că ați primit fișierul dumneavoastră.
error-credential-no-such-entry = Nu există înregistrarea { $index } în această confirmare.
error-credential-duplicate-entry = Înregistrarea { $index } este aleasă de două ori.
error-credential-wrong-prefix = Acest text nu este un cod Carnet: nu începe cu CN1: (abilități de verificat) sau CNR1: (o cerere de confirmare).
error-credential-base45 = Textul are caractere pe care un cod Carnet nu le poate avea. Poate fi tăiat sau scris greșit.
error-credential-zlib = Codul este tăiat sau deteriorat.
error-credential-too-large = Codul este mult prea mare pentru a fi un cod Carnet.

## QR codes

error-qr-not-alphanumeric = Textul are caractere pe care un cod QR pentru Carnet nu le poate conține. Aceasta este o eroare în Carnet; vă rugăm s-o raportați.
error-qr-too-large = Este prea mult pentru un singur cod QR: caractere: { $chars }, iar un cod QR pe care telefoanele îl citesc bine (versiunea { $version }, nivelul { $ec }) conține { $capacity }. Nu s-a scris nimic. { $what ->
        [request] Cereți mai puține înregistrări odată sau scrieți cererea într-un fișier care se termină în .cbor.
       *[other] Selectați mai puține înregistrări sau arătați mai puține părți cu --fields.
    }
error-qr-bad-version = Această mărime de cod QR nu există.
error-qr-bad-module-size = Această mărime de punct nu este posibilă.
error-qr-not-an-image = Fișierul nu este o imagine pe care Carnet o poate citi. Folosiți PNG, JPEG sau WebP.
error-qr-image-too-large = Imaginea este prea mare ({ $width } × { $height } pixeli). Micșorați-o și încercați din nou.
error-qr-not-found = Nu s-a putut citi niciun cod QR în imagine. Faceți o fotografie mai clară, mai de aproape, cu tot codul în ea.
error-qr-render-failed = Imaginea QR nu a putut fi făcută. Aceasta este o eroare în Carnet; vă rugăm s-o raportați.
