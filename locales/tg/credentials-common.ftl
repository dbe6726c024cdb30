# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Ин дархост вайрон шудааст, ё дархости Carnet нест. Онро боз пурсед.
        [credential] Ин файли тасдиқнома вайрон шудааст, ё тасдиқномаи Carnet нест. Аз шахсе, ки сабтҳои шуморо тасдиқ кардааст, хоҳиш кунед, ки онро боз фиристад.
       *[other] Ин вайрон шудааст, ё файли Carnet нест.
    }
error-credential-wrong-file = { $expected ->
        [request] Ин дархости Carnet нест: ин навъи дигари файли Carnet аст. Дархост бо carnet request сохта мешавад.
        [credential] Ин тасдиқномаи Carnet нест: ин навъи дигари файли Carnet аст. Санҷед, ки файлеро интихоб кардед, ки тасдиқкунандаи сабтҳоятон ба шумо додааст.
       *[other] Ин навъи дигари файли Carnet аст. Санҷед, ки файли дурустро интихоб кардед.
    }
error-credential-newer-version = { $what ->
        [request] Ин дархост бо Carnet-и навтар сохта шудааст.
        [credential] Ин тасдиқнома бо Carnet-и навтар сохта шудааст.
        [text] Ин код бо Carnet-и навтар сохта шудааст.
       *[other] Ин бо Carnet-и навтар сохта шудааст.
    } Carnet-ро навсозӣ кунед, баъд боз кӯшиш кунед.
error-credential-invalid-field = Як қиматро истифода бурдан мумкин нест ({ $field }): он хеле дароз аст ё шакли дуруст надорад. Ҳеҷ чиз навишта нашуд.
error-credential-entry-count = Дархост аз 1 то { $max } сабт дорад, на { $found }. Барои тасдиқи бештар ду дархост созед.
error-credential-invalid-key = Ин калиди ҷамъиятии дуруст нест. Санҷед, ки пурра нусха шуда бошад.
error-credential-bad-signature = Имзои ин тасдиқнома мувофиқ нест: пас аз имзо тағйир ёфтааст ё вайрон шудааст. Ҳеҷ чиз нигоҳ дошта нашуд. Файлро боз пурсед.
error-credential-not-yours = Ин тасдиқнома барои дафтарчаи шахси дигар сохта шудааст, на барои шумо. Ҳеҷ чиз нигоҳ дошта нашуд. Боварӣ ҳосил кунед, ки файли худатонро гирифтед.
error-credential-no-such-entry = Дар ин тасдиқнома сабти { $index } нест.
error-credential-duplicate-entry = Сабти { $index } ду бор интихоб шудааст.
error-credential-wrong-prefix = Ин матн коди Carnet нест: он бо CN1: (маҳоратҳо барои санҷиш) ё CNR1: (дархости тасдиқ) сар намешавад.
error-credential-base45 = Дар матн ҳарфҳое ҳаст, ки коди Carnet дошта наметавонад. Шояд он бурида ё хато навишта шуда бошад.
error-credential-zlib = Код бурида ё вайрон шудааст.
error-credential-too-large = Ин код барои коди Carnet аз ҳад калон аст.

## QR codes

error-qr-not-alphanumeric = Дар матн аломатҳое ҳаст, ки коди QR барои Carnet нигоҳ дошта наметавонад. Ин хатои Carnet аст; лутфан, хабар диҳед.
error-qr-too-large = Ин барои як коди QR хеле зиёд аст: { $chars } аломат, ва коди QR, ки телефонҳо хуб мехонанд (версияи { $version }, сатҳи { $ec }), { $capacity } аломат ҷой дорад. Ҳеҷ чиз навишта нашуд. { $what ->
        [request] Дар як вақт сабтҳои камтар пурсед, ё дархостро ба файле бо охири .cbor нависед.
       *[other] Сабтҳои камтар интихоб кунед, ё бо --fields қисмҳои камтар нишон диҳед.
    }
error-qr-bad-version = Чунин андозаи коди QR вуҷуд надорад.
error-qr-bad-module-size = Чунин андозаи нуқта имконнопазир аст.
error-qr-not-an-image = Файл аксе нест, ки Carnet хонда тавонад. PNG, JPEG ё WebP истифода баред.
error-qr-image-too-large = Акс хеле калон аст ({ $width } × { $height } пиксел). Онро хурдтар кунед ва боз кӯшиш кунед.
error-qr-not-found = Дар акс ягон коди QR хонда нашуд. Акси равшантар ва наздиктар гиред, ки тамоми код дар он бошад.
error-qr-render-failed = Акси коди QR сохта нашуд. Ин хатои Carnet аст; лутфан, хабар диҳед.
