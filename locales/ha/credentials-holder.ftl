# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Yi fayil da ke roƙon mai horarwa, mai ɗaukar aiki ko cibiya su tabbatar da shigarwa.
    .long = Yi roƙo da ke roƙon mai horarwa, mai ɗaukar aiki, cibiya, kwaleji ko abokin aiki ya tabbatar ("ya ba da shaida") kan wasu shigarwarku: fayil, lambar QR (suna mai ƙarewa da .png ko .svg) don nunawa a wayarku ko bugawa, ko da --text rubutu don aikawa ta saƙo. Ku ba su. Za su sa hannu su mayar muku da fayil ɗin shaida, wanda za ku ajiye da: carnet receive
cli-cmd-holder-receive = Ajiye shaidar da mai horarwa, mai ɗaukar aiki ko cibiya ya sa muku hannu.
cli-cmd-holder-credentials = Jera shaidun da kuke riƙe da su, shigarwa bayan shigarwa. Haka kuma: carnet wallet
cli-cmd-holder-present = Nuna zaɓaɓɓun shigarwa a matsayin lambar QR guda da kowa zai iya dubawa ba tare da intanet ba.
    .long = Nuna zaɓaɓɓun shigarwa a matsayin lambar QR guda da kowa zai iya dubawa ba tare da intanet ba. Ana nuna shigarwar da aka tabbatar tare da wanda ya tabbatar da su; ana nuna shigarwar da aka bayar da --self-declared a matsayin ku kaɗai kuka faɗa. A allo lambar tana aiki na awa 24; da --print, na shekara 5.
cli-cmd-holder-export = Rubuta shigarwar da aka tabbatar a matsayin W3C Verifiable Credential (Open Badges 3.0) don wasu manhajoji.
    .long = Rubuta shigarwar da aka tabbatar a matsayin W3C Verifiable Credential 2.0 (lambar girma ta Open Badges 3.0), wadda wanda ya tabbatar da ita ya sa hannu, don sauran walat da manhajoji su iya duba ta. Ba tare da --out ba ana rubuta ta a allo.

## Help: arguments

cli-arg-holder-request-ids = Shigarwar da za a tabbatar: lambobin shaidarsu, ko haruffa 4 na farko ko fiye na kowace. Don ganin lambobin shaida, rubuta: carnet list
cli-arg-holder-request-out = Inda za a rubuta roƙon: suna mai ƙarewa da .png ko .svg yana yin hoton lambar QR; kowane suna daban, kamar request.cbor, fayil.
cli-arg-holder-request-text = Rubuta rubutun roƙon (yana farawa da CNR1:) a allo, don aika shi ta saƙo.
cli-arg-holder-receive-file = Fayil ɗin shaidar da aka ba ku, misali credential.cbor.
cli-arg-holder-present-select = Shigarwar da aka tabbatar da za a nuna: lambobin shaidarsu, ko haruffa 4 na farko ko fiye na kowace.
cli-arg-holder-present-fields = Nuna waɗannan sassan kowace shigarwa kawai, a raba da waƙafi, misali title,level. Sauran suna ɓoye. Sassan su ne: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Ba tare da shi ba, ana nuna komai.
cli-arg-holder-present-self-declared = Shigarwar da za a nuna a matsayin ku kaɗai kuka faɗa, ba wanda ya tabbatar.
cli-arg-holder-present-stage = Dalilin da kuke nunawa: recruitment, pre-departure, arrival, career ko return. Ba tare da shi ba: recruitment.
cli-arg-holder-present-audience = Wanda kuke nuna wa, idan sun roƙe ku ku ambace su, misali sunan wata hukuma.
cli-arg-holder-present-nonce = Lambar da mai dubawa ya ba ku, idan ya bayar (haruffa 0-9 da a-f).
cli-arg-holder-present-print = Yi ta don takarda: lambar tana jure karce da naɗewa da kyau, kuma tana aiki shekara 5 maimakon awa 24.
cli-arg-holder-present-out = Hoton da za a rubuta: suna mai ƙarewa da .png ko .svg.
cli-arg-holder-present-text = Rubuta kuma rubutun da ke cikin lambar QR, don aika shi ta saƙo.
cli-arg-holder-export-id = Shigarwar da aka tabbatar: lambar shaidarta, ko haruffa 4 na farko ko fiye.
cli-arg-holder-export-format = Tsarin da za a rubuta. Kawai: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Rubuta ta a matsayin alamar da aka sa hannu (VC-JWT) maimakon JSON mai hujja.
cli-arg-holder-export-out = Fayil ɗin da za a rubuta, misali badge.json ko badge.jwt.

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
        [one] Wannan roƙo yana neman a tabbatar da shigarwa 1.
       *[other] Wannan roƙo yana neman a tabbatar da shigarwa { $count }.
    } Wanda zai tabbatar zai ga waɗannan sassan kowace:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = An rubuta roƙon a { $path }.
