# Review status: machine-drafted, needs review by a native speaker.
# Mesazhet e rreshtit të komandave `carnet`. Fjalët që shkruani mbeten në anglisht.

## Help: headings

cli-help-usage = Si shkruhet:
cli-help-commands = Komandat:
cli-help-arguments = Çfarë të jepni:
cli-help-options = Opsionet:
cli-help-examples = Shembuj:

## Help: the whole program

cli-about = Carnet mban një regjistër të asaj që dini të bëni: aftësi, punë, gjuhë, diploma dhe kurse. Regjistri mbetet në pajisjen tuaj, i kyçur me fjalëkalimin tuaj.

cli-examples =
    Filloni një ditar:          carnet init
    Shtoni një aftësi:          carnet add skill --title "Welding" --level advanced
    Shihni shënimet:            carnet list
    Shihni një shënim:          carnet show 3f2a
    Ndihmë për një komandë:     carnet add --help

cli-opt-data-dir = Dosja ku mbahet ditari juaj. Mund të vendosni edhe CARNET_DATA_DIR.
cli-opt-json = Përgjigjuni në JSON, për programe të tjera.
cli-opt-lang = Gjuha e mesazheve të Carnet, për shembull ar, fa, fr, uk ose en.
cli-opt-help = Shfaqni këtë ndihmë.
cli-opt-version = Shfaqni versionin e Carnet.

## Help: commands

cli-cmd-init = Bëni një ditar të ri, të kyçur me fjalëkalim.
cli-cmd-passphrase = Ndryshoni fjalëkalimin e ditarit tuaj.
cli-cmd-passphrase-change = Ndryshoni fjalëkalimin. Shkruani të vjetrin, pastaj të riun dy herë.
cli-cmd-profile = Shihni ose ndryshoni profilin: emrin, vendet, gjuhët tuaja.
cli-cmd-profile-show = Shfaqni profilin tuaj.
cli-cmd-profile-set = Ndryshoni profilin. Për të fshirë diçka, jepini një vlerë bosh, për shembull --contact "".
cli-cmd-add = Shtoni një shënim: një aftësi, një kualifikim, përvojë pune, një gjuhë ose një kurs.
cli-cmd-list = Listoni shënimet tuaja.
cli-cmd-show = Shfaqni gjithçka për një shënim.
cli-cmd-edit = Ndryshoni një shënim.
cli-cmd-rm = Fshini një shënim.
cli-cmd-search = Gjeni shënimet që përmbajnë disa fjalë.
cli-cmd-detach = Hiqni një foto ose shënim zanor nga një shënim. Fshihet edhe nga kjo pajisje, përveç nëse e shfaq një shënim tjetër.
cli-cmd-attach = Shtoni te një shënim një foto të një letre, për shembull një diplomë, një certifikatë ose një dokument pune. Ose shtoni një shënim zanor: një skedar zanor ku tregoni për aftësinë.
cli-cmd-export = Shkruani gjithë ditarin në një skedar që mund ta lexojnë programe të tjera.
cli-cmd-import = Lexoni një skedar eksporti Carnet në ditarin tuaj. Asgjë nuk fshihet nga ditari.
cli-cmd-devices = Pajisjet që kanë ditarin tuaj.
cli-cmd-devices-list = Shfaqni pajisjet që kanë ditarin tuaj.
cli-cmd-devices-remove = Hiqeni ditarin nga një pajisje, për shembull një telefon i humbur. Ajo nuk mund të lexojë asgjë që shtoni nga tani e tutje.
cli-cmd-pair = Vendoseni ditarin në një pajisje tjetër tuajën, si një telefon i ri.
cli-cmd-pair-show = Në pajisjen që ka ditarin: shfaqni një kod për pajisjen e re, pastaj lejojeni.
cli-cmd-pair-join = Në pajisjen e re: merrni ditarin me kodin që shfaq pajisja juaj tjetër.
cli-cmd-sync = Dërgoni ndryshimet tuaja te hubi i qendrës dhe merrni ndryshimet e bëra në pajisjet e tjera. Hubi mban vetëm një kopje të kyçur që nuk mund ta lexojë.

