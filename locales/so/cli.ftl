# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Sida loo qoro:
cli-help-commands = Amarrada:
cli-help-arguments = Waxa la bixinayo:
cli-help-options = Doorashooyinka:
cli-help-examples = Tusaalooyin:

## Help: the whole program

cli-about = Carnet wuxuu diiwaan geliyaa waxa aad samayn karto: xirfado, shaqo, luqado, shahaadooyin iyo koorsooyin. Diiwaanku wuxuu ku jiraa qalabkaaga, oo ku xiran ereyga sirta.

cli-examples =
    Bilow diiwaan:           carnet init
    Ku dar xirfad:           carnet add skill --title "Welding" --level advanced
    Eeg qoraalladaada:       carnet list
    Eeg hal qoraal:          carnet show 3f2a
    Caawimo amar:            carnet add --help

cli-opt-data-dir = Galka diiwaankaaga lagu hayo. Waxaad sidoo kale dejin kartaa CARNET_DATA_DIR.
cli-opt-json = Ku jawaab JSON, barnaamijyada kale.
cli-opt-lang = Luqadda fariimaha Carnet, tusaale ahaan ar, fa, fr, uk ama en.
cli-opt-help = Tus caawimadan.
cli-opt-version = Tus nooca Carnet.

## Help: commands

cli-cmd-init = Samee diiwaan cusub, oo ku xiran erey sir ah.
cli-cmd-passphrase = Beddel ereyga sirta ee diiwaankaaga.
cli-cmd-passphrase-change = Beddel ereyga sirta. Waxaad qoraysaa kii hore, kadibna kan cusub laba jeer.
cli-cmd-profile = Eeg ama beddel xogtaada shakhsiga: magacaaga, waddamadaada, luqadahaaga.
cli-cmd-profile-show = Tus xogtaada shakhsiga.
cli-cmd-profile-set = Beddel xogtaada shakhsiga. Si aad wax u tirtirto, sii qiime madhan, tusaale ahaan --contact "".
cli-cmd-add = Ku dar qoraal: xirfad, shahaado, khibrad shaqo, luqad ama koorso.
cli-cmd-list = Liis garee qoraalladaada.
cli-cmd-show = Tus wax walba oo ku saabsan hal qoraal.
cli-cmd-edit = Beddel qoraal.
cli-cmd-rm = Tirtir qoraal.
cli-cmd-search = Raadi qoraallo ay ku jiraan erayo.
cli-cmd-detach = Ka saar sawir ama fariin cod ah qoraal. Qalabkan sidoo kale waa laga tirtirayaa, haddii aanu qoraal kale muujinayn.
cli-cmd-attach = Ku dar sawirka warqad qoraal, tusaale ahaan shahaado dibloom, shahaado ama warqad shaqo. Ama ku dar fariin cod ah: fayl cod ah oo aad kaga sheekaynayso xirfadda.
cli-cmd-export = U qor diiwaankaaga oo dhan fayl ay barnaamijyada kale akhriyi karaan.
cli-cmd-import = Diiwaankaaga ku akhri fayl dhoofin Carnet ah. Waxba lagama tirtirayo diiwaankaaga.
cli-cmd-devices = Qalabyada haysta diiwaankaaga.
cli-cmd-devices-list = Tus qalabyada haysta diiwaankaaga.
cli-cmd-devices-remove = Diiwaankaaga ka qaad qalab, tusaale ahaan taleefan lumay. Ma akhriyi karo wax kasta oo aad hadda ka dib ku darto.
cli-cmd-pair = Diiwaankaaga geli qalab kale oo kuu gaar ah, sida taleefan cusub.
cli-cmd-pair-show = Qalabka haysta diiwaankaaga: u tus koodh qalabka cusub, kadibna u oggolow.
cli-cmd-pair-join = Qalabka cusub: ku hel diiwaankaaga koodhka uu qalabkaaga kale muujiyo.
cli-cmd-sync = U dir isbeddelladaada kaydka dhexe ee xarunta, oo hel isbeddellada lagu sameeyay qalabyadaada kale. Kaydka dhexe wuxuu hayaa oo keliya nuqul xiran oo uusan akhriyi karin.

## Help: what to give to the commands

