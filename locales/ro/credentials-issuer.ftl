# Review status: machine-drafted, needs review by a native speaker.
# Comenzile pentru semnatari și verificatori: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Semnați abilitățile altor persoane, ca formator, angajator, centru, colegiu sau coleg.
cli-cmd-issuer-init = Faceți-vă cheia de semnare ca semnatar. Este încuiată cu o parolă.
cli-cmd-issuer-show = Arătați numele, tipul și cheia publică de semnatar. Nu este nevoie de parolă.
cli-cmd-issuer-revoke = Retrageți o confirmare pe care ați semnat-o, după numărul ei.
cli-cmd-issuer-status-list = Scrieți lista semnată a confirmărilor retrase, de dat celor care verifică.
cli-cmd-endorse = Semnați o cerere primită de la cineva și scrieți confirmarea de dat înapoi.
cli-cmd-trust = Alegeți în semnăturile cui aveți încredere când verificați un cod QR.
cli-cmd-trust-anchor = Ancore de încredere: rețelele sau autoritățile care garantează pentru semnatari.
cli-cmd-trust-anchor-init = Faceți o cheie de semnare ca ancoră de încredere, pentru a garanta pentru semnatari.
cli-cmd-trust-anchor-show = Arătați numele și cheia publică a ancorei dumneavoastră de încredere.
cli-cmd-trust-anchor-add = Aveți încredere în listele semnate cu cheia acestei ancore de încredere.
cli-cmd-trust-bundle = Ca ancoră de încredere, semnați o listă de semnatari pentru care garantați.
cli-cmd-trust-import = Adăugați dintr-un fișier o listă semnată de semnatari de încredere.
cli-cmd-trust-list = Arătați semnatarii în care aveți încredere și cât de veche este fiecare listă.
cli-cmd-revocation = Liste de confirmări retrase de semnatari.
cli-cmd-revocation-import = Adăugați lista semnată a unui semnatar cu confirmările pe care le-a retras.
cli-cmd-verify = Verificați un cod QR Carnet: cine a semnat fiecare abilitate și dacă mai este valabilă.

## Help: what to give

cli-arg-issuer-name = Numele dumneavoastră sau al organizației, așa cum trebuie să-l vadă oamenii.
cli-arg-issuer-country = Țara dumneavoastră, cu două litere, de exemplu KE sau PT.
cli-arg-issuer-kind = Ce sunteți: trainer, employer, centre, college sau colleague.
cli-arg-revoke-index = Numărul confirmării de retras.
cli-arg-cred-out = Fișierul de scris.
cli-arg-endorse-request = Cererea primită de la persoană: fișierul (request.cbor), o imagine a codului ei QR (PNG sau JPEG) sau un fișier text cu textul care începe cu CNR1:
cli-arg-endorse-text = Textul cererii, care începe cu CNR1:, dacă persoana l-a trimis într-un mesaj. În loc de fișier.
cli-arg-endorse-assessed-by = Cum ați verificat abilitatea: observation, test, document sau interview.
cli-arg-endorse-expires = Ultima zi în care confirmarea este valabilă, de exemplu 2027-05-14. Fără aceasta, nu expiră.
cli-arg-endorse-valid-days = Câte zile este valabilă confirmarea, de azi.
cli-arg-anchor-name = Numele ancorei de încredere, așa cum trebuie să-l vadă oamenii.
cli-arg-anchor-key = Cheia publică a ancorei de încredere: 64 de litere și cifre.
cli-arg-bundle-issuer = Fișierul unui semnatar, din carnet issuer show --json. Dați-l o dată pentru fiecare semnatar.
cli-arg-trust-file = Fișierul listei de încredere (.cbor).
cli-arg-status-file = Fișierul listei semnatarului (.cbor).
cli-arg-verify-image = O imagine a codului QR: PNG, JPEG sau WebP.
cli-arg-verify-text = Textul codului QR, care începe cu CN1:
cli-arg-verify-nonce = Numărul pe care ați cerut persoanei să-l pună în cod (hex).
cli-arg-verify-audience = Numele pe care ați cerut persoanei să-l pună în cod.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Cheia de semnatar pentru { $name } este gata. Păstrați parola în siguranță: fără ea nu puteți semna.
issuer-label-name = Nume:
issuer-label-country = Țară:
issuer-label-kind = Tip:
issuer-label-public-key = Cheie publică:
issuer-label-kid = Amprenta cheii:
issuer-label-issued = Numere date:
issuer-label-revoked = Retrase:
issuer-revoked = Confirmarea numărul { $index } a fost retrasă.
issuer-already-revoked = Confirmarea numărul { $index } era deja retrasă.
issuer-revoked-next-step = Cei care verifică află asta doar din următoarea dumneavoastră listă: scrieți-o cu carnet issuer status-list --out list.cbor, apoi dați-le fișierul.
issuer-status-list-written = { $count ->
    [one] Lista este în { $path }. Numește { $count } confirmare retrasă.
    [few] Lista este în { $path }. Numește { $count } confirmări retrase.
   *[other] Lista este în { $path }. Numește { $count } de confirmări retrase.
}

