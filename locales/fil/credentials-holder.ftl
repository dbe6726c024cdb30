# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Gumawa ng file na humihiling sa trainer, employer o sentro na patunayan ang mga entry.
    .long = Gumawa ng kahilingan sa trainer, employer, sentro, kolehiyo o katrabaho na patunayan ("i-endorse") ang ilan sa iyong mga entry: isang file, isang QR code (pangalang nagtatapos sa .png o .svg) na ipapakita sa iyong telepono o ipi-print, o gamit ang --text, text na ipapadala sa mensahe. Ibigay ito sa kanila. Pipirmahan nila ito at bibigyan ka ng file ng pagpapatunay, na itatago mo gamit ang: carnet receive
cli-cmd-holder-receive = Itago ang pagpapatunay na pinirmahan para sa iyo ng trainer, employer o sentro.
cli-cmd-holder-credentials = Ilista ang mga pagpapatunay na itinatago mo, bawat entry. Puwede rin: carnet wallet
cli-cmd-holder-present = Ipakita ang mga napiling entry bilang isang QR code na masusuri ng sinuman kahit walang internet.
    .long = Ipakita ang mga napiling entry bilang isang QR code na masusuri ng sinuman kahit walang internet. Ipinapakita ang mga napatunayang entry kasama kung sino ang nagpatunay; ang mga entry na ibinigay gamit ang --self-declared ay ipinapakita bilang sabi mo lang. Sa screen, gumagana ang code nang 24 oras; gamit ang --print, 5 taon.
cli-cmd-holder-export = Isulat ang napatunayang entry bilang W3C Verifiable Credential (Open Badges 3.0) para sa ibang app.
    .long = Isulat ang napatunayang entry bilang W3C Verifiable Credential 2.0 (isang Open Badges 3.0 badge), na pinirmahan ng taong nagpatunay nito, para masuri ito ng ibang wallet at app. Kung walang --out, isusulat ito sa screen.

## Help: arguments

cli-arg-holder-request-ids = Ang mga entry na papatunayan: ang kanilang mga id, o ang unang 4 o higit pang character ng bawat isa. Para makita ang mga id, i-type ang: carnet list
cli-arg-holder-request-out = Kung saan isusulat ang kahilingan: ang pangalang nagtatapos sa .png o .svg ay gagawa ng larawan ng QR code; ang ibang pangalan, gaya ng request.cbor, ay gagawa ng file.
cli-arg-holder-request-text = Isulat sa screen ang text ng kahilingan (nagsisimula sa CNR1:), para ipadala bilang mensahe.
cli-arg-holder-receive-file = Ang file ng pagpapatunay na ibinigay sa iyo, halimbawa credential.cbor.
cli-arg-holder-present-select = Mga napatunayang entry na ipapakita: ang kanilang mga id, o ang unang 4 o higit pang character ng bawat isa.
cli-arg-holder-present-fields = Ipakita lang ang mga bahaging ito ng bawat entry, pinaghihiwalay ng kuwit, halimbawa title,level. Mananatiling nakatago ang iba. Ang mga bahagi ay: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Kung wala ito, ipapakita ang lahat.
cli-arg-holder-present-self-declared = Mga entry na ipapakita bilang sabi mo lang, hindi pinatunayan ng sinuman.
cli-arg-holder-present-stage = Para saan mo ito ipinapakita: recruitment, pre-departure, arrival, career o return. Kung wala ito: recruitment.
cli-arg-holder-present-audience = Kung kanino mo ito ipinapakita, kung hiniling nilang pangalanan mo sila, halimbawa ang pangalan ng isang ahensya.
cli-arg-holder-present-nonce = Ang code na ibinigay sa iyo ng taong nagsusuri, kung mayroon (mga titik 0-9 at a-f).
cli-arg-holder-present-print = Gawin ito para sa papel: mas matibay ang code sa gasgas at tupi, at gagana nang 5 taon sa halip na 24 oras.
cli-arg-holder-present-out = Ang larawang isusulat: pangalang nagtatapos sa .png o .svg.
cli-arg-holder-present-text = Isulat din ang text sa loob ng QR code, para ipadala bilang mensahe.
cli-arg-holder-export-id = Ang napatunayang entry: ang id nito, o ang unang 4 o higit pang character nito.
cli-arg-holder-export-format = Ang format na isusulat. Ito lang: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Isulat ito bilang pinirmahang token (VC-JWT) sa halip na JSON na may proof.
cli-arg-holder-export-out = Ang file na isusulat, halimbawa badge.json o badge.jwt.

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
       *[other] Humihiling ang kahilingang ito na patunayan ang { $count } entry.
    } Makikita ng magpapatunay ang mga bahaging ito ng bawat isa:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Naisulat ang kahilingan sa { $path }.
