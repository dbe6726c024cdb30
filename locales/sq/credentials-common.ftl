# Review status: machine-drafted, needs review by a native speaker.
# Gabimet e bibliotekës carnet-credential. $what dhe $expected janë vetëm fjalë kyçe për zgjedhjen e fjalisë.

## Files and texts

error-credential-malformed = { $what ->
        [request] Kjo kërkesë është e dëmtuar ose nuk është kërkesë Carnet. Kërkojeni përsëri.
        [credential] Ky skedar vërtetimi është i dëmtuar ose nuk është vërtetim Carnet. Kërkojini personit që vërtetoi shënimet tuaja ta dërgojë përsëri.
       *[other] Kjo është e dëmtuar ose nuk është skedar Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Kjo nuk është kërkesë Carnet: është një lloj tjetër skedari Carnet. Një kërkesë bëhet me carnet request.
        [credential] Ky nuk është vërtetim Carnet: është një lloj tjetër skedari Carnet. Kontrolloni që zgjodhët skedarin që ju dha personi që vërtetoi shënimet tuaja.
       *[other] Ky është një lloj tjetër skedari Carnet. Kontrolloni që zgjodhët skedarin e duhur.
    }
error-credential-newer-version = { $what ->
        [request] Kjo kërkesë u bë nga një Carnet më i ri.
        [credential] Ky vërtetim u bë nga një Carnet më i ri.
        [text] Ky kod u bë nga një Carnet më i ri.
       *[other] Kjo u bë nga një Carnet më i ri.
    } Përditësoni Carnet, pastaj provoni përsëri.
error-credential-invalid-field = Një vlerë nuk mund të përdoret ({ $field }): është shumë e gjatë ose nuk ka formën e duhur. Asgjë nuk u shkrua.
error-credential-entry-count = Një kërkesë mban 1 deri në { $max } shënime, jo { $found }. Për të vërtetuar më shumë, bëni dy kërkesa.
error-credential-invalid-key = Ky nuk është çelës publik i vlefshëm. Kontrolloni që është kopjuar i plotë.
error-credential-bad-signature = Nënshkrimi në këtë vërtetim nuk përputhet: u ndryshua ose u dëmtua pas nënshkrimit. Asgjë nuk u ruajt. Kërkoni sërish skedarin.
error-credential-not-yours = Ky vërtetim u bë për ditarin e dikujt tjetër, jo për tuajin. Asgjë nuk u ruajt. Sigurohuni që morët skedarin tuaj.
error-credential-no-such-entry = Nuk ka shënim { $index } në këtë vërtetim.
error-credential-duplicate-entry = Shënimi { $index } është zgjedhur dy herë.
error-credential-wrong-prefix = Ky tekst nuk është kod Carnet: nuk fillon me CN1: (aftësi për t'u kontrolluar) ose CNR1: (kërkesë për vërtetim).
error-credential-base45 = Teksti ka shenja që një kod Carnet nuk mund t'i ketë. Mund të jetë i prerë ose i shkruar gabim.
error-credential-zlib = Kodi është i prerë ose i dëmtuar.
error-credential-too-large = Kodi është shumë i madh për të qenë kod Carnet.

## QR codes

error-qr-not-alphanumeric = Teksti ka shenja që një kod QR për Carnet nuk mund t'i mbajë. Ky është një gabim në Carnet; ju lutemi raportojeni.
error-qr-too-large = Kjo është shumë për një kod QR: { $chars } shenja, ndërsa një kod QR që telefonat e lexojnë mirë (versioni { $version }, niveli { $ec }) mban { $capacity }. Asgjë nuk u shkrua. { $what ->
        [request] Kërkoni më pak shënime njëherësh ose shkruajeni kërkesën në një skedar që mbaron me .cbor.
       *[other] Zgjidhni më pak shënime ose shfaqni më pak pjesë me --fields.
    }
error-qr-bad-version = Kjo madhësi kodi QR nuk ekziston.
error-qr-bad-module-size = Kjo madhësi pike nuk është e mundur.
error-qr-not-an-image = Skedari nuk është foto që Carnet mund ta lexojë. Përdorni PNG, JPEG ose WebP.
error-qr-image-too-large = Fotoja është shumë e madhe ({ $width } × { $height } piksela). Zvogëlojeni dhe provoni përsëri.
error-qr-not-found = Nuk u lexua asnjë kod QR në foto. Bëni një foto më të qartë dhe më nga afër, me gjithë kodin brenda.
error-qr-render-failed = Fotoja QR nuk u bë dot. Ky është një gabim në Carnet; ju lutemi raportojeni.
