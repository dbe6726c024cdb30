# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Kalmar sirrin ba daidai ba ce. Ku duba ta ku sake gwadawa. Manyan haruffa suna da muhimmanci.
error-too-many-attempts = { $minutes ->
    [one] Kalmomin sirri marasa daidai sun yi yawa. Ku jira minti 1, sannan ku sake gwadawa.
   *[other] Kalmomin sirri marasa daidai sun yi yawa. Ku jira mintuna { $minutes }, sannan ku sake gwadawa.
}
error-passphrase-too-short = Wannan kalmar sirri ta yi gajarta. Yi amfani da aƙalla haruffa { $min }.

## The logbook files

error-no-logbook = Babu rajista a wannan babban fayil tukuna. Da farko ku ƙirƙiri ɗaya, ko ku zaɓi babban fayil ɗin da rajistarku take.
error-already-exists = Akwai rajista a wannan babban fayil tuni. Ba a canza komai ba.
error-damaged-key-file = Maɓallin rajistarku ya lalace ko ya ɓace, don haka ba za a iya buɗe ta ba. Maido da kwafi daga ma'ajiyar ajiya, ko daga na'urar da kuka haɗa da wannan.
error-damaged-database = Rajistarku ta lalace, don haka ba za a iya buɗe ta ba. Maido da kwafi daga ma'ajiyar ajiya, ko daga na'urar da kuka haɗa da wannan.
error-too-new = { $what ->
    [export-file] Sabuwar sigar Carnet ce ta yi wannan fayil. Sabunta Carnet, sannan ku sake gwadawa.
    [taxonomy] Bayanan ESCO da suka zo da Carnet daga sabuwar sigar Carnet ne. Sabunta Carnet, sannan ku sake gwadawa.
   *[other] Sabuwar sigar Carnet ce ta ajiye rajistarku. Sabunta Carnet, sannan ku sake gwadawa.
}
error-disk-full = Faifan ya cika. Ba abin da ya ɓace. Ku ba da ɗan sarari, misali ta hanyar share tsofaffin fayiloli, sannan ku sake gwadawa.
error-io = Carnet ba ta iya karantawa ko rubuta fayilolin rajistarku ba. Ku tabbatar babban fayil ɗin yana nan kuma an ba ku izinin rubutu a ciki, sannan ku sake gwadawa.
error-internal = Wani abu ya lalace a cikin Carnet. Wannan kuskuren Carnet ne, ba naku ba. Don Allah ku gaya wa masu yin Carnet.

## Entries

error-not-found = Babu shigarwa mai lambar shaida “{ $id }”. Ku duba lambar shaidar ku sake gwadawa.
error-ambiguous-id = Shigarwa fiye da ɗaya suna farawa da “{ $id }”. Rubuta ƙarin lambar shaidar.

## Values the person typed

error-invalid-kind = “{ $value }” ba nau'in shigarwa ba ne. Yi amfani da skill, qualification, experience, language ko learning.
error-invalid-date = “{ $value }” ba kwanan wata ba ne. Rubuta shekara (2019), wata (2019-05) ko rana (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” ba matakin harshe ba ne. Yi amfani da A1, A2, B1, B2, C1 ko C2.
    [qualification] “{ $value }” ba matakin takardar cancanta ba ne. Yi amfani da lamba daga 1 zuwa 8 (EQF).
    [learning] “{ $value }” ba matakin kwas ba ne. Yi amfani da lamba daga 1 zuwa 8 (EQF).
    [eqf] “{ $value }” ba matakin EQF ba ne. Yi amfani da lamba daga 1 zuwa 8.
   *[other] “{ $value }” ba mataki ba ne. Yi amfani da basic, intermediate, advanced ko expert.
}
error-invalid-country = “{ $value }” ba lambar ƙasa ba ce. Yi amfani da haruffa biyu, misali SY, AF, ER ko DE.
error-invalid-language = “{ $value }” ba lambar harshe ba ce. Yi amfani da gajeriyar lamba, misali ar, fa-AF ko en.
error-invalid-esco = “{ $value }” ba adireshin ESCO ba ne. Yana farawa da http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” ba lambar aiki ta ISCO-08 ba ce. Yi amfani da lambobi 1 zuwa 4, misali 7212.
error-invalid-proficiency = “{ $value }” ba mataki ba ne. Yi amfani da basic, intermediate, advanced ko expert.
error-invalid-context = “{ $value }” ba hanyar koyo ba ce. Yi amfani da formal, non-formal ko informal.
error-invalid-stage = “{ $value }” ba zango ba ne. Yi amfani da recruitment, pre-departure, arrival, career ko return.
error-invalid-field = “{ $value }” ba abin da za ku iya canzawa ba ne. Yi amfani da ɗaya daga cikin: { $expected }.
error-empty-field = { $field ->
    [title] Take babu komai. Rubuta gajeren take.
   *[other] { $field } babu komai. Rubuta wani abu a ciki.
}
error-date-order = Ranar ƙarewa { $to } tana gaban ranar farawa { $from }. Ku duba kwanakin biyu.
error-import-format = Wannan fayil ba fitarwar Carnet ba ne, don haka ba za a iya karanta shi ba. Zaɓi fayil da Carnet ta fitar.