cli-arg-kind = Nooca qoraalka: skill (xirfad), qualification (shahaado), experience (shaqo), language (luqad) ama learning (koorso).
cli-arg-title = Magac gaaban, tusaale ahaan "Welding" ama "Driving licence B".
cli-arg-description = Erayo kale oo ku saabsan, haddii aad rabto.
cli-arg-level = Intee le'eg ayaad ku fiican tahay. Xirfad ama shaqo: basic, intermediate, advanced ama expert. Luqad: A1 (bilow) ilaa C2 (aad u fiican). Shahaado ama koorso: heerkeeda EQF, 1 ilaa 8.
cli-arg-eqf = Heerka EQF ee shahaado ama koorso, 1 ilaa 8, haddii aad taqaanid.
cli-arg-from = Goorta ay bilaabatay: sannad (2019), bil (2019-05) ama maalin (2019-05-14).
cli-arg-to = Goorta ay dhammaatay, isla qaabkaas. Ka tag haddii ay weli socoto.
cli-arg-organisation = Loo-shaqeeyaha, dugsiga ama xarunta tababarka.
cli-arg-place = Magaalada ama meesha.
cli-arg-country = Waddanka, laba xaraf, tusaale ahaan SY, AF, DE.
cli-arg-context = Sida aad u baratay: formal (dugsi, shahaado), non-formal (koorso) ama informal (adigoo samaynaya).
cli-arg-written-in = Luqadda aad ku qortay qoraalkan, koodh gaaban, tusaale ahaan ar ama en.
cli-arg-esco = Cinwaanka ESCO ee xirfadda ama shaqada, haddii aad taqaanid.
cli-arg-isco = Koodhka shaqada ISCO-08 (1 ilaa 4 tiro), haddii aad taqaanid.
cli-arg-stage = Goorta safarkaaga ay tani muhiim tahay: recruitment, pre-departure, arrival, career ama return. Waxaad bixin kartaa in ka badan hal.

cli-arg-list-kind = Tus oo keliya qoraallada noocan ah: skill, qualification, experience, language ama learning.
cli-arg-list-stage = Tus oo keliya qoraallada marxaladdan: recruitment, pre-departure, arrival, career ama return.

cli-arg-id = Aqoonsiga (id) qoraalka. 4 xaraf ee ugu horreeya ama ka badan ayaa ku filan. Si aad u aragto aqoonsiyada, qor: carnet list
cli-arg-set = Isbeddel, oo loo qoray FIELD=VALUE, tusaale ahaan level=advanced. Mar kale bixi si aad wax badan u beddesho. Qiime madhan ayaa tirtira goobta. Goobaha waa: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Erayada la raadinayo.
cli-arg-evidence = Sawirka ama fariinta codka ee laga saarayo: aqoonsigeeda, sida carnet show iyo carnet attach u daabacaan (8 xaraf ee ugu horreeya ama ka badan ayaa ku filan).
cli-arg-photo = Sawir (JPEG, PNG ama WebP) ama fayl cod ah (WebM, Ogg, MP4, M4A, AAC, MP3 ama WAV, ilaa 5 MB). Carnet wuxuu eegaa gudaha faylka si uu u ogaado kan uu yahay. Wuxuu ka saaraa xogta qarsoon, sida meesha sawirka laga qaaday.
cli-arg-format = Nooca faylka. Hadda json oo keliya.
cli-arg-file = Faylka dhoofinta ee la akhrinayo.