holder-request-next = Ibigay ang file sa magpapatunay. Kapag ibinalik na nila sa iyo ang file ng pagpapatunay, i-type ang: carnet receive FILE
holder-receive-done = Naitago: pinatunayan ni { $issuer }, { $kind }, { $country }. Paano nila sinuri: { $assessed }.
holder-validity-until = Ibinigay noong { $issued }. May bisa hanggang { $expires }.
holder-validity-open = Ibinigay noong { $issued }. Walang petsa ng pagtatapos.
holder-wallet-empty = Wala ka pang pagpapatunay. Para humingi ng isa, i-type ang: carnet request ID --out request.cbor
holder-wallet-damaged = Isang pagpapatunay na hindi na mabasa. Humingi ng bago sa taong nagbigay nito.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ibinigay { $issued }, may bisa hanggang { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ibinigay { $issued }, walang petsa ng pagtatapos
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ibinigay { $issued }, natapos noong { $expires }
holder-present-nothing = Sabihin kung ano ang ipapakita: --select ID para sa mga napatunayang entry, --self-declared ID para sa iba.
holder-present-done = Naisulat ang QR code sa { $path }: { $endorsed } napatunayan, { $declared } sabi mo.
holder-present-size = Laki: QR bersyon { $version }, antas { $ec }, { $chars } character.
holder-present-expires = Masusuri ito hanggang { $when } ({ $hours } oras).
holder-present-by-kid = Para magkasya, pinapangalanan ang mga tagapag-isyu gamit ang maikling fingerprint. Malalaman lang ng nagsusuri kung sino sila kung nasa listahan nila ng mga pinagkakatiwalaang tagapag-isyu ang mga ito.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = isang trainer
holder-issuer-kind-employer = isang employer
holder-issuer-kind-centre = isang sentro
holder-issuer-kind-college = isang kolehiyo
holder-issuer-kind-colleague = isang katrabaho (taong nakatrabaho mo, hindi isang organisasyon)

## How they checked

holder-assessed-observation = pinanood ka nilang magtrabaho
holder-assessed-test = isang pagsusulit
holder-assessed-document = sinuri nila ang isang dokumento
holder-assessed-interview = isang interview

## Errors

error-holder-no-key = Walang susi ang talaang ito para pumirma ng mga pagpapatunay. Walang binago. Pakiulat ang problemang ito.
error-holder-write-file = Hindi maisulat ang file na { $path }: { $reason }. Tiyaking may folder at may libreng espasyo, saka subukan ulit.
error-holder-entry-unfit = Hindi maisasama sa pagpapatunay ang entry na "{ $title }": masyadong mahaba o mali ang anyo ng { $field } nito. Baguhin ito gamit ang carnet edit, saka subukan ulit.
error-holder-unknown-field = Ang "{ $value }" ay hindi bahagi ng entry na maipapakita. Ang mga bahagi ay: { $known }.
error-holder-credential-no-entries = Hindi sinasabi ng pagpapatunay na { $path } kung alin sa iyong mga entry ang pinatutunayan nito. Walang itinago. Humingi ng bago na ginawa mula sa request file: carnet request
error-holder-credential-entry-gone = Pinatutunayan ng pagpapatunay na { $path } ang isang entry na wala na sa iyong talaan ({ $id }). Walang itinago. Kung binura mo ito sa device na ito, idagdag ito mula sa kopya ng talaan, saka subukan ulit.
error-holder-credential-damaged = Hindi na mabasa ang pagpapatunay ng entry na "{ $title }". Humingi ng bago sa taong nagpatunay nito.
error-holder-not-endorsed = Wala pang nagpatunay sa entry na "{ $title }". Ipakita ito gamit ang --self-declared, o humingi ng pagpapatunay: carnet request
error-holder-selected-twice = Ibinigay ang entry na "{ $title }" gamit ang --select at gamit din ang --self-declared. Ibigay ito nang isang beses lang.
error-holder-bad-stage = Ang "{ $value }" ay hindi yugto. Ang mga yugto ay: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Dapat 1 hanggang 100 character ang audience, sa isang linya.
error-holder-bad-nonce = Ang "{ $value }" ay hindi code mula sa nagsusuri: dapat ito ay 2 hanggang 128 titik na 0-9 at a-f.
error-holder-bad-out = Dapat nagtatapos sa .png o .svg ang pangalan ng larawang { $path }.
error-holder-no-vc = Ang pagpapatunay ng "{ $title }" ni { $issuer } ay ginawa bago pa kayang isulat ito ng Carnet bilang W3C credential, at sila lang ang makapipirma nito. Hilingin sa kanila na patunayan ulit ito: gumawa ng bagong kahilingan (carnet request ID --out request.cbor), ibigay ito sa kanila, at itago ang file na ibabalik nila (carnet receive FILE).
