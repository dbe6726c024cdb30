# Review status: machine-drafted, needs review by a native speaker.
# Gabimet e ditarit, të përbashkëta për të gjitha pjesët e Carnet (rreshti i komandave, aplikacioni).

## Passphrase

error-wrong-passphrase = Fjalëkalimi nuk është i saktë. Kontrollojeni dhe provoni përsëri. Shkronjat e mëdha kanë rëndësi.
error-too-many-attempts = { $minutes ->
    [one] Shumë fjalëkalime të gabuara. Prisni { $minutes } minutë, pastaj provoni përsëri.
   *[other] Shumë fjalëkalime të gabuara. Prisni { $minutes } minuta, pastaj provoni përsëri.
}
error-passphrase-too-short = Ky fjalëkalim është shumë i shkurtër. Përdorni të paktën { $min } shenja.

## The logbook files

error-no-logbook = Nuk ka ende ditar në këtë dosje. Bëni fillimisht një ose zgjidhni dosjen ku është ditari juaj.
error-already-exists = Ka tashmë një ditar në këtë dosje. Asgjë nuk ndryshoi.
error-damaged-key-file = Çelësi i ditarit tuaj është i dëmtuar ose mungon, ndaj ditari nuk hapet. Vendosni një kopje rezervë ose një kopje nga një pajisje e lidhur me këtë.
error-damaged-database = Ditari juaj është i dëmtuar, ndaj nuk hapet. Vendosni një kopje rezervë ose një kopje nga një pajisje e lidhur me këtë.
error-too-new = { $what ->
    [export-file] Ky skedar u bë nga një version më i ri i Carnet. Përditësoni Carnet, pastaj provoni përsëri.
    [taxonomy] Të dhënat ESCO që erdhën me Carnet janë nga një version më i ri i Carnet. Përditësoni Carnet, pastaj provoni përsëri.
   *[other] Ditari juaj u ruajt nga një version më i ri i Carnet. Përditësoni Carnet, pastaj provoni përsëri.
}
error-disk-full = Disku është plot. Asgjë nuk humbi. Lironi pak hapësirë, për shembull duke fshirë skedarë të vjetër, pastaj provoni përsëri.
error-io = Carnet nuk i lexoi ose nuk i shkroi dot skedarët e ditarit tuaj. Kontrolloni që dosja ekziston dhe që mund të shkruani në të, pastaj provoni përsëri.
error-internal = Diçka shkoi keq brenda Carnet. Ky është gabim i Carnet, jo i juaji. Ju lutemi tregojuni atyre që bëjnë Carnet.

## Entries

error-not-found = Asnjë shënim nuk ka id-në «{ $id }». Kontrolloni id-në dhe provoni përsëri.
error-ambiguous-id = Më shumë se një shënim fillon me «{ $id }». Shkruani më shumë nga id-ja.

## Values the person typed

error-invalid-kind = «{ $value }» nuk është lloj shënimi. Përdorni skill, qualification, experience, language ose learning.
error-invalid-date = «{ $value }» nuk është datë. Shkruani një vit (2019), një muaj (2019-05) ose një ditë (2019-05-14).
error-invalid-level = { $kind ->
    [language] «{ $value }» nuk është nivel gjuhe. Përdorni A1, A2, B1, B2, C1 ose C2.
    [qualification] «{ $value }» nuk është nivel për një kualifikim. Përdorni një numër nga 1 deri në 8 (EQF).
    [learning] «{ $value }» nuk është nivel për një kurs. Përdorni një numër nga 1 deri në 8 (EQF).
    [eqf] «{ $value }» nuk është nivel EQF. Përdorni një numër nga 1 deri në 8.
   *[other] «{ $value }» nuk është nivel. Përdorni basic, intermediate, advanced ose expert.
}
error-invalid-country = «{ $value }» nuk është kod shteti. Përdorni dy shkronja, për shembull SY, AF, ER ose DE.
error-invalid-language = «{ $value }» nuk është kod gjuhe. Përdorni një kod të shkurtër, për shembull ar, fa-AF ose en.
error-invalid-esco = «{ $value }» nuk është adresë ESCO. Ajo fillon me http://data.europa.eu/esco/
error-invalid-isco = «{ $value }» nuk është kod profesioni ISCO-08. Përdorni 1 deri në 4 shifra, për shembull 7212.
error-invalid-proficiency = «{ $value }» nuk është nivel. Përdorni basic, intermediate, advanced ose expert.
error-invalid-context = «{ $value }» nuk është mënyrë mësimi. Përdorni formal, non-formal ose informal.
error-invalid-stage = «{ $value }» nuk është fazë. Përdorni recruitment, pre-departure, arrival, career ose return.
error-invalid-field = «{ $value }» nuk është diçka që mund ta ndryshoni. Përdorni një nga: { $expected }.
error-empty-field = { $field ->
    [title] Titulli është bosh. Shkruani një titull të shkurtër.
   *[other] Fusha { $field } është bosh. Shkruani diçka në të.
}
error-date-order = Data e mbarimit { $to } është para datës së fillimit { $from }. Kontrolloni të dyja datat.
error-import-format = Ky skedar nuk është eksport Carnet, ndaj nuk mund të lexohet. Zgjidhni një skedar që e eksportoi Carnet.