cli-arg-name = Magacaaga, sida aad rabto in dadka kale arkaan.
cli-arg-birth-date = Taariikhda dhalashadaada: 1990, 1990-05 ama 1990-05-14.
cli-arg-origin = Waddanka aad ka timid, laba xaraf, tusaale ahaan SY, AF, ER.
cli-arg-current = Waddanka aad hadda ku nooshahay, laba xaraf, tusaale ahaan DE, FR.
cli-arg-contact = Sida dadku kuu heli karaan, tusaale ahaan lambar taleefan ama iimayl.
cli-arg-language = Luqad aad taqaanid, koodh gaaban, tusaale ahaan ar, fa-AF ama en. Doorashooyinka hoose waxay ku saabsan yihiin luqaddan.
cli-arg-mother-tongue = Luqaddani waa afkaaga hooyo.
cli-arg-not-mother-tongue = Luqaddani ma aha afkaaga hooyo.
cli-arg-listening = Sida aad u fahanto dadka hadlaya: A1 (bilow) ilaa C2 (aad u fiican).
cli-arg-reading = Sida aad u akhrido: A1 ilaa C2.
cli-arg-spoken-interaction = Sida aad uga qayb qaadato wada hadal: A1 ilaa C2.
cli-arg-spoken-production = Sida aad keligaa u hadasho: A1 ilaa C2.
cli-arg-writing = Sida aad u qorto: A1 ilaa C2.
cli-arg-remove-language = Ka saar luqad xogtaada shakhsiga.
cli-arg-hub = Cinwaanka kaydka dhexe ee xarunta, tusaale ahaan http://192.168.1.10:8470. Carnet wuu xasuustaa.
cli-arg-device-id = Aqoonsiga qalabka, sida uu muujiyo: carnet devices list (4 xaraf ee ugu horreeya ama ka badan ayaa ku filan).
cli-arg-pair-approve = U oggolow qalabka cusub adigoon weydiin, haddii uu muujiyo koodhkan (caawiyeyaasha iyo qoraallada barnaamijka).
cli-arg-pair-code = Koodhka uu qalabkaaga kale muujiyo. Wuxuu ku bilaabmaa CNP1:
cli-arg-pair-name = Magac qalabkan, si aad ugu garato kan kale (tusaale ahaan "Taleefanka Amal").
cli-arg-sync-status = Tus oo keliya goorta aad ugu dambaysay is-waafajinta iyo inta isbeddel ee sugaya. Waxba lama dirayo.
cli-arg-sync-watch = Sii wad is-waafajinta. Marka kaydka dhexe aan la gaari karin, isku day mar dambe, adigoo mar kasta sii sugaya waqti dheer.
cli-arg-sync-every = Adigoo isticmaalaya --watch: immisa ilbiriqsi la sugo inta u dhexaysa is-waafajinta (300 haddii aan la bixin).

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

cli-passphrase-new-intro = Dooro erey sir ah oo leh ugu yaraan { $min } xaraf. Waad u baahan tahay mar kasta oo aad furto diiwaankaaga. Qofna kuuma soo celin karo.
cli-passphrase-prompt = Ereyga sirta:
cli-passphrase-new-prompt = Erey sir cusub:
cli-passphrase-repeat-prompt = Mar kale qor ereyga sirta cusub:
cli-passphrase-changed = Ereyga sirta waa la beddelay. Hadda wixii ka dambeeya isticmaal kan cusub.

## Answers

cli-init-done = Diiwaankaagu waa diyaar. Wuxuu ku jiraa galkan: { $dir }
cli-init-next = Ereyga sirta si ammaan ah u hay. La'aantiis qofna ma furi karo diiwaankaaga, xataa adiga. Kadib, ku dar waxa aad samayn karto, tusaale ahaan: carnet add skill --title "Cooking"

cli-list-empty = Diiwaankaagu weli ma laha qoraallo. Si aad mid ugu darto, qor: carnet add skill --title "Cooking"
cli-list-none-match = Ma jiro qoraal ku habboon waxa aad weydiisay.
cli-search-none = Ma jiro qoraal leh erayadan. Isku day erayo kale, ama qor: carnet list

cli-edit-saved = Isbeddelkaaga waa la kaydiyay.
cli-rm-done = La tirtiray: { $title }
cli-detached = Sawirka ama fariinta codka waa laga saaray qoraalka.

cli-profile-saved = Xogtaada shakhsiga waa la kaydiyay.
cli-profile-empty = Xogtaada shakhsiga waa madhan tahay. Si aad magacaaga ugu darto, qor: carnet profile set --name "Magacaaga"

