# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Faayilii leenjisaa, hojjechiisaa ykn giddugala barreeffamoota akka mirkaneessu gaafatu hojjedhaa.
    .long = Gaaffii leenjisaa, hojjechiisaa, giddugala, kolleejjii ykn hiriyaa hojii barreeffamoota keessan tokko tokko akka mirkaneessu gaafatu hojjedhaa: faayilii, koodii QR (maqaa .png ykn .svg n xumuramu) bilbila irratti agarsiisuuf ykn maxxansuuf, ykn --text tiin barreeffama ergaadhaan ergamu. Isaaniif kennaa. Mallatteessanii faayilii ragaa isiniif deebisu, kanaan kuufattu: carnet receive
cli-cmd-holder-receive = Ragaa leenjisaa, hojjechiisaa ykn giddugalli isiniif mallatteesse kuusaa.
cli-cmd-holder-credentials = Ragaalee qabdan barreeffama barreeffamaan tarreessaa. Akkasumas: carnet wallet
cli-cmd-holder-present = Barreeffamoota filataman akka koodii QR tokkootti agarsiisaa, kan namni kamiyyuu interneetii malee mirkaneessuu danda'u.
    .long = Barreeffamoota filataman akka koodii QR tokkootti agarsiisaa, kan namni kamiyyuu interneetii malee mirkaneessuu danda'u. Barreeffamoonni mirkanaa'an nama isaan mirkaneesse waliin mul'atu; barreeffamoonni --self-declared tiin kennaman akka isin qofaan jedhameetti mul'atu. Iskiriinii irratti koodiin sa'aatii 24f hojjeta; --print waliin, waggaa 5f.
cli-cmd-holder-export = Barreeffama mirkanaa'e akka W3C Verifiable Credential (Open Badges 3.0) appiiwwan biroof barreessaa.
    .long = Barreeffama mirkanaa'e akka W3C Verifiable Credential 2.0 (baajii Open Badges 3.0) barreessaa, nama mirkaneesseen kan mallatteeffame, akka boorsaaleen fi appiiwwan biroo mirkaneessuu danda'aniif. --out malee iskiriinii irratti barreeffama.

## Help: arguments

cli-arg-holder-request-ids = Barreeffamoota mirkanaa'an: eenyummeessitoota isaanii, ykn qubeewwan 4 jalqabaa ykn isaa ol kan tokkoon tokkoo isaanii. Eenyummeessitoota ilaaluuf barreessaa: carnet list
cli-arg-holder-request-out = Bakka gaaffiin itti barreeffamu: maqaan .png ykn .svg n xumuramu suuraa koodii QR hojjeta; maqaan biraa kamiyyuu, fakkeenyaaf request.cbor, faayilii.
cli-arg-holder-request-text = Barreeffama gaaffii (CNR1: n jalqaba) iskiriinii irratti barreessaa, ergaadhaan erguuf.
cli-arg-holder-receive-file = Faayilii ragaa isiniif kenname, fakkeenyaaf credential.cbor.
cli-arg-holder-present-select = Barreeffamoota mirkanaa'an agarsiifaman: eenyummeessitoota isaanii, ykn qubeewwan 4 jalqabaa ykn isaa ol kan tokkoon tokkoo isaanii.
cli-arg-holder-present-fields = Qaamolee barreeffama tokkoon tokkoo kana qofa agarsiisaa, qoqqoodduu (,) n addaan baafamanii, fakkeenyaaf title,level. Kaan dhokatanii turu. Qaamoleen: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Isa malee, hundi ni mul'ata.
cli-arg-holder-present-self-declared = Barreeffamoota akka isin qofaan jedhameetti agarsiifaman, nama kamiinuu hin mirkanoofne.
cli-arg-holder-present-stage = Maaliif akka agarsiiftan: recruitment, pre-departure, arrival, career ykn return. Isa malee: recruitment.
cli-arg-holder-present-audience = Eenyuuf akka agarsiiftan, yoo maqaa isaanii akka caqastan isin gaafatan, fakkeenyaaf maqaa ejensii.
cli-arg-holder-present-nonce = Koodii namni mirkaneessu isiniif kenne, yoo kenne (qubee 0-9 fi a-f).
cli-arg-holder-present-print = Waraqaaf hojjedhaa: koodiin ciccituu fi dachaa'uu caalaatti ni dandamata, sa'aatii 24 bakka waggaa 5f hojjeta.
cli-arg-holder-present-out = Suuraa barreeffamu: maqaa .png ykn .svg n xumuramu.
cli-arg-holder-present-text = Barreeffama koodii QR keessa jirus barreessaa, ergaadhaan erguuf.
cli-arg-holder-export-id = Barreeffama mirkanaa'e: eenyummeessaa isaa, ykn qubeewwan isaa 4 jalqabaa ykn isaa ol.
cli-arg-holder-export-format = Bifa barreeffamu. Qofa: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = JSON ragaa waliin bakka jedhu, akka tokenii mallatteeffame (VC-JWT) tti barreessaa.
cli-arg-holder-export-out = Faayilii barreeffamu, fakkeenyaaf badge.json ykn badge.jwt.

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
        [one] Gaaffiin kun barreeffama 1 akka mirkanaa'u gaafata.
       *[other] Gaaffiin kun barreeffamoota { $count } akka mirkanaa'an gaafata.
    } Namni mirkaneessu qaamolee kanneen tokkoon tokkoo isaanii irraa arga:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Gaaffiin { $path } keessatti barreeffameera.
