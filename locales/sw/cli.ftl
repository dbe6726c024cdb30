# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Jinsi ya kuandika:
cli-help-commands = Amri:
cli-help-arguments = Unachotoa:
cli-help-options = Chaguo:
cli-help-examples = Mifano:

## Help: the whole program

cli-about = Carnet inahifadhi kumbukumbu ya unachoweza kufanya: ujuzi, kazi, lugha, stashahada na kozi. Kumbukumbu inabaki kwenye kifaa chako, imefungwa kwa nenosiri lako.

cli-examples =
    Anzisha daftari:         carnet init
    Ongeza ujuzi:            carnet add skill --title "Welding" --level advanced
    Ona maingizo yako:       carnet list
    Ona ingizo moja:         carnet show 3f2a
    Msaada kwa amri:         carnet add --help

cli-opt-data-dir = Folda ambamo daftari lako linahifadhiwa. Unaweza pia kuweka CARNET_DATA_DIR.
cli-opt-json = Jibu kwa JSON, kwa programu nyingine.
cli-opt-lang = Lugha ya ujumbe wa Carnet, kwa mfano ar, fa, fr, uk au en.
cli-opt-help = Onyesha msaada huu.
cli-opt-version = Onyesha toleo la Carnet.

## Help: commands

cli-cmd-init = Tengeneza daftari jipya, lililofungwa kwa nenosiri.
cli-cmd-passphrase = Badilisha nenosiri la daftari lako.
cli-cmd-passphrase-change = Badilisha nenosiri lako. Unaandika la zamani, kisha jipya mara mbili.
cli-cmd-profile = Ona au badilisha wasifu wako: jina lako, nchi zako, lugha zako.
cli-cmd-profile-show = Onyesha wasifu wako.
cli-cmd-profile-set = Badilisha wasifu wako. Ili kufuta kitu, kipe thamani tupu, kwa mfano --contact "".
cli-cmd-add = Ongeza ingizo: ujuzi, sifa ya kielimu, uzoefu wa kazi, lugha au kozi.
cli-cmd-list = Orodhesha maingizo yako.
cli-cmd-show = Onyesha kila kitu kuhusu ingizo moja.
cli-cmd-edit = Badilisha ingizo.
cli-cmd-rm = Futa ingizo.
cli-cmd-search = Tafuta maingizo yenye maneno fulani.
cli-cmd-detach = Ondoa picha au ujumbe wa sauti kwenye ingizo. Itafutwa pia kwenye kifaa hiki, isipokuwa ingizo jingine linaionyesha.
cli-cmd-attach = Ongeza picha ya karatasi kwenye ingizo, kwa mfano stashahada, cheti au karatasi ya kazi. Au ongeza ujumbe wa sauti: faili ya sauti ambamo unaeleza kuhusu ujuzi.
cli-cmd-export = Andika daftari lako lote kama faili ambayo programu nyingine zinaweza kusoma.
cli-cmd-import = Soma faili ya kuhamisha ya Carnet kwenye daftari lako. Hakuna kinachofutwa kwenye daftari lako.
cli-cmd-devices = Vifaa vyenye daftari lako.
cli-cmd-devices-list = Onyesha vifaa vyenye daftari lako.
cli-cmd-devices-remove = Ondoa daftari lako kwenye kifaa, kwa mfano simu iliyopotea. Hakiwezi kusoma chochote utakachoongeza kuanzia sasa.
cli-cmd-pair = Weka daftari lako kwenye kifaa chako kingine, kama simu mpya.
cli-cmd-pair-show = Kwenye kifaa chenye daftari lako: onyesha msimbo kwa kifaa kipya, kisha kiruhusu.
cli-cmd-pair-join = Kwenye kifaa kipya: pata daftari lako kwa msimbo unaoonyeshwa na kifaa chako kingine.
cli-cmd-sync = Tuma mabadiliko yako kwenye kitovu cha kituo na upate mabadiliko yaliyofanywa kwenye vifaa vyako vingine. Kitovu kinahifadhi tu nakala iliyofungwa ambayo hakiwezi kuisoma.