cli-import-added = { $count ->
    [one] 1 qoraal ayaa lagu daray.
   *[other] { $count } qoraal ayaa lagu daray.
}
cli-import-updated = { $count ->
    [one] 1 qoraal ayaa la cusboonaysiiyay.
   *[other] { $count } qoraal ayaa la cusboonaysiiyay.
}
cli-import-unchanged = { $count ->
    [one] 1 qoraal horey ayuu isku mid u ahaa.
   *[other] { $count } qoraal horey ayay isku mid u ahaayeen.
}
cli-import-profile-updated = Xogtaada shakhsiga sidoo kale waa la cusboonaysiiyay.
cli-import-missing-photos = { $count ->
    [one] 1 sawir kuma jiro qalabkan. Faylasha dhoofintu ma hayaan sawirro. Mar kale ku dar: carnet attach
   *[other] { $count } sawir kuma jiraan qalabkan. Faylasha dhoofintu ma hayaan sawirro. Mar kale ku dar: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Aqoonsi
cli-show-kind = Nooc
cli-show-added = La daray
cli-show-changed = La beddelay
cli-show-evidence = Sawirro iyo fariimo cod ah
cli-show-photo = { $sha }  { $width } × { $height } pixel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixel, kuma jiro qalabkan
cli-show-voice = { $sha }  fariin cod ah, { $kilobytes } KB
cli-show-voice-missing = { $sha }  fariin cod ah, kuma jiro qalabkan
cli-show-conflicts = Qalab kale ayaa sidoo kale qoray:
cli-show-conflicts-hint = Si aad mid ka mid ah u hayso, qor: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Cinwaan
cli-field-description = Sharaxaad
cli-field-written-in = Luqadda lagu qoray
cli-field-esco = ESCO
cli-field-isco = Koodhka shaqada ISCO-08
cli-field-level = Heer
cli-field-eqf = Heerka EQF
cli-field-organisation = Hay'ad
cli-field-place = Meel
cli-field-country = Waddan
cli-field-from = Laga bilaabo
cli-field-to = Ilaa
cli-field-context = Sida aad u baratay
cli-field-stages = Marxalado

cli-kind-skill = xirfad
cli-kind-qualification = shahaado
cli-kind-experience = khibrad
cli-kind-language = luqad
cli-kind-learning = waxbarasho

cli-context-formal = rasmi (dugsi, shahaado)
cli-context-non-formal = aan rasmi ahayn (koorso)
cli-context-informal = shaqo ahaan (adigoo samaynaya)

cli-stage-recruitment = shaqaaleysiin
cli-stage-pre-departure = ka hor ambabaxa
cli-stage-arrival = imaatin
cli-stage-career = shaqo
cli-stage-return = ku noqosho

cli-proficiency-basic = aasaasi
cli-proficiency-intermediate = dhexe
cli-proficiency-advanced = sare
cli-proficiency-expert = khabiir

cli-level-eqf = Heerka EQF { $level }

cli-profile-name = Magac
cli-profile-birth-date = Taariikhda dhalashada
cli-profile-origin = Wuxuu ka yimid
cli-profile-current = Wuxuu ku nool yahay
cli-profile-contact = Xiriir
cli-profile-languages = Luqadaha
cli-profile-mother-tongue = { $language } (afka hooyo)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = dhegaysi { $level }
cli-cefr-reading = akhris { $level }
cli-cefr-spoken-interaction = la hadlid dadka kale { $level }
cli-cefr-spoken-production = hadal { $level }
cli-cefr-writing = qoraal { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet halkan ma yaqaan “{ $arg }”.
cli-error-unknown-command = Ma jiro amar “{ $command }”.
cli-error-invalid-value = “{ $value }” looma isticmaali karo { $arg }.
cli-error-missing-value = { $arg } wuxuu u baahan yahay qiime ka dambeeya.
cli-error-valid-values = Waxaad isticmaali kartaa: { $values }
cli-error-missing-argument = Wax ayaa maqan: { $arg }
cli-error-missing-command = Sheeg waxa Carnet samaynayo kadib “{ $command }”.
cli-error-valid-commands = Amarradu waa: { $commands }
cli-error-conflict = { $arg } laguma wada isticmaali karo { $other }.
cli-error-no-equals = Qor { $arg } oo leh calaamadda siman (=) iyo qiimaha oo isla markiiba ka dambeeya.
cli-error-too-many-values = { $arg } wuxuu qaataa qiimayaal ka yar. “{ $value }” waa mid dheeraad ah.
cli-error-wrong-number-of-values = { $arg } wuxuu leeyahay tiro khaldan oo qiimayaal ah.
cli-error-invalid-utf8 = Carnet ma akhriyi karo qaar ka mid ah xarfaha aad qortay. Mar kale qor.
cli-error-did-you-mean = Ma waxaad ula jeedday { $suggestion }?
cli-error-usage = Carnet ma fahmin amarkan.
cli-error-usage-hint = Qor { $command } --help si aad u aragto waxa aad qori karto.
cli-error-set-format = “{ $value }” ma aha isbeddel. Qor FIELD=VALUE, tusaale ahaan --set level=advanced
cli-error-nothing-to-change = Ma jiro wax la beddelo. Bixi ugu yaraan hal doorasho, tusaale ahaan --name "Magacaaga".

cli-error-passphrase-unavailable = Carnet wuxuu u baahan yahay erey sir ah laakiin halkan kuma weydiin karo. Carnet ka shaqaysii terminal, ama deji { $variable }.
cli-error-passphrase-mismatch = Labada erey sir ah isku mid ma aha. Waxba lama beddelin. Fadlan isku day mar kale.
cli-error-read-file = Carnet ma akhriyi karo faylka { $path }. Hubi magaca faylka iyo galka, kadibna isku day mar kale.
cli-error-no-data-dir = Carnet ma heli karo gal diiwaankaaga. Mid ku dooro --data-dir, tusaale ahaan --data-dir ./carnet
cli-error-output = Carnet ma qori karin jawaabtiisa. Hubi in diskku aanu buuxin, kadibna isku day mar kale.
cli-error-details = Faahfaahin qofka caawiya: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Si aad mid u samayso, qor: carnet init
cli-hint-already-exists = Si aad u aragto waxa ku jira, qor: carnet list. Diiwaan labaad, dooro gal kale adigoo isticmaalaya --data-dir.
cli-hint-not-found = Si aad u aragto aqoonsiyada, qor: carnet list
cli-hint-ambiguous-id = Si aad u aragto aqoonsiyada, qor: carnet list
cli-hint-import-format = Dooro fayl lagu sameeyay: carnet export --format json
cli-hint-invalid-field = Liiska goobaha, qor: carnet edit --help

## carnet sync

cli-sync-phase-sending = Dirid
cli-sync-phase-receiving = Helid
cli-sync-phase-photos = Sawirro
cli-sync-done = La is-waafajiyay { $hub }.
cli-sync-changes = { $sent ->
    [one] 1 isbeddel ayaa la diray
   *[other] { $sent } isbeddel ayaa la diray
}, { $received ->
    [one] 1 isbeddel ayaa la helay.
   *[other] { $received } isbeddel ayaa la helay.
}
cli-sync-photos = { $sent ->
    [one] 1 sawir ayaa la diray
   *[other] { $sent } sawir ayaa la diray
}, { $received ->
    [one] 1 sawir ayaa la helay.
   *[other] { $received } sawir ayaa la helay.
}
cli-sync-bytes = Xogta la isticmaalay: { $up } KB kor, { $down } KB hoos.
cli-sync-retry = Mar kale ayaa la isku dayayaa { $seconds ->
    [one] 1 ilbiriqsi kadib.
   *[other] { $seconds } ilbiriqsi kadib.
}
cli-sync-status-hub = Kaydka dhexe: { $hub }
cli-sync-status-last = Is-waafajintii ugu dambaysay: { $when }
cli-sync-status-pending = { $count ->
    [0] Ma jiraan isbeddello sugaya.
    [one] 1 isbeddel ayaa sugaya in la diro.
   *[other] { $count } isbeddel ayaa sugaya in la diro.
}
cli-sync-no-hub = weli ma jiro
cli-sync-never = weligii
cli-hint-sync-no-hub = Si aad u dejiso, qor: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Isbeddelladaada waa la hayaa. Si aad mar dambe isugu daydo, qor: carnet sync

## carnet pair

cli-pair-show-scan = Koodhkan ku iskaan garee qalabkaaga cusub, ama halkaas ku qor qoraalka hoose.
cli-pair-show-expires = Koodhku wuxuu shaqaynayaa 10 daqiiqo.
cli-pair-show-request = Qalabka “{ $name }” wuxuu rabaa diiwaankaaga. Koodhkiisu waa { $fingerprint }.
cli-pair-show-ask = Qalabkaaga cusub ma muujinayaa isla koodhka? Qor haa (ama yes) si aad u oggolaato, ama maya.
cli-pair-yes = haa
cli-pair-show-approved = “{ $name }” hadda wuu haystaa diiwaankaaga.
cli-pair-show-refused = Waxaad tidhi maya. “{ $name }” waxba ma helin.
cli-pair-default-name = Qalab cusub
cli-pair-join-check = Qalabkaaga kale waa inuu muujiyaa koodhkan: { $fingerprint }. Halkaas ka oggolow.
cli-pair-join-done = { $count ->
    [one] Qalabkani hadda wuu haystaa diiwaankaaga, oo leh 1 qoraal.
   *[other] Qalabkani hadda wuu haystaa diiwaankaaga, oo leh { $count } qoraal.
}

## carnet devices

cli-devices-none = Weli ma jiro qalab is-waafajiyay diiwaankan.
cli-devices-line = { $id }  { $name }  (laga bilaabo { $added })
cli-devices-this = ← qalabkan
cli-devices-removed = (la saaray { $when })
cli-devices-removed-done = “{ $name }” waa la saaray. Diiwaankaagu hadda wuxuu leeyahay fure cusub, oo qalabkaasi aanu haysan.
cli-devices-new-sheet = Warqadda soo celinta waxay haysaa furihii hore. Hadda daabac mid cusub oo burburi tii hore: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Daabac warqad soo celin: iyada iyo ereyga sirta, waxaad diiwaankaaga ku soo celin kartaa taleefan cusub haddii aad kan lumiso.
cli-cmd-recover = Qalab cusub: ku soo celi diiwaankaaga warqadda soo celinta iyo ereyga sirta.
cli-arg-recovery-out = Faylka warqadda lagu qorayo. Waa inuu ku dhammaadaa .png ama .pdf.
cli-arg-recover-sheet = Sawir ama iskaan warqadda soo celinta (PNG ama JPEG). Carnet wuxuu akhriyaa koodhkeeda afargeeslaha.
cli-arg-recover-words = 12-ka erey ee warqadda soo celinta, sida ay isugu xigaan, calaamadaha xigashada dhexdooda. Sidoo kale bixi --hub.
cli-arg-recover-hub = Cinwaanka kaydka dhexe ee ku daabacan warqadda soo celinta, tusaale ahaan http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet wuxuu u qori karaa warqadda fayl .png ama .pdf ah, laakiin ma aha “{ $path }”.
cli-recovery-sheet-done = Warqadda soo celinta waxay ku jirtaa { $path }. Daabac oo warqadda dhig meel ammaan ah, oo ka fog taleefankaaga.
cli-recovery-sheet-english = Warqaddu waa Ingiriisi: Carnet weli si sax ah uguma qori karo xarfaha luqaddaada.
cli-recovery-sheet-replaced = Warqad kasta oo aad hore u daabacday mar dambe ma shaqaynayso. Burburi.
cli-recover-done = { $count ->
    [one] Diiwaankaagu wuxuu ku soo noqday qalabkan: { $count } qoraal.
   *[other] Diiwaankaagu wuxuu ku soo noqday qalabkan: { $count } qoraal.
}
cli-passphrase-sheet-updated = Warqadda soo celintu weli way shaqaynaysaa, ereygaaga sirta cusub.
cli-passphrase-sheet-not-updated = Warqadda soo celinta laguma cusboonaysiin karin kaydka dhexe. Ilaa aad mid cusub daabacdo, waxay u baahan tahay ereygaagii sirta hore. Daabac warqad cusub marka aad xiriir leedahay: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Warqadda soo celinta Carnet
cli-sheet-made = La sameeyay { $date }
cli-sheet-hub = Kaydka dhexe: { $hub }
cli-sheet-words = 12-kaaga erey
cli-sheet-instructions =
    Warqaddan si ammaan ah u hay. Iyada iyo ereyga sirta waxaad diiwaankaaga ku soo celin kartaa taleefan cusub:
    1. Carnet ku rakib taleefanka cusub oo dooro soo celinta diiwaan.
    2. Iskaan garee koodhka afargeeslaha, ama qor 12-ka erey iyo cinwaanka kaydka dhexe.
    3. Qor ereyga sirta. Diiwaanku wuxuu ka soo noqdaa kaydka dhexe.
    Kombiyuutar: carnet recover --sheet photo.jpg
cli-sheet-warning = Warqaddan keligeed ma furto diiwaankaaga: ereyga sirta ayaa sidoo kale loo baahan yahay. Ha wada dhigin. Haddii aad daabacdo warqad cusub, tani way joogsanaysaa.