## Help: what to give to the commands

cli-arg-kind = Lloji i shënimit: skill (aftësi), qualification (kualifikim), experience (punë), language (gjuhë) ose learning (kurs).
cli-arg-title = Një emër i shkurtër, për shembull "Saldim" ose "Patentë shoferi B".
cli-arg-description = Më shumë fjalë për të, nëse doni.
cli-arg-level = Sa mirë e dini. Për një aftësi ose punë: basic, intermediate, advanced ose expert. Për një gjuhë: nga A1 (fillestar) deri në C2 (shumë mirë). Për një kualifikim ose kurs: niveli EQF, nga 1 deri në 8.
cli-arg-eqf = Niveli EQF i një diplome ose kursi, nga 1 deri në 8, nëse e dini.
cli-arg-from = Kur filloi: një vit (2019), një muaj (2019-05) ose një ditë (2019-05-14).
cli-arg-to = Kur mbaroi, shkruar në të njëjtën mënyrë. Lëreni jashtë nëse vazhdon ende.
cli-arg-organisation = Punëdhënësi, shkolla ose qendra e trajnimit.
cli-arg-place = Qyteti ose vendi.
cli-arg-country = Shteti, me dy shkronja, për shembull SY, AF, DE.
cli-arg-context = Si e mësuat: formal (shkollë, diplomë), non-formal (një kurs) ose informal (duke e bërë).
cli-arg-written-in = Gjuha në të cilën e shkruat këtë shënim, si kod i shkurtër, për shembull ar ose en.
cli-arg-esco = Adresa ESCO e aftësisë ose e profesionit, nëse e dini.
cli-arg-isco = Kodi i profesionit ISCO-08 (1 deri në 4 shifra), nëse e dini.
cli-arg-stage = Kur ka rëndësi kjo në rrugëtimin tuaj: recruitment, pre-departure, arrival, career ose return. Mund të jepni më shumë se një.

cli-arg-list-kind = Shfaqni vetëm shënime të këtij lloji: skill, qualification, experience, language ose learning.
cli-arg-list-stage = Shfaqni vetëm shënime për këtë fazë: recruitment, pre-departure, arrival, career ose return.

cli-arg-id = Id-ja e shënimit. Mjaftojnë 4 shenjat e para ose më shumë. Për të parë id-të, shkruani: carnet list
cli-arg-set = Një ndryshim, shkruar FIELD=VALUE, për shembull level=advanced. Jepeni përsëri për të ndryshuar më shumë. Një vlerë bosh e pastron fushën. Fushat janë: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Fjalët për të kërkuar.
cli-arg-evidence = Fotoja ose shënimi zanor për t'u hequr: id-ja e tij, siç e shfaqin carnet show dhe carnet attach (mjaftojnë 8 shenjat e para ose më shumë).
cli-arg-photo = Një foto (JPEG, PNG ose WebP) ose një skedar zanor (WebM, Ogg, MP4, M4A, AAC, MP3 ose WAV, deri në 5 MB). Carnet shikon brenda skedarit për të ditur çfarë është. Heq të dhënat e fshehura, si vendi ku u bë një foto.
cli-arg-format = Lloji i skedarit. Tani për tani vetëm json.
cli-arg-file = Skedari i eksportit për t'u lexuar.

