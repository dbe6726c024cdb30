# Review status: machine-drafted, needs review by a native speaker.
# Mesajele liniei de comandă `carnet`. Cuvintele pe care le tastați rămân în engleză.

## Help: headings

cli-help-usage = Cum se scrie:
cli-help-commands = Comenzi:
cli-help-arguments = Ce trebuie dat:
cli-help-options = Opțiuni:
cli-help-examples = Exemple:

## Help: the whole program

cli-about = Carnet ține o evidență a ceea ce știți să faceți: abilități, muncă, limbi, diplome și cursuri. Evidența rămâne pe dispozitivul dumneavoastră, încuiată cu parola.

cli-examples =
    Începeți un jurnal:        carnet init
    Adăugați o abilitate:      carnet add skill --title "Welding" --level advanced
    Vedeți înregistrările:     carnet list
    Vedeți o înregistrare:     carnet show 3f2a
    Ajutor pentru o comandă:   carnet add --help

cli-opt-data-dir = Dosarul în care este păstrat jurnalul. Puteți seta și CARNET_DATA_DIR.
cli-opt-json = Răspundeți în JSON, pentru alte programe.
cli-opt-lang = Limba mesajelor Carnet, de exemplu ar, fa, fr, uk sau en.
cli-opt-help = Arătați acest ajutor.
cli-opt-version = Arătați versiunea Carnet.

## Help: commands

cli-cmd-init = Faceți un jurnal nou, încuiat cu o parolă.
cli-cmd-passphrase = Schimbați parola jurnalului.
cli-cmd-passphrase-change = Schimbați parola. Scrieți parola veche, apoi pe cea nouă de două ori.
cli-cmd-profile = Vedeți sau schimbați profilul: numele, țările, limbile.
cli-cmd-profile-show = Arătați profilul.
cli-cmd-profile-set = Schimbați profilul. Pentru a șterge ceva, dați-i o valoare goală, de exemplu --contact "".
cli-cmd-add = Adăugați o înregistrare: o abilitate, o calificare, experiență de muncă, o limbă sau un curs.
cli-cmd-list = Arătați lista înregistrărilor.
cli-cmd-show = Arătați tot despre o înregistrare.
cli-cmd-edit = Modificați o înregistrare.
cli-cmd-rm = Ștergeți o înregistrare.
cli-cmd-search = Găsiți înregistrările care conțin anumite cuvinte.
cli-cmd-detach = Scoateți o fotografie sau o notă vocală dintr-o înregistrare. Se șterge și de pe acest dispozitiv, dacă nu o arată altă înregistrare.
cli-cmd-attach = Adăugați la o înregistrare o fotografie a unei hârtii, de exemplu o diplomă, un certificat sau o hârtie de la muncă. Sau adăugați o notă vocală: un fișier audio în care povestiți despre abilitate.
cli-cmd-export = Scrieți tot jurnalul într-un fișier pe care îl pot citi alte programe.
cli-cmd-import = Citiți un fișier de export Carnet în jurnal. Nu se șterge nimic din jurnal.
cli-cmd-devices = Dispozitivele care au jurnalul dumneavoastră.
cli-cmd-devices-list = Arătați dispozitivele care au jurnalul dumneavoastră.
cli-cmd-devices-remove = Luați jurnalul de pe un dispozitiv, de exemplu un telefon pierdut. Nu mai poate citi nimic din ce adăugați de acum înainte.
cli-cmd-pair = Puneți jurnalul pe alt dispozitiv al dumneavoastră, de exemplu un telefon nou.
cli-cmd-pair-show = Pe dispozitivul care are jurnalul: arătați un cod pentru dispozitivul nou, apoi permiteți-i.
cli-cmd-pair-join = Pe dispozitivul nou: primiți jurnalul cu codul arătat de celălalt dispozitiv.
cli-cmd-sync = Trimiteți modificările la hubul centrului și primiți modificările făcute pe celelalte dispozitive. Hubul păstrează doar o copie încuiată, pe care nu o poate citi.

