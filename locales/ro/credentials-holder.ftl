# Review status: machine-drafted, needs review by a native speaker.
# Comenzile de confirmare pentru titularul jurnalului: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Faceți un fișier prin care cereți unui formator, angajator sau centru să confirme înregistrări.
    .long = Faceți o cerere prin care rugați un formator, un angajator, un centru, un colegiu sau un coleg să confirme unele dintre înregistrările dumneavoastră: un fișier, un cod QR (un nume care se termină în .png sau .svg) de arătat pe telefon sau de tipărit, sau cu --text un text de trimis într-un mesaj. Dați-o lor. Ei o semnează și vă dau înapoi un fișier de confirmare, pe care îl păstrați cu: carnet receive
cli-cmd-holder-receive = Păstrați o confirmare pe care un formator, un angajator sau un centru a semnat-o pentru dumneavoastră.
cli-cmd-holder-credentials = Arătați confirmările pe care le păstrați, înregistrare cu înregistrare. Tot așa: carnet wallet
cli-cmd-holder-present = Arătați înregistrările alese ca un singur cod QR pe care oricine îl poate verifica fără internet.
    .long = Arătați înregistrările alese ca un singur cod QR pe care oricine îl poate verifica fără internet. Înregistrările confirmate apar cu cine le-a confirmat; înregistrările date cu --self-declared apar ca spuse doar de dumneavoastră. Pe ecran, codul funcționează 24 de ore; cu --print, 5 ani.
cli-cmd-holder-export = Scrieți o înregistrare confirmată ca W3C Verifiable Credential (Open Badges 3.0) pentru alte aplicații.
    .long = Scrieți o înregistrare confirmată ca W3C Verifiable Credential 2.0 (o insignă Open Badges 3.0), semnată de persoana care a confirmat-o, ca alte portofele și aplicații să o poată verifica. Fără --out, este scrisă pe ecran.

## Help: arguments

cli-arg-holder-request-ids = Înregistrările de confirmat: id-urile lor sau primele 4 caractere sau mai multe din fiecare. Pentru a vedea id-urile, scrieți: carnet list
cli-arg-holder-request-out = Unde se scrie cererea: un nume care se termină în .png sau .svg face o imagine cu cod QR; orice alt nume, de exemplu request.cbor, face un fișier.
cli-arg-holder-request-text = Scrieți pe ecran textul cererii (începe cu CNR1:), ca să-l trimiteți într-un mesaj.
cli-arg-holder-receive-file = Fișierul de confirmare primit, de exemplu credential.cbor.
cli-arg-holder-present-select = Înregistrările confirmate de arătat: id-urile lor sau primele 4 caractere sau mai multe din fiecare.
cli-arg-holder-present-fields = Arătați doar aceste părți din fiecare înregistrare, separate prin virgule, de exemplu title,level. Celelalte rămân ascunse. Părțile sunt: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Fără aceasta, se arată tot.
cli-arg-holder-present-self-declared = Înregistrări de arătat ca spuse doar de dumneavoastră, neconfirmate de nimeni.
cli-arg-holder-present-stage = Pentru ce le arătați: recruitment, pre-departure, arrival, career sau return. Fără aceasta: recruitment.
cli-arg-holder-present-audience = Cui le arătați, dacă vi s-a cerut să-i numiți, de exemplu numele unei agenții.
cli-arg-holder-present-nonce = Codul dat de persoana care verifică, dacă a dat unul (caractere 0-9 și a-f).
cli-arg-holder-present-print = Faceți-l pentru hârtie: codul rezistă mai bine la zgârieturi și îndoituri și funcționează 5 ani în loc de 24 de ore.
cli-arg-holder-present-out = Imaginea de scris: un nume care se termină în .png sau .svg.
cli-arg-holder-present-text = Scrieți și textul din codul QR, ca să-l trimiteți într-un mesaj.
cli-arg-holder-export-id = Înregistrarea confirmată: id-ul ei sau primele 4 caractere sau mai multe din el.
cli-arg-holder-export-format = Formatul de scris. Doar: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Scrieți-o ca token semnat (VC-JWT) în loc de JSON cu dovadă.
cli-arg-holder-export-out = Fișierul de scris, de exemplu badge.json sau badge.jwt.

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
        [one] Această cerere cere confirmarea a { $count } înregistrare.
        [few] Această cerere cere confirmarea a { $count } înregistrări.
       *[other] Această cerere cere confirmarea a { $count } de înregistrări.
    } Persoana care confirmă va vedea aceste părți din fiecare:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Cererea a fost scrisă în { $path }.
