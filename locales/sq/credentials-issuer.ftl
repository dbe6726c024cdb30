# Review status: machine-drafted, needs review by a native speaker.
# Komandat për nënshkruesit dhe kontrolluesit: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Nënshkruani aftësitë e njerëzve të tjerë, si trajner, punëdhënës, qendër, kolegj ose koleg.
cli-cmd-issuer-init = Bëni çelësin tuaj të nënshkrimit si nënshkrues. Kyçet me fjalëkalim.
cli-cmd-issuer-show = Shfaqni emrin, llojin dhe çelësin publik tuaj si nënshkrues. Nuk duhet fjalëkalim.
cli-cmd-issuer-revoke = Tërhiqni një vërtetim që keni nënshkruar, sipas numrit të tij.
cli-cmd-issuer-status-list = Shkruani listën e nënshkruar të vërtetimeve që tërhoqët, për t'ua dhënë kontrolluesve.
cli-cmd-endorse = Nënshkruani një kërkesë që dikush ju dha dhe shkruani vërtetimin për ta kthyer.
cli-cmd-trust = Zgjidhni nënshkrimeve të kujt u besoni kur kontrolloni një kod QR.
cli-cmd-trust-anchor = Ankorat e besimit: rrjetet ose autoritetet që garantojnë për nënshkruesit.
cli-cmd-trust-anchor-init = Bëni një çelës nënshkrimi si ankorë besimi, për të garantuar për nënshkruesit.
cli-cmd-trust-anchor-show = Shfaqni emrin dhe çelësin publik të ankorës suaj të besimit.
cli-cmd-trust-anchor-add = Besojini listave të nënshkruara me çelësin e kësaj ankore besimi.
cli-cmd-trust-bundle = Si ankorë besimi, nënshkruani një listë nënshkruesish për të cilët garantoni.
cli-cmd-trust-import = Shtoni nga një skedar një listë të nënshkruar nënshkruesish të besuar.
cli-cmd-trust-list = Shfaqni nënshkruesit të cilëve u besoni dhe sa e vjetër është çdo listë.
cli-cmd-revocation = Lista vërtetimesh që nënshkruesit i tërhoqën.
cli-cmd-revocation-import = Shtoni listën e nënshkruar të një nënshkruesi me vërtetimet që tërhoqi.
cli-cmd-verify = Kontrolloni një kod QR Carnet: kush nënshkroi secilën aftësi dhe nëse vlen ende.

## Help: what to give

cli-arg-issuer-name = Emri juaj ose i organizatës suaj, siç duhet ta shohin njerëzit.
cli-arg-issuer-country = Shteti juaj, me dy shkronja, si KE ose PT.
cli-arg-issuer-kind = Çfarë jeni: trainer, employer, centre, college ose colleague.
cli-arg-revoke-index = Numri i vërtetimit për t'u tërhequr.
cli-arg-cred-out = Skedari për t'u shkruar.
cli-arg-endorse-request = Kërkesa që ju dha personi: skedari (request.cbor), një foto e kodit të saj QR (PNG ose JPEG) ose një skedar teksti me tekstin që fillon me CNR1:
cli-arg-endorse-text = Teksti i kërkesës, që fillon me CNR1:, nëse personi e dërgoi si mesazh. Në vend të skedarit.
cli-arg-endorse-assessed-by = Si e kontrolluat aftësinë: observation, test, document ose interview.
cli-arg-endorse-expires = Dita e fundit kur vlen vërtetimi, si 2027-05-14. Pa këtë, nuk mbaron.
cli-arg-endorse-valid-days = Sa ditë vlen vërtetimi, nga sot.
cli-arg-anchor-name = Emri i ankorës së besimit, siç duhet ta shohin njerëzit.
cli-arg-anchor-key = Çelësi publik i ankorës së besimit: 64 shkronja dhe shifra.
cli-arg-bundle-issuer = Skedari i një nënshkruesi, nga carnet issuer show --json. Jepeni një herë për çdo nënshkrues.
cli-arg-trust-file = Skedari i listës së besimit (.cbor).
cli-arg-status-file = Skedari i listës së nënshkruesit (.cbor).
cli-arg-verify-image = Një foto e kodit QR: PNG, JPEG ose WebP.
cli-arg-verify-text = Teksti i kodit QR, që fillon me CN1:
cli-arg-verify-nonce = Numri që i kërkuat personit ta vendosë në kod (hex).
cli-arg-verify-audience = Emri që i kërkuat personit ta vendosë në kod.

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