## Photos

error-evidence-not-an-image = Ky skedar nuk është foto. Carnet pranon foto JPEG, PNG dhe WebP.
error-evidence-unsupported-format = Kjo është një foto { $format } dhe Carnet nuk mund ta përdorë. Ruajeni si JPEG, PNG ose WebP, pastaj provoni përsëri.
error-evidence-damaged = Fotoja është e dëmtuar ose jo e plotë. Bëjeni ose zgjidheni përsëri foton.
error-evidence-too-large = Fotoja është shumë e madhe ({ $width } × { $height } piksela). Bëni foton me cilësi më të ulët ose zgjidhni një kopje më të vogël.
error-evidence-file-too-big = Skedari është shumë i madh ({ $megabytes } MB). Kufiri është 32 MB. Zgjidhni një skedar më të vogël.
error-evidence-encode-failed = Carnet nuk e ruajti dot foton. Ju lutemi provoni përsëri. Nëse ndodh përsëri, tregojuni atyre që bëjnë Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» nuk është adresë hubi. Një adresë hubi duket si http://192.168.1.10:8470. Kërkojeni te qendra.
error-sync-no-hub = Ende nuk është vendosur hub për këtë ditar. Kërkojini qendrës adresën e hubit të saj.
error-sync-unreachable = Carnet nuk arrin hubin në { $url }. Ditari juaj është i sigurt në këtë pajisje. Provoni përsëri kur të jeni të lidhur me rrjetin e qendrës.
error-sync-refused = Hubi nuk e pranon këtë pajisje për këtë ditar. Nëse e hoqët këtë pajisje nga ditari, kjo pritet. Përndryshe, pyesni qendrën.
error-sync-unknown-logbook = Hubi nuk ka ende kopje të këtij ditari. Sinkronizoni fillimisht pajisjen që ka ditarin, pastaj provoni përsëri.
error-sync-rate-limited = Hubi është i zënë. Prisni { $seconds } sekonda, pastaj provoni përsëri. Ditari juaj është i sigurt në këtë pajisje.
error-sync-hub-full = Hubi nuk ka më vend për ditarin tuaj. Ditari juaj është i sigurt në këtë pajisje. Pyesni qendrën.
error-sync-hub-error = Hubi pati një problem ({ $status } { $code }). Ditari juaj është i sigurt në këtë pajisje. Provoni më vonë ose pyesni qendrën.
error-sync-protocol = Hubi dërgoi diçka që ky version i Carnet nuk e lexon dot. Ditari juaj është i sigurt në këtë pajisje. Përditësoni Carnet ose pyesni qendrën.
error-sync-forged = Hubi dërgoi një ndryshim që është i dëmtuar ose që dikush e ndryshoi. Carnet nuk e përdori dhe ditari juaj nuk ndryshoi. Tregojini qendrës.
error-sync-incomplete = Hubi nuk dërgoi të gjitha ndryshimet që duhej. Carnet nuk i përdori dhe ditari juaj nuk ndryshoi. Provoni më vonë ose tregojini qendrës.
error-sync-unknown-epoch = Kjo pajisje nuk ka çelësin më të ri të ditarit tuaj, ndaj nuk lexon dot atë që ka hubi. Nëse e hoqët këtë pajisje, kjo pritet. Përndryshe, lidheni përsëri.
error-sync-rolled-back = Hubi humbi disa të dhëna. Ditari juaj në këtë pajisje është i plotë dhe nuk ndryshoi. Tregojini qendrës.
error-sync-pairing-code = Ky nuk është kod lidhjeje ose mungon një pjesë e tij. Shfaqeni përsëri kodin në pajisjen tjetër dhe skanojeni ose shkruajeni të plotë.
error-sync-pairing-expired = Ky kod lidhjeje është shumë i vjetër. Shfaqni një kod të ri në pajisjen tjetër.
error-sync-pairing-taken = Një pajisje tjetër iu përgjigj tashmë këtij kodi lidhjeje. Asgjë nuk u nda. Shfaqni një kod të ri në pajisjen tjetër dhe provoni përsëri.
error-sync-pairing-refused = Pajisja juaj tjetër tha jo për këtë lidhje. Asgjë nuk u nda.
error-sync-remove-self = Kjo është pajisja që po përdorni. Për ta hequr, bëjeni nga një pajisje tjetër tuajën.
error-sync-cancelled = Nuk pritët më pajisjen tjetër. Asgjë nuk u nda. Filloni përsëri kur të dyja pajisjet të jenë gati.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Ky nuk është kodi katror i një flete rikuperimi Carnet, ose Carnet nuk e lexoi dot të gjithë. Bëni një foto më të qartë të gjithë kodit ose shkruani 12 fjalët.
error-sync-recovery-words = { $problem ->
    [count] Një fletë rikuperimi ka 12 fjalë; ju dhatë { $position }. Shkruajini të 12-at, me radhë.
    [unknown] Fjala { $position } nuk është fjalë e fletëve të rikuperimit. Kontrolloni si shkruhet në fletë.
   *[other] Fjalët nuk përputhen me njëra-tjetrën: njëra është e gabuar ose dy janë ndërruar. Kontrolloni çdo fjalë në fletë.
}
error-sync-recovery-no-box = Hubi nuk ka asgjë për këtë fletë rikuperimi. Mund ta ketë zëvendësuar një fletë më e re, ose fleta është për një hub tjetër. Përdorni fletën tuaj më të re.
error-sheet-write = Carnet nuk e shkroi dot fletën në { $path }. Kontrolloni dosjen dhe hapësirën e lirë. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet nuk e gjen skedarin e tij të të dhënave ESCO ({ $path }). Instaloni përsëri Carnet.
error-taxonomy-damaged = Skedari i të dhënave ESCO i Carnet është i dëmtuar ({ $reason }). Instaloni përsëri Carnet.
error-unknown-concept = Asnjë aftësi ose profesion ESCO nuk është «{ $concept }». Gjeni adresën e tij me carnet esco search.
error-not-an-occupation = «{ $concept }» është aftësi ESCO, jo profesion. Gjeni profesionin me carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet nuk gjeti kod katror në këtë foto. Bëni një foto më të qartë të gjithë kodit ose shkruani kodin.
error-save-file = Carnet nuk e ruajti dot skedarin në { $path }. Kontrolloni hapësirën e lirë. ({ $reason })

