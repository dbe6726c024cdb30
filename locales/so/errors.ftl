# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Ereyga sirta sax ma aha. Hubi oo isku day mar kale. Xarfaha waaweyn waa la tiriyaa.
error-too-many-attempts = { $minutes ->
    [one] Erayo sir ah oo khaldan oo badan. Sug 1 daqiiqo, kadibna isku day mar kale.
   *[other] Erayo sir ah oo khaldan oo badan. Sug { $minutes } daqiiqo, kadibna isku day mar kale.
}
error-passphrase-too-short = Ereygan sirta aad buu u gaaban yahay. Isticmaal ugu yaraan { $min } xaraf.

## The logbook files

error-no-logbook = Galkan weli kuma jiro diiwaan. Marka hore mid samee, ama dooro galka diiwaankaagu ku jiro.
error-already-exists = Galkan horey ayuu ugu jiray diiwaan. Waxba lama beddelin.
error-damaged-key-file = Furaha diiwaankaaga wuu xumaaday ama wuu maqan yahay, sidaas darteed lama furi karo. Ka soo celi koobi kayd ah, ama qalab aad ku xirtay kan.
error-damaged-database = Diiwaankaagu wuu xumaaday, sidaas darteed lama furi karo. Ka soo celi koobi kayd ah, ama qalab aad ku xirtay kan.
error-too-new = { $what ->
    [export-file] Faylkan waxaa sameeyay nooc ka cusub oo Carnet ah. Cusboonaysii Carnet, kadibna isku day mar kale.
    [taxonomy] Xogta ESCO ee la socotay Carnet waxay ka timid nooc ka cusub oo Carnet ah. Cusboonaysii Carnet, kadibna isku day mar kale.
   *[other] Diiwaankaaga waxaa kaydiyay nooc ka cusub oo Carnet ah. Cusboonaysii Carnet, kadibna isku day mar kale.
}
error-disk-full = Disku waa buuxaa. Waxba ma lumin. Bannee meel, tusaale ahaan adigoo tirtiraya faylal hore, kadibna isku day mar kale.
error-io = Carnet ma akhriyi karin ama ma qori karin faylasha diiwaankaaga. Hubi in galku jiro oo lagu oggol yahay inaad wax ku qorto, kadibna isku day mar kale.
error-internal = Wax ayaa khaldamay gudaha Carnet. Tani waa khalad Carnet, ma aha kaaga. Fadlan u sheeg dadka sameeya Carnet.

## Entries

error-not-found = Ma jiro qoraal leh aqoonsiga “{ $id }”. Hubi aqoonsiga oo isku day mar kale.
error-ambiguous-id = In ka badan hal qoraal ayaa ku bilaabma “{ $id }”. Qor aqoonsiga in ka badan.

## Values the person typed

error-invalid-kind = “{ $value }” ma aha nooc qoraal. Isticmaal skill, qualification, experience, language ama learning.
error-invalid-date = “{ $value }” ma aha taariikh. Qor sannad (2019), bil (2019-05) ama maalin (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” ma aha heer luqadeed. Isticmaal A1, A2, B1, B2, C1 ama C2.
    [qualification] “{ $value }” ma aha heer shahaado. Isticmaal lambar 1 ilaa 8 (EQF).
    [learning] “{ $value }” ma aha heer koorso. Isticmaal lambar 1 ilaa 8 (EQF).
    [eqf] “{ $value }” ma aha heer EQF. Isticmaal lambar 1 ilaa 8.
   *[other] “{ $value }” ma aha heer. Isticmaal basic, intermediate, advanced ama expert.
}
error-invalid-country = “{ $value }” ma aha koodh waddan. Isticmaal laba xaraf, tusaale ahaan SY, AF, ER ama DE.
error-invalid-language = “{ $value }” ma aha koodh luqadeed. Isticmaal koodh gaaban, tusaale ahaan ar, fa-AF ama en.
error-invalid-esco = “{ $value }” ma aha cinwaan ESCO. Wuxuu ku bilaabmaa http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” ma aha koodh shaqo ISCO-08. Isticmaal 1 ilaa 4 tiro, tusaale ahaan 7212.
error-invalid-proficiency = “{ $value }” ma aha heer. Isticmaal basic, intermediate, advanced ama expert.
error-invalid-context = “{ $value }” ma aha hab waxbarasho. Isticmaal formal, non-formal ama informal.
error-invalid-stage = “{ $value }” ma aha marxalad. Isticmaal recruitment, pre-departure, arrival, career ama return.
error-invalid-field = “{ $value }” ma aha wax aad beddeli karto. Isticmaal mid ka mid ah: { $expected }.
error-empty-field = { $field ->
    [title] Cinwaanku waa madhan yahay. Qor cinwaan gaaban.
   *[other] { $field } waa madhan yahay. Wax ku qor.
}
error-date-order = Taariikhda dhammaadka { $to } waxay ka horreysaa taariikhda bilowga { $from }. Hubi labada taariikhood.
error-import-format = Faylkani ma aha dhoofin Carnet, sidaas darteed lama akhriyi karo. Dooro fayl uu Carnet dhoofiyay.