issuer-created = Çelësi juaj i nënshkruesit për { $name } është gati. Mbajeni fjalëkalimin të sigurt: pa të nuk mund të nënshkruani.
issuer-label-name = Emri:
issuer-label-country = Shteti:
issuer-label-kind = Lloji:
issuer-label-public-key = Çelësi publik:
issuer-label-kid = Gjurma e çelësit:
issuer-label-issued = Numra të dhënë:
issuer-label-revoked = Të tërhequra:
issuer-revoked = Vërtetimi me numër { $index } u tërhoq.
issuer-already-revoked = Vërtetimi me numër { $index } ishte tërhequr tashmë.
issuer-revoked-next-step = Kontrolluesit e mësojnë këtë vetëm nga lista juaj e ardhshme: shkruajeni me carnet issuer status-list --out list.cbor, pastaj jepuni skedarin.
issuer-status-list-written = { $count ->
    [one] Lista është në { $path }. Përmend { $count } vërtetim të tërhequr.
   *[other] Lista është në { $path }. Përmend { $count } vërtetime të tërhequra.
}

endorse-intro = { $count ->
    [one] Do të nënshkruani { $count } shënim për personin me çelës { $holder }:
   *[other] Do të nënshkruani { $count } shënime për personin me çelës { $holder }:
}
endorse-entry = { $title } ({ $kind }, niveli { $level }, { $dates })
endorse-untitled = (pa titull)
endorse-how-observation = Ju thoni se e patë duke e bërë.
endorse-how-test = Ju thoni se kaloi një test.
endorse-how-document = Ju thoni se kontrolluat një dokument.
endorse-how-interview = Ju thoni se e kontrolluat në një intervistë.
endorse-expires-on = Vlen deri më { $date }.
endorse-no-expiry = Nuk mbaron.
endorse-written = { $count ->
    [one] U nënshkrua. Kthejini personit { $path }. Numri i tij është { $first }.
   *[other] U nënshkrua. Kthejini personit { $path }. Numrat janë nga { $first } deri në { $last }.
}

