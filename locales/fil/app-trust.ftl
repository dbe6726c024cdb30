# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Mga listahan ng tiwala
app-trust-title = Mga listahan ng tiwala
app-trust-intro = Ang listahan ng tiwala ay galing sa network na kilala mo, halimbawa isang grupo ng mga training center. Pinapangalanan nito ang mga kolehiyo, sentro at employer na ginagarantiyahan ng network. Ang code na pinirmahan ng isa sa kanila ay lalabas na nasuri na.
app-trust-warning = Magtiwala lamang sa network na ang susi ay nakuha mo mismo sa network: nang harapan, sa sarili nitong papel, o sa sarili nitong website. Sinumang makapaglalagay ng susi rito ay makagagawa ng pekeng code na mukhang nasuri na.

## What is held

app-trust-held = Pinagkakatiwalaan ng device na ito
app-trust-none = Wala pang pinagkakatiwalaang network ang device na ito. Lalabas ang mga pinirmahang code bilang “Pinirmahan, pero hindi ng tagapag-isyu na pinagkakatiwalaan mo”.
app-trust-kid = Fingerprint ng susi: { $kid }
app-trust-no-list = Wala pang listahan ng tiwala mula sa network na ito. Idagdag ang file nito sa ibaba.
app-trust-list-line = Listahan ng tiwala noong { $date } ({ $days ->
    [0] ngayong araw
   *[other] { $days } araw na
}): { $count ->
   *[other] { $count } lugar
}
app-trust-status-held = Mga binawing pagpapatunay
app-trust-status-line = { $name }: listahan noong { $date } ({ $days ->
    [0] ngayong araw
   *[other] { $days } araw na
}), { $count ->
    [0] walang binawi
   *[other] { $count } ang binawi
}

## Stop trusting a network

app-trust-remove = Itigil ang pagtitiwala
app-trust-remove-confirm = Itigil ang pagtitiwala sa { $name }? Hindi na lalabas na nasuri ang mga code na pinirmahan ng mga lugar sa listahan nito. Puwede mong idagdag ulit ang network na ito sa ibang pagkakataon.
app-trust-remove-yes = Oo, itigil ang pagtitiwala
app-trust-removed = Hindi mo na pinagkakatiwalaan ang { $name }.

## Trust a network

app-trust-add-title = Magtiwala sa isang network
app-trust-add-hint = I-type o i-paste ang susi at pangalan ng network, o buksan ang file na ibinigay sa iyo ng network.
app-trust-key = Ang susi ng network (64 na titik at numero)
app-trust-name = Ang pangalan ng network
app-trust-from-file = Buksan ang file ng susi ng network
app-trust-add = Pagkatiwalaan ang network na ito
app-trust-added = Pinagkakatiwalaan mo na ang { $name }. Idagdag na ngayon ang listahan ng tiwala nito.

## Files

app-trust-bundle-title = Magdagdag ng listahan ng tiwala
app-trust-bundle-hint = Isang file na nagtatapos sa .cbor na ibinigay sa iyo ng network. Papalitan ng mas bago ang mas luma.
app-trust-bundle-open = Buksan ang file ng listahan ng tiwala
app-trust-bundle-done = Naidagdag ang listahan ng tiwala ng { $name } ({ $date }): { $count ->
   *[other] { $count } lugar
}.
app-trust-status-title = Magdagdag ng listahan ng mga binawing pagpapatunay
app-trust-status-hint = Puwedeng bawiin ng kolehiyo o sentro ang pagpapatunay na nagawa nito nang mali. Sinasabi ng listahan nito sa device na ito kung alin.
app-trust-status-open = Buksan ang file ng listahan
app-trust-status-done = Naidagdag ang listahan ng { $name } ({ $date }): { $count ->
    [0] walang binawi
   *[other] { $count } pagpapatunay ang binawi
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Hindi ito file ng susi ng network. Buksan ang file na ibinigay sa iyo ng network, o i-type ang susi.
error-app-anchor-invalid-key = Hindi ito susi ng network. Ang susi ay may eksaktong 64 na titik (a hanggang f) at numero. Tiyaking nakopya ito nang buo.
error-app-anchor-name = Bigyan ang network ng pangalan na may 1 hanggang 100 titik.
error-app-anchor-known = Pinagkakatiwalaan mo na ang network na ito (fingerprint ng susi { $kid }). Walang binago.
error-app-trust-bundle-malformed = Hindi listahan ng tiwala ang file na ito, o sira ito. Walang binago.
error-app-trust-bundle-wrong-file = Ibang uri ito ng Carnet file, hindi listahan ng tiwala. Walang binago.
error-app-trust-bundle-newer-version = Ginawa ng mas bagong Carnet ang listahan ng tiwala na ito. I-update ang Carnet para mabasa ito.
error-app-trust-bundle-unknown-anchor = Galing ang listahan ng tiwala na ito sa network na hindi mo pinagkakatiwalaan (fingerprint ng susi { $kid }). Pagkatiwalaan muna ang network, saka idagdag ulit ang listahan nito.
error-app-trust-bundle-bad-signature = Hindi tugma ang pirma sa listahan ng tiwala na ito: binago o sira ang file. Walang binago. Hingin ulit ang file sa network.
error-app-trust-bundle-invalid = Hindi magagamit ang listahan ng tiwala na ito. Walang binago. Hingin ulit ang file sa network.
error-app-trust-bundle-too-large = Masyadong malaki ang file na ito para maging listahan ng tiwala. Walang binago.
error-app-trust-bundle-not-newer = Mayroon ka na ng listahan ng tiwala na ito o mas bago mula sa parehong network. Walang binago.
error-app-status-list-malformed = Hindi listahan ng mga binawing pagpapatunay ang file na ito, o sira ito. Walang binago.
error-app-status-list-wrong-file = Ibang uri ito ng Carnet file, hindi listahan ng mga binawing pagpapatunay. Walang binago.
error-app-status-list-newer-version = Ginawa ng mas bagong Carnet ang listahang ito. I-update ang Carnet para mabasa ito.
error-app-status-list-wrong-issuer = Pag-aari ng ibang pumirma ang listahang ito ({ $found }, hindi { $expected }). Walang binago.
error-app-status-list-bad-signature = Hindi tugma ang pirma sa listahang ito: binago o sira ang file. Walang binago.
error-app-status-list-invalid = Hindi magagamit ang listahang ito. Walang binago. Hingin ulit ang file.
error-app-status-list-too-large = Masyadong malaki ang file na ito para maging listahan ng mga binawing pagpapatunay. Walang binago.
error-app-status-list-issuer-unknown = Galing ang listahang ito sa pumirma na hindi nakapangalan sa alinman sa iyong mga listahan ng tiwala (fingerprint ng susi { $kid }). Idagdag muna ang listahan ng tiwala na nagpapangalan dito.
error-app-status-list-not-newer = Mayroon ka nang mas bagong listahan mula sa pumirmang ito. Walang binago.
error-app-verifier-write = Hindi ma-save ng Carnet ang file sa { $path }. Tiyaking may espasyo ang device. (Para sa tumutulong: { $reason })