## Voice notes

error-evidence-not-audio = Ky skedar nuk është regjistrim zanor. Carnet pranon skedarë zanorë WebM, Ogg, MP4, M4A, AAC, MP3 dhe WAV.
error-evidence-audio-is-video = Ky skedar është video. Carnet mban vetëm zërin. Regjistroni një shënim zanor ose zgjidhni një skedar zanor.
error-evidence-audio-too-big = Skedari zanor është shumë i madh ({ $megabytes } MB). Kufiri është 5 MB. Regjistroni një shënim zanor më të shkurtër.
error-evidence-audio-damaged = Skedari zanor është i dëmtuar ose jo i plotë. Regjistrojeni ose zgjidheni përsëri.
error-evidence-not-evidence = Ky skedar nuk është as foto, as regjistrim zanor. Carnet pranon foto (JPEG, PNG, WebP) dhe skedarë zanorë (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet nuk lejohet të përdorë mikrofonin. Lejojeni te cilësimet e telefonit ose bashkëngjitni një skedar zanor.
error-microphone-failed = Carnet nuk regjistroi dot. Provoni përsëri ose bashkëngjitni një skedar zanor.
error-recording-empty = Nuk u regjistrua asgjë. Provoni përsëri dhe flisni pasi të shtypni butonin.
error-evidence-missing = Kjo foto ose shënim zanor nuk është ende në këtë pajisje ({ $sha }). Sinkronizoni për ta marrë.
