# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Pirmahan ang kasanayan ng ibang tao, bilang trainer, employer, sentro, kolehiyo o katrabaho.
cli-cmd-issuer-init = Gawin ang iyong susi sa pagpirma bilang tagapag-isyu. Naka-lock ito ng password.
cli-cmd-issuer-show = Ipakita ang iyong pangalan, uri at public key bilang tagapag-isyu. Hindi kailangan ng password.
cli-cmd-issuer-revoke = Bawiin ang isang pagpapatunay na pinirmahan mo, ayon sa numero nito.
cli-cmd-issuer-status-list = Isulat ang pinirmahang listahan ng mga pagpapatunay na binawi mo, para ibigay sa mga nagsusuri.
cli-cmd-endorse = Pirmahan ang kahilingang ibinigay sa iyo ng isang tao, at isulat ang pagpapatunay na ibabalik.
cli-cmd-trust = Piliin kung kaninong pirma ang pinagkakatiwalaan mo kapag sinusuri mo ang QR code.
cli-cmd-trust-anchor = Mga trust anchor: ang mga network o awtoridad na gumagarantiya sa mga tagapag-isyu.
cli-cmd-trust-anchor-init = Gumawa ng susi sa pagpirma bilang trust anchor, para garantiyahan ang mga tagapag-isyu.
cli-cmd-trust-anchor-show = Ipakita ang pangalan at public key ng iyong trust anchor.
cli-cmd-trust-anchor-add = Pagkatiwalaan ang mga listahang pinirmahan ng susi ng trust anchor na ito.
cli-cmd-trust-bundle = Bilang trust anchor, pirmahan ang listahan ng mga tagapag-isyu na ginagarantiyahan mo.
cli-cmd-trust-import = Magdagdag mula sa file ng pinirmahang listahan ng mga pinagkakatiwalaang tagapag-isyu.
cli-cmd-trust-list = Ipakita ang mga tagapag-isyu na pinagkakatiwalaan mo, at kung gaano na katagal ang bawat listahan.
cli-cmd-revocation = Mga listahan ng pagpapatunay na binawi ng mga tagapag-isyu.
cli-cmd-revocation-import = Magdagdag ng pinirmahang listahan ng tagapag-isyu ng mga pagpapatunay na binawi nito.
cli-cmd-verify = Suriin ang Carnet QR code: kung sino ang pumirma sa bawat kasanayan, at kung may bisa pa ito.

## Help: what to give

cli-arg-issuer-name = Ang iyong pangalan o pangalan ng iyong organisasyon, gaya ng dapat makita ng mga tao.
cli-arg-issuer-country = Ang iyong bansa, bilang dalawang titik, gaya ng KE o PT.
cli-arg-issuer-kind = Kung ano ka: trainer, employer, centre, college o colleague.
cli-arg-revoke-index = Ang numero ng pagpapatunay na babawiin.
cli-arg-cred-out = Ang file na isusulat.
cli-arg-endorse-request = Ang kahilingang ibinigay sa iyo ng tao: ang file (request.cbor), larawan ng QR code nito (PNG o JPEG), o text file na may text na nagsisimula sa CNR1:
cli-arg-endorse-text = Ang text ng kahilingan, nagsisimula sa CNR1:, kung ipinadala ito ng tao bilang mensahe. Kapalit ng file.
cli-arg-endorse-assessed-by = Paano mo sinuri ang kasanayan: observation, test, document o interview.
cli-arg-endorse-expires = Ang huling araw na may bisa ang pagpapatunay, gaya ng 2027-05-14. Kung wala ito, hindi ito magtatapos.
cli-arg-endorse-valid-days = Ilang araw may bisa ang pagpapatunay, mula ngayon.
cli-arg-anchor-name = Ang pangalan ng trust anchor, gaya ng dapat makita ng mga tao.
cli-arg-anchor-key = Ang public key ng trust anchor: 64 na titik at numero.
cli-arg-bundle-issuer = File ng isang tagapag-isyu, mula sa carnet issuer show --json. Ibigay nang isang beses bawat tagapag-isyu.
cli-arg-trust-file = Ang file ng listahan ng tiwala (.cbor).
cli-arg-status-file = Ang file ng listahan ng tagapag-isyu (.cbor).
cli-arg-verify-image = Larawan ng QR code: PNG, JPEG o WebP.
cli-arg-verify-text = Ang text ng QR code, nagsisimula sa CN1:
cli-arg-verify-nonce = Ang numerong hiniling mo sa tao na ilagay sa code (hex).
cli-arg-verify-audience = Ang pangalang hiniling mo sa tao na ilagay sa code.

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