cli-arg-name = Emri juaj, siç doni ta shohin të tjerët.
cli-arg-birth-date = Data juaj e lindjes: 1990, 1990-05 ose 1990-05-14.
cli-arg-origin = Shteti nga vini, me dy shkronja, për shembull SY, AF, ER.
cli-arg-current = Shteti ku jetoni tani, me dy shkronja, për shembull DE, FR.
cli-arg-contact = Si mund t'ju gjejnë njerëzit, për shembull një numër telefoni ose një email.
cli-arg-language = Një gjuhë që dini, si kod i shkurtër, për shembull ar, fa-AF ose en. Opsionet më poshtë janë për këtë gjuhë.
cli-arg-mother-tongue = Kjo gjuhë është gjuha juaj amtare.
cli-arg-not-mother-tongue = Kjo gjuhë nuk është gjuha juaj amtare.
cli-arg-listening = Sa mirë i kuptoni njerëzit që flasin: nga A1 (fillestar) deri në C2 (shumë mirë).
cli-arg-reading = Sa mirë lexoni: A1 deri në C2.
cli-arg-spoken-interaction = Sa mirë merrni pjesë në një bisedë: A1 deri në C2.
cli-arg-spoken-production = Sa mirë flisni vetë: A1 deri në C2.
cli-arg-writing = Sa mirë shkruani: A1 deri në C2.
cli-arg-remove-language = Hiqni një gjuhë nga profili.
cli-arg-hub = Adresa e hubit të qendrës, për shembull http://192.168.1.10:8470. Carnet e mban mend.
cli-arg-device-id = Id-ja e pajisjes, siç e shfaq: carnet devices list (mjaftojnë 4 shenjat e para ose më shumë).
cli-arg-pair-approve = Lejoni pajisjen e re pa pyetur, nëse shfaq këtë kod (për ndihmësit dhe skriptet).
cli-arg-pair-code = Kodi që shfaq pajisja juaj tjetër. Fillon me CNP1:
cli-arg-pair-name = Një emër për këtë pajisje, që ta njihni në tjetrën (për shembull "Telefoni i Amalit").
cli-arg-sync-status = Shfaqni vetëm kur sinkronizuat për herë të fundit dhe sa ndryshime presin. Asgjë nuk dërgohet.
cli-arg-sync-watch = Vazhdoni të sinkronizoni. Kur hubi nuk arrihet, provoni më vonë, duke pritur më gjatë çdo herë.
cli-arg-sync-every = Me --watch: sa sekonda të pritet mes sinkronizimeve (300 nëse nuk jepet).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Zgjidhni një fjalëkalim me të paktën { $min } shenja. Ju duhet sa herë hapni ditarin. Askush nuk mund t'jua kthejë.
cli-passphrase-prompt = Fjalëkalimi:
cli-passphrase-new-prompt = Fjalëkalimi i ri:
cli-passphrase-repeat-prompt = Shkruani përsëri fjalëkalimin e ri:
cli-passphrase-changed = Fjalëkalimi juaj u ndryshua. Tani e tutje përdorni të riun.

## Answers

cli-init-done = Ditari juaj është gati. Është në këtë dosje: { $dir }
cli-init-next = Mbajeni fjalëkalimin të sigurt. Pa të, askush nuk mund ta hapë ditarin tuaj, as ju vetë. Më pas, shtoni atë që dini të bëni, për shembull: carnet add skill --title "Cooking"

cli-list-empty = Ditari juaj nuk ka ende shënime. Për të shtuar një, shkruani: carnet add skill --title "Cooking"
cli-list-none-match = Asnjë shënim nuk përputhet me atë që kërkuat.
cli-search-none = Asnjë shënim nuk ka këto fjalë. Provoni fjalë të tjera ose shkruani: carnet list

cli-edit-saved = Ndryshimi juaj u ruajt.
cli-rm-done = U fshi: { $title }
cli-detached = Fotoja ose shënimi zanor u hoq nga shënimi.