holder-request-next = Faayilii nama mirkaneessuuf kennaa. Yeroo faayilii ragaa isiniif deebisan, barreessaa: carnet receive FILE
holder-receive-done = Kuufameera: { $issuer }n kan mirkanaa'e, { $kind }, { $country }. Akkaataa itti mirkaneessan: { $assessed }.
holder-validity-until = Kan kenname { $issued }. Hanga { $expires } hojjeta.
holder-validity-open = Kan kenname { $issued }. Guyyaa xumuraa hin qabu.
holder-wallet-empty = Ammaaf ragaa hin qabdan. Tokko gaafachuuf barreessaa: carnet request ID --out request.cbor
holder-wallet-damaged = Ragaa kana booda dubbifamuu hin dandeenye. Nama isa kenne haaraa gaafadhaa.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): kan kenname { $issued }, hanga { $expires } hojjeta
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): kan kenname { $issued }, guyyaa xumuraa hin qabu
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): kan kenname { $issued }, { $expires } irratti xumurame
holder-present-nothing = Maal akka agarsiifamu himaa: barreeffamoota mirkanaa'aniif --select ID, kaaniif --self-declared ID.
holder-present-done = Koodiin QR { $path } keessatti barreeffame: { $endorsed } mirkanaa'an, { $declared } isin jettan.
holder-present-size = Hamma: QR version { $version }, sadarkaa { $ec }, qubee { $chars }.
holder-present-expires = Hanga { $when } mirkanaa'uu danda'a (sa'aatii { $hours }).
holder-present-by-kid = Akka seenuuf, mallatteessitoonni mallattoo gabaabaan caqafamaniiru. Namni mirkaneessu eenyu akka ta'an kan argu yoo tarreen mallatteessitoota amanamoo isaa isaan qabate qofa.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = leenjisaa
holder-issuer-kind-employer = hojjechiisaa
holder-issuer-kind-centre = giddugala
holder-issuer-kind-college = kolleejjii
holder-issuer-kind-colleague = hiriyaa hojii (nama isin waliin hojjete, dhaabbata miti)

## How they checked

holder-assessed-observation = yeroo hojjettan isin ilaalan
holder-assessed-test = qormaata
holder-assessed-document = sanada mirkaneessan
holder-assessed-interview = af-gaaffii

## Errors

error-holder-no-key = Galmeen kun furtuu ittiin ragaa mallatteessu hin qabu. Wanti jijjiirame hin jiru. Maaloo rakkoo kana gabaasaa.
error-holder-write-file = Faayiliin { $path } barreeffamuu hin dandeenye: { $reason }. Foldarri jiraachuu fi bakki duwwaan jiraachuu mirkaneessaa, achiis irra deebitanii yaalaa.
error-holder-entry-unfit = Barreeffamni "{ $title }" ragaa keessa seenuu hin danda'u: { $field } isaa baay'ee dheeraadha ykn haala sirrii irra hin jiru. carnet edit tiin jijjiiraa, achiis irra deebitanii yaalaa.
error-holder-unknown-field = "{ $value }" qaama barreeffamaa agarsiifamuu danda'u miti. Qaamoleen: { $known }.
error-holder-credential-no-entries = Ragaan { $path } barreeffamoota keessan keessaa kam akka mirkaneessu hin ibsu. Wanti kuufame hin jiru. Haaraa faayilii gaaffii irraa hojjetame gaafadhaa: carnet request
error-holder-credential-entry-gone = Ragaan { $path } barreeffama galmee keessan keessa hin jirre mirkaneessa ({ $id }). Wanti kuufame hin jiru. Yoo meeshaa kana irratti haqxan, garagalcha galmee irraa ida'aa, achiis irra deebitanii yaalaa.
error-holder-credential-damaged = Ragaan barreeffama "{ $title }" kana booda dubbifamuu hin danda'u. Nama mirkaneesse haaraa gaafadhaa.
error-holder-not-endorsed = Barreeffamni "{ $title }" ammaaf nama kamiinuu hin mirkanoofne. --self-declared tiin agarsiisaa, ykn mirkaneessa gaafadhaa: carnet request
error-holder-selected-twice = Barreeffamni "{ $title }" --select fi --self-declared lamaaniin kennameera. Si'a tokko kennaa.
error-holder-bad-stage = "{ $value }" marsaa miti. Marsaaleen: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Fudhataan qubee 1 hanga 100 ta'uu qaba, sarara tokko irratti.
error-holder-bad-nonce = "{ $value }" koodii nama mirkaneessu irraa dhufe miti: qubee 0-9 fi a-f 2 hanga 128 ta'uu qaba.
error-holder-bad-out = Suuraan { $path } maqaa .png ykn .svg n xumuramu qabaachuu qaba.
error-holder-no-vc = Mirkaneessi "{ $title }" kan { $issuer } osoo Carnet akka ragaa W3C tti barreessuu hin danda'in dura hojjetame, tokko mallatteessuu kan danda'an immoo isaan qofa. Irra deebi'anii akka mirkaneessan gaafadhaa: gaaffii haaraa hojjedhaa (carnet request ID --out request.cbor), isaaniif kennaa, faayilii isaan deebisanis kuusaa (carnet receive FILE).