issuer-created = Handa na ang iyong susi bilang tagapag-isyu para sa { $name }. Ingatan ang iyong password: kung wala ito, hindi ka makapipirma.
issuer-label-name = Pangalan:
issuer-label-country = Bansa:
issuer-label-kind = Uri:
issuer-label-public-key = Public key:
issuer-label-kid = Fingerprint ng susi:
issuer-label-issued = Mga numerong naibigay:
issuer-label-revoked = Binawi:
issuer-revoked = Binawi na ang pagpapatunay na numero { $index }.
issuer-already-revoked = Nabawi na dati ang pagpapatunay na numero { $index }.
issuer-revoked-next-step = Malalaman lang ito ng mga nagsusuri mula sa susunod mong listahan: isulat ito gamit ang carnet issuer status-list --out list.cbor, saka ibigay sa kanila ang file.
issuer-status-list-written = { $count ->
   *[other] Nasa { $path } ang listahan. Pinapangalanan nito ang { $count } binawing pagpapatunay.
}

endorse-intro = { $count ->
   *[other] Pipirmahan mo ang { $count } entry para sa taong may susing { $holder }:
}
endorse-entry = { $title } ({ $kind }, antas { $level }, { $dates })
endorse-untitled = (walang pamagat)
endorse-how-observation = Sinasabi mong pinanood mo silang gawin ito.
endorse-how-test = Sinasabi mong pumasa sila sa pagsusulit.
endorse-how-document = Sinasabi mong sinuri mo ang isang dokumento.
endorse-how-interview = Sinasabi mong sinuri mo ito sa isang interview.
endorse-expires-on = May bisa ito hanggang { $date }.
endorse-no-expiry = Hindi ito magtatapos.
endorse-written = { $count ->
    [1] Napirmahan. Ibalik ang { $path } sa tao. Ang numero nito ay { $first }.
   *[other] Napirmahan. Ibalik ang { $path } sa tao. Ang mga numero nito ay { $first } hanggang { $last }.
}

