# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Mirkaneessota koo
app-present = Dandeettii koo agarsiisi
app-verify = Koodii mirkaneessaa

## Wallet

app-wallet-title = Mirkaneessota koo
app-wallet-intro = Kunneen dandeettiiwwan namni tokko isiniif mallatteessedha. Koodii QR tiin agarsiisuu ni dandeessu.
app-wallet-empty = Hanga ammaatti namni tokkollee dandeettii isiniif hin mallatteessine. Leenjisaa, hojjechiisaa ykn giddugala waan gochuu dandeessan akka mirkaneessu gaafadhaa.
app-wallet-by = { $name }n kan mallatteeffame ({ $kind }, { $country })
app-wallet-issued = Kan mallatteeffame { $date }
app-wallet-expires = Hanga { $date } hojjeta
app-wallet-expired = { $date } irratti yeroon isaa darbe
app-wallet-no-expiry = Yeroon isaa hin darbu
app-wallet-damaged = Mirkaneessi kun miidhameera, agarsiifamuu hin danda'u. Nama mallatteesse haaraa gaafadhaa.
app-standing-valid = Mirkanaa'eera: nama tarree amanamaa keessan keessa jiruun mallatteeffame
app-standing-unknown-issuer = Mallatteeffameera, garuu mallatteessaan tarree amanamaa keessan keessa hin jiru
app-standing-expired = Yeroon isaa darbeera
app-standing-revoked = Mallatteessaan haqeera
app-standing-malformed = Miidhameera

## Present: choosing what to show

app-present-title = Dandeettii koo agarsiisi
app-present-endorsed = Nama tokkoon kan mallatteeffame
app-present-self = Ana qofaan kan jedhame
app-present-self-hint = Mirkaneessaan kunneen akka jecha keessan qofaatti ilaala, akka mallatteeffamanitti miti.
app-present-details = Tokkoon tokkoo isaanii irraa maal haa mul'atu
app-present-details-all = Hunda
app-present-details-short = Maqaa fi sadarkaa qofa
app-present-stage = Eenyuuf?
app-present-print = Waraqaa irratti maxxansuuf (waggaa 5f hojjeta)
app-present-make = Koodii QR agarsiisi
app-present-none = Yoo xiqqaate waan agarsiifamu tokko filadhaa.
app-present-nothing-yet = Galmeen keessan duwwaadha. Jalqaba waa ida'aa.

## Present: the QR code

app-qr-title = Koodii kana akka iskaan godhan taasisaa
app-qr-expires = Koodiin kun hanga { $date } hojjeta.
app-qr-preview = Waan mirkaneessaan argu
app-qr-preview-hide = Waan mirkaneessaan argu dhoksaa
app-qr-done = Xumurame
app-qr-preview-note = Kun waan mirkaneessaan tarreewwan amanamaa bilbila kanaa wal fakkaatan qabu argudha.

## Verify

app-verify-title = Koodii mirkaneessaa
app-verify-intro = Suuraa koodii QR Carnet kaasaa ykn filadhaa. Wanti gara kamiyyuu ergamu hin jiru: mirkaneessi meeshaa kana irratti raawwatama.
app-verify-picture = Suuraa kaasaa ykn filadhaa
app-verify-text = Ykn barreeffama koodii maxxansaa (CN1: n jalqaba)
app-verify-check = Mirkaneessaa
app-verify-checking = Mirkaneessaa jira…
app-verify-again = Koodii biraa mirkaneessaa

## The verdict

app-verdict-title = Bu'aa
app-verdict-made = { $stage }f { $date } irratti kan hojjetame.
app-verdict-expires = Koodiin hanga { $date } hojjeta.
app-verdict-newer = Koodiin kun Carnet haaraan hojjetame. Mirkaneessuuf Carnet haaromsaa.
app-item-endorsed = Mallatteeffame
app-item-self = Jecha isaanii qofa
app-item-assessed = { $how }n kan mirkanaa'e
app-item-hidden = { $count ->
    [one] Odeeffannoon 1 namichaan dhokfameera.
   *[other] Odeeffannoowwan { $count } namichaan dhokfamaniiru.
}

## Errors of these screens

