# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Saxiix xirfadaha dadka kale, adigoo ah tababare, loo-shaqeeye, xarun, kulliyad ama saaxiib shaqo.
cli-cmd-issuer-init = Samee furahaaga saxiixa adigoo ah saxiixe. Wuxuu ku xiran yahay erey sir ah.
cli-cmd-issuer-show = Tus magacaaga saxiixe, noocaaga iyo furahaaga guud. Erey sir looma baahna.
cli-cmd-issuer-revoke = Laal hal caddeyn oo aad saxiixday, lambarkeeda.
cli-cmd-issuer-status-list = Qor liiska la saxiixay ee caddeymaha aad laashay, si aad u siiso hubiyayaasha.
cli-cmd-endorse = Saxiix codsi uu qof ku siiyay, oo qor caddeynta la celinayo.
cli-cmd-trust = Dooro saxiixyada aad aaminto marka aad hubinayso koodh QR.
cli-cmd-trust-anchor = Saldhigyada kalsoonida: shabakadaha ama hay'adaha dammaanad qaada saxiixayaasha.
cli-cmd-trust-anchor-init = Samee fure saxiix adigoo ah saldhig kalsooni, si aad dammaanad ugu qaaddo saxiixayaasha.
cli-cmd-trust-anchor-show = Tus magaca iyo furaha guud ee saldhigga kalsoonidaada.
cli-cmd-trust-anchor-add = Aamin liisaska uu saxiixay furaha saldhiggan kalsoonida.
cli-cmd-trust-bundle = Adigoo ah saldhig kalsooni, saxiix liis saxiixayaal ah oo aad dammaanad qaaddo.
cli-cmd-trust-import = Ku dar liis la saxiixay oo saxiixayaal la aamino ah fayl ka yimid.
cli-cmd-trust-list = Tus saxiixayaasha aad aaminto, iyo da'da liis kasta.
cli-cmd-revocation = Liisaska caddeymaha ay saxiixayaashu laaleen.
cli-cmd-revocation-import = Ku dar liiska la saxiixay ee caddeymaha uu saxiixe laalay.
cli-cmd-verify = Hubi koodh QR oo Carnet ah: cidda saxiixday xirfad kasta, iyo inay weli shaqaynayso.

## Help: what to give

cli-arg-issuer-name = Magacaaga ama magaca hay'addaada, sida ay dadku u arkayaan.
cli-arg-issuer-country = Waddankaaga, laba xaraf, sida KE ama PT.
cli-arg-issuer-kind = Waxa aad tahay: trainer, employer, centre, college ama colleague.
cli-arg-revoke-index = Lambarka caddeynta la laalayo.
cli-arg-cred-out = Faylka la qorayo.
cli-arg-endorse-request = Codsiga uu qofku ku siiyay: faylka (request.cbor), sawirka koodhkiisa QR (PNG ama JPEG), ama fayl qoraal ah oo leh qoraalka ku bilaabma CNR1:
cli-arg-endorse-text = Qoraalka codsiga, oo ku bilaabma CNR1:, haddii qofku u soo diray fariin ahaan. Halkii fayl.
cli-arg-endorse-assessed-by = Sida aad u hubisay xirfadda: observation, test, document ama interview.
cli-arg-endorse-expires = Maalinta ugu dambaysa ee caddeyntu shaqaynayso, sida 2027-05-14. La'aanteed, ma dhammaato.
cli-arg-endorse-valid-days = Immisa maalmood ayay caddeyntu shaqaynaysaa, laga bilaabo maanta.
cli-arg-anchor-name = Magaca saldhigga kalsoonida, sida ay dadku u arkayaan.
cli-arg-anchor-key = Furaha guud ee saldhigga kalsoonida: 64 xaraf iyo tiro.
cli-arg-bundle-issuer = Faylka saxiixe, oo ka yimid carnet issuer show --json. Hal mar u bixi saxiixe kasta.
cli-arg-trust-file = Faylka liiska kalsoonida (.cbor).
cli-arg-status-file = Faylka liiska saxiixaha (.cbor).
cli-arg-verify-image = Sawirka koodhka QR: PNG, JPEG ama WebP.
cli-arg-verify-text = Qoraalka koodhka QR, oo ku bilaabma CN1:
cli-arg-verify-nonce = Lambarka aad ka codsatay qofka inuu geliyo koodhka (hex).
cli-arg-verify-audience = Magaca aad ka codsatay qofka inuu geliyo koodhka.

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

