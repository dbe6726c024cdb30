# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Mga pagpapatunay ko
app-present = Ipakita ang kasanayan ko
app-verify = Suriin ang code

## Wallet

app-wallet-title = Mga pagpapatunay ko
app-wallet-intro = Ito ang mga kasanayang pinirmahan ng isang tao para sa iyo. Maipapakita mo ang mga ito gamit ang QR code.
app-wallet-empty = Wala pang pumirma ng kasanayan para sa iyo. Hilingin sa isang trainer, employer o sentro na patunayan ang kaya mong gawin.
app-wallet-by = Pinirmahan ni { $name } ({ $kind }, { $country })
app-wallet-issued = Pinirmahan noong { $date }
app-wallet-expires = May bisa hanggang { $date }
app-wallet-expired = Nag-expire noong { $date }
app-wallet-no-expiry = Hindi nag-e-expire
app-wallet-damaged = Sira ang pagpapatunay na ito at hindi maipapakita. Humingi ng bago sa taong pumirma nito.
app-standing-valid = Nasuri: pinirmahan ng isang nasa iyong listahan ng tiwala
app-standing-unknown-issuer = Pinirmahan, pero wala sa iyong listahan ng tiwala ang pumirma
app-standing-expired = Expired na
app-standing-revoked = Binawi ng pumirma
app-standing-malformed = Sira

## Present: choosing what to show

app-present-title = Ipakita ang kasanayan ko
app-present-endorsed = Pinirmahan ng iba
app-present-self = Sabi ko lang
app-present-self-hint = Makikita ito ng sumusuri bilang sarili mong salita, hindi bilang pinirmahan.
app-present-details = Ano ang ipapakita sa bawat isa
app-present-details-all = Lahat
app-present-details-short = Pangalan at antas lang
app-present-stage = Para kanino ito?
app-present-print = Para i-print sa papel (may bisa nang 5 taon)
app-present-make = Ipakita ang QR code
app-present-none = Pumili ng kahit isang bagay na ipapakita.
app-present-nothing-yet = Walang laman ang iyong talaan. Magdagdag muna ng isang bagay.

## Present: the QR code

app-qr-title = Ipa-scan sa kanila ang code na ito
app-qr-expires = Gagana ang code na ito hanggang { $date }.
app-qr-preview = Ano ang makikita ng sumusuri
app-qr-preview-hide = Itago ang nakikita ng sumusuri
app-qr-done = Tapos na
app-qr-preview-note = Ito ang makikita ng sumusuring may parehong listahan ng tiwala tulad ng teleponong ito.

## Verify

app-verify-title = Suriin ang code
app-verify-intro = Kumuha o pumili ng larawan ng Carnet QR code. Walang ipinapadala kahit saan: sa device na ito nangyayari ang pagsusuri.
app-verify-picture = Kumuha o pumili ng larawan
app-verify-text = O i-paste ang text ng code (nagsisimula sa CN1:)
app-verify-check = Suriin
app-verify-checking = Sinusuri…
app-verify-again = Suriin ang ibang code

## The verdict

app-verdict-title = Resulta
app-verdict-made = Ginawa para sa { $stage } noong { $date }.
app-verdict-expires = Gagana ang code hanggang { $date }.
app-verdict-newer = Ginawa ng mas bagong Carnet ang code na ito. I-update ang Carnet para masuri ito.
app-item-endorsed = Pinirmahan
app-item-self = Sariling salita nila
app-item-assessed = Sinuri sa pamamagitan ng { $how }
app-item-hidden = { $count ->
   *[other] { $count } detalye ang itinago ng tao.
}

## Errors of these screens

