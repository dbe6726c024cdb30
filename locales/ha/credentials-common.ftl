# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Wannan roƙo ya lalace, ko ba roƙon Carnet ba ne. Ku sake roƙonsa.
        [credential] Wannan fayil ɗin shaida ya lalace, ko ba shaidar Carnet ba ne. Ku roƙi wanda ya tabbatar da shigarwarku ya sake aiko shi.
       *[other] Wannan ya lalace, ko ba fayil ɗin Carnet ba ne.
    }
error-credential-wrong-file = { $expected ->
        [request] Wannan ba roƙon Carnet ba ne: wani nau'in fayil ne na Carnet. Ana yin roƙo da carnet request.
        [credential] Wannan ba shaidar Carnet ba ce: wani nau'in fayil ne na Carnet. Ku tabbatar kun zaɓi fayil ɗin da wanda ya tabbatar da shigarwarku ya ba ku.
       *[other] Wannan wani nau'in fayil ne na Carnet. Ku tabbatar kun zaɓi fayil ɗin da ya dace.
    }
error-credential-newer-version = { $what ->
        [request] Sabuwar Carnet ce ta yi wannan roƙo.
        [credential] Sabuwar Carnet ce ta yi wannan shaida.
        [text] Sabuwar Carnet ce ta yi wannan lamba.
       *[other] Sabuwar Carnet ce ta yi wannan.
    } Sabunta Carnet, sannan ku sake gwadawa.
error-credential-invalid-field = Ba za a iya amfani da wata ƙima ba ({ $field }): ta yi tsawo da yawa ko ba a tsarin da ya dace ba. Ba a rubuta komai ba.
error-credential-entry-count = Roƙo yana ɗauke da shigarwa 1 zuwa { $max }, ba { $found } ba. Don a tabbatar da ƙari, yi roƙo biyu.
error-credential-invalid-key = Wannan ba ingantaccen maɓallin jama'a ba ne. Ku tabbatar an kwafe shi duka.
error-credential-bad-signature = Sa hannun da ke kan wannan shaida bai yi daidai ba: an canza ta ko ta lalace bayan an sa hannu. Ba a ajiye komai ba. Ku sake roƙon fayil ɗin.
error-credential-not-yours = An yi wannan shaida ne don rajistar wani, ba taku ba. Ba a ajiye komai ba. Ku tabbatar kun karɓi fayil ɗinku.
error-credential-no-such-entry = Babu shigarwa { $index } a wannan shaida.
error-credential-duplicate-entry = An zaɓi shigarwa { $index } sau biyu.
error-credential-wrong-prefix = Wannan rubutu ba lambar Carnet ba ne: ba ya farawa da CN1: (ƙwarewar da za a duba) ko CNR1: (roƙon tabbatarwa).
error-credential-base45 = Rubutun yana da haruffan da lambar Carnet ba za ta iya samu ba. Wataƙila an yanke shi ko an rubuta shi ba daidai ba.
error-credential-zlib = An yanke lambar ko ta lalace.
error-credential-too-large = Lambar ta yi girma da yawa ta zama lambar Carnet.

## QR codes

error-qr-not-alphanumeric = Rubutun yana da haruffan da lambar QR ta Carnet ba za ta iya ɗauka ba. Wannan kuskure ne a Carnet; don Allah ku kai rahoto.
error-qr-too-large = Wannan ya yi yawa don lambar QR guda: haruffa { $chars }, kuma lambar QR da wayoyi ke karantawa da kyau (siga { $version }, mataki { $ec }) tana ɗaukar { $capacity }. Ba a rubuta komai ba. { $what ->
        [request] Ku roƙi shigarwa kaɗan a lokaci guda, ko ku rubuta roƙon a fayil mai ƙarewa da .cbor maimakon haka.
       *[other] Zaɓi shigarwa kaɗan, ko ku nuna sassa kaɗan da --fields.
    }
error-qr-bad-version = Wannan girman lambar QR babu shi.
error-qr-bad-module-size = Wannan girman ɗigo ba zai yiwu ba.
error-qr-not-an-image = Fayil ɗin ba hoto ne da Carnet za ta iya karantawa ba. Yi amfani da PNG, JPEG ko WebP.
error-qr-image-too-large = Hoton ya yi girma da yawa ({ $width } × { $height } pixel). Ku rage shi ku sake gwadawa.
error-qr-not-found = Ba a iya karanta lambar QR a hoton ba. Ɗauki hoto mafi bayyana kuma mafi kusa, lambar gaba ɗaya a ciki.
error-qr-render-failed = Ba a iya yin hoton QR ba. Wannan kuskure ne a Carnet; don Allah ku kai rahoto.
