# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Sira ang kahilingang ito, o hindi ito kahilingan ng Carnet. Hingin ulit ito.
        [credential] Sira ang file ng pagpapatunay na ito, o hindi ito pagpapatunay ng Carnet. Hilingin sa taong nagpatunay ng iyong mga entry na ipadala ulit ito.
       *[other] Sira ito, o hindi ito Carnet file.
    }
error-credential-wrong-file = { $expected ->
        [request] Hindi ito kahilingan ng Carnet: ibang uri ito ng Carnet file. Ginagawa ang kahilingan gamit ang carnet request.
        [credential] Hindi ito pagpapatunay ng Carnet: ibang uri ito ng Carnet file. Tiyaking pinili mo ang file na ibinigay sa iyo ng taong nagpatunay ng iyong mga entry.
       *[other] Ibang uri ito ng Carnet file. Tiyaking tama ang file na pinili mo.
    }
error-credential-newer-version = { $what ->
        [request] Ginawa ng mas bagong Carnet ang kahilingang ito.
        [credential] Ginawa ng mas bagong Carnet ang pagpapatunay na ito.
        [text] Ginawa ng mas bagong Carnet ang code na ito.
       *[other] Ginawa ito ng mas bagong Carnet.
    } I-update ang Carnet, saka subukan ulit.
error-credential-invalid-field = Hindi magagamit ang isang value ({ $field }): masyadong mahaba o mali ang anyo nito. Walang naisulat.
error-credential-entry-count = Ang isang kahilingan ay may 1 hanggang { $max } entry, hindi { $found }. Para mapatunayan ang mas marami, gumawa ng dalawang kahilingan.
error-credential-invalid-key = Hindi ito wastong public key. Tiyaking nakopya ito nang buo.
error-credential-bad-signature = Hindi tugma ang pirma sa pagpapatunay na ito: binago o nasira ito pagkatapos pirmahan. Walang itinago. Hingin ulit ang file.
error-credential-not-yours = Ginawa ang pagpapatunay na ito para sa talaan ng ibang tao, hindi sa iyo. Walang itinago. Tiyaking sarili mong file ang natanggap mo.
error-credential-no-such-entry = Walang entry { $index } sa pagpapatunay na ito.
error-credential-duplicate-entry = Dalawang beses napili ang entry { $index }.
error-credential-wrong-prefix = Hindi Carnet code ang text na ito: hindi ito nagsisimula sa CN1: (mga kasanayang susuriin) o CNR1: (kahilingang patunayan).
error-credential-base45 = May mga titik ang text na hindi puwedeng nasa Carnet code. Maaaring naputol o mali ang pagkaka-type.
error-credential-zlib = Naputol o sira ang code.
error-credential-too-large = Masyadong malaki ang code para maging Carnet code.

## QR codes

error-qr-not-alphanumeric = May mga character ang text na hindi kaya ng QR code para sa Carnet. Mali ito sa Carnet; pakiulat ito.
error-qr-too-large = Sobra ito para sa isang QR code: { $chars } character, at ang QR code na madaling mabasa ng telepono (bersyon { $version }, antas { $ec }) ay may kasyang { $capacity }. Walang naisulat. { $what ->
        [request] Humingi ng mas kaunting entry nang sabay, o isulat ang kahilingan sa file na nagtatapos sa .cbor.
       *[other] Pumili ng mas kaunting entry, o magpakita ng mas kaunting bahagi gamit ang --fields.
    }
error-qr-bad-version = Walang ganoong laki ng QR code.
error-qr-bad-module-size = Hindi posible ang laki ng tuldok na iyon.
error-qr-not-an-image = Hindi larawang mababasa ng Carnet ang file. Gumamit ng PNG, JPEG o WebP.
error-qr-image-too-large = Masyadong malaki ang larawan ({ $width } × { $height } pixel). Paliitin ito at subukan ulit.
error-qr-not-found = Walang QR code na mabasa sa larawan. Kumuha ng mas malinaw at mas malapit na litrato, na buo ang code.
error-qr-render-failed = Hindi magawa ang larawan ng QR. Mali ito sa Carnet; pakiulat ito.