trust-anchor-added = Tani u besoni listave të nënshkruara nga { $name } (gjurma e çelësit { $kid }).
trust-bundle-written = { $count ->
    [one] Lista e nënshkruar me { $count } nënshkrues është në { $path }.
   *[other] Lista e nënshkruar me { $count } nënshkrues është në { $path }.
}
trust-imported = { $count ->
    [one] U shtua një listë besimi me { $count } nënshkrues, bërë më { $date }.
   *[other] U shtua një listë besimi me { $count } nënshkrues, bërë më { $date }.
}
trust-list-empty = Nuk u besoni ende asnjë nënshkruesi. Shtoni një listë besimi me carnet trust import.
trust-list-bundle = { $days ->
    [0] Listë besimi nga { $anchor }, bërë sot ({ $date }):
    [one] Listë besimi nga { $anchor }, bërë { $days } ditë më parë ({ $date }):
   *[other] Listë besimi nga { $anchor }, bërë { $days } ditë më parë ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, gjurma e çelësit { $kid }
revocation-imported = { $count ->
    [one] U shtua lista e { $name }, bërë më { $date }: { $count } vërtetim i tërhequr.
   *[other] U shtua lista e { $name }, bërë më { $date }: { $count } vërtetime të tërhequra.
}

## Errors of these commands

error-issuer-exists = Ka tashmë një çelës nënshkruesi në këtë dosje. Asgjë nuk ndryshoi.
error-no-issuer = Nuk ka ende çelës nënshkruesi në këtë dosje. Bëni një me carnet issuer init.
error-issuer-damaged = Çelësi i nënshkruesit në këtë dosje është i dëmtuar ose nuk përputhet me të dhënat e tij. Vendosni një kopje rezervë.
error-anchor-exists = Ka tashmë një çelës ankore besimi në këtë dosje. Asgjë nuk ndryshoi.
error-no-anchor = Nuk ka ende çelës ankore besimi në këtë dosje. Bëni një me carnet trust anchor init.
error-anchor-damaged = Çelësi i ankorës së besimit në këtë dosje është i dëmtuar ose nuk përputhet me të dhënat e tij. Vendosni një kopje rezervë.
error-identity-too-new = Ky çelës u bë nga një Carnet më i ri. Përditësoni Carnet për ta përdorur.
error-storage-file = Carnet nuk e shkroi ose nuk e lexoi dot { $path }. Kontrolloni që ka hapësirë dhe që mund të shkruani atje. (Për një ndihmës: { $reason })
error-file-too-big = { $path } është shumë i madh për të qenë skedar Carnet.
error-issuer-kind = «{ $value }» nuk është lloj nënshkruesi. Shkruani trainer, employer, centre, college ose colleague.
error-assessed-by = «{ $value }» nuk është mënyrë kontrolli. Shkruani observation, test, document ose interview.
error-expires-date = «{ $value }» nuk është ditë. Shkruajeni si vit-muaj-ditë, si 2027-05-14.
error-expires-past = Dita e mbarimit duhet të jetë pas sotme.
error-issuer-indexes-used-up = Ky çelës nënshkruesi i ka dhënë të gjithë numrat e tij. Bëni një çelës të ri nënshkruesi.
error-revoke-not-issued = Nuk keni nënshkruar vërtetim me numër { $index }. Numrat tuaj shkojnë nga 0 deri nën { $next }.
error-anchor-name = Emri duhet të ketë 1 deri në 100 shenja.
error-anchor-known = Ju i besoni tashmë kësaj ankore besimi (gjurma e çelësit { $kid }).
error-issuer-file = { $path } nuk është skedar nënshkruesi. Kërkojini nënshkruesit daljen e carnet issuer show --json.
error-trust-bundle-not-newer = Ju e keni tashmë këtë listë besimi ose një më të re nga e njëjta ankorë besimi. Asgjë nuk ndryshoi.
error-status-list-not-newer = Ju keni tashmë një listë më të re nga ky nënshkrues. Asgjë nuk ndryshoi.
error-status-list-issuer-unknown = Kjo listë është nga një nënshkrues të cilit nuk i besoni ende (gjurma e çelësit { $kid }). Importoni fillimisht një listë besimi që e përmend.
error-verifier-damaged = Listat tuaja të ruajtura të besimit janë të dëmtuara ose janë ndryshuar. Importojini përsëri.
error-verify-nonce = «{ $value }» nuk është numër në hex, si 3fa9.
error-verify-got-request = Kjo është një kërkesë për të vërtetuar shënimet e dikujt (teksti i saj fillon me CNR1:), jo një kod që tregon aftësi. Asgjë nuk u kontrollua. Personi që vërteton e nënshkruan me: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Ky është një kod që tregon aftësitë e dikujt (teksti i tij fillon me CN1:), jo një kërkesë për t'i vërtetuar. Asgjë nuk u nënshkrua. Për ta kontrolluar, shkruani: carnet verify PICTURE ose carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Lista e besimit është e dëmtuar ose nuk është listë besimi.
error-trust-bundle-wrong-file = Ky është një lloj tjetër skedari Carnet, jo listë besimi.
error-trust-bundle-newer-version = Kjo listë besimi u bë nga një Carnet më i ri. Përditësoni Carnet për ta lexuar.
error-trust-bundle-unknown-anchor = Kjo listë besimi është nënshkruar nga një ankorë besimi së cilës nuk i besoni (gjurma e çelësit { $kid }). Shtojeni fillimisht me carnet trust anchor add, nëse e njihni.
error-trust-bundle-bad-signature = Nënshkrimi në këtë listë besimi nuk përputhet. Skedari u ndryshua ose u dëmtua.
error-trust-bundle-invalid = Një vlerë në listën e besimit nuk mund të përdoret ({ $field }).
error-trust-bundle-too-large = Lista e besimit është shumë e madhe.
error-status-list-malformed = Lista është e dëmtuar ose nuk është listë e vërtetimeve të tërhequra.
error-status-list-wrong-file = Ky është një lloj tjetër skedari Carnet, jo listë e vërtetimeve të tërhequra.
error-status-list-newer-version = Kjo listë u bë nga një Carnet më i ri. Përditësoni Carnet për ta lexuar.
error-status-list-wrong-issuer = Kjo listë i përket një nënshkruesi tjetër ({ $found }, jo { $expected }).
error-status-list-bad-signature = Nënshkrimi në këtë listë nuk përputhet. Skedari u ndryshua ose u dëmtua.
error-status-list-invalid = Një vlerë në listë nuk mund të përdoret ({ $field }).
error-status-list-too-large = Lista është shumë e madhe.