issuer-created = Furahaaga saxiixe ee { $name } waa diyaar. Ereyga sirta si ammaan ah u hay: la'aantiis ma saxiixi kartid.
issuer-label-name = Magac:
issuer-label-country = Waddan:
issuer-label-kind = Nooc:
issuer-label-public-key = Fure guud:
issuer-label-kid = Summadda furaha:
issuer-label-issued = Lambarrada la bixiyay:
issuer-label-revoked = La laalay:
issuer-revoked = Caddeynta lambarka { $index } waa la laalay.
issuer-already-revoked = Caddeynta lambarka { $index } horey ayaa loo laalay.
issuer-revoked-next-step = Hubiyayaashu waxay ogaanayaan oo keliya liiskaaga xiga: ku qor carnet issuer status-list --out list.cbor, kadibna sii faylka.
issuer-status-list-written = { $count ->
    [one] Liisku wuxuu ku jiraa { $path }. Wuxuu magacaabayaa 1 caddeyn oo la laalay.
   *[other] Liisku wuxuu ku jiraa { $path }. Wuxuu magacaabayaa { $count } caddeymood oo la laalay.
}

endorse-intro = { $count ->
    [one] Waxaad saxiixi doontaa 1 qoraal qofka leh furaha { $holder }:
   *[other] Waxaad saxiixi doontaa { $count } qoraal qofka leh furaha { $holder }:
}
endorse-entry = { $title } ({ $kind }, heerka { $level }, { $dates })
endorse-untitled = (cinwaan ma leh)
endorse-how-observation = Waxaad leedahay waad daawatay iyagoo samaynaya.
endorse-how-test = Waxaad leedahay imtixaan bay ku guuleysteen.
endorse-how-document = Waxaad leedahay dukumenti ayaad hubisay.
endorse-how-interview = Waxaad leedahay wareysi ayaad ku hubisay.
endorse-expires-on = Wuu shaqaynayaa ilaa { $date }.
endorse-no-expiry = Ma dhammaado.
endorse-written = { $count ->
    [one] La saxiixay. { $path } u celi qofka. Lambarkiisu waa { $first }.
   *[other] La saxiixay. { $path } u celi qofka. Lambarradiisu waa { $first } ilaa { $last }.
}

