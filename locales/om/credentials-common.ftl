# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Gaaffiin kun miidhameera, ykn gaaffii Carnet miti. Irra deebitanii gaafadhaa.
        [credential] Faayiliin ragaa kun miidhameera, ykn ragaa Carnet miti. Nama barreeffamoota keessan mirkaneesse akka irra deebi'ee ergu gaafadhaa.
       *[other] Kun miidhameera, ykn faayilii Carnet miti.
    }
error-credential-wrong-file = { $expected ->
        [request] Kun gaaffii Carnet miti: gosa faayilii Carnet biraati. Gaaffiin carnet request tiin hojjetama.
        [credential] Kun ragaa Carnet miti: gosa faayilii Carnet biraati. Faayilii namni barreeffamoota keessan mirkaneesse isiniif kenne filachuu keessan mirkaneessaa.
       *[other] Kun gosa faayilii Carnet biraati. Faayilii sirrii filachuu keessan mirkaneessaa.
    }
error-credential-newer-version = { $what ->
        [request] Gaaffiin kun Carnet haaraan hojjetame.
        [credential] Ragaan kun Carnet haaraan hojjetame.
        [text] Koodiin kun Carnet haaraan hojjetame.
       *[other] Kun Carnet haaraan hojjetame.
    } Carnet haaromsaa, achiis irra deebitanii yaalaa.
error-credential-invalid-field = Gatii tokko fayyadamuun hin danda'amu ({ $field }): baay'ee dheeraadha ykn haala sirrii irra hin jiru. Wanti barreeffame hin jiru.
error-credential-entry-count = Gaaffiin tokko barreeffamoota 1 hanga { $max } qabata, { $found } miti. Dabalataan mirkaneessisuuf gaaffii lama hojjedhaa.
error-credential-invalid-key = Kun furtuu ummataa sirrii miti. Guutummaatti garagalfamuu isaa mirkaneessaa.
error-credential-bad-signature = Mallattoon ragaa kana irra jiru hin walsimu: erga mallatteeffamee booda jijjiirameera ykn miidhameera. Wanti kuufame hin jiru. Faayilii irra deebitanii gaafadhaa.
error-credential-not-yours = Ragaan kun galmee nama biraatiif hojjetame, kan keessaniif miti. Wanti kuufame hin jiru. Faayilii keessan akka fudhattan mirkaneeffadhaa.
error-credential-no-such-entry = Ragaa kana keessa barreeffamni { $index } hin jiru.
error-credential-duplicate-entry = Barreeffamni { $index } si'a lama filatameera.
error-credential-wrong-prefix = Barreeffamni kun koodii Carnet miti: CN1: (dandeettiiwwan mirkanaa'an) ykn CNR1: (gaaffii mirkaneessuu) n hin jalqabu.
error-credential-base45 = Barreeffamni qubee koodiin Carnet qabaachuu hin dandeenye qaba. Kutame ykn dogoggoraan barreeffamee ta'uu danda'a.
error-credential-zlib = Koodiin kutameera ykn miidhameera.
error-credential-too-large = Koodiin koodii Carnet ta'uuf baay'ee guddaadha.

## QR codes

error-qr-not-alphanumeric = Barreeffamni qubee koodiin QR Carnet qabaachuu hin dandeenye qaba. Kun dogoggora Carnet ti; maaloo gabaasaa.
error-qr-too-large = Kun koodii QR tokkoof baay'ee heddu: qubee { $chars }, koodiin QR bilbilli gaariitti dubbisu (version { $version }, sadarkaa { $ec }) garuu { $capacity } qabata. Wanti barreeffame hin jiru. { $what ->
        [request] Yeroo tokkotti barreeffamoota muraasa gaafadhaa, ykn gaaffii faayilii .cbor n xumuramu keessatti barreessaa.
       *[other] Barreeffamoota muraasa filadhaa, ykn --fields tiin qaamolee muraasa agarsiisaa.
    }
error-qr-bad-version = Hammi koodii QR sun hin jiru.
error-qr-bad-module-size = Hammi tuqaa sun hin danda'amu.
error-qr-not-an-image = Faayiliin suuraa Carnet dubbisuu danda'u miti. PNG, JPEG ykn WebP fayyadamaa.
error-qr-image-too-large = Suuraan baay'ee guddaadha ({ $width } × { $height } piksela). Xiqqeessaa irra deebitanii yaalaa.
error-qr-not-found = Suuraa keessatti koodiin QR dubbifamuu hin dandeenye. Suuraa ifaa fi dhihoo, koodii guutuu qabu kaasaa.
error-qr-render-failed = Suuraan QR hojjetamuu hin dandeenye. Kun dogoggora Carnet ti; maaloo gabaasaa.