## Help: what to give to the commands

cli-arg-kind = Tipul înregistrării: skill (abilitate), qualification (calificare), experience (muncă), language (limbă) sau learning (curs).
cli-arg-title = Un nume scurt, de exemplu "Sudură" sau "Permis de conducere B".
cli-arg-description = Mai multe cuvinte despre asta, dacă doriți.
cli-arg-level = Cât de bine știți. Pentru o abilitate sau o muncă: basic, intermediate, advanced sau expert. Pentru o limbă: de la A1 (începător) la C2 (foarte bine). Pentru o calificare sau un curs: nivelul EQF, de la 1 la 8.
cli-arg-eqf = Nivelul EQF al unei diplome sau al unui curs, de la 1 la 8, dacă îl știți.
cli-arg-from = Când a început: un an (2019), o lună (2019-05) sau o zi (2019-05-14).
cli-arg-to = Când s-a terminat, scris la fel. Nu-l dați dacă încă durează.
cli-arg-organisation = Angajatorul, școala sau centrul de formare.
cli-arg-place = Orașul sau locul.
cli-arg-country = Țara, cu două litere, de exemplu SY, AF, DE.
cli-arg-context = Cum ați învățat: formal (școală, diplomă), non-formal (un curs) sau informal (făcând).
cli-arg-written-in = Limba în care ați scris această înregistrare, ca un cod scurt, de exemplu ar sau en.
cli-arg-esco = Adresa ESCO a abilității sau a meseriei, dacă o știți.
cli-arg-isco = Codul de meserie ISCO-08 (1 până la 4 cifre), dacă îl știți.
cli-arg-stage = Când contează asta pe drumul dumneavoastră: recruitment, pre-departure, arrival, career sau return. Puteți da mai multe.

cli-arg-list-kind = Arătați doar înregistrările de acest tip: skill, qualification, experience, language sau learning.
cli-arg-list-stage = Arătați doar înregistrările pentru această etapă: recruitment, pre-departure, arrival, career sau return.

cli-arg-id = Id-ul înregistrării. Primele 4 caractere sau mai multe sunt de ajuns. Pentru a vedea id-urile, scrieți: carnet list
cli-arg-set = O modificare, scrisă FIELD=VALUE, de exemplu level=advanced. Dați-o din nou pentru a schimba mai multe. O valoare goală șterge câmpul. Câmpurile sunt: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Cuvintele de căutat.
cli-arg-evidence = Fotografia sau nota vocală de scos: id-ul ei, așa cum îl arată carnet show și carnet attach (primele 8 caractere sau mai multe sunt de ajuns).
cli-arg-photo = O fotografie (JPEG, PNG sau WebP) sau un fișier audio (WebM, Ogg, MP4, M4A, AAC, MP3 sau WAV, până la 5 MB). Carnet se uită în fișier ca să știe ce este. Elimină datele ascunse, cum ar fi locul unde a fost făcută o fotografie.
cli-arg-format = Tipul fișierului. Deocamdată doar json.
cli-arg-file = Fișierul de export de citit.