## Photos

error-evidence-not-an-image = Faylkani ma aha sawir. Carnet wuxuu qaataa sawirrada JPEG, PNG iyo WebP.
error-evidence-unsupported-format = Kani waa sawir { $format } ah, Carnet-na ma isticmaali karo. U kaydi JPEG, PNG ama WebP, kadibna isku day mar kale.
error-evidence-damaged = Sawirku wuu xumaaday ama ma dhammaystirna. Mar kale qaad ama dooro sawirka.
error-evidence-too-large = Sawirku aad buu u weyn yahay ({ $width } × { $height } pixel). Ku qaad sawirka tayo hoose, ama dooro koobi ka yar.
error-evidence-file-too-big = Faylku aad buu u weyn yahay ({ $megabytes } MB). Xadku waa 32 MB. Dooro fayl ka yar.
error-evidence-encode-failed = Carnet ma kaydin karin sawirka. Fadlan isku day mar kale. Haddii ay mar kale dhacdo, fadlan u sheeg dadka sameeya Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” ma aha cinwaan kayd dhexe. Cinwaanka kaydka dhexe wuxuu u eg yahay http://192.168.1.10:8470. Weydii xarunta.
error-sync-no-hub = Weli looma dejin kayd dhexe diiwaankan. Xarunta weydii cinwaanka kaydkooda dhexe.
error-sync-unreachable = Carnet ma gaari karo kaydka dhexe ee { $url }. Diiwaankaagu wuu ammaan yahay qalabkan. Isku day mar kale marka aad ku xiran tahay shabakadda xarunta.
error-sync-refused = Kaydka dhexe ma aqbalayo qalabkan diiwaankan. Haddii aad qalabkan ka saartay diiwaankaaga, tani waa la filayay. Haddii kale, weydii xarunta.
error-sync-unknown-logbook = Kaydka dhexe weli ma haysto nuqul diiwaankan. Marka hore is-waafaji qalabka haysta diiwaankaaga, kadibna isku day mar kale.
error-sync-rate-limited = Kaydka dhexe wuu mashquul yahay. Sug { $seconds } ilbiriqsi, kadibna isku day mar kale. Diiwaankaagu wuu ammaan yahay qalabkan.
error-sync-hub-full = Kaydka dhexe meel uma hayo diiwaankaaga. Diiwaankaagu wuu ammaan yahay qalabkan. Weydii xarunta.
error-sync-hub-error = Kaydka dhexe wuxuu la kulmay dhibaato ({ $status } { $code }). Diiwaankaagu wuu ammaan yahay qalabkan. Isku day mar dambe, ama weydii xarunta.
error-sync-protocol = Kaydka dhexe wuxuu soo diray wax uusan noocan Carnet akhriyi karin. Diiwaankaagu wuu ammaan yahay qalabkan. Cusboonaysii Carnet, ama weydii xarunta.
error-sync-forged = Kaydka dhexe wuxuu soo diray isbeddel xumaaday ama qof beddelay. Carnet ma isticmaalin, diiwaankaaguna ma beddelmin. U sheeg xarunta.
error-sync-incomplete = Kaydka dhexe ma soo dirin dhammaan isbeddellada ay ahayd. Carnet ma isticmaalin, diiwaankaaguna ma beddelmin. Isku day mar dambe, ama u sheeg xarunta.
error-sync-unknown-epoch = Qalabkani ma haysto furaha ugu cusub ee diiwaankaaga, sidaas darteed ma akhriyi karo waxa kaydka dhexe ku jira. Haddii aad qalabkan ka saartay, tani waa la filayay. Haddii kale, mar kale isku xir.
error-sync-rolled-back = Kaydka dhexe wuxuu lumiyay xog. Diiwaankaaga qalabkan ku jira waa dhammaystiran yahay mana beddelmin. U sheeg xarunta.
error-sync-pairing-code = Kani ma aha koodh isku xirid, ama qayb ka mid ah ayaa maqan. Mar kale ku muuji koodhka qalabkaaga kale, oo iskaan garee ama qor dhammaan.
error-sync-pairing-expired = Koodhkan isku xiridda aad buu u duqoobay. Ku muuji koodh cusub qalabkaaga kale.
error-sync-pairing-taken = Qalab kale ayaa horey uga jawaabay koodhkan isku xiridda. Waxba lama wadaagin. Ku muuji koodh cusub qalabkaaga kale oo isku day mar kale.
error-sync-pairing-refused = Qalabkaaga kale wuxuu ku yidhi maya isku xiriddan. Waxba lama wadaagin.
error-sync-remove-self = Kani waa qalabka aad isticmaalayso. Si aad u saarto, ka samee qalab kale oo kuu gaar ah.
error-sync-cancelled = Waad joojisay sugidda qalabka kale. Waxba lama wadaagin. Mar kale bilow marka labada qalab diyaar yihiin.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Kani ma aha koodhka afargeeslaha ee warqad soo celin Carnet ah, ama Carnet ma akhriyi karin dhammaan. Qaad sawir ka cad oo koodhka oo dhan ah, ama qor 12-ka erey.
error-sync-recovery-words = { $problem ->
    [count] Warqadda soo celintu waxay leedahay 12 erey; adigu waxaad bixisay { $position }. Qor dhammaan 12-ka, sida ay isugu xigaan.
    [unknown] Ereyga { $position } ma aha erey ka mid ah warqadaha soo celinta. Ku hubi higgaadiisa warqadda.
   *[other] Erayadu isku ma habboona: mid baa khaldan, ama laba ayaa isweydaartay. Ku hubi erey kasta warqadda.
}
error-sync-recovery-no-box = Kaydka dhexe waxba uma hayo warqaddan soo celinta. Warqad cusub ayaa laga yaabaa inay beddeshay, ama warqaddu waa kayd dhexe kale. Isticmaal warqaddaada ugu cusub.
error-sheet-write = Carnet ma qori karin warqadda { $path }. Hubi galka iyo meesha bannaan. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ma heli karo faylkiisa xogta ESCO ({ $path }). Mar kale rakib Carnet.
error-taxonomy-damaged = Faylka xogta ESCO ee Carnet wuu xumaaday ({ $reason }). Mar kale rakib Carnet.
error-unknown-concept = Ma jirto xirfad ama shaqo ESCO oo ah “{ $concept }”. Ka raadi cinwaankeeda carnet esco search.
error-not-an-occupation = “{ $concept }” waa xirfad ESCO, ma aha shaqo. Ka raadi shaqada carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet kuma helin koodh afargeesle ah sawirkan. Qaad sawir ka cad oo koodhka oo dhan ah, ama halkii qor koodhka.
error-save-file = Carnet ma kaydin karin faylka { $path }. Hubi meesha bannaan. ({ $reason })

