# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Samee fayl ka codsanaya tababare, loo-shaqeeye ama xarun inay xaqiijiyaan qoraallo.
    .long = Samee codsi ka codsanaya tababare, loo-shaqeeye, xarun, kulliyad ama saaxiib shaqo inay xaqiijiyaan ("caddeyn siiyaan") qaar ka mid ah qoraalladaada: fayl, koodh QR (magac ku dhammaada .png ama .svg) si aad taleefankaaga ugu muujiso ama u daabacdo, ama adigoo isticmaalaya --text qoraal fariin lagu diro. Sii iyaga. Way saxiixaan oo kuu soo celiyaan fayl caddeyn ah, kaas oo aad ku kaydiso: carnet receive
cli-cmd-holder-receive = Kaydi caddeyn uu kuu saxiixay tababare, loo-shaqeeye ama xarun.
cli-cmd-holder-credentials = Liis garee caddeymaha aad haysato, qoraal qoraal. Sidoo kale: carnet wallet
cli-cmd-holder-present = Qoraallada la doortay ku muuji hal koodh QR oo qof kastaa hubin karo internet la'aan.
    .long = Qoraallada la doortay ku muuji hal koodh QR oo qof kastaa hubin karo internet la'aan. Qoraallada la xaqiijiyay waxay la muuqdaan qofkii xaqiijiyay; qoraallada lagu bixiyay --self-declared waxay u muuqdaan sida adiga oo keliya sheegay. Shaashadda koodhku wuxuu shaqeeyaa 24 saacadood; --print, 5 sano.
cli-cmd-holder-export = U qor qoraal la xaqiijiyay sida W3C Verifiable Credential (Open Badges 3.0) abkaha kale.
    .long = U qor qoraal la xaqiijiyay sida W3C Verifiable Credential 2.0 (calaamad Open Badges 3.0), oo uu saxiixay qofkii xaqiijiyay, si boorsooyinka iyo abkaha kale u hubin karaan. La'aanta --out waxaa lagu qoraa shaashadda.

## Help: arguments

cli-arg-holder-request-ids = Qoraallada la xaqiijinayo: aqoonsiyadooda, ama 4 xaraf ee ugu horreeya ama ka badan mid kasta. Si aad u aragto aqoonsiyada, qor: carnet list
cli-arg-holder-request-out = Meesha codsiga lagu qorayo: magac ku dhammaada .png ama .svg wuxuu sameeyaa sawir koodh QR; magac kasta oo kale, sida request.cbor, fayl.
cli-arg-holder-request-text = Qoraalka codsiga (wuxuu ku bilaabmaa CNR1:) ku qor shaashadda, si aad fariin ahaan ugu dirto.
cli-arg-holder-receive-file = Faylka caddeynta lagu siiyay, tusaale ahaan credential.cbor.
cli-arg-holder-present-select = Qoraallada la xaqiijiyay ee la muujinayo: aqoonsiyadooda, ama 4 xaraf ee ugu horreeya ama ka badan mid kasta.
cli-arg-holder-present-fields = Muuji oo keliya qaybahan qoraal kasta, oo hakad ku kala soocan, tusaale ahaan title,level. Kuwa kale way qarsoon yihiin. Qaybaha waa: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. La'aanteed, wax walba waa la muujiyaa.
cli-arg-holder-present-self-declared = Qoraallo loo muujinayo sida adiga oo keliya sheegay, oo aan qofna xaqiijin.
cli-arg-holder-present-stage = Waxa aad u muujinayso: recruitment, pre-departure, arrival, career ama return. La'aanteed: recruitment.
cli-arg-holder-present-audience = Qofka aad tusayso, haddii ay kaa codsadeen inaad magacawdo, tusaale ahaan magaca wakaalad.
cli-arg-holder-present-nonce = Koodhka uu ku siiyay qofka hubinaya, haddii uu ku siiyay (xarfaha 0-9 iyo a-f).
cli-arg-holder-present-print = U samee warqad: koodhku si fiican ayuu ugu adkaystaa xoqidda iyo laabidda, wuxuuna shaqeeyaa 5 sano halkii 24 saacadood.
cli-arg-holder-present-out = Sawirka la qorayo: magac ku dhammaada .png ama .svg.
cli-arg-holder-present-text = Sidoo kale qor qoraalka ku jira koodhka QR, si aad fariin ahaan ugu dirto.
cli-arg-holder-export-id = Qoraalka la xaqiijiyay: aqoonsigiisa, ama 4 xaraf ee ugu horreeya ama ka badan.
cli-arg-holder-export-format = Qaabka la qorayo. Oo keliya: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = U qor sida calaamad la saxiixay (VC-JWT) halkii JSON caddeyn leh.
cli-arg-holder-export-out = Faylka la qorayo, tusaale ahaan badge.json ama badge.jwt.

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
        [one] Codsigani wuxuu weydiinayaa in la xaqiijiyo 1 qoraal.
       *[other] Codsigani wuxuu weydiinayaa in la xaqiijiyo { $count } qoraal.
    } Qofka xaqiijinaya wuxuu arki doonaa qaybahan mid kasta:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Codsiga waxaa lagu qoray { $path }.