cli-arg-name = Numele dumneavoastră, așa cum vreți să-l vadă alții.
cli-arg-birth-date = Data nașterii: 1990, 1990-05 sau 1990-05-14.
cli-arg-origin = Țara din care veniți, cu două litere, de exemplu SY, AF, ER.
cli-arg-current = Țara în care locuiți acum, cu două litere, de exemplu DE, FR.
cli-arg-contact = Cum vă pot contacta oamenii, de exemplu un număr de telefon sau un e-mail.
cli-arg-language = O limbă pe care o știți, ca un cod scurt, de exemplu ar, fa-AF sau en. Opțiunile de mai jos sunt despre această limbă.
cli-arg-mother-tongue = Această limbă este limba dumneavoastră maternă.
cli-arg-not-mother-tongue = Această limbă nu este limba dumneavoastră maternă.
cli-arg-listening = Cât de bine înțelegeți oamenii care vorbesc: de la A1 (începător) la C2 (foarte bine).
cli-arg-reading = Cât de bine citiți: de la A1 la C2.
cli-arg-spoken-interaction = Cât de bine luați parte la o discuție: de la A1 la C2.
cli-arg-spoken-production = Cât de bine vorbiți singur: de la A1 la C2.
cli-arg-writing = Cât de bine scrieți: de la A1 la C2.
cli-arg-remove-language = Scoateți o limbă din profil.
cli-arg-hub = Adresa hubului centrului, de exemplu http://192.168.1.10:8470. Carnet o ține minte.
cli-arg-device-id = Id-ul dispozitivului, așa cum îl arată: carnet devices list (primele 4 caractere sau mai multe sunt de ajuns).
cli-arg-pair-approve = Permiteți dispozitivul nou fără întrebare, dacă arată acest cod (pentru ajutoare și scripturi).
cli-arg-pair-code = Codul arătat de celălalt dispozitiv. Începe cu CNP1:
cli-arg-pair-name = Un nume pentru acest dispozitiv, ca să-l recunoașteți pe celălalt (de exemplu "Telefonul lui Amal").
cli-arg-sync-status = Arătați doar când ați sincronizat ultima dată și câte modificări așteaptă. Nu se trimite nimic.
cli-arg-sync-watch = Sincronizați continuu. Când hubul nu poate fi contactat, încercați mai târziu, așteptând mai mult de fiecare dată.
cli-arg-sync-every = Cu --watch: câte secunde să se aștepte între sincronizări (300 dacă nu se dă).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Alegeți o parolă de cel puțin { $min } caractere. Aveți nevoie de ea de fiecare dată când deschideți jurnalul. Nimeni nu v-o poate recupera.
cli-passphrase-prompt = Parola:
cli-passphrase-new-prompt = Parola nouă:
cli-passphrase-repeat-prompt = Scrieți din nou parola nouă:
cli-passphrase-changed = Parola a fost schimbată. De acum folosiți-o pe cea nouă.

## Answers

cli-init-done = Jurnalul este gata. Este în acest dosar: { $dir }
cli-init-next = Păstrați parola în siguranță. Fără ea, nimeni nu vă poate deschide jurnalul, nici chiar dumneavoastră. Apoi adăugați ce știți să faceți, de exemplu: carnet add skill --title "Cooking"

cli-list-empty = Jurnalul nu are încă înregistrări. Pentru a adăuga una, scrieți: carnet add skill --title "Cooking"
cli-list-none-match = Nicio înregistrare nu se potrivește cu ce ați cerut.
cli-search-none = Nicio înregistrare nu are aceste cuvinte. Încercați alte cuvinte sau scrieți: carnet list

cli-edit-saved = Modificarea a fost salvată.
cli-rm-done = Șters: { $title }
cli-detached = Fotografia sau nota vocală a fost scoasă din înregistrare.