## Voice notes

error-evidence-not-audio = Faylkani ma aha duubis cod ah. Carnet wuxuu qaataa faylasha codka WebM, Ogg, MP4, M4A, AAC, MP3 iyo WAV.
error-evidence-audio-is-video = Faylkani waa muuqaal. Carnet wuxuu hayaa cod oo keliya. Duub fariin cod ah, ama dooro fayl cod ah.
error-evidence-audio-too-big = Faylka codku aad buu u weyn yahay ({ $megabytes } MB). Xadku waa 5 MB. Duub fariin cod ah oo ka gaaban.
error-evidence-audio-damaged = Faylka codku wuu xumaaday ama ma dhammaystirna. Mar kale duub ama dooro.
error-evidence-not-evidence = Faylkani ma aha sawir mana aha duubis cod ah. Carnet wuxuu qaataa sawirro (JPEG, PNG, WebP) iyo faylal cod ah (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet looma oggola inuu isticmaalo makarafoonka. Ka oggolow dejinta taleefankaaga, ama ku lifaaq fayl cod ah.
error-microphone-failed = Carnet ma duubi karin. Isku day mar kale, ama ku lifaaq fayl cod ah.
error-recording-empty = Waxba lama duubin. Isku day mar kale oo hadal kadib markaad riixdo badhanka.
error-evidence-missing = Sawirkan ama fariintan codka weli kuma jiraan qalabkan ({ $sha }). Is-waafaji si aad u hesho.