## Help: what to give to the commands

cli-arg-kind = Aina ya ingizo: skill (ujuzi), qualification (sifa ya kielimu), experience (kazi), language (lugha) au learning (kozi).
cli-arg-title = Jina fupi, kwa mfano "Welding" au "Driving licence B".
cli-arg-description = Maneno zaidi kuhusu hilo, ukipenda.
cli-arg-level = Jinsi ulivyo hodari. Kwa ujuzi au kazi: basic, intermediate, advanced au expert. Kwa lugha: A1 (mwanzo) hadi C2 (vizuri sana). Kwa sifa ya kielimu au kozi: kiwango chake cha EQF, kutoka 1 hadi 8.
cli-arg-eqf = Kiwango cha EQF cha stashahada au kozi, kutoka 1 hadi 8, ukikijua.
cli-arg-from = Ilipoanza: mwaka (2019), mwezi (2019-05) au siku (2019-05-14).
cli-arg-to = Ilipoisha, kwa njia ile ile. Iache ikiwa bado inaendelea.
cli-arg-organisation = Mwajiri, shule au kituo cha mafunzo.
cli-arg-place = Mji au mahali.
cli-arg-country = Nchi, kwa herufi mbili, kwa mfano SY, AF, DE.
cli-arg-context = Jinsi ulivyojifunza: formal (shule, stashahada), non-formal (kozi) au informal (kwa kufanya).
cli-arg-written-in = Lugha uliyoandika ingizo hili, kwa msimbo mfupi, kwa mfano ar au en.
cli-arg-esco = Anwani ya ESCO ya ujuzi au kazi, ukiijua.
cli-arg-isco = Msimbo wa kazi wa ISCO-08 (tarakimu 1 hadi 4), ukiujua.
cli-arg-stage = Wakati gani katika safari yako hili ni muhimu: recruitment, pre-departure, arrival, career au return. Unaweza kutoa zaidi ya moja.

cli-arg-list-kind = Onyesha maingizo ya aina hii tu: skill, qualification, experience, language au learning.
cli-arg-list-stage = Onyesha maingizo ya hatua hii tu: recruitment, pre-departure, arrival, career au return.

cli-arg-id = Kitambulisho (id) cha ingizo. Herufi 4 za kwanza au zaidi zinatosha. Ili kuona vitambulisho, andika: carnet list
cli-arg-set = Badiliko, lililoandikwa FIELD=VALUE, kwa mfano level=advanced. Litoe tena ili kubadilisha zaidi. Thamani tupu inafuta sehemu. Sehemu ni: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Maneno ya kutafuta.
cli-arg-evidence = Picha au ujumbe wa sauti wa kuondoa: kitambulisho chake, kama carnet show na carnet attach vinavyokionyesha (herufi 8 za kwanza au zaidi zinatosha).
cli-arg-photo = Picha (JPEG, PNG au WebP) au faili ya sauti (WebM, Ogg, MP4, M4A, AAC, MP3 au WAV, hadi MB 5). Carnet inaangalia ndani ya faili ili kujua ni ipi. Inaondoa data iliyofichwa, kama mahali picha ilipopigwa.
cli-arg-format = Aina ya faili. Kwa sasa json tu.
cli-arg-file = Faili ya kuhamisha ya kusoma.