## Photos

error-evidence-not-an-image = Wannan fayil ba hoto ba ne. Carnet tana karɓar hotunan JPEG, PNG da WebP.
error-evidence-unsupported-format = Wannan hoton { $format } ne, kuma Carnet ba za ta iya amfani da shi ba. Ajiye shi a matsayin JPEG, PNG ko WebP, sannan ku sake gwadawa.
error-evidence-damaged = Hoton ya lalace ko bai cika ba. Ɗauki ko zaɓi hoton kuma.
error-evidence-too-large = Hoton ya yi girma da yawa ({ $width } × { $height } pixel). Ɗauki hoton da ƙaramin inganci, ko zaɓi ƙaramin kwafi.
error-evidence-file-too-big = Fayil ɗin ya yi girma da yawa (MB { $megabytes }). Iyakar ita ce MB 32. Zaɓi ƙaramin fayil.
error-evidence-encode-failed = Carnet ba ta iya ajiye hoton ba. Don Allah ku sake gwadawa. Idan ya sake faruwa, don Allah ku gaya wa masu yin Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” ba adireshin cibiyar ajiya ba ne. Adireshin cibiyar ajiya yana kama da http://192.168.1.10:8470. Ku tambayi cibiyar.
error-sync-no-hub = Ba a saita cibiyar ajiya don wannan rajista ba tukuna. Ku tambayi cibiyar adireshin cibiyar ajiyarsu.
error-sync-unreachable = Carnet ba za ta iya isa cibiyar ajiya a { $url } ba. Rajistarku tana lafiya a wannan na'ura. Ku sake gwadawa idan kun haɗu da hanyar sadarwar cibiyar.
error-sync-refused = Cibiyar ajiya ba ta karɓi wannan na'ura don wannan rajista ba. Idan kun cire wannan na'ura daga rajistarku, wannan ana tsammani ne. In ba haka ba, ku tambayi cibiyar.
error-sync-unknown-logbook = Cibiyar ajiya ba ta da kwafin wannan rajista tukuna. Da farko ku daidaita na'urar da ke da rajistarku, sannan ku sake gwadawa.
error-sync-rate-limited = Cibiyar ajiya tana da aiki. Ku jira daƙiƙoƙi { $seconds }, sannan ku sake gwadawa. Rajistarku tana lafiya a wannan na'ura.
error-sync-hub-full = Cibiyar ajiya ba ta da sauran sarari don rajistarku. Rajistarku tana lafiya a wannan na'ura. Ku tambayi cibiyar.
error-sync-hub-error = Cibiyar ajiya ta sami matsala ({ $status } { $code }). Rajistarku tana lafiya a wannan na'ura. Ku sake gwadawa daga baya, ko ku tambayi cibiyar.
error-sync-protocol = Cibiyar ajiya ta aiko da abin da wannan sigar Carnet ba za ta iya karantawa ba. Rajistarku tana lafiya a wannan na'ura. Sabunta Carnet, ko ku tambayi cibiyar.
error-sync-forged = Cibiyar ajiya ta aiko da canjin da ya lalace ko wani ya canza shi. Carnet ba ta yi amfani da shi ba, kuma ba a canza rajistarku ba. Ku gaya wa cibiyar.
error-sync-incomplete = Cibiyar ajiya ba ta aiko da duk canje-canjen da ya kamata ba. Carnet ba ta yi amfani da su ba, kuma ba a canza rajistarku ba. Ku sake gwadawa daga baya, ko ku gaya wa cibiyar.
error-sync-unknown-epoch = Wannan na'ura ba ta da sabon maɓallin rajistarku, don haka ba za ta iya karanta abin da ke cibiyar ajiya ba. Idan kun cire wannan na'ura, wannan ana tsammani ne. In ba haka ba, ku sake haɗa ta.
error-sync-rolled-back = Cibiyar ajiya ta rasa wasu bayanai. Rajistarku a wannan na'ura cikakkiya ce kuma ba a canza ta ba. Ku gaya wa cibiyar.
error-sync-pairing-code = Wannan ba lambar haɗawa ba ce, ko wani ɓangarenta ya ɓace. Sake nuna lambar a ɗayan na'urarku, ku duba ko ku rubuta ta gaba ɗaya.
error-sync-pairing-expired = Wannan lambar haɗawa ta tsufa. Nuna sabuwar lamba a ɗayan na'urarku.
error-sync-pairing-taken = Wata na'ura ta riga ta amsa wannan lambar haɗawa. Ba a raba komai ba. Nuna sabuwar lamba a ɗayan na'urarku ku sake gwadawa.
error-sync-pairing-refused = Ɗayan na'urarku ta ce a'a ga wannan haɗawa. Ba a raba komai ba.
error-sync-remove-self = Wannan ita ce na'urar da kuke amfani da ita. Don cire ta, ku yi hakan daga wata na'urarku.
error-sync-cancelled = Kun daina jiran ɗayan na'urar. Ba a raba komai ba. Ku sake farawa idan na'urorin biyu sun shirya.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Wannan ba lambar murabba'i ta takardar maidowa ta Carnet ba ce, ko Carnet ba ta iya karanta ta gaba ɗaya ba. Ɗauki hoto mafi bayyana na lambar gaba ɗaya, ko ku rubuta kalmomi 12.
error-sync-recovery-words = { $problem ->
    [count] Takardar maidowa tana da kalmomi 12; kun bayar da { $position }. Rubuta duka 12, bisa tsari.
    [unknown] Kalma ta { $position } ba kalmar takardun maidowa ba ce. Ku duba rubutunta a takardar.
   *[other] Kalmomin ba su dace da juna ba: ɗaya ba daidai ba ce, ko biyu sun musanya wuri. Ku duba kowace kalma a takardar.
}
error-sync-recovery-no-box = Cibiyar ajiya ba ta da komai don wannan takardar maidowa. Wataƙila sabuwar takarda ta maye gurbinta, ko takardar ta wata cibiyar ajiya ce. Yi amfani da sabuwar takardarku.
error-sheet-write = Carnet ba ta iya rubuta takardar a { $path } ba. Ku duba babban fayil ɗin da sararin da ke akwai. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ba za ta iya samun fayil ɗin bayanan ESCO ɗinta ba ({ $path }). Sake sanya Carnet.
error-taxonomy-damaged = Fayil ɗin bayanan ESCO na Carnet ya lalace ({ $reason }). Sake sanya Carnet.
error-unknown-concept = Babu ƙwarewa ko sana'ar ESCO mai suna “{ $concept }”. Nemi adireshinta da carnet esco search.
error-not-an-occupation = “{ $concept }” ƙwarewar ESCO ce, ba sana'a ba. Nemi sana'ar da carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet ba ta iya samun lambar murabba'i a wannan hoto ba. Ɗauki hoto mafi bayyana na lambar gaba ɗaya, ko ku rubuta lambar maimakon haka.
error-save-file = Carnet ba ta iya ajiye fayil ɗin a { $path } ba. Ku duba sararin da ke akwai. ({ $reason })