error-wallet-no-key = Galmeen kun furtuu ittiin mallatteessu hin qabu. Wanti agarsiifame hin jiru. Maaloo rakkoo kana gabaasaa.
error-wallet-not-endorsed = “{ $title }” ammaaf nama tokkoonis hin mallatteeffamne. Akka “Ana qofaan kan jedhame”tti agarsiisaa, ykn nama tokko akka mirkaneessu gaafadhaa.
error-wallet-credential-damaged = Mirkaneessi “{ $title }” miidhameera. Akka “Ana qofaan kan jedhame”tti agarsiisaa, ykn haaraa gaafadhaa.
error-wallet-entry-unfit = “{ $title }” koodii keessa seenuu hin danda'u: { $field } isaa baay'ee dheeraadha ykn haala sirrii irra hin jiru. Barreeffama jijjiiraa, achiis irra deebitanii yaalaa.
error-wallet-selected-twice = “{ $title }” si'a lama filatameera. Si'a tokko filadhaa.
error-wallet-nothing-chosen = Yoo xiqqaate waan agarsiifamu tokko filadhaa.
error-wallet-too-large = Kun koodii QR tokkoof baay'ee heddu ({ $chars } qubee). Wantoota muraasa filadhaa, ykn maqaa fi sadarkaa qofa agarsiisaa.
error-wallet-credential = Koodiin hojjetamuu hin dandeenye. Wanti agarsiifame hin jiru. Maaloo rakkoo kana gabaasaa. (Gargaaraaf: { $reason })
error-wallet-no-code = Suuraa kana keessatti koodiin QR Carnet hin argamne. Suuraa irra deebitanii kaasaa, dhihoo fi ifaan, koodiin guutuun keessa akka jiraatu.
error-wallet-not-a-picture = Faayiliin kun suuraa Carnet dubbisuu danda'u miti. Suuraa (JPEG ykn PNG) fayyadamaa.
error-wallet-picture-too-large = Suuraan baay'ee guddaadha ({ $width } × { $height } piksela). Kan xiqqaa kaasaa irra deebitanii yaalaa.
error-wallet-got-request = Kun gaaffii dandeettii nama tokkoo mallatteessuuti, koodii dandeettii agarsiisu miti. Wanti mirkanaa'e hin jiru.
error-wallet-trust-damaged = Tarreewwan amanamaa keessanii miidhamaniiru ykn jijjiiramaniiru. Irra deebitanii galchaa. Hanga sanaatti mallatteessaan kamiyyuu akka amanamaatti hin lakkaa'amu.
error-wallet-trust-unreadable = Carnet tarreewwan amanamaa keessan { $path } keessatti dubbisuu hin dandeenye. Meeshaan bakka qabaachuu isaa mirkaneessaa. (Gargaaraaf: { $reason })
error-wallet-not-yours = Mirkaneessi kun galmee nama biraatiif hojjetame, kan keessaniif miti. Wanti kuufame hin jiru. Faayilii keessan akka fudhattan mirkaneeffadhaa.
error-wallet-bad-signature = Mallattoon faayilii kana irra jiru hin walsimu: jijjiirameera ykn miidhameera. Wanti kuufame hin jiru. Faayilii irra deebitanii gaafadhaa.
error-wallet-not-a-credential = Faayiliin kun mirkaneessa Carnet irraa mallatteeffame miti. Wanti kuufame hin jiru. Nama mallatteesse faayilii inni hojjete gaafadhaa.
error-wallet-too-many = Yeroo tokkotti wantoota { $max } hin caalle gaafadhaa. Muraasa filadhaa.
error-wallet-not-from-request = Mirkaneessi kun barreeffamoota keessan keessaa kam akka mirkaneessu hin ibsu. Wanti kuufame hin jiru. Haaraa koodii gaaffii keessan irraa hojjetame gaafadhaa.
error-wallet-entry-gone = Mirkaneessi kun barreeffama galmee keessan keessa hin jirre mirkaneessa. Wanti kuufame hin jiru. Yoo haqxan, garagalcha irraa irra deebitanii ida'aa, achiis mirkaneessa haaraa gaafadhaa.

## Asking for a signature, and keeping it

app-request = Mallattoo gaafadhaa
app-request-title = Mallattoo gaafadhaa
app-request-intro = Koodii kana leenjisaa, hojjechiisaa ykn giddugala waan gochuu dandeessan mirkaneessuuf agarsiisaa. Carnet tiin iskaan godhanii faayilii mallatteeffame isiniif deebisu.
app-request-key = Furtuu keessan: { $kid }. Namni mallatteessu koodii walfakkaataa arga.
app-request-text = Koodii walfakkaataa akka barreeffamaatti, ergaadhaan erguuf
app-request-next = Yeroo faayilii mallatteeffame argattan, “Mirkaneessota koo” banaa “Faayilii mallatteeffame ida'aa” tuqaa.
app-receive = Faayilii mallatteeffame ida'aa
app-received = Kuufameera: { $name } ({ $kind }) { $titles } mallatteesseera.