error-wallet-no-key = Walang susi ang talaang ito para pumirma. Walang ipinakita. Pakiulat ang problemang ito.
error-wallet-not-endorsed = Wala pang pumirma sa “{ $title }”. Ipakita ito bilang “sabi ko lang”, o humiling sa iba na patunayan ito.
error-wallet-credential-damaged = Sira ang pagpapatunay ng “{ $title }”. Ipakita ito bilang “sabi ko lang”, o humingi ng bago.
error-wallet-entry-unfit = Hindi maisasama sa code ang “{ $title }”: masyadong mahaba o mali ang anyo ng { $field } nito. Baguhin ang entry, saka subukan ulit.
error-wallet-selected-twice = Dalawang beses napili ang “{ $title }”. Piliin ito nang isang beses lang.
error-wallet-nothing-chosen = Pumili ng kahit isang bagay na ipapakita.
error-wallet-too-large = Sobra ito para sa isang QR code ({ $chars } character). Pumili ng mas kaunti, o ipakita lang ang pangalan at antas.
error-wallet-credential = Hindi magawa ang code. Walang ipinakita. Pakiulat ang problemang ito. (Para sa tumutulong: { $reason })
error-wallet-no-code = Walang nakitang Carnet QR code sa larawang ito. Kumuha ulit ng larawan, mas malapit at mas malinaw, na buo ang code.
error-wallet-not-a-picture = Hindi ito larawang mababasa ng Carnet. Gumamit ng litrato (JPEG o PNG).
error-wallet-picture-too-large = Masyadong malaki ang larawan ({ $width } × { $height } pixel). Kumuha ng mas maliit at subukan ulit.
error-wallet-got-request = Isa itong kahilingan na pirmahan ang kasanayan ng isang tao, hindi code na nagpapakita ng kasanayan. Walang sinuri.
error-wallet-trust-damaged = Sira o binago ang iyong mga listahan ng tiwala. I-import ulit ang mga ito. Hanggang doon, walang pumirma na ituturing na pinagkakatiwalaan.
error-wallet-trust-unreadable = Hindi mabasa ng Carnet ang iyong mga listahan ng tiwala sa { $path }. Tiyaking may espasyo ang device. (Para sa tumutulong: { $reason })
error-wallet-not-yours = Ginawa ang pagpapatunay na ito para sa talaan ng ibang tao, hindi sa iyo. Walang itinago. Tiyaking sarili mong file ang natanggap mo.
error-wallet-bad-signature = Hindi tugma ang pirma sa file na ito: binago o sira ito. Walang itinago. Hingin ulit ang file.
error-wallet-not-a-credential = Hindi ito pinirmahang pagpapatunay mula sa Carnet. Walang itinago. Hingin sa taong pumirma ang file na ginawa nila.
error-wallet-too-many = Humingi ng hanggang { $max } bagay lang nang sabay-sabay. Pumili ng mas kaunti.
error-wallet-not-from-request = Hindi sinasabi ng pagpapatunay na ito kung alin sa iyong mga entry ang pinatutunayan nito. Walang itinago. Humingi ng bago, na ginawa mula sa iyong request code.
error-wallet-entry-gone = Pinatutunayan ng pagpapatunay na ito ang isang entry na wala na sa iyong talaan. Walang itinago. Kung tinanggal mo ito, idagdag itong muli mula sa kopya, saka humingi ng bagong pagpapatunay.

## Asking for a signature, and keeping it

app-request = Humingi ng pirma
app-request-title = Humingi ng pirma
app-request-intro = Ipakita ang code na ito sa trainer, employer o sentro na magpapatunay ng kaya mong gawin. I-scan nila ito gamit ang Carnet at bibigyan ka nila ng pinirmahang file.
app-request-key = Ang iyong susi: { $kid }. Makikita ng pumipirma ang parehong code.
app-request-text = Ang parehong code bilang text, para ipadala sa mensahe
app-request-next = Kapag nakuha mo na ang pinirmahang file, buksan ang “Mga pagpapatunay ko” at i-tap ang “Magdagdag ng pinirmahang file”.
app-receive = Magdagdag ng pinirmahang file
app-received = Naitago: pinirmahan ni { $name } ({ $kind }) ang { $titles }.