holder-request-next = Ba wanda zai tabbatar fayil ɗin. Idan suka mayar muku da fayil ɗin shaida, rubuta: carnet receive FILE
holder-receive-done = An ajiye: { $issuer } ne ya tabbatar, { $kind }, { $country }. Yadda suka duba: { $assessed }.
holder-validity-until = An bayar a { $issued }. Yana aiki har { $expires }.
holder-validity-open = An bayar a { $issued }. Babu ranar ƙarewa.
holder-wallet-empty = Ba ku da shaida tukuna. Don roƙon ɗaya, rubuta: carnet request ID --out request.cbor
holder-wallet-damaged = Shaidar da ba za a iya karantawa ba kuma. Ku roƙi wanda ya bayar da ita sabuwa.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): an bayar { $issued }, yana aiki har { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): an bayar { $issued }, babu ranar ƙarewa
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): an bayar { $issued }, ya ƙare { $expires }
holder-present-nothing = Faɗi abin da za a nuna: --select ID don shigarwar da aka tabbatar, --self-declared ID don sauran.
holder-present-done = An rubuta lambar QR a { $path }: { $endorsed } an tabbatar, { $declared } ku kuka faɗa.
holder-present-size = Girma: QR siga { $version }, mataki { $ec }, haruffa { $chars }.
holder-present-expires = Ana iya duba ta har { $when } (awa { $hours }).
holder-present-by-kid = Don ta dace, an ambaci masu sa hannu da gajeriyar alama. Mai dubawa zai ga ko su wane ne kawai idan jerin amintattun masu sa hannunsa yana da su.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = mai horarwa
holder-issuer-kind-employer = mai ɗaukar aiki
holder-issuer-kind-centre = cibiya
holder-issuer-kind-college = kwaleji
holder-issuer-kind-colleague = abokin aiki (mutumin da kuka yi aiki tare, ba ƙungiya ba)

## How they checked

holder-assessed-observation = sun kalle ku kuna aiki
holder-assessed-test = jarrabawa
holder-assessed-document = sun duba wata takarda
holder-assessed-interview = hira

## Errors

error-holder-no-key = Wannan rajista ba ta da maɓallin sa hannu kan shaidu. Ba a canza komai ba. Don Allah ku kai rahoton wannan matsala.
error-holder-write-file = Ba a iya rubuta fayil ɗin { $path } ba: { $reason }. Ku tabbatar babban fayil ɗin yana nan kuma akwai sarari, sannan ku sake gwadawa.
error-holder-entry-unfit = Ba za a iya sanya shigarwar "{ $title }" a shaida ba: { $field } ɗinta ya yi tsawo da yawa ko ba a tsarin da ya dace ba. Canza ta da carnet edit, sannan ku sake gwadawa.
error-holder-unknown-field = "{ $value }" ba sashen shigarwa ne da za a iya nunawa ba. Sassan su ne: { $known }.
error-holder-credential-no-entries = Shaidar { $path } ba ta faɗi wace daga cikin shigarwarku take tabbatarwa ba. Ba a ajiye komai ba. Ku roƙi sabuwa da aka yi daga fayil ɗin roƙo: carnet request
error-holder-credential-entry-gone = Shaidar { $path } tana tabbatar da shigarwar da ba ta cikin rajistarku yanzu ({ $id }). Ba a ajiye komai ba. Idan kun share ta a wannan na'ura, ƙara ta daga kwafin rajistar, sannan ku sake gwadawa.
error-holder-credential-damaged = Ba za a iya karanta shaidar shigarwar "{ $title }" ba kuma. Ku roƙi wanda ya tabbatar da ita sabuwa.
error-holder-not-endorsed = Har yanzu babu wanda ya tabbatar da shigarwar "{ $title }". Nuna ta da --self-declared, ko ku roƙi tabbatarwa: carnet request
error-holder-selected-twice = An bayar da shigarwar "{ $title }" da --select da kuma --self-declared. Bayar da ita sau ɗaya.
error-holder-bad-stage = "{ $value }" ba zango ba ne. Zangogin su ne: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Mai karɓa dole ya kasance haruffa 1 zuwa 100, a layi ɗaya.
error-holder-bad-nonce = "{ $value }" ba lamba ce daga mai dubawa ba: dole ta kasance haruffa 2 zuwa 128 na 0-9 da a-f.
error-holder-bad-out = Hoton { $path } dole ya kasance yana da suna mai ƙarewa da .png ko .svg.
error-holder-no-vc = An yi tabbatarwar "{ $title }" daga { $issuer } kafin Carnet ta iya rubuta ta a matsayin shaidar W3C, kuma su kaɗai ne za su iya sa hannu kan ɗaya. Ku roƙe su su sake tabbatarwa: yi sabon roƙo (carnet request ID --out request.cbor), ku ba su, kuma ku ajiye fayil ɗin da suka mayar (carnet receive FILE).