holder-request-next = Faylka sii qofka xaqiijinaya. Marka ay kuu soo celiyaan fayl caddeyn ah, qor: carnet receive FILE
holder-receive-done = La kaydiyay: waxaa xaqiijiyay { $issuer }, { $kind }, { $country }. Sida ay u hubiyeen: { $assessed }.
holder-validity-until = La bixiyay { $issued }. Wuu shaqaynayaa ilaa { $expires }.
holder-validity-open = La bixiyay { $issued }. Ma laha taariikh dhammaad.
holder-wallet-empty = Weli ma haysatid caddeymo. Si aad mid u codsato, qor: carnet request ID --out request.cbor
holder-wallet-damaged = Caddeyn aan mar dambe la akhriyi karin. Weydii qofkii ku siiyay mid cusub.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): la bixiyay { $issued }, wuu shaqaynayaa ilaa { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): la bixiyay { $issued }, ma laha taariikh dhammaad
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): la bixiyay { $issued }, wuu dhammaaday { $expires }
holder-present-nothing = Sheeg waxa la muujinayo: --select ID qoraallada la xaqiijiyay, --self-declared ID kuwa kale.
holder-present-done = Koodhka QR waxaa lagu qoray { $path }: { $endorsed } la xaqiijiyay, { $declared } adiga ayaa sheegay.
holder-present-size = Cabbirka: QR nooca { $version }, heerka { $ec }, { $chars } xaraf.
holder-present-expires = Waa la hubin karaa ilaa { $when } ({ $hours } saacadood).
holder-present-by-kid = Si uu ugu filnaado, saxiixayaasha waxaa lagu magacaabay summad gaaban. Qofka hubinaya wuxuu arkaa cidda ay yihiin oo keliya haddii liiskiisa saxiixayaasha la aamino uu ku jiro.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = tababare
holder-issuer-kind-employer = loo-shaqeeye
holder-issuer-kind-centre = xarun
holder-issuer-kind-college = kulliyad
holder-issuer-kind-colleague = saaxiib shaqo (qof aad wada shaqayseen, ma aha hay'ad)

## How they checked

holder-assessed-observation = way ku daawadeen adigoo shaqaynaya
holder-assessed-test = imtixaan
holder-assessed-document = dukumenti ayay hubiyeen
holder-assessed-interview = wareysi

## Errors

error-holder-no-key = Diiwaankani ma laha fure lagu saxiixo caddeymaha. Waxba lama beddelin. Fadlan soo sheeg dhibaatadan.
error-holder-write-file = Faylka { $path } lama qori karin: { $reason }. Hubi in galku jiro oo meel bannaan jirto, kadibna isku day mar kale.
error-holder-entry-unfit = Qoraalka "{ $title }" laguma dari karo caddeyn: { $field }-kiisu aad buu u dheer yahay ama qaab sax ah kuma jiro. Ku beddel carnet edit, kadibna isku day mar kale.
error-holder-unknown-field = "{ $value }" ma aha qayb qoraal oo la muujin karo. Qaybaha waa: { $known }.
error-holder-credential-no-entries = Caddeynta { $path } ma sheegayso qoraalladaada midka ay xaqiijinayso. Waxba lama kaydin. Weydii mid cusub oo laga sameeyay fayl codsi: carnet request
error-holder-credential-entry-gone = Caddeynta { $path } waxay xaqiijinaysaa qoraal aan hadda ku jirin diiwaankaaga ({ $id }). Waxba lama kaydin. Haddii aad qalabkan ka tirtirtay, ka soo dar koobi diiwaanka, kadibna isku day mar kale.
error-holder-credential-damaged = Caddeynta qoraalka "{ $title }" mar dambe lama akhriyi karo. Weydii qofkii xaqiijiyay mid cusub.
error-holder-not-endorsed = Qoraalka "{ $title }" weli qofna ma xaqiijin. Ku muuji --self-declared, ama codso xaqiijin: carnet request
error-holder-selected-twice = Qoraalka "{ $title }" waxaa lagu bixiyay --select iyo --self-declared labadaba. Hal mar bixi.
error-holder-bad-stage = "{ $value }" ma aha marxalad. Marxaladaha waa: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Qaataha waa inuu ahaadaa 1 ilaa 100 xaraf, hal sadar.
error-holder-bad-nonce = "{ $value }" ma aha koodh ka yimid qofka hubinaya: waa inuu ahaadaa 2 ilaa 128 xaraf oo 0-9 iyo a-f ah.
error-holder-bad-out = Sawirka { $path } waa inuu leeyahay magac ku dhammaada .png ama .svg.
error-holder-no-vc = Xaqiijinta "{ $title }" ee { $issuer } waxaa la sameeyay ka hor inta aanu Carnet u qori karin sida caddeyn W3C, oo keliya iyaga ayaa saxiixi kara mid. Weydii inay mar kale xaqiijiyaan: samee codsi cusub (carnet request ID --out request.cbor), sii iyaga, oo kaydi faylka ay kuu soo celiyaan (carnet receive FILE).