cli-arg-name = Jina lako, kama unavyotaka wengine walione.
cli-arg-birth-date = Tarehe yako ya kuzaliwa: 1990, 1990-05 au 1990-05-14.
cli-arg-origin = Nchi unayotoka, kwa herufi mbili, kwa mfano SY, AF, ER.
cli-arg-current = Nchi unayoishi sasa, kwa herufi mbili, kwa mfano DE, FR.
cli-arg-contact = Jinsi watu wanavyoweza kukufikia, kwa mfano namba ya simu au barua pepe.
cli-arg-language = Lugha unayoijua, kwa msimbo mfupi, kwa mfano ar, fa-AF au en. Chaguo zilizo hapa chini zinahusu lugha hii.
cli-arg-mother-tongue = Lugha hii ni lugha yako ya mama.
cli-arg-not-mother-tongue = Lugha hii si lugha yako ya mama.
cli-arg-listening = Jinsi unavyoelewa watu wanaozungumza: A1 (mwanzo) hadi C2 (vizuri sana).
cli-arg-reading = Jinsi unavyosoma: A1 hadi C2.
cli-arg-spoken-interaction = Jinsi unavyoshiriki mazungumzo: A1 hadi C2.
cli-arg-spoken-production = Jinsi unavyozungumza peke yako: A1 hadi C2.
cli-arg-writing = Jinsi unavyoandika: A1 hadi C2.
cli-arg-remove-language = Ondoa lugha kwenye wasifu wako.
cli-arg-hub = Anwani ya kitovu cha kituo, kwa mfano http://192.168.1.10:8470. Carnet inaikumbuka.
cli-arg-device-id = Kitambulisho cha kifaa, kama kinavyoonyeshwa na: carnet devices list (herufi 4 za kwanza au zaidi zinatosha).
cli-arg-pair-approve = Ruhusu kifaa kipya bila kuuliza, kikionyesha msimbo huu (kwa wasaidizi na skripti).
cli-arg-pair-code = Msimbo unaoonyeshwa na kifaa chako kingine. Unaanza na CNP1:
cli-arg-pair-name = Jina la kifaa hiki, ili ukitambue kwenye kile kingine (kwa mfano "Simu ya Amal").
cli-arg-sync-status = Onyesha tu ulisawazisha lini mara ya mwisho na mabadiliko mangapi yanasubiri. Hakuna kinachotumwa.
cli-arg-sync-watch = Endelea kusawazisha. Kitovu kisipofikika, jaribu tena baadaye, ukisubiri muda mrefu zaidi kila mara.
cli-arg-sync-every = Pamoja na --watch: sekunde ngapi za kusubiri kati ya usawazishaji (300 kama haijatolewa).

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

cli-passphrase-new-intro = Chagua nenosiri lenye angalau herufi { $min }. Unalihitaji kila unapofungua daftari lako. Hakuna anayeweza kukurudishia.
cli-passphrase-prompt = Nenosiri:
cli-passphrase-new-prompt = Nenosiri jipya:
cli-passphrase-repeat-prompt = Andika nenosiri jipya tena:
cli-passphrase-changed = Nenosiri lako limebadilishwa. Tumia jipya kuanzia sasa.

## Answers

cli-init-done = Daftari lako liko tayari. Liko katika folda hii: { $dir }
cli-init-next = Weka nenosiri lako salama. Bila hilo, hakuna anayeweza kufungua daftari lako, hata wewe. Kisha, ongeza unachoweza kufanya, kwa mfano: carnet add skill --title "Cooking"

cli-list-empty = Daftari lako bado halina maingizo. Ili kuongeza moja, andika: carnet add skill --title "Cooking"
cli-list-none-match = Hakuna ingizo linalolingana na ulichoomba.
cli-search-none = Hakuna ingizo lenye maneno haya. Jaribu maneno mengine, au andika: carnet list

cli-edit-saved = Badiliko lako limehifadhiwa.
cli-rm-done = Limefutwa: { $title }
cli-detached = Picha au ujumbe wa sauti umeondolewa kwenye ingizo.

cli-profile-saved = Wasifu wako umehifadhiwa.
cli-profile-empty = Wasifu wako ni tupu. Ili kuongeza jina lako, andika: carnet profile set --name "Jina lako"

