# Review status: machine-drafted, needs review by a native speaker.
# Komandat e vërtetimeve për zotëruesin e ditarit: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Bëni një skedar që i kërkon një trajneri, punëdhënësi ose qendre të vërtetojë shënime.
    .long = Bëni një kërkesë që i kërkon një trajneri, punëdhënësi, qendre, kolegji ose kolegu të vërtetojë disa nga shënimet tuaja: një skedar, një kod QR (një emër që mbaron me .png ose .svg) për ta treguar në telefon ose për ta printuar, ose me --text një tekst për ta dërguar në mesazh. Jepjani atyre. Ata e nënshkruajnë dhe ju kthejnë një skedar vërtetimi, që e ruani me: carnet receive
cli-cmd-holder-receive = Ruani një vërtetim që një trajner, punëdhënës ose qendër e nënshkroi për ju.
cli-cmd-holder-credentials = Listoni vërtetimet që mbani, shënim pas shënimi. Edhe: carnet wallet
cli-cmd-holder-present = Shfaqni shënimet e zgjedhura si një kod QR që kushdo mund ta kontrollojë pa internet.
    .long = Shfaqni shënimet e zgjedhura si një kod QR që kushdo mund ta kontrollojë pa internet. Shënimet e vërtetuara shfaqen me atë që i vërtetoi; shënimet e dhëna me --self-declared shfaqen si vetëm fjala juaj. Në ekran kodi vlen 24 orë; me --print, 5 vjet.
cli-cmd-holder-export = Shkruani një shënim të vërtetuar si W3C Verifiable Credential (Open Badges 3.0) për aplikacione të tjera.
    .long = Shkruani një shënim të vërtetuar si W3C Verifiable Credential 2.0 (një distinktiv Open Badges 3.0), të nënshkruar nga personi që e vërtetoi, që portofolat dhe aplikacionet e tjera ta kontrollojnë. Pa --out shkruhet në ekran.

## Help: arguments

cli-arg-holder-request-ids = Shënimet për t'u vërtetuar: id-të e tyre ose 4 shenjat e para ose më shumë të secilës. Për të parë id-të, shkruani: carnet list
cli-arg-holder-request-out = Ku të shkruhet kërkesa: një emër që mbaron me .png ose .svg bën një foto kodi QR; çdo emër tjetër, si request.cbor, bën një skedar.
cli-arg-holder-request-text = Shkruani në ekran tekstin e kërkesës (fillon me CNR1:), për ta dërguar si mesazh.
cli-arg-holder-receive-file = Skedari i vërtetimit që ju dhanë, për shembull credential.cbor.
cli-arg-holder-present-select = Shënimet e vërtetuara për t'u shfaqur: id-të e tyre ose 4 shenjat e para ose më shumë të secilës.
cli-arg-holder-present-fields = Shfaqni vetëm këto pjesë të çdo shënimi, të ndara me presje, për shembull title,level. Të tjerat mbeten të fshehura. Pjesët janë: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Pa këtë, shfaqet gjithçka.
cli-arg-holder-present-self-declared = Shënime për t'u shfaqur si vetëm fjala juaj, të pavërtetuara nga askush.
cli-arg-holder-present-stage = Për çfarë e shfaqni: recruitment, pre-departure, arrival, career ose return. Pa këtë: recruitment.
cli-arg-holder-present-audience = Kujt ia shfaqni, nëse ju kërkuan t'i emërtoni, për shembull emri i një agjencie.
cli-arg-holder-present-nonce = Kodi që ju dha personi që kontrollon, nëse ju dha një (shenja 0-9 dhe a-f).
cli-arg-holder-present-print = Bëjeni për letër: kodi i reziston më mirë gërvishtjeve dhe palosjeve dhe vlen 5 vjet në vend të 24 orëve.
cli-arg-holder-present-out = Fotoja për t'u shkruar: një emër që mbaron me .png ose .svg.
cli-arg-holder-present-text = Shkruani edhe tekstin brenda kodit QR, për ta dërguar si mesazh.
cli-arg-holder-export-id = Shënimi i vërtetuar: id-ja e tij ose 4 shenjat e para ose më shumë.
cli-arg-holder-export-format = Formati për t'u shkruar. Vetëm: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Shkruajeni si token të nënshkruar (VC-JWT) në vend të JSON me provë.
cli-arg-holder-export-out = Skedari për t'u shkruar, për shembull badge.json ose badge.jwt.

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
        [one] Kjo kërkesë kërkon vërtetimin e { $count } shënimi.
       *[other] Kjo kërkesë kërkon vërtetimin e { $count } shënimeve.
    } Personi që vërteton do të shohë këto pjesë të secilit:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Kërkesa u shkrua në { $path }.