cli-profile-saved = Profilul a fost salvat.
cli-profile-empty = Profilul este gol. Pentru a adăuga numele, scrieți: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] S-a adăugat { $count } înregistrare.
    [few] S-au adăugat { $count } înregistrări.
   *[other] S-au adăugat { $count } de înregistrări.
}
cli-import-updated = { $count ->
    [one] S-a actualizat { $count } înregistrare.
    [few] S-au actualizat { $count } înregistrări.
   *[other] S-au actualizat { $count } de înregistrări.
}
cli-import-unchanged = { $count ->
    [one] { $count } înregistrare era deja la fel.
    [few] { $count } înregistrări erau deja la fel.
   *[other] { $count } de înregistrări erau deja la fel.
}
cli-import-profile-updated = Și profilul a fost actualizat.
cli-import-missing-photos = { $count ->
    [one] { $count } fotografie nu este pe acest dispozitiv. Fișierele de export nu conțin fotografii. Adăugați-o din nou cu: carnet attach
    [few] { $count } fotografii nu sunt pe acest dispozitiv. Fișierele de export nu conțin fotografii. Adăugați-le din nou cu: carnet attach
   *[other] { $count } de fotografii nu sunt pe acest dispozitiv. Fișierele de export nu conțin fotografii. Adăugați-le din nou cu: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Tip
cli-show-added = Adăugat
cli-show-changed = Modificat
cli-show-evidence = Fotografii și note vocale
cli-show-photo = { $sha }  { $width } × { $height } pixeli, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixeli, nu este pe acest dispozitiv
cli-show-voice = { $sha }  notă vocală, { $kilobytes } KB
cli-show-voice-missing = { $sha }  notă vocală, nu este pe acest dispozitiv
cli-show-conflicts = Alt dispozitiv a scris și el:
cli-show-conflicts-hint = Pentru a păstra una dintre acestea, scrieți: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titlu
cli-field-description = Descriere
cli-field-written-in = Scris în
cli-field-esco = ESCO
cli-field-isco = Cod de meserie ISCO-08
cli-field-level = Nivel
cli-field-eqf = Nivel EQF
cli-field-organisation = Organizație
cli-field-place = Loc
cli-field-country = Țară
cli-field-from = De la
cli-field-to = Până la
cli-field-context = Cum ați învățat
cli-field-stages = Etape

cli-kind-skill = abilitate
cli-kind-qualification = calificare
cli-kind-experience = experiență
cli-kind-language = limbă
cli-kind-learning = învățare

cli-context-formal = formal (școală, diplomă)
cli-context-non-formal = non-formal (un curs)
cli-context-informal = informal (făcând)

cli-stage-recruitment = angajare
cli-stage-pre-departure = înainte de plecare
cli-stage-arrival = sosire
cli-stage-career = carieră
cli-stage-return = întoarcere

cli-proficiency-basic = de bază
cli-proficiency-intermediate = mediu
cli-proficiency-advanced = avansat
cli-proficiency-expert = expert

cli-level-eqf = Nivel EQF { $level }

cli-profile-name = Nume
cli-profile-birth-date = Data nașterii
cli-profile-origin = Vine din
cli-profile-current = Locuiește în
cli-profile-contact = Contact
cli-profile-languages = Limbi
cli-profile-mother-tongue = { $language } (limba maternă)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ascultare { $level }
cli-cefr-reading = citire { $level }
cli-cefr-spoken-interaction = conversație { $level }
cli-cefr-spoken-production = vorbire { $level }
cli-cefr-writing = scriere { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet nu cunoaște „{ $arg }” aici.
cli-error-unknown-command = Nu există comanda „{ $command }”.
cli-error-invalid-value = „{ $value }” nu poate fi folosit pentru { $arg }.
cli-error-missing-value = { $arg } are nevoie de o valoare după el.
cli-error-valid-values = Puteți folosi: { $values }
cli-error-missing-argument = Lipsește ceva: { $arg }
cli-error-missing-command = Spuneți ce să facă Carnet după „{ $command }”.
cli-error-valid-commands = Comenzile sunt: { $commands }
cli-error-conflict = { $arg } nu poate fi folosit împreună cu { $other }.
cli-error-no-equals = Scrieți { $arg } cu semnul egal și valoarea imediat după el.
cli-error-too-many-values = { $arg } primește mai puține valori. „{ $value }” este în plus.
cli-error-wrong-number-of-values = { $arg } are un număr greșit de valori.
cli-error-invalid-utf8 = Carnet nu poate citi unele dintre literele scrise. Scrieți-le din nou.
cli-error-did-you-mean = V-ați referit la { $suggestion }?
cli-error-usage = Carnet nu a înțeles această comandă.
cli-error-usage-hint = Scrieți { $command } --help pentru a vedea ce puteți scrie.
cli-error-set-format = „{ $value }” nu este o modificare. Scrieți FIELD=VALUE, de exemplu --set level=advanced
cli-error-nothing-to-change = Nu este nimic de schimbat. Dați cel puțin o opțiune, de exemplu --name "Your name".

cli-error-passphrase-unavailable = Carnet are nevoie de o parolă, dar nu o poate cere aici. Porniți Carnet într-un terminal sau setați { $variable }.
cli-error-passphrase-mismatch = Cele două parole nu sunt la fel. Nu s-a schimbat nimic. Încercați din nou.
cli-error-read-file = Carnet nu poate citi fișierul { $path }. Verificați numele fișierului și dosarul, apoi încercați din nou.
cli-error-no-data-dir = Carnet nu găsește un dosar pentru jurnal. Alegeți unul cu --data-dir, de exemplu --data-dir ./carnet
cli-error-output = Carnet nu a putut scrie răspunsul. Verificați că discul nu este plin, apoi încercați din nou.
cli-error-details = Detalii pentru cineva care ajută: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = Pentru a face unul, scrieți: carnet init
cli-hint-already-exists = Pentru a vedea ce conține, scrieți: carnet list. Pentru un al doilea jurnal, alegeți alt dosar cu --data-dir.
cli-hint-not-found = Pentru a vedea id-urile, scrieți: carnet list
cli-hint-ambiguous-id = Pentru a vedea id-urile, scrieți: carnet list
cli-hint-import-format = Alegeți un fișier făcut cu: carnet export --format json
cli-hint-invalid-field = Pentru lista câmpurilor, scrieți: carnet edit --help

## carnet sync

cli-sync-phase-sending = Se trimite
cli-sync-phase-receiving = Se primește
cli-sync-phase-photos = Fotografii
cli-sync-done = Sincronizat cu { $hub }.
cli-sync-changes = { $sent ->
    [one] { $sent } modificare trimisă
    [few] { $sent } modificări trimise
   *[other] { $sent } de modificări trimise
}, { $received ->
    [one] { $received } modificare primită.
    [few] { $received } modificări primite.
   *[other] { $received } de modificări primite.
}
cli-sync-photos = { $sent ->
    [one] { $sent } fotografie trimisă
    [few] { $sent } fotografii trimise
   *[other] { $sent } de fotografii trimise
}, { $received ->
    [one] { $received } fotografie primită.
    [few] { $received } fotografii primite.
   *[other] { $received } de fotografii primite.
}
cli-sync-bytes = Date folosite: { $up } KB trimiși, { $down } KB primiți.
cli-sync-retry = Încercăm din nou în { $seconds ->
    [one] { $seconds } secundă.
    [few] { $seconds } secunde.
   *[other] { $seconds } de secunde.
}
cli-sync-status-hub = Hub: { $hub }
cli-sync-status-last = Ultima sincronizare: { $when }
cli-sync-status-pending = { $count ->
    [0] Nicio modificare nu așteaptă.
    [one] { $count } modificare așteaptă să fie trimisă.
    [few] { $count } modificări așteaptă să fie trimise.
   *[other] { $count } de modificări așteaptă să fie trimise.
}
cli-sync-no-hub = încă niciunul
cli-sync-never = niciodată
cli-hint-sync-no-hub = Pentru a-l seta, scrieți: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Modificările sunt păstrate. Pentru a încerca mai târziu, scrieți: carnet sync

## carnet pair

cli-pair-show-scan = Scanați acest cod cu dispozitivul nou sau scrieți acolo textul de mai jos.
cli-pair-show-expires = Codul funcționează 10 minute.
cli-pair-show-request = Dispozitivul „{ $name }” vrea jurnalul dumneavoastră. Codul lui este { $fingerprint }.
cli-pair-show-ask = Dispozitivul nou arată același cod? Scrieți da (sau yes) pentru a permite, sau nu.
cli-pair-yes = da
cli-pair-show-approved = „{ $name }” are acum jurnalul dumneavoastră.
cli-pair-show-refused = Ați refuzat. „{ $name }” nu a primit nimic.
cli-pair-default-name = Dispozitiv nou
cli-pair-join-check = Celălalt dispozitiv trebuie să arate acest cod: { $fingerprint }. Permiteți acolo.
cli-pair-join-done = { $count ->
    [one] Acest dispozitiv are acum jurnalul, cu { $count } înregistrare.
    [few] Acest dispozitiv are acum jurnalul, cu { $count } înregistrări.
   *[other] Acest dispozitiv are acum jurnalul, cu { $count } de înregistrări.
}

## carnet devices

cli-devices-none = Niciun dispozitiv nu a sincronizat încă acest jurnal.
cli-devices-line = { $id }  { $name }  (din { $added })
cli-devices-this = ← acest dispozitiv
cli-devices-removed = (eliminat { $when })
cli-devices-removed-done = „{ $name }” a fost eliminat. Jurnalul are acum o cheie nouă, pe care acel dispozitiv nu o are.
cli-devices-new-sheet = Foaia de recuperare are cheia veche. Tipăriți acum una nouă și distrugeți-o pe cea veche: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = Tipăriți o foaie de recuperare: cu ea și cu parola, vă puteți recupera jurnalul pe un telefon nou dacă îl pierdeți pe acesta.
cli-cmd-recover = Pe un dispozitiv nou: recuperați jurnalul cu foaia de recuperare și parola.
cli-arg-recovery-out = Fișierul în care se scrie foaia. Trebuie să se termine în .png sau .pdf.
cli-arg-recover-sheet = O fotografie sau o scanare a foii de recuperare (PNG sau JPEG). Carnet citește codul ei pătrat.
cli-arg-recover-words = Cele 12 cuvinte de pe foaia de recuperare, în ordine, între ghilimele. Dați și --hub.
cli-arg-recover-hub = Adresa hubului tipărită pe foaia de recuperare, de exemplu http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet poate scrie foaia ca fișier .png sau .pdf, nu ca „{ $path }”.
cli-recovery-sheet-done = Foaia de recuperare este în { $path }. Tipăriți-o și păstrați hârtia într-un loc sigur, departe de telefon.
cli-recovery-sheet-english = Foaia este în engleză: Carnet încă nu poate scrie corect pe ea literele limbii dumneavoastră.
cli-recovery-sheet-replaced = Orice foaie tipărită înainte nu mai funcționează. Distrugeți-o.
cli-recover-done = { $count ->
    [one] Jurnalul este din nou pe acest dispozitiv: { $count } înregistrare.
    [few] Jurnalul este din nou pe acest dispozitiv: { $count } înregistrări.
   *[other] Jurnalul este din nou pe acest dispozitiv: { $count } de înregistrări.
}
cli-passphrase-sheet-updated = Foaia de recuperare funcționează în continuare, cu parola nouă.
cli-passphrase-sheet-not-updated = Foaia de recuperare nu a putut fi actualizată pe hub. Până tipăriți una nouă, ea are nevoie de parola veche. Tipăriți o foaie nouă când sunteți conectat: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Foaie de recuperare Carnet
cli-sheet-made = Făcută pe { $date }
cli-sheet-hub = Hub: { $hub }
cli-sheet-words = Cele 12 cuvinte
cli-sheet-instructions =
    Păstrați această hârtie în siguranță. Cu ea și cu parola vă recuperați jurnalul pe un telefon nou:
    1. Instalați Carnet pe telefonul nou și alegeți recuperarea unui jurnal.
    2. Scanați codul pătrat sau scrieți cele 12 cuvinte și adresa hubului.
    3. Scrieți parola. Jurnalul revine de pe hub.
    Pe un calculator: carnet recover --sheet photo.jpg
cli-sheet-warning = Doar această hârtie nu vă deschide jurnalul: este nevoie și de parolă. Nu le țineți împreună. Dacă tipăriți o foaie nouă, aceasta nu mai funcționează.