holder-request-next = Dați fișierul persoanei care confirmă. Când vă dă înapoi un fișier de confirmare, scrieți: carnet receive FILE
holder-receive-done = Păstrat: confirmat de { $issuer }, { $kind }, { $country }. Cum s-a verificat: { $assessed }.
holder-validity-until = Emis pe { $issued }. Valabil până pe { $expires }.
holder-validity-open = Emis pe { $issued }. Fără dată de sfârșit.
holder-wallet-empty = Nu aveți încă nicio confirmare. Pentru a cere una, scrieți: carnet request ID --out request.cbor
holder-wallet-damaged = O confirmare care nu mai poate fi citită. Cereți una nouă persoanei care v-a dat-o.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): emis pe { $issued }, valabil până pe { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): emis pe { $issued }, fără dată de sfârșit
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): emis pe { $issued }, expirat pe { $expires }
holder-present-nothing = Spuneți ce să arătați: --select ID pentru înregistrări confirmate, --self-declared ID pentru altele.
holder-present-done = Codul QR a fost scris în { $path }: confirmate: { $endorsed }, spuse de dumneavoastră: { $declared }.
holder-present-size = Mărime: QR versiunea { $version }, nivelul { $ec }, caractere: { $chars }.
holder-present-expires = Poate fi verificat până pe { $when } (ore: { $hours }).
holder-present-by-kid = Ca să încapă, semnatarii sunt numiți printr-o amprentă scurtă. Cine verifică vede cine sunt doar dacă îi are în lista sa de semnatari de încredere.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = un formator
holder-issuer-kind-employer = un angajator
holder-issuer-kind-centre = un centru
holder-issuer-kind-college = un colegiu
holder-issuer-kind-colleague = un coleg (o persoană care a lucrat cu dumneavoastră, nu o organizație)

## How they checked

holder-assessed-observation = v-au văzut lucrând
holder-assessed-test = un test
holder-assessed-document = au verificat un document
holder-assessed-interview = un interviu

## Errors

error-holder-no-key = Acest jurnal nu are o cheie pentru semnarea confirmărilor. Nu s-a schimbat nimic. Vă rugăm să raportați această problemă.
error-holder-write-file = Fișierul { $path } nu a putut fi scris: { $reason }. Verificați că dosarul există și că este spațiu liber, apoi încercați din nou.
error-holder-entry-unfit = Înregistrarea „{ $title }” nu poate fi pusă într-o confirmare: câmpul { $field } este prea lung sau nu are forma corectă. Modificați-l cu carnet edit, apoi încercați din nou.
error-holder-unknown-field = „{ $value }” nu este o parte a unei înregistrări care poate fi arătată. Părțile sunt: { $known }.
error-holder-credential-no-entries = Confirmarea { $path } nu spune ce înregistrare a dumneavoastră confirmă. Nu s-a păstrat nimic. Cereți una nouă, făcută dintr-un fișier de cerere: carnet request
error-holder-credential-entry-gone = Confirmarea { $path } se referă la o înregistrare care nu mai este în jurnal ({ $id }). Nu s-a păstrat nimic. Dacă ați șters-o pe acest dispozitiv, adăugați-o dintr-o copie a jurnalului, apoi încercați din nou.
error-holder-credential-damaged = Confirmarea înregistrării „{ $title }” nu mai poate fi citită. Cereți una nouă persoanei care a confirmat-o.
error-holder-not-endorsed = Înregistrarea „{ $title }” nu a fost confirmată încă de nimeni. Arătați-o cu --self-declared sau cereți o confirmare: carnet request
error-holder-selected-twice = Înregistrarea „{ $title }” este dată și cu --select, și cu --self-declared. Dați-o o singură dată.
error-holder-bad-stage = „{ $value }” nu este o etapă. Etapele sunt: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Destinatarul trebuie să aibă între 1 și 100 de caractere, pe un singur rând.
error-holder-bad-nonce = „{ $value }” nu este un cod de la persoana care verifică: trebuie să aibă între 2 și 128 de caractere 0-9 și a-f.
error-holder-bad-out = Imaginea { $path } trebuie să aibă un nume care se termină în .png sau .svg.
error-holder-no-vc = Confirmarea pentru „{ $title }” de la { $issuer } a fost făcută înainte ca Carnet să o poată scrie ca o confirmare W3C, și doar ei pot semna una. Rugați-i să o confirme din nou: faceți o cerere nouă (carnet request ID --out request.cbor), dați-le-o și păstrați fișierul pe care vi-l dau înapoi (carnet receive FILE).