## Voice notes

error-evidence-not-audio = Wannan fayil ba naɗar sauti ba ne. Carnet tana karɓar fayilolin sauti na WebM, Ogg, MP4, M4A, AAC, MP3 da WAV.
error-evidence-audio-is-video = Wannan fayil bidiyo ne. Carnet tana ajiye sauti kawai. Naɗi saƙon murya, ko zaɓi fayil ɗin sauti.
error-evidence-audio-too-big = Fayil ɗin sautin ya yi girma da yawa (MB { $megabytes }). Iyakar ita ce MB 5. Naɗi gajeren saƙon murya.
error-evidence-audio-damaged = Fayil ɗin sautin ya lalace ko bai cika ba. Sake naɗa shi ko zaɓe shi.
error-evidence-not-evidence = Wannan fayil ba hoto ba ne kuma ba naɗar sauti ba ne. Carnet tana karɓar hotuna (JPEG, PNG, WebP) da fayilolin sauti (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Ba a ba Carnet izinin amfani da makirufo ba. Ku ba da izini a saitunan wayarku, ko ku haɗa fayil ɗin sauti.
error-microphone-failed = Carnet ba ta iya naɗa ba. Ku sake gwadawa, ko ku haɗa fayil ɗin sauti.
error-recording-empty = Ba a naɗi komai ba. Ku sake gwadawa ku yi magana bayan kun danna maɓallin.
error-evidence-missing = Wannan hoto ko saƙon murya ba ya kan wannan na'ura tukuna ({ $sha }). Ku daidaita don samunsa.