holder-request-next = Jepjani skedarin personit që vërteton. Kur t'ju kthejë një skedar vërtetimi, shkruani: carnet receive FILE
holder-receive-done = U ruajt: vërtetuar nga { $issuer }, { $kind }, { $country }. Si u kontrollua: { $assessed }.
holder-validity-until = Lëshuar më { $issued }. I vlefshëm deri më { $expires }.
holder-validity-open = Lëshuar më { $issued }. Pa datë mbarimi.
holder-wallet-empty = Nuk keni ende vërtetime. Për të kërkuar një, shkruani: carnet request ID --out request.cbor
holder-wallet-damaged = Një vërtetim që nuk lexohet më. Kërkojini një të ri personit që jua dha.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): lëshuar { $issued }, i vlefshëm deri më { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): lëshuar { $issued }, pa datë mbarimi
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): lëshuar { $issued }, mbaroi më { $expires }
holder-present-nothing = Thoni çfarë të shfaqet: --select ID për shënime të vërtetuara, --self-declared ID për të tjerat.
holder-present-done = Kodi QR u shkrua në { $path }: të vërtetuara: { $endorsed }, të thëna nga ju: { $declared }.
holder-present-size = Madhësia: QR versioni { $version }, niveli { $ec }, { $chars } shenja.
holder-present-expires = Mund të kontrollohet deri më { $when } ({ $hours } orë).
holder-present-by-kid = Që të mjaftojë vendi, nënshkruesit emërtohen me një gjurmë të shkurtër. Kush kontrollon sheh kush janë vetëm nëse i ka në listën e tij të nënshkruesve të besuar.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = një trajner
holder-issuer-kind-employer = një punëdhënës
holder-issuer-kind-centre = një qendër
holder-issuer-kind-college = një kolegj
holder-issuer-kind-colleague = një koleg (një person që punoi me ju, jo një organizatë)

## How they checked

holder-assessed-observation = ju panë duke punuar
holder-assessed-test = një test
holder-assessed-document = kontrolluan një dokument
holder-assessed-interview = një intervistë

## Errors

error-holder-no-key = Ky ditar nuk ka çelës për të nënshkruar vërtetime. Asgjë nuk ndryshoi. Ju lutemi raportojeni këtë problem.
error-holder-write-file = Skedari { $path } nuk u shkrua dot: { $reason }. Kontrolloni që dosja ekziston dhe ka hapësirë të lirë, pastaj provoni përsëri.
error-holder-entry-unfit = Shënimi «{ $title }» nuk mund të futet në një vërtetim: fusha { $field } është shumë e gjatë ose nuk ka formën e duhur. Ndryshojeni me carnet edit, pastaj provoni përsëri.
error-holder-unknown-field = «{ $value }» nuk është pjesë e një shënimi që mund të shfaqet. Pjesët janë: { $known }.
error-holder-credential-no-entries = Vërtetimi { $path } nuk thotë cilin nga shënimet tuaja vërteton. Asgjë nuk u ruajt. Kërkoni një të ri të bërë nga një skedar kërkese: carnet request
error-holder-credential-entry-gone = Vërtetimi { $path } vërteton një shënim që nuk është më në ditarin tuaj ({ $id }). Asgjë nuk u ruajt. Nëse e fshitë në këtë pajisje, shtojeni nga një kopje e ditarit, pastaj provoni përsëri.
error-holder-credential-damaged = Vërtetimi i shënimit «{ $title }» nuk lexohet më. Kërkojini një të ri personit që e vërtetoi.
error-holder-not-endorsed = Shënimi «{ $title }» nuk është vërtetuar ende nga askush. Shfaqeni me --self-declared ose kërkoni një vërtetim: carnet request
error-holder-selected-twice = Shënimi «{ $title }» është dhënë edhe me --select edhe me --self-declared. Jepeni një herë.
error-holder-bad-stage = «{ $value }» nuk është fazë. Fazat janë: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Marrësi duhet të ketë 1 deri në 100 shenja, në një rresht.
error-holder-bad-nonce = «{ $value }» nuk është kod nga personi që kontrollon: duhet të ketë 2 deri në 128 shenja 0-9 dhe a-f.
error-holder-bad-out = Fotoja { $path } duhet të ketë një emër që mbaron me .png ose .svg.
error-holder-no-vc = Vërtetimi i «{ $title }» nga { $issuer } u bë para se Carnet të mund ta shkruante si vërtetim W3C, dhe vetëm ata mund të nënshkruajnë një të tillë. Kërkojuni ta vërtetojnë përsëri: bëni një kërkesë të re (carnet request ID --out request.cbor), jepjua dhe ruani skedarin që ju kthejnë (carnet receive FILE).