cli-import-added = { $count ->
    [one] Ingizo 1 limeongezwa.
   *[other] Maingizo { $count } yameongezwa.
}
cli-import-updated = { $count ->
    [one] Ingizo 1 limesasishwa.
   *[other] Maingizo { $count } yamesasishwa.
}
cli-import-unchanged = { $count ->
    [one] Ingizo 1 lilikuwa sawa tayari.
   *[other] Maingizo { $count } yalikuwa sawa tayari.
}
cli-import-profile-updated = Wasifu wako pia umesasishwa.
cli-import-missing-photos = { $count ->
    [one] Picha 1 haipo kwenye kifaa hiki. Faili za kuhamisha hazina picha. Iongeze tena kwa: carnet attach
   *[other] Picha { $count } hazipo kwenye kifaa hiki. Faili za kuhamisha hazina picha. Ziongeze tena kwa: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Kitambulisho
cli-show-kind = Aina
cli-show-added = Iliongezwa
cli-show-changed = Ilibadilishwa
cli-show-evidence = Picha na jumbe za sauti
cli-show-photo = { $sha }  pikseli { $width } × { $height }, KB { $kilobytes }
cli-show-photo-missing = { $sha }  pikseli { $width } × { $height }, haipo kwenye kifaa hiki
cli-show-voice = { $sha }  ujumbe wa sauti, KB { $kilobytes }
cli-show-voice-missing = { $sha }  ujumbe wa sauti, haupo kwenye kifaa hiki
cli-show-conflicts = Kifaa kingine pia kiliandika:
cli-show-conflicts-hint = Ili kuhifadhi mojawapo, andika: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Kichwa
cli-field-description = Maelezo
cli-field-written-in = Imeandikwa kwa
cli-field-esco = ESCO
cli-field-isco = Msimbo wa kazi ISCO-08
cli-field-level = Kiwango
cli-field-eqf = Kiwango cha EQF
cli-field-organisation = Shirika
cli-field-place = Mahali
cli-field-country = Nchi
cli-field-from = Kuanzia
cli-field-to = Hadi
cli-field-context = Jinsi ulivyojifunza
cli-field-stages = Hatua

cli-kind-skill = ujuzi
cli-kind-qualification = sifa ya kielimu
cli-kind-experience = uzoefu
cli-kind-language = lugha
cli-kind-learning = mafunzo

cli-context-formal = rasmi (shule, stashahada)
cli-context-non-formal = isiyo rasmi (kozi)
cli-context-informal = kwa vitendo (kwa kufanya)

cli-stage-recruitment = kuajiriwa
cli-stage-pre-departure = kabla ya kuondoka
cli-stage-arrival = kuwasili
cli-stage-career = kazi
cli-stage-return = kurudi

cli-proficiency-basic = cha msingi
cli-proficiency-intermediate = cha kati
cli-proficiency-advanced = cha juu
cli-proficiency-expert = mtaalamu

cli-level-eqf = Kiwango cha EQF { $level }

cli-profile-name = Jina
cli-profile-birth-date = Tarehe ya kuzaliwa
cli-profile-origin = Anatoka
cli-profile-current = Anaishi
cli-profile-contact = Mawasiliano
cli-profile-languages = Lugha
cli-profile-mother-tongue = { $language } (lugha ya mama)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = kusikiliza { $level }
cli-cefr-reading = kusoma { $level }
cli-cefr-spoken-interaction = kuzungumza na wengine { $level }
cli-cefr-spoken-production = kuzungumza { $level }
cli-cefr-writing = kuandika { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet haijui “{ $arg }” hapa.
cli-error-unknown-command = Hakuna amri “{ $command }”.
cli-error-invalid-value = “{ $value }” haiwezi kutumika kwa { $arg }.
cli-error-missing-value = { $arg } inahitaji thamani baada yake.
cli-error-valid-values = Unaweza kutumia: { $values }
cli-error-missing-argument = Kuna kitu kinakosekana: { $arg }
cli-error-missing-command = Sema Carnet ifanye nini baada ya “{ $command }”.
cli-error-valid-commands = Amri ni: { $commands }
cli-error-conflict = { $arg } haiwezi kutumika pamoja na { $other }.
cli-error-no-equals = Andika { $arg } na alama ya sawa (=) na thamani mara baada yake.
cli-error-too-many-values = { $arg } inachukua thamani chache zaidi. “{ $value }” ni moja ya ziada.
cli-error-wrong-number-of-values = { $arg } ina idadi isiyo sahihi ya thamani.
cli-error-invalid-utf8 = Carnet haiwezi kusoma baadhi ya herufi ulizoandika. Ziandike tena.
cli-error-did-you-mean = Ulimaanisha { $suggestion }?
cli-error-usage = Carnet haikuelewa amri hii.
cli-error-usage-hint = Andika { $command } --help ili kuona unachoweza kuandika.
cli-error-set-format = “{ $value }” si badiliko. Andika FIELD=VALUE, kwa mfano --set level=advanced
cli-error-nothing-to-change = Hakuna cha kubadilisha. Toa angalau chaguo moja, kwa mfano --name "Jina lako".

cli-error-passphrase-unavailable = Carnet inahitaji nenosiri lakini haiwezi kuliomba hapa. Endesha Carnet kwenye terminal, au weka { $variable }.
cli-error-passphrase-mismatch = Manenosiri mawili hayafanani. Hakuna kilichobadilishwa. Tafadhali jaribu tena.
cli-error-read-file = Carnet haiwezi kusoma faili { $path }. Kagua jina la faili na folda, kisha jaribu tena.
cli-error-no-data-dir = Carnet haiwezi kupata folda ya daftari lako. Chagua moja kwa --data-dir, kwa mfano --data-dir ./carnet
cli-error-output = Carnet haikuweza kuandika jibu lake. Hakikisha diski haijajaa, kisha jaribu tena.
cli-error-details = Maelezo kwa msaidizi: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Ili kutengeneza moja, andika: carnet init
cli-hint-already-exists = Ili kuona kilichomo, andika: carnet list. Kwa daftari la pili, chagua folda nyingine kwa --data-dir.
cli-hint-not-found = Ili kuona vitambulisho, andika: carnet list
cli-hint-ambiguous-id = Ili kuona vitambulisho, andika: carnet list
cli-hint-import-format = Chagua faili iliyotengenezwa kwa: carnet export --format json
cli-hint-invalid-field = Kwa orodha ya sehemu, andika: carnet edit --help

## carnet sync

cli-sync-phase-sending = Inatuma
cli-sync-phase-receiving = Inapokea
cli-sync-phase-photos = Picha
cli-sync-done = Imesawazishwa na { $hub }.
cli-sync-changes = { $sent ->
    [one] badiliko 1 limetumwa
   *[other] mabadiliko { $sent } yametumwa
}, { $received ->
    [one] badiliko 1 limepokelewa.
   *[other] mabadiliko { $received } yamepokelewa.
}
cli-sync-photos = { $sent ->
    [one] picha 1 imetumwa
   *[other] picha { $sent } zimetumwa
}, { $received ->
    [one] picha 1 imepokelewa.
   *[other] picha { $received } zimepokelewa.
}
cli-sync-bytes = Data iliyotumika: KB { $up } kupakia, KB { $down } kupakua.
cli-sync-retry = Inajaribu tena baada ya { $seconds ->
    [one] sekunde 1.
   *[other] sekunde { $seconds }.
}
cli-sync-status-hub = Kitovu: { $hub }
cli-sync-status-last = Ilisawazishwa mwisho: { $when }
cli-sync-status-pending = { $count ->
    [0] Hakuna mabadiliko yanayosubiri.
    [one] Badiliko 1 linasubiri kutumwa.
   *[other] Mabadiliko { $count } yanasubiri kutumwa.
}
cli-sync-no-hub = bado hakuna
cli-sync-never = kamwe
cli-hint-sync-no-hub = Ili kukiweka, andika: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Mabadiliko yako yamehifadhiwa. Ili kujaribu tena baadaye, andika: carnet sync

## carnet pair

cli-pair-show-scan = Skani msimbo huu kwa kifaa chako kipya, au andika maandishi yaliyo chini yake huko.
cli-pair-show-expires = Msimbo unafanya kazi kwa dakika 10.
cli-pair-show-request = Kifaa “{ $name }” kinataka daftari lako. Msimbo wake ni { $fingerprint }.
cli-pair-show-ask = Je, kifaa chako kipya kinaonyesha msimbo huo huo? Andika ndiyo (au yes) kuruhusu, au hapana.
cli-pair-yes = ndiyo
cli-pair-show-approved = “{ $name }” sasa kina daftari lako.
cli-pair-show-refused = Umesema hapana. “{ $name }” hakijapata chochote.
cli-pair-default-name = Kifaa kipya
cli-pair-join-check = Kifaa chako kingine lazima kionyeshe msimbo huu: { $fingerprint }. Ruhusu huko.
cli-pair-join-done = { $count ->
    [one] Kifaa hiki sasa kina daftari lako, lenye ingizo 1.
   *[other] Kifaa hiki sasa kina daftari lako, lenye maingizo { $count }.
}

## carnet devices

cli-devices-none = Bado hakuna kifaa kilichosawazisha daftari hili.
cli-devices-line = { $id }  { $name }  (tangu { $added })
cli-devices-this = ← kifaa hiki
cli-devices-removed = (kiliondolewa { $when })
cli-devices-removed-done = “{ $name }” kimeondolewa. Daftari lako sasa lina ufunguo mpya, ambao kifaa hicho hakina.
cli-devices-new-sheet = Karatasi yako ya kurejesha ina ufunguo wa zamani. Chapisha mpya sasa na uharibu ile ya zamani: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Chapisha karatasi ya kurejesha: kwa hiyo na nenosiri lako, unaweza kurudisha daftari lako kwenye simu mpya ukipoteza hii.
cli-cmd-recover = Kwenye kifaa kipya: rudisha daftari lako kwa karatasi yako ya kurejesha na nenosiri lako.
cli-arg-recovery-out = Faili ya kuandikia karatasi. Lazima iishie na .png au .pdf.
cli-arg-recover-sheet = Picha au skani ya karatasi yako ya kurejesha (PNG au JPEG). Carnet inasoma msimbo wake wa mraba.
cli-arg-recover-words = Maneno 12 ya karatasi yako ya kurejesha, kwa mpangilio, ndani ya alama za kunukuu. Toa pia --hub.
cli-arg-recover-hub = Anwani ya kitovu iliyochapishwa kwenye karatasi yako ya kurejesha, kwa mfano http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet inaweza kuandika karatasi kama faili ya .png au .pdf, si kama “{ $path }”.
cli-recovery-sheet-done = Karatasi yako ya kurejesha iko katika { $path }. Ichapishe na uweke karatasi mahali salama, mbali na simu yako.
cli-recovery-sheet-english = Karatasi iko kwa Kiingereza: Carnet bado haiwezi kuandika herufi za lugha yako ipasavyo juu yake.
cli-recovery-sheet-replaced = Karatasi yoyote uliyochapisha awali haifanyi kazi tena. Iharibu.
cli-recover-done = { $count ->
    [one] Daftari lako limerudi kwenye kifaa hiki: ingizo { $count }.
   *[other] Daftari lako limerudi kwenye kifaa hiki: maingizo { $count }.
}
cli-passphrase-sheet-updated = Karatasi yako ya kurejesha bado inafanya kazi, pamoja na nenosiri lako jipya.
cli-passphrase-sheet-not-updated = Karatasi yako ya kurejesha haikuweza kusasishwa kwenye kitovu. Hadi uchapishe mpya, inahitaji nenosiri lako la zamani. Chapisha karatasi mpya ukiwa umeunganishwa: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Karatasi ya kurejesha ya Carnet
cli-sheet-made = Imetengenezwa { $date }
cli-sheet-hub = Kitovu: { $hub }
cli-sheet-words = Maneno yako 12
cli-sheet-instructions =
    Weka karatasi hii salama. Kwa hiyo na nenosiri lako unaweza kurudisha daftari lako kwenye simu mpya:
    1. Weka Carnet kwenye simu mpya na uchague kurudisha daftari.
    2. Skani msimbo wa mraba, au andika maneno 12 na anwani ya kitovu.
    3. Andika nenosiri lako. Daftari linarudi kutoka kitovu.
    Kwenye kompyuta: carnet recover --sheet photo.jpg
cli-sheet-warning = Karatasi hii peke yake haifungui daftari lako: nenosiri lako linahitajika pia. Usiviweke pamoja. Ukichapisha karatasi mpya, hii inaacha kufanya kazi.
