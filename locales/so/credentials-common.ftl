# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Codsigani wuu xumaaday, ama ma aha codsi Carnet ah. Mar kale weydii.
        [credential] Faylkan caddeynta wuu xumaaday, ama ma aha caddeyn Carnet ah. Weydii qofkii xaqiijiyay qoraalladaada inuu mar kale soo diro.
       *[other] Tani way xumaatay, ama ma aha fayl Carnet ah.
    }
error-credential-wrong-file = { $expected ->
        [request] Kani ma aha codsi Carnet ah: waa nooc kale oo fayl Carnet ah. Codsiga waxaa lagu sameeyaa carnet request.
        [credential] Kani ma aha caddeyn Carnet ah: waa nooc kale oo fayl Carnet ah. Hubi inaad dooratay faylka uu ku siiyay qofkii xaqiijiyay qoraalladaada.
       *[other] Kani waa nooc kale oo fayl Carnet ah. Hubi inaad dooratay faylka saxda ah.
    }
error-credential-newer-version = { $what ->
        [request] Codsigan waxaa sameeyay Carnet ka cusub.
        [credential] Caddeyntan waxaa sameeyay Carnet ka cusub.
        [text] Koodhkan waxaa sameeyay Carnet ka cusub.
       *[other] Tan waxaa sameeyay Carnet ka cusub.
    } Cusboonaysii Carnet, kadibna isku day mar kale.
error-credential-invalid-field = Qiime lama isticmaali karo ({ $field }): aad buu u dheer yahay ama qaab sax ah kuma jiro. Waxba lama qorin.
error-credential-entry-count = Codsigu wuxuu hayaa 1 ilaa { $max } qoraal, ma aha { $found }. Si aad u xaqiijiso wax badan, samee laba codsi.
error-credential-invalid-key = Kani ma aha fure guud oo sax ah. Hubi in si buuxda loo koobiyeeyay.
error-credential-bad-signature = Saxiixa caddeyntan ma waafaqsana: waa la beddelay ama wuu xumaaday kadib markii la saxiixay. Waxba lama kaydin. Mar kale weydii faylka.
error-credential-not-yours = Caddeyntan waxaa loo sameeyay diiwaanka qof kale, ma aha kaaga. Waxba lama kaydin. Hubi inaad heshay faylkaaga.
error-credential-no-such-entry = Caddeyntan kuma jiro qoraal { $index }.
error-credential-duplicate-entry = Qoraal { $index } laba jeer ayaa la doortay.
error-credential-wrong-prefix = Qoraalkani ma aha koodh Carnet ah: kuma bilaabmo CN1: (xirfado la hubinayo) ama CNR1: (codsi xaqiijin).
error-credential-base45 = Qoraalku wuxuu leeyahay xarfo uusan koodh Carnet yeelan karin. Waxaa laga yaabaa in la gooyay ama si khalad ah loo qoray.
error-credential-zlib = Koodhka waa la gooyay ama wuu xumaaday.
error-credential-too-large = Koodhku aad buu ugu weyn yahay inuu noqdo koodh Carnet.

## QR codes

error-qr-not-alphanumeric = Qoraalku wuxuu leeyahay xarfo uusan koodh QR oo Carnet ah qaadi karin. Tani waa cillad Carnet; fadlan soo sheeg.
error-qr-too-large = Tani aad bay ugu badan tahay hal koodh QR: { $chars } xaraf, halka koodh QR oo taleefannadu si fiican u akhriyaan (nooca { $version }, heerka { $ec }) uu qaado { $capacity }. Waxba lama qorin. { $what ->
        [request] Hal mar weydii qoraallo ka yar, ama codsiga ku qor fayl ku dhammaada .cbor.
       *[other] Dooro qoraallo ka yar, ama ku muuji qaybo ka yar --fields.
    }
error-qr-bad-version = Cabbirkaas koodh QR ma jiro.
error-qr-bad-module-size = Cabbirkaas dhibicda suurtagal ma aha.
error-qr-not-an-image = Faylku ma aha sawir Carnet akhriyi karo. Isticmaal PNG, JPEG ama WebP.
error-qr-image-too-large = Sawirku aad buu u weyn yahay ({ $width } × { $height } pixel). Yaree oo isku day mar kale.
error-qr-not-found = Sawirka lagama akhriyi karin koodh QR. Qaad sawir ka cad oo ka dhow, koodhka oo dhan ku jiro.
error-qr-render-failed = Sawirka QR lama samayn karin. Tani waa cillad Carnet; fadlan soo sheeg.
