# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Այս խնդրանքը վնասված է կամ Carnet-ի խնդրանք չէ։ Խնդրեք այն կրկին։
        [credential] Այս հավաստագրի ֆայլը վնասված է կամ Carnet-ի հավաստագիր չէ։ Խնդրեք ձեր գրառումները հաստատողին կրկին ուղարկել այն։
       *[other] Սա վնասված է կամ Carnet-ի ֆայլ չէ։
    }
error-credential-wrong-file = { $expected ->
        [request] Սա Carnet-ի խնդրանք չէ․ սա Carnet-ի այլ տեսակի ֆայլ է։ Խնդրանքը ստեղծվում է carnet request-ով։
        [credential] Սա Carnet-ի հավաստագիր չէ․ սա Carnet-ի այլ տեսակի ֆայլ է։ Ստուգեք, որ ընտրել եք այն ֆայլը, որը տվել է ձեր գրառումները հաստատողը։
       *[other] Սա Carnet-ի այլ տեսակի ֆայլ է։ Ստուգեք, որ ընտրել եք ճիշտ ֆայլը։
    }
error-credential-newer-version = { $what ->
        [request] Այս խնդրանքը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։
        [credential] Այս հավաստագիրը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։
        [text] Այս կոդը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։
       *[other] Սա ստեղծվել է Carnet-ի ավելի նոր տարբերակով։
    } Թարմացրեք Carnet-ը, ապա նորից փորձեք։
error-credential-invalid-field = Արժեքը հնարավոր չէ օգտագործել ({ $field })․ այն չափազանց երկար է կամ ճիշտ ձևաչափով չէ։ Ոչինչ չգրվեց։
error-credential-entry-count = Խնդրանքը պարունակում է 1-ից { $max } գրառում, ոչ թե { $found }։ Ավելին հաստատելու համար ստեղծեք երկու խնդրանք։
error-credential-invalid-key = Սա վավեր հանրային բանալի չէ։ Ստուգեք, որ այն ամբողջությամբ է պատճենվել։
error-credential-bad-signature = Այս հավաստագրի ստորագրությունը չի համապատասխանում․ այն փոխվել կամ վնասվել է ստորագրելուց հետո։ Ոչինչ չպահվեց։ Խնդրեք ֆայլը կրկին։
error-credential-not-yours = Այս հավաստագիրը ստեղծվել է ուրիշի մատյանի համար, ոչ թե ձերի։ Ոչինչ չպահվեց։ Համոզվեք, որ ստացել եք ձեր սեփական ֆայլը։
error-credential-no-such-entry = Այս հավաստագրում { $index } գրառում չկա։
error-credential-duplicate-entry = { $index } գրառումն ընտրված է երկու անգամ։
error-credential-wrong-prefix = Այս տեքստը Carnet-ի կոդ չէ․ այն չի սկսվում CN1:-ով (ստուգելու հմտություններ) կամ CNR1:-ով (հաստատման խնդրանք)։
error-credential-base45 = Տեքստում կան տառեր, որոնք Carnet-ի կոդը չի կարող ունենալ։ Հնարավոր է՝ այն կտրված է կամ սխալ մուտքագրված։
error-credential-zlib = Կոդը կտրված է կամ վնասված։
error-credential-too-large = Կոդը չափազանց մեծ է Carnet-ի կոդ լինելու համար։

## QR codes

error-qr-not-alphanumeric = Տեքստում կան նիշեր, որոնք Carnet-ի QR կոդը չի կարող պարունակել։ Սա Carnet-ի սխալ է․ խնդրում ենք հաղորդել։
error-qr-too-large = Սա չափազանց շատ է մեկ QR կոդի համար՝ { $chars } նիշ, իսկ QR կոդը, որը հեռախոսները լավ են կարդում (տարբերակ { $version }, մակարդակ { $ec }), պարունակում է { $capacity }։ Ոչինչ չգրվեց։ { $what ->
        [request] Միանգամից խնդրեք ավելի քիչ գրառում, կամ գրեք խնդրանքը .cbor-ով ավարտվող ֆայլում։
       *[other] Ընտրեք ավելի քիչ գրառում, կամ ցույց տվեք ավելի քիչ մասեր --fields-ով։
    }
error-qr-bad-version = QR կոդի այդ չափը գոյություն չունի։
error-qr-bad-module-size = Կետի այդ չափը հնարավոր չէ։
error-qr-not-an-image = Ֆայլը նկար չէ, որը Carnet-ը կարող է կարդալ։ Օգտագործեք PNG, JPEG կամ WebP։
error-qr-image-too-large = Նկարը չափազանց մեծ է ({ $width } × { $height } պիքսել)։ Փոքրացրեք այն և նորից փորձեք։
error-qr-not-found = Նկարում QR կոդ չկարդացվեց։ Արեք ավելի հստակ և մոտիկ լուսանկար՝ ամբողջ կոդով։
error-qr-render-failed = QR նկարը չհաջողվեց ստեղծել։ Սա Carnet-ի սխալ է․ խնդրում ենք հաղորդել։