cli-profile-saved = Profili juaj u ruajt.
cli-profile-empty = Profili juaj është bosh. Për të shtuar emrin, shkruani: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] U shtua { $count } shënim.
   *[other] U shtuan { $count } shënime.
}
cli-import-updated = { $count ->
    [one] U përditësua { $count } shënim.
   *[other] U përditësuan { $count } shënime.
}
cli-import-unchanged = { $count ->
    [one] { $count } shënim ishte tashmë i njëjtë.
   *[other] { $count } shënime ishin tashmë të njëjta.
}
cli-import-profile-updated = U përditësua edhe profili juaj.
cli-import-missing-photos = { $count ->
    [one] { $count } foto nuk është në këtë pajisje. Skedarët e eksportit nuk mbajnë foto. Shtojeni përsëri me: carnet attach
   *[other] { $count } foto nuk janë në këtë pajisje. Skedarët e eksportit nuk mbajnë foto. Shtojini përsëri me: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Lloji
cli-show-added = Shtuar
cli-show-changed = Ndryshuar
cli-show-evidence = Foto dhe shënime zanore
cli-show-photo = { $sha }  { $width } × { $height } piksela, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } piksela, nuk është në këtë pajisje
cli-show-voice = { $sha }  shënim zanor, { $kilobytes } KB
cli-show-voice-missing = { $sha }  shënim zanor, nuk është në këtë pajisje
cli-show-conflicts = Një pajisje tjetër shkroi gjithashtu:
cli-show-conflicts-hint = Për të mbajtur njërin prej tyre, shkruani: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titulli
cli-field-description = Përshkrimi
cli-field-written-in = Shkruar në
cli-field-esco = ESCO
cli-field-isco = Kodi i profesionit ISCO-08
cli-field-level = Niveli
cli-field-eqf = Niveli EQF
cli-field-organisation = Organizata
cli-field-place = Vendi
cli-field-country = Shteti
cli-field-from = Nga
cli-field-to = Deri
cli-field-context = Si e mësuat
cli-field-stages = Fazat

cli-kind-skill = aftësi
cli-kind-qualification = kualifikim
cli-kind-experience = përvojë
cli-kind-language = gjuhë
cli-kind-learning = mësim

cli-context-formal = formal (shkollë, diplomë)
cli-context-non-formal = joformal (një kurs)
cli-context-informal = informal (duke e bërë)

cli-stage-recruitment = punësimi
cli-stage-pre-departure = para nisjes
cli-stage-arrival = mbërritja
cli-stage-career = karriera
cli-stage-return = kthimi

cli-proficiency-basic = bazë
cli-proficiency-intermediate = mesatar
cli-proficiency-advanced = i avancuar
cli-proficiency-expert = ekspert

cli-level-eqf = Niveli EQF { $level }

