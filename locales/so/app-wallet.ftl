# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Caddeymahayga
app-present = Tus xirfadahayga
app-verify = Hubi koodh

## Wallet

app-wallet-title = Caddeymahayga
app-wallet-intro = Kuwani waa xirfadaha uu qof kuu saxiixay. Waxaad ku muujin kartaa koodh QR ah.
app-wallet-empty = Weli qofna kuuma saxiixin xirfad. Weydii tababare, loo-shaqeeye ama xarun inay xaqiijiyaan waxa aad samayn karto.
app-wallet-by = Waxaa saxiixay { $name } ({ $kind }, { $country })
app-wallet-issued = La saxiixay { $date }
app-wallet-expires = Wuu shaqaynayaa ilaa { $date }
app-wallet-expired = Wuu dhacay { $date }
app-wallet-no-expiry = Ma dhaco
app-wallet-damaged = Caddeyntan way xumaatay lamana muujin karo. Weydii qofkii saxiixay mid cusub.
app-standing-valid = La hubiyay: waxaa saxiixay qof ku jira liiskaaga kalsoonida
app-standing-unknown-issuer = La saxiixay, laakiin saxiixuhu kuma jiro liiskaaga kalsoonida
app-standing-expired = Wuu dhacay
app-standing-revoked = Saxiixaha ayaa laalay
app-standing-malformed = Wuu xumaaday

## Present: choosing what to show

app-present-title = Tus xirfadahayga
app-present-endorsed = Uu qof saxiixay
app-present-self = Aniga oo keliya ayaa sheegay
app-present-self-hint = Hubiyuhu wuxuu kuwan u arkaa hadalkaaga, ma aha kuwo la saxiixay.
app-present-details = Waxa laga muujinayo mid kasta
app-present-details-all = Wax walba
app-present-details-short = Magaca iyo heerka oo keliya
app-present-stage = Yaa loogu talagalay?
app-present-print = Si warqad loogu daabaco (5 sano ayuu shaqaynayaa)
app-present-make = Tus koodhka QR
app-present-none = Dooro ugu yaraan hal shay oo la muujiyo.
app-present-nothing-yet = Diiwaankaagu waa madhan yahay. Marka hore wax ku dar.

## Present: the QR code

app-qr-title = U oggolow inay iskaan gareeyaan koodhkan
app-qr-expires = Koodhkani wuxuu shaqaynayaa ilaa { $date }.
app-qr-preview = Waxa hubiyuhu arki doono
app-qr-preview-hide = Qari waxa hubiyuhu arko
app-qr-done = Dhammaaday
app-qr-preview-note = Tani waa waxa uu arki doono hubiye leh liisas kalsooni oo la mid ah kuwa taleefankan.

## Verify

app-verify-title = Hubi koodh
app-verify-intro = Qaad ama dooro sawirka koodh QR ah oo Carnet ah. Waxba meelna looma dirayo: hubintu waxay ka dhacdaa qalabkan.
app-verify-picture = Qaad ama dooro sawir
app-verify-text = Ama dheji qoraalka koodhka (wuxuu ku bilaabmaa CN1:)
app-verify-check = Hubi
app-verify-checking = Waa la hubinayaa…
app-verify-again = Hubi koodh kale

## The verdict

app-verdict-title = Natiijada
app-verdict-made = Loo sameeyay { $stage } { $date }.
app-verdict-expires = Koodhku wuxuu shaqaynayaa ilaa { $date }.
app-verdict-newer = Koodhkan waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u hubiso.
app-item-endorsed = La saxiixay
app-item-self = Hadalkooda
app-item-assessed = Lagu hubiyay { $how }
app-item-hidden = { $count ->
    [one] 1 faahfaahin ayuu qofku qariyay.
   *[other] { $count } faahfaahinood ayuu qofku qariyay.
}

## Errors of these screens