trust-anchor-added = Hadda waad aaminaysaa liisaska uu saxiixay { $name } (summadda furaha { $kid }).
trust-bundle-written = { $count ->
    [one] Liiska la saxiixay ee 1 saxiixe wuxuu ku jiraa { $path }.
   *[other] Liiska la saxiixay ee { $count } saxiixe wuxuu ku jiraa { $path }.
}
trust-imported = { $count ->
    [one] Waxaa lagu daray liis kalsooni oo 1 saxiixe ah, la sameeyay { $date }.
   *[other] Waxaa lagu daray liis kalsooni oo { $count } saxiixe ah, la sameeyay { $date }.
}
trust-list-empty = Weli ma aaminsanid saxiixe. Ku dar liis kalsooni carnet trust import.
trust-list-bundle = { $days ->
    [0] Liiska kalsoonida ee { $anchor }, la sameeyay maanta ({ $date }):
    [one] Liiska kalsoonida ee { $anchor }, la sameeyay 1 maalin ka hor ({ $date }):
   *[other] Liiska kalsoonida ee { $anchor }, la sameeyay { $days } maalmood ka hor ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, summadda furaha { $kid }
revocation-imported = { $count ->
    [one] Waxaa lagu daray liiska { $name }, la sameeyay { $date }: 1 caddeyn ayaa la laalay.
   *[other] Waxaa lagu daray liiska { $name }, la sameeyay { $date }: { $count } caddeymood ayaa la laalay.
}

## Errors of these commands

error-issuer-exists = Galkan horey ayuu ugu jiray fure saxiixe. Waxba lama beddelin.
error-no-issuer = Galkan weli kuma jiro fure saxiixe. Mid ku samee carnet issuer init.
error-issuer-damaged = Furaha saxiixe ee galkan wuu xumaaday ama kuma waafaqsana faahfaahintiisa. Ka soo celi koobi kayd ah.
error-anchor-exists = Galkan horey ayuu ugu jiray fure saldhig kalsooni. Waxba lama beddelin.
error-no-anchor = Galkan weli kuma jiro fure saldhig kalsooni. Mid ku samee carnet trust anchor init.
error-anchor-damaged = Furaha saldhigga kalsoonida ee galkan wuu xumaaday ama kuma waafaqsana faahfaahintiisa. Ka soo celi koobi kayd ah.
error-identity-too-new = Furahan waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u isticmaasho.
error-storage-file = Carnet ma qori karin ama ma akhriyi karin { $path }. Hubi in meel bannaan jirto oo lagu oggol yahay inaad halkaas wax ku qorto. (Qofka caawiya: { $reason })
error-file-too-big = { $path } aad buu ugu weyn yahay inuu noqdo fayl Carnet.
error-issuer-kind = “{ $value }” ma aha nooc saxiixe. Qor trainer, employer, centre, college ama colleague.
error-assessed-by = “{ $value }” ma aha hab hubin. Qor observation, test, document ama interview.
error-expires-date = “{ $value }” ma aha maalin. U qor sannad-bil-maalin, sida 2027-05-14.
error-expires-past = Maalinta dhammaadku waa inay ka dambaysaa maanta.
error-issuer-indexes-used-up = Furahan saxiixe wuxuu bixiyay dhammaan lambarradiisa. Samee fure saxiixe cusub.
error-revoke-not-issued = Ma aadan saxiixin caddeyn leh lambarka { $index }. Lambarradaadu waxay ka bilaabmaan 0 ilaa ka hooseeya { $next }.
error-anchor-name = Magacu waa inuu ahaadaa 1 ilaa 100 xaraf.
error-anchor-known = Horey ayaad u aaminsanayd saldhiggan kalsoonida (summadda furaha { $kid }).
error-issuer-file = { $path } ma aha faylka saxiixe. Saxiixaha weydii natiijada carnet issuer show --json.
error-trust-bundle-not-newer = Horey ayaad u haysatay liiskan kalsoonida ama mid ka cusub oo isla saldhigga kalsoonida ka yimid. Waxba lama beddelin.
error-status-list-not-newer = Horey ayaad u haysatay liis ka cusub oo saxiixahan ka yimid. Waxba lama beddelin.
error-status-list-issuer-unknown = Liiskani wuxuu ka yimid saxiixe aadan weli aamin (summadda furaha { $kid }). Marka hore soo deji liis kalsooni oo magacaaba.
error-verifier-damaged = Liisaska kalsoonida ee aad kaydisay way xumaadeen ama waa la beddelay. Mar kale soo deji.
error-verify-nonce = “{ $value }” ma aha lambar hex ah, sida 3fa9.
error-verify-got-request = Kani waa codsi lagu xaqiijinayo qoraallada qof (qoraalkiisu wuxuu ku bilaabmaa CNR1:), ma aha koodh muujinaya xirfado. Waxba lama hubin. Qofka xaqiijinaya wuxuu ku saxiixaa: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Kani waa koodh muujinaya xirfadaha qof (qoraalkiisu wuxuu ku bilaabmaa CN1:), ma aha codsi lagu xaqiijinayo. Waxba lama saxiixin. Si aad u hubiso, qor: carnet verify PICTURE, ama carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Liiska kalsoonidu wuu xumaaday ama ma aha liis kalsooni.
error-trust-bundle-wrong-file = Kani waa nooc kale oo fayl Carnet ah, ma aha liis kalsooni.
error-trust-bundle-newer-version = Liiskan kalsoonida waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u akhrido.
error-trust-bundle-unknown-anchor = Liiskan kalsoonida waxaa saxiixay saldhig kalsooni oo aadan aamin (summadda furaha { $kid }). Marka hore ku dar carnet trust anchor add, haddii aad taqaanid.
error-trust-bundle-bad-signature = Saxiixa liiskan kalsoonida ma waafaqsana. Faylka waa la beddelay ama wuu xumaaday.
error-trust-bundle-invalid = Qiime ku jira liiska kalsoonida lama isticmaali karo ({ $field }).
error-trust-bundle-too-large = Liiska kalsoonidu aad buu u weyn yahay.
error-status-list-malformed = Liisku wuu xumaaday ama ma aha liiska caddeymaha la laalay.
error-status-list-wrong-file = Kani waa nooc kale oo fayl Carnet ah, ma aha liiska caddeymaha la laalay.
error-status-list-newer-version = Liiskan waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u akhrido.
error-status-list-wrong-issuer = Liiskani wuxuu leeyahay saxiixe kale ({ $found }, ma aha { $expected }).
error-status-list-bad-signature = Saxiixa liiskan ma waafaqsana. Faylka waa la beddelay ama wuu xumaaday.
error-status-list-invalid = Qiime ku jira liiska lama isticmaali karo ({ $field }).
error-status-list-too-large = Liisku aad buu u weyn yahay.