cli-profile-name = Emri
cli-profile-birth-date = Data e lindjes
cli-profile-origin = Vjen nga
cli-profile-current = Jeton në
cli-profile-contact = Kontakti
cli-profile-languages = Gjuhët
cli-profile-mother-tongue = { $language } (gjuha amtare)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = dëgjim { $level }
cli-cefr-reading = lexim { $level }
cli-cefr-spoken-interaction = bisedë me të tjerët { $level }
cli-cefr-spoken-production = të folur { $level }
cli-cefr-writing = shkrim { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet nuk e njeh «{ $arg }» këtu.
cli-error-unknown-command = Nuk ka komandë «{ $command }».
cli-error-invalid-value = «{ $value }» nuk mund të përdoret për { $arg }.
cli-error-missing-value = { $arg } ka nevojë për një vlerë pas tij.
cli-error-valid-values = Mund të përdorni: { $values }
cli-error-missing-argument = Mungon diçka: { $arg }
cli-error-missing-command = Thoni çfarë duhet të bëjë Carnet pas «{ $command }».
cli-error-valid-commands = Komandat janë: { $commands }
cli-error-conflict = { $arg } nuk mund të përdoret bashkë me { $other }.
cli-error-no-equals = Shkruani { $arg } me shenjën e barazimit dhe vlerën menjëherë pas saj.
cli-error-too-many-values = { $arg } merr më pak vlera. «{ $value }» është një më tepër.
cli-error-wrong-number-of-values = { $arg } ka numër të gabuar vlerash.
cli-error-invalid-utf8 = Carnet nuk mund të lexojë disa nga shkronjat që shkruat. Shkruajini përsëri.
cli-error-did-you-mean = Mos doni të thoni { $suggestion }?
cli-error-usage = Carnet nuk e kuptoi këtë komandë.
cli-error-usage-hint = Shkruani { $command } --help për të parë çfarë mund të shkruani.
cli-error-set-format = «{ $value }» nuk është ndryshim. Shkruani FIELD=VALUE, për shembull --set level=advanced
cli-error-nothing-to-change = Nuk ka asgjë për të ndryshuar. Jepni të paktën një opsion, për shembull --name "Your name".

cli-error-passphrase-unavailable = Carnet ka nevojë për fjalëkalim, por nuk mund ta kërkojë këtu. Nisni Carnet në një terminal ose vendosni { $variable }.
cli-error-passphrase-mismatch = Dy fjalëkalimet nuk janë të njëjta. Asgjë nuk ndryshoi. Ju lutemi provoni përsëri.
cli-error-read-file = Carnet nuk mund ta lexojë skedarin { $path }. Kontrolloni emrin e skedarit dhe dosjen, pastaj provoni përsëri.
cli-error-no-data-dir = Carnet nuk gjen dosje për ditarin tuaj. Zgjidhni një me --data-dir, për shembull --data-dir ./carnet
cli-error-output = Carnet nuk e shkroi dot përgjigjen. Kontrolloni që disku nuk është plot, pastaj provoni përsëri.
cli-error-details = Hollësi për një ndihmës: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = Për të bërë një, shkruani: carnet init
cli-hint-already-exists = Për të parë çfarë ka brenda, shkruani: carnet list. Për një ditar të dytë, zgjidhni një dosje tjetër me --data-dir.
cli-hint-not-found = Për të parë id-të, shkruani: carnet list
cli-hint-ambiguous-id = Për të parë id-të, shkruani: carnet list
cli-hint-import-format = Zgjidhni një skedar të bërë me: carnet export --format json
cli-hint-invalid-field = Për listën e fushave, shkruani: carnet edit --help

## carnet sync

cli-sync-phase-sending = Po dërgohet
cli-sync-phase-receiving = Po merret
cli-sync-phase-photos = Fotot
cli-sync-done = U sinkronizua me { $hub }.
cli-sync-changes = { $sent ->
    [one] u dërgua { $sent } ndryshim
   *[other] u dërguan { $sent } ndryshime
}, { $received ->
    [one] u mor { $received } ndryshim.
   *[other] u morën { $received } ndryshime.
}
cli-sync-photos = { $sent ->
    [one] u dërgua { $sent } foto
   *[other] u dërguan { $sent } foto
}, { $received ->
    [one] u mor { $received } foto.
   *[other] u morën { $received } foto.
}
cli-sync-bytes = Të dhëna të përdorura: { $up } KB dërguar, { $down } KB marrë.
cli-sync-retry = Provojmë përsëri pas { $seconds ->
    [one] { $seconds } sekonde.
   *[other] { $seconds } sekondash.
}
cli-sync-status-hub = Hubi: { $hub }
cli-sync-status-last = Sinkronizimi i fundit: { $when }
cli-sync-status-pending = { $count ->
    [0] Asnjë ndryshim nuk pret.
    [one] { $count } ndryshim pret të dërgohet.
   *[other] { $count } ndryshime presin të dërgohen.
}
cli-sync-no-hub = ende asnjë
cli-sync-never = kurrë
cli-hint-sync-no-hub = Për ta vendosur, shkruani: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Ndryshimet tuaja janë ruajtur. Për të provuar më vonë, shkruani: carnet sync

## carnet pair

cli-pair-show-scan = Skanojeni këtë kod me pajisjen e re ose shkruani atje tekstin më poshtë.
cli-pair-show-expires = Kodi vlen 10 minuta.
cli-pair-show-request = Pajisja «{ $name }» kërkon ditarin tuaj. Kodi i saj është { $fingerprint }.
cli-pair-show-ask = A shfaq pajisja juaj e re të njëjtin kod? Shkruani po (ose yes) për ta lejuar, ose jo.
cli-pair-yes = po
cli-pair-show-approved = «{ $name }» tani e ka ditarin tuaj.
cli-pair-show-refused = Thatë jo. «{ $name }» nuk mori asgjë.
cli-pair-default-name = Pajisje e re
cli-pair-join-check = Pajisja juaj tjetër duhet të shfaqë këtë kod: { $fingerprint }. Lejojeni atje.
cli-pair-join-done = { $count ->
    [one] Kjo pajisje tani e ka ditarin tuaj, me { $count } shënim.
   *[other] Kjo pajisje tani e ka ditarin tuaj, me { $count } shënime.
}

## carnet devices

cli-devices-none = Asnjë pajisje nuk e ka sinkronizuar ende këtë ditar.
cli-devices-line = { $id }  { $name }  (që nga { $added })
cli-devices-this = ← kjo pajisje
cli-devices-removed = (hequr { $when })
cli-devices-removed-done = «{ $name }» u hoq. Ditari juaj tani ka një çelës të ri, që ajo pajisje nuk e ka.
cli-devices-new-sheet = Fleta juaj e rikuperimit ka çelësin e vjetër. Printoni tani një të re dhe shkatërroni të vjetrën: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = Printoni një fletë rikuperimi: me të dhe fjalëkalimin, mund ta rimerrni ditarin në një telefon të ri nëse e humbni këtë.
cli-cmd-recover = Në një pajisje të re: rimerrni ditarin me fletën e rikuperimit dhe fjalëkalimin.
cli-arg-recovery-out = Skedari ku shkruhet fleta. Duhet të mbarojë me .png ose .pdf.
cli-arg-recover-sheet = Një foto ose skanim i fletës suaj të rikuperimit (PNG ose JPEG). Carnet lexon kodin e saj katror.
cli-arg-recover-words = 12 fjalët e fletës suaj të rikuperimit, me radhë, në thonjëza. Jepni edhe --hub.
cli-arg-recover-hub = Adresa e hubit e printuar në fletën tuaj të rikuperimit, për shembull http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet mund ta shkruajë fletën si skedar .png ose .pdf, jo si «{ $path }».
cli-recovery-sheet-done = Fleta juaj e rikuperimit është në { $path }. Printojeni dhe mbajeni letrën në një vend të sigurt, larg telefonit.
cli-recovery-sheet-english = Fleta është në anglisht: Carnet ende nuk mund të shkruajë saktë mbi të shkronjat e gjuhës suaj.
cli-recovery-sheet-replaced = Çdo fletë që keni printuar më parë nuk funksionon më. Shkatërrojeni.
cli-recover-done = { $count ->
    [one] Ditari juaj u kthye në këtë pajisje: { $count } shënim.
   *[other] Ditari juaj u kthye në këtë pajisje: { $count } shënime.
}
cli-passphrase-sheet-updated = Fleta juaj e rikuperimit funksionon ende, me fjalëkalimin e ri.
cli-passphrase-sheet-not-updated = Fleta juaj e rikuperimit nuk u përditësua dot në hub. Derisa të printoni një të re, ajo kërkon fjalëkalimin e vjetër. Printoni një fletë të re kur të jeni të lidhur: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Fletë rikuperimi Carnet
cli-sheet-made = Bërë më { $date }
cli-sheet-hub = Hubi: { $hub }
cli-sheet-words = 12 fjalët tuaja
cli-sheet-instructions =
    Mbajeni këtë letër të sigurt. Me të dhe fjalëkalimin mund ta rimerrni ditarin në një telefon të ri:
    1. Vendosni Carnet në telefonin e ri dhe zgjidhni rikuperimin e një ditari.
    2. Skanoni kodin katror ose shkruani 12 fjalët dhe adresën e hubit.
    3. Shkruani fjalëkalimin. Ditari kthehet nga hubi.
    Në kompjuter: carnet recover --sheet photo.jpg
cli-sheet-warning = Kjo letër vetëm nuk e hap ditarin: duhet edhe fjalëkalimi. Mos i mbani bashkë. Nëse printoni një fletë të re, kjo nuk funksionon më.