trust-anchor-added = Pinagkakatiwalaan mo na ang mga listahang pinirmahan ng { $name } (fingerprint ng susi { $kid }).
trust-bundle-written = { $count ->
   *[other] Nasa { $path } ang pinirmahang listahan ng { $count } tagapag-isyu.
}
trust-imported = { $count ->
   *[other] Naidagdag ang listahan ng tiwala ng { $count } tagapag-isyu, ginawa noong { $date }.
}
trust-list-empty = Wala ka pang pinagkakatiwalaang tagapag-isyu. Magdagdag ng listahan ng tiwala gamit ang carnet trust import.
trust-list-bundle = { $days ->
    [0] Listahan ng tiwala mula sa { $anchor }, ginawa ngayong araw ({ $date }):
   *[other] Listahan ng tiwala mula sa { $anchor }, ginawa { $days } araw na ang nakalipas ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, fingerprint ng susi { $kid }
revocation-imported = { $count ->
   *[other] Naidagdag ang listahan ng { $name }, ginawa noong { $date }: { $count } pagpapatunay ang binawi.
}

## Errors of these commands

error-issuer-exists = May susi na ng tagapag-isyu sa folder na ito. Walang binago.
error-no-issuer = Wala pang susi ng tagapag-isyu sa folder na ito. Gumawa ng isa gamit ang carnet issuer init.
error-issuer-damaged = Sira ang susi ng tagapag-isyu sa folder na ito o hindi ito tugma sa mga detalye nito. Ibalik ang kopya mula sa backup.
error-anchor-exists = May susi na ng trust anchor sa folder na ito. Walang binago.
error-no-anchor = Wala pang susi ng trust anchor sa folder na ito. Gumawa ng isa gamit ang carnet trust anchor init.
error-anchor-damaged = Sira ang susi ng trust anchor sa folder na ito o hindi ito tugma sa mga detalye nito. Ibalik ang kopya mula sa backup.
error-identity-too-new = Ginawa ng mas bagong Carnet ang susing ito. I-update ang Carnet para magamit ito.
error-storage-file = Hindi maisulat o mabasa ng Carnet ang { $path }. Tiyaking may espasyo at pinapayagan kang magsulat doon. (Para sa tumutulong: { $reason })
error-file-too-big = Masyadong malaki ang { $path } para maging Carnet file.
error-issuer-kind = Ang “{ $value }” ay hindi uri ng tagapag-isyu. Isulat ang trainer, employer, centre, college o colleague.
error-assessed-by = Ang “{ $value }” ay hindi paraan ng pagsusuri. Isulat ang observation, test, document o interview.
error-expires-date = Ang “{ $value }” ay hindi araw. Isulat ito bilang taon-buwan-araw, gaya ng 2027-05-14.
error-expires-past = Dapat pagkatapos ng araw na ito ang huling araw.
error-issuer-indexes-used-up = Naubos na ng susing ito ng tagapag-isyu ang lahat ng numero nito. Gumawa ng bagong susi ng tagapag-isyu.
error-revoke-not-issued = Wala kang pinirmahang pagpapatunay na may numerong { $index }. Ang mga numero mo ay mula 0 hanggang mas mababa sa { $next }.
error-anchor-name = Dapat 1 hanggang 100 character ang pangalan.
error-anchor-known = Pinagkakatiwalaan mo na ang trust anchor na ito (fingerprint ng susi { $kid }).
error-issuer-file = Ang { $path } ay hindi file ng tagapag-isyu. Hingin sa tagapag-isyu ang output ng carnet issuer show --json.
error-trust-bundle-not-newer = Mayroon ka na ng listahan ng tiwala na ito o mas bago mula sa parehong trust anchor. Walang binago.
error-status-list-not-newer = Mayroon ka nang mas bagong listahan mula sa tagapag-isyung ito. Walang binago.
error-status-list-issuer-unknown = Galing ang listahang ito sa tagapag-isyu na hindi mo pa pinagkakatiwalaan (fingerprint ng susi { $kid }). Mag-import muna ng listahan ng tiwala na nagpapangalan dito.
error-verifier-damaged = Sira o binago ang iyong mga naka-save na listahan ng tiwala. I-import ulit ang mga ito.
error-verify-nonce = Ang “{ $value }” ay hindi numerong hex, gaya ng 3fa9.
error-verify-got-request = Isa itong kahilingan na patunayan ang mga entry ng isang tao (nagsisimula ang text nito sa CNR1:), hindi code na nagpapakita ng kasanayan. Walang sinuri. Pinipirmahan ito ng magpapatunay gamit ang: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Isa itong code na nagpapakita ng kasanayan ng isang tao (nagsisimula ang text nito sa CN1:), hindi kahilingang patunayan ang mga ito. Walang pinirmahan. Para suriin ito, i-type ang: carnet verify PICTURE, o carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Sira ang listahan ng tiwala o hindi ito listahan ng tiwala.
error-trust-bundle-wrong-file = Ibang uri ito ng Carnet file, hindi listahan ng tiwala.
error-trust-bundle-newer-version = Ginawa ng mas bagong Carnet ang listahan ng tiwala na ito. I-update ang Carnet para mabasa ito.
error-trust-bundle-unknown-anchor = Pinirmahan ang listahan ng tiwala na ito ng trust anchor na hindi mo pinagkakatiwalaan (fingerprint ng susi { $kid }). Idagdag muna ito gamit ang carnet trust anchor add, kung kilala mo ito.
error-trust-bundle-bad-signature = Hindi tugma ang pirma sa listahan ng tiwala na ito. Binago o sira ang file.
error-trust-bundle-invalid = Hindi magagamit ang isang value sa listahan ng tiwala ({ $field }).
error-trust-bundle-too-large = Masyadong malaki ang listahan ng tiwala.
error-status-list-malformed = Sira ang listahan o hindi ito listahan ng mga binawing pagpapatunay.
error-status-list-wrong-file = Ibang uri ito ng Carnet file, hindi listahan ng mga binawing pagpapatunay.
error-status-list-newer-version = Ginawa ng mas bagong Carnet ang listahang ito. I-update ang Carnet para mabasa ito.
error-status-list-wrong-issuer = Pag-aari ng ibang tagapag-isyu ang listahang ito ({ $found }, hindi { $expected }).
error-status-list-bad-signature = Hindi tugma ang pirma sa listahang ito. Binago o sira ang file.
error-status-list-invalid = Hindi magagamit ang isang value sa listahan ({ $field }).
error-status-list-too-large = Masyadong malaki ang listahan.