error-wallet-no-key = Diiwaankani ma laha fure lagu saxiixo. Waxba lama muujin. Fadlan soo sheeg dhibaatadan.
error-wallet-not-endorsed = “{ $title }” weli qofna ma saxiixin. U muuji sida “aniga oo keliya ayaa sheegay”, ama weydii qof inuu xaqiijiyo.
error-wallet-credential-damaged = Caddeynta “{ $title }” way xumaatay. U muuji sida “aniga oo keliya ayaa sheegay”, ama weydii mid cusub.
error-wallet-entry-unfit = “{ $title }” ma geli karo koodh: { $field }-keedu aad buu u dheer yahay ama qaab sax ah kuma jiro. Beddel qoraalka, kadibna isku day mar kale.
error-wallet-selected-twice = “{ $title }” laba jeer ayaa la doortay. Hal mar dooro.
error-wallet-nothing-chosen = Dooro ugu yaraan hal shay oo la muujiyo.
error-wallet-too-large = Tani aad bay ugu badan tahay hal koodh QR ({ $chars } xaraf). Dooro waxyaabo ka yar, ama muuji magaca iyo heerka oo keliya.
error-wallet-credential = Koodhka lama samayn karin. Waxba lama muujin. Fadlan soo sheeg dhibaatadan. (Qofka caawiya: { $reason })
error-wallet-no-code = Sawirkan laguma helin koodh QR oo Carnet ah. Mar kale sawir, si dhow oo cad, koodhka oo dhan ku jiro.
error-wallet-not-a-picture = Faylkani ma aha sawir Carnet akhriyi karo. Isticmaal sawir (JPEG ama PNG).
error-wallet-picture-too-large = Sawirku aad buu u weyn yahay ({ $width } × { $height } pixel). Qaad mid ka yar oo isku day mar kale.
error-wallet-got-request = Kani waa codsi lagu saxiixayo xirfadaha qof, ma aha koodh muujinaya xirfado. Waxba lama hubin.
error-wallet-trust-damaged = Liisaska kalsoonidaada way xumaadeen ama waa la beddelay. Mar kale soo deji. Ilaa markaas, saxiixe ma laha kalsooni.
error-wallet-trust-unreadable = Carnet ma akhriyi karin liisaska kalsoonidaada ee { $path }. Hubi in qalabku meel bannaan leeyahay. (Qofka caawiya: { $reason })
error-wallet-not-yours = Caddeyntan waxaa loo sameeyay diiwaanka qof kale, ma aha kaaga. Waxba lama kaydin. Hubi inaad heshay faylkaaga.
error-wallet-bad-signature = Saxiixa faylkan ma waafaqsana: waa la beddelay ama wuu xumaaday. Waxba lama kaydin. Mar kale weydii faylka.
error-wallet-not-a-credential = Faylkani ma aha caddeyn la saxiixay oo Carnet ah. Waxba lama kaydin. Weydii qofkii saxiixay faylka ay sameeyeen.
error-wallet-too-many = Hal mar weydii ugu badnaan { $max } shay. Dooro kuwo ka yar.
error-wallet-not-from-request = Caddeyntan ma sheegayso qoraalladaada midka ay xaqiijinayso. Waxba lama kaydin. Weydii mid cusub, oo laga sameeyay koodhka codsigaaga.
error-wallet-entry-gone = Caddeyntan waxay xaqiijinaysaa qoraal aan hadda ku jirin diiwaankaaga. Waxba lama kaydin. Haddii aad ka saartay, mar kale ka soo dar koobi, kadibna weydii caddeyn cusub.

## Asking for a signature, and keeping it

app-request = Codso saxiix
app-request-title = Codso saxiix
app-request-intro = Koodhkan tus tababaraha, loo-shaqeeyaha ama xarunta xaqiijin doonta waxa aad samayn karto. Waxay ku iskaan gareeyaan Carnet oo kuu soo celiyaan fayl la saxiixay.
app-request-key = Furahaaga: { $kid }. Qofka saxiixaya wuxuu arkaa isla koodhkan.
app-request-text = Isla koodhka oo qoraal ah, si fariin loogu diro
app-request-next = Marka aad hesho faylka la saxiixay, fur “Caddeymahayga” oo taabo “Ku dar fayl la saxiixay”.
app-receive = Ku dar fayl la saxiixay
app-received = La kaydiyay: { $name } ({ $kind }) ayaa saxiixay { $titles }.