endorse-intro = { $count ->
    [one] Sunteți pe cale să semnați { $count } înregistrare pentru persoana cu cheia { $holder }:
    [few] Sunteți pe cale să semnați { $count } înregistrări pentru persoana cu cheia { $holder }:
   *[other] Sunteți pe cale să semnați { $count } de înregistrări pentru persoana cu cheia { $holder }:
}
endorse-entry = { $title } ({ $kind }, nivel { $level }, { $dates })
endorse-untitled = (fără titlu)
endorse-how-observation = Spuneți că ați văzut persoana făcând asta.
endorse-how-test = Spuneți că persoana a trecut un test.
endorse-how-document = Spuneți că ați verificat un document.
endorse-how-interview = Spuneți că ați verificat asta la un interviu.
endorse-expires-on = Este valabilă până pe { $date }.
endorse-no-expiry = Nu expiră.
endorse-written = { $count ->
    [one] Semnat. Dați { $path } înapoi persoanei. Numărul este { $first }.
   *[other] Semnat. Dați { $path } înapoi persoanei. Numerele sunt de la { $first } la { $last }.
}

trust-anchor-added = Acum aveți încredere în listele semnate de { $name } (amprenta cheii { $kid }).
trust-bundle-written = { $count ->
    [one] Lista semnată cu { $count } semnatar este în { $path }.
    [few] Lista semnată cu { $count } semnatari este în { $path }.
   *[other] Lista semnată cu { $count } de semnatari este în { $path }.
}
trust-imported = { $count ->
    [one] S-a adăugat o listă de încredere cu { $count } semnatar, făcută pe { $date }.
    [few] S-a adăugat o listă de încredere cu { $count } semnatari, făcută pe { $date }.
   *[other] S-a adăugat o listă de încredere cu { $count } de semnatari, făcută pe { $date }.
}
trust-list-empty = Nu aveți încă încredere în niciun semnatar. Adăugați o listă de încredere cu carnet trust import.
trust-list-bundle = { $days ->
    [0] Listă de încredere de la { $anchor }, făcută azi ({ $date }):
    [one] Listă de încredere de la { $anchor }, făcută acum { $days } zi ({ $date }):
    [few] Listă de încredere de la { $anchor }, făcută acum { $days } zile ({ $date }):
   *[other] Listă de încredere de la { $anchor }, făcută acum { $days } de zile ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, amprenta cheii { $kid }
revocation-imported = { $count ->
    [one] S-a adăugat lista { $name }, făcută pe { $date }: { $count } confirmare retrasă.
    [few] S-a adăugat lista { $name }, făcută pe { $date }: { $count } confirmări retrase.
   *[other] S-a adăugat lista { $name }, făcută pe { $date }: { $count } de confirmări retrase.
}

## Errors of these commands

error-issuer-exists = Există deja o cheie de semnatar în acest dosar. Nu s-a schimbat nimic.
error-no-issuer = Nu există încă o cheie de semnatar în acest dosar. Faceți una cu carnet issuer init.
error-issuer-damaged = Cheia de semnatar din acest dosar este deteriorată sau nu se potrivește cu detaliile ei. Puneți înapoi o copie de rezervă.
error-anchor-exists = Există deja o cheie de ancoră de încredere în acest dosar. Nu s-a schimbat nimic.
error-no-anchor = Nu există încă o cheie de ancoră de încredere în acest dosar. Faceți una cu carnet trust anchor init.
error-anchor-damaged = Cheia de ancoră de încredere din acest dosar este deteriorată sau nu se potrivește cu detaliile ei. Puneți înapoi o copie de rezervă.
error-identity-too-new = Această cheie a fost făcută de un Carnet mai nou. Actualizați Carnet pentru a o folosi.
error-storage-file = Carnet nu a putut scrie sau citi { $path }. Verificați că este spațiu și că aveți voie să scrieți acolo. (Pentru cineva care ajută: { $reason })
error-file-too-big = { $path } este mult prea mare pentru a fi un fișier Carnet.
error-issuer-kind = „{ $value }” nu este un tip de semnatar. Scrieți trainer, employer, centre, college sau colleague.
error-assessed-by = „{ $value }” nu este un mod de verificare. Scrieți observation, test, document sau interview.
error-expires-date = „{ $value }” nu este o zi. Scrieți-o ca an-lună-zi, de exemplu 2027-05-14.
error-expires-past = Ziua de sfârșit trebuie să fie după azi.
error-issuer-indexes-used-up = Această cheie de semnatar a dat toate numerele ei. Faceți o cheie nouă de semnatar.
error-revoke-not-issued = Nu ați semnat o confirmare cu numărul { $index }. Numerele dumneavoastră merg de la 0 până sub { $next }.
error-anchor-name = Numele trebuie să aibă între 1 și 100 de caractere.
error-anchor-known = Aveți deja încredere în această ancoră de încredere (amprenta cheii { $kid }).
error-issuer-file = { $path } nu este fișierul unui semnatar. Cereți semnatarului rezultatul comenzii carnet issuer show --json.
error-trust-bundle-not-newer = Aveți deja această listă de încredere sau una mai nouă de la aceeași ancoră de încredere. Nu s-a schimbat nimic.
error-status-list-not-newer = Aveți deja o listă mai nouă de la acest semnatar. Nu s-a schimbat nimic.
error-status-list-issuer-unknown = Această listă este de la un semnatar în care încă nu aveți încredere (amprenta cheii { $kid }). Importați mai întâi o listă de încredere care îl numește.
error-verifier-damaged = Listele de încredere salvate sunt deteriorate sau au fost schimbate. Importați-le din nou.
error-verify-nonce = „{ $value }” nu este un număr în hex, de exemplu 3fa9.
error-verify-got-request = Aceasta este o cerere de confirmare a înregistrărilor cuiva (textul ei începe cu CNR1:), nu un cod care arată abilități. Nu s-a verificat nimic. Persoana care confirmă o semnează cu: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Acesta este un cod care arată abilitățile cuiva (textul lui începe cu CN1:), nu o cerere de confirmare. Nu s-a semnat nimic. Pentru a-l verifica, scrieți: carnet verify PICTURE sau carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Lista de încredere este deteriorată sau nu este o listă de încredere.
error-trust-bundle-wrong-file = Acesta este alt tip de fișier Carnet, nu o listă de încredere.
error-trust-bundle-newer-version = Această listă de încredere a fost făcută de un Carnet mai nou. Actualizați Carnet pentru a o citi.
error-trust-bundle-unknown-anchor = Această listă de încredere este semnată de o ancoră de încredere în care nu aveți încredere (amprenta cheii { $kid }). Adăugați-o mai întâi cu carnet trust anchor add, dacă o cunoașteți.
error-trust-bundle-bad-signature = Semnătura de pe această listă de încredere nu se potrivește. Fișierul a fost schimbat sau deteriorat.
error-trust-bundle-invalid = O valoare din lista de încredere nu poate fi folosită ({ $field }).
error-trust-bundle-too-large = Lista de încredere este prea mare.
error-status-list-malformed = Lista este deteriorată sau nu este o listă de confirmări retrase.
error-status-list-wrong-file = Acesta este alt tip de fișier Carnet, nu o listă de confirmări retrase.
error-status-list-newer-version = Această listă a fost făcută de un Carnet mai nou. Actualizați Carnet pentru a o citi.
error-status-list-wrong-issuer = Această listă aparține altui semnatar ({ $found }, nu { $expected }).
error-status-list-bad-signature = Semnătura de pe această listă nu se potrivește. Fișierul a fost schimbat sau deteriorat.
error-status-list-invalid = O valoare din listă nu poate fi folosită ({ $field }).
error-status-list-too-large = Lista este prea mare.
