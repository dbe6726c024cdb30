# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Yadda ake rubuta shi:
cli-help-commands = Umarni:
cli-help-arguments = Abin da za a bayar:
cli-help-options = Zaɓuɓɓuka:
cli-help-examples = Misalai:

## Help: the whole program

cli-about = Carnet tana adana bayanan abin da kuke iya yi: ƙwarewa, aiki, harsuna, takardun shaida da kwasa-kwasai. Bayanan suna zama a na'urarku, a kulle da kalmar sirrinku.

cli-examples =
    Fara rajista:             carnet init
    Ƙara ƙwarewa:             carnet add skill --title "Welding" --level advanced
    Duba shigarwarku:         carnet list
    Duba shigarwa ɗaya:       carnet show 3f2a
    Taimako don umarni:       carnet add --help

cli-opt-data-dir = Babban fayil inda ake ajiye rajistarku. Kuna iya kuma saita CARNET_DATA_DIR.
cli-opt-json = Amsa a JSON, don wasu shirye-shirye.
cli-opt-lang = Harshen saƙonnin Carnet, misali ar, fa, fr, uk ko en.
cli-opt-help = Nuna wannan taimako.
cli-opt-version = Nuna sigar Carnet.

## Help: commands

cli-cmd-init = Ƙirƙiri sabuwar rajista, a kulle da kalmar sirri.
cli-cmd-passphrase = Canza kalmar sirrin rajistarku.
cli-cmd-passphrase-change = Canza kalmar sirrinku. Za ku rubuta tsohuwar, sannan sabuwar sau biyu.
cli-cmd-profile = Duba ko canza bayanan kanku: sunanku, ƙasashenku, harsunanku.
cli-cmd-profile-show = Nuna bayanan kanku.
cli-cmd-profile-set = Canza bayanan kanku. Don share wani abu, ba shi ƙima mara komai, misali --contact "".
cli-cmd-add = Ƙara shigarwa: ƙwarewa, takardar cancanta, gogewar aiki, harshe ko kwas.
cli-cmd-list = Jera shigarwarku.
cli-cmd-show = Nuna komai game da shigarwa ɗaya.
cli-cmd-edit = Canza shigarwa.
cli-cmd-rm = Share shigarwa.
cli-cmd-search = Nemi shigarwar da ke ɗauke da wasu kalmomi.
cli-cmd-detach = Cire hoto ko saƙon murya daga shigarwa. Za a share shi daga wannan na'ura ma, sai dai idan wata shigarwa tana nuna shi.
cli-cmd-attach = Ƙara hoton takarda zuwa shigarwa, misali difloma, takardar shaida ko takardar aiki. Ko ƙara saƙon murya: fayil ɗin sauti inda kuke faɗa game da ƙwarewar.
cli-cmd-export = Rubuta dukan rajistarku a matsayin fayil da wasu shirye-shirye za su iya karantawa.
cli-cmd-import = Karanta fayil ɗin fitarwa na Carnet zuwa rajistarku. Ba a share komai daga rajistarku ba.
cli-cmd-devices = Na'urorin da ke da rajistarku.
cli-cmd-devices-list = Nuna na'urorin da ke da rajistarku.
cli-cmd-devices-remove = Cire rajistarku daga na'ura, misali wayar da ta ɓace. Ba za ta iya karanta duk abin da kuka ƙara daga yanzu ba.
cli-cmd-pair = Sanya rajistarku a wata na'urarku, kamar sabuwar waya.
cli-cmd-pair-show = A na'urar da ke da rajistarku: nuna lamba don sabuwar na'urar, sannan ku ba ta izini.
cli-cmd-pair-join = A sabuwar na'ura: samu rajistarku da lambar da ɗayan na'urarku ke nunawa.
cli-cmd-sync = Aika canje-canjenku zuwa cibiyar ajiya ta cibiyar kuma ku samu canje-canjen da aka yi a sauran na'urorinku. Cibiyar ajiya tana riƙe da kwafi a kulle kawai wanda ba za ta iya karantawa ba.

## Help: what to give to the commands

cli-arg-kind = Nau'in shigarwa: skill (ƙwarewa), qualification (takardar cancanta), experience (aiki), language (harshe) ko learning (kwas).
cli-arg-title = Gajeren suna, misali "Welding" ko "Driving licence B".
cli-arg-description = Ƙarin kalmomi game da shi, idan kuna so.
cli-arg-level = Yadda kuka ƙware. Don ƙwarewa ko aiki: basic, intermediate, advanced ko expert. Don harshe: A1 (mafari) zuwa C2 (sosai). Don takardar cancanta ko kwas: matakin EQF ɗinsa, daga 1 zuwa 8.
cli-arg-eqf = Matakin EQF na difloma ko kwas, daga 1 zuwa 8, idan kun sani.
cli-arg-from = Lokacin da ya fara: shekara (2019), wata (2019-05) ko rana (2019-05-14).
cli-arg-to = Lokacin da ya ƙare, a rubuta haka nan. Ku bar shi idan yana ci gaba har yanzu.
cli-arg-organisation = Mai ɗaukar aiki, makaranta ko cibiyar horarwa.
cli-arg-place = Gari ko wuri.
cli-arg-country = Ƙasa, da haruffa biyu, misali SY, AF, DE.
cli-arg-context = Yadda kuka koya: formal (makaranta, difloma), non-formal (kwas) ko informal (ta hanyar yi).
cli-arg-written-in = Harshen da kuka rubuta wannan shigarwa, a gajeriyar lamba, misali ar ko en.
cli-arg-esco = Adireshin ESCO na ƙwarewar ko aikin, idan kun sani.
cli-arg-isco = Lambar aiki ta ISCO-08 (lambobi 1 zuwa 4), idan kun sani.
cli-arg-stage = Lokacin da wannan ke da muhimmanci a tafiyarku: recruitment, pre-departure, arrival, career ko return. Kuna iya bayar da fiye da ɗaya.

cli-arg-list-kind = Nuna shigarwa na wannan nau'i kawai: skill, qualification, experience, language ko learning.
cli-arg-list-stage = Nuna shigarwa na wannan zango kawai: recruitment, pre-departure, arrival, career ko return.

cli-arg-id = Lambar shaidar (id) shigarwar. Haruffa 4 na farko ko fiye sun isa. Don ganin lambobin shaida, rubuta: carnet list
cli-arg-set = Canji, a rubuce FIELD=VALUE, misali level=advanced. Sake bayarwa don canza ƙari. Ƙima mara komai tana share filin. Filayen su ne: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Kalmomin da za a nema.
cli-arg-evidence = Hoto ko saƙon murya da za a cire: lambar shaidarsa, kamar yadda carnet show da carnet attach ke buga ta (haruffa 8 na farko ko fiye sun isa).
cli-arg-photo = Hoto (JPEG, PNG ko WebP) ko fayil ɗin sauti (WebM, Ogg, MP4, M4A, AAC, MP3 ko WAV, har zuwa MB 5). Carnet tana duba cikin fayil ɗin don sanin wanne ne. Tana cire bayanan ɓoye, kamar wurin da aka ɗauki hoto.
cli-arg-format = Nau'in fayil. json kawai a yanzu.
cli-arg-file = Fayil ɗin fitarwa da za a karanta.

cli-arg-name = Sunanku, kamar yadda kuke so wasu su gani.
cli-arg-birth-date = Ranar haihuwarku: 1990, 1990-05 ko 1990-05-14.
cli-arg-origin = Ƙasar da kuka fito, da haruffa biyu, misali SY, AF, ER.
cli-arg-current = Ƙasar da kuke zaune yanzu, da haruffa biyu, misali DE, FR.
cli-arg-contact = Yadda mutane za su iya samun ku, misali lambar waya ko imel.
cli-arg-language = Harshen da kuka sani, a gajeriyar lamba, misali ar, fa-AF ko en. Zaɓuɓɓukan da ke ƙasa game da wannan harshe ne.
cli-arg-mother-tongue = Wannan harshe shi ne harshen uwarku.
cli-arg-not-mother-tongue = Wannan harshe ba harshen uwarku ba ne.
cli-arg-listening = Yadda kuke fahimtar mutanen da ke magana: A1 (mafari) zuwa C2 (sosai).
cli-arg-reading = Yadda kuke karatu: A1 zuwa C2.
cli-arg-spoken-interaction = Yadda kuke shiga tattaunawa: A1 zuwa C2.
cli-arg-spoken-production = Yadda kuke magana da kanku: A1 zuwa C2.
cli-arg-writing = Yadda kuke rubutu: A1 zuwa C2.
cli-arg-remove-language = Cire harshe daga bayanan kanku.
cli-arg-hub = Adireshin cibiyar ajiya ta cibiyar, misali http://192.168.1.10:8470. Carnet tana tuna shi.
cli-arg-device-id = Lambar shaidar na'urar, kamar yadda aka nuna ta: carnet devices list (haruffa 4 na farko ko fiye sun isa).
cli-arg-pair-approve = Ba sabuwar na'urar izini ba tare da tambaya ba, idan ta nuna wannan lambar (don masu taimako da rubutattun umarni).
cli-arg-pair-code = Lambar da ɗayan na'urarku ke nunawa. Tana farawa da CNP1:
cli-arg-pair-name = Suna don wannan na'ura, don ku gane ta a ɗayar (misali "Wayar Amal").
cli-arg-sync-status = Nuna kawai lokacin da kuka daidaita na ƙarshe da canje-canje nawa ke jira. Ba a aika komai ba.
cli-arg-sync-watch = Ci gaba da daidaitawa. Idan ba a iya isa cibiyar ajiya ba, a sake gwadawa daga baya, ana jira tsawon lokaci kowane lokaci.
cli-arg-sync-every = Tare da --watch: daƙiƙa nawa za a jira tsakanin daidaitawa (300 idan ba a bayar ba).

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

cli-passphrase-new-intro = Zaɓi kalmar sirri mai aƙalla haruffa { $min }. Kuna buƙatar ta duk lokacin da kuka buɗe rajistarku. Babu wanda zai iya dawo muku da ita.
cli-passphrase-prompt = Kalmar sirri:
cli-passphrase-new-prompt = Sabuwar kalmar sirri:
cli-passphrase-repeat-prompt = Sake rubuta sabuwar kalmar sirri:
cli-passphrase-changed = An canza kalmar sirrinku. Yi amfani da sabuwar daga yanzu.

## Answers

cli-init-done = Rajistarku ta shirya. Tana cikin wannan babban fayil: { $dir }
cli-init-next = Ku kiyaye kalmar sirrinku. Ba tare da ita ba, babu wanda zai iya buɗe rajistarku, har ku ma. Na gaba, ƙara abin da kuke iya yi, misali: carnet add skill --title "Cooking"

cli-list-empty = Rajistarku ba ta da shigarwa tukuna. Don ƙara ɗaya, rubuta: carnet add skill --title "Cooking"
cli-list-none-match = Babu shigarwar da ta dace da abin da kuka roƙa.
cli-search-none = Babu shigarwar da ke da waɗannan kalmomi. Gwada wasu kalmomi, ko rubuta: carnet list

cli-edit-saved = An ajiye canjinku.
cli-rm-done = An share: { $title }
cli-detached = An cire hoton ko saƙon muryar daga shigarwar.

cli-profile-saved = An ajiye bayanan kanku.
cli-profile-empty = Bayanan kanku babu komai. Don ƙara sunanku, rubuta: carnet profile set --name "Sunanku"

cli-import-added = { $count ->
    [one] An ƙara shigarwa 1.
   *[other] An ƙara shigarwa { $count }.
}
cli-import-updated = { $count ->
    [one] An sabunta shigarwa 1.
   *[other] An sabunta shigarwa { $count }.
}
cli-import-unchanged = { $count ->
    [one] Shigarwa 1 ta riga ta yi daidai.
   *[other] Shigarwa { $count } sun riga sun yi daidai.
}
cli-import-profile-updated = An sabunta bayanan kanku ma.
cli-import-missing-photos = { $count ->
    [one] Hoto 1 ba ya kan wannan na'ura. Fayilolin fitarwa ba sa ɗauke da hotuna. Sake ƙara shi da: carnet attach
   *[other] Hotuna { $count } ba sa kan wannan na'ura. Fayilolin fitarwa ba sa ɗauke da hotuna. Sake ƙara su da: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Lambar shaida
cli-show-kind = Nau'i
cli-show-added = An ƙara
cli-show-changed = An canza
cli-show-evidence = Hotuna da saƙonnin murya
cli-show-photo = { $sha }  { $width } × { $height } pixel, KB { $kilobytes }
cli-show-photo-missing = { $sha }  { $width } × { $height } pixel, ba ya kan wannan na'ura
cli-show-voice = { $sha }  saƙon murya, KB { $kilobytes }
cli-show-voice-missing = { $sha }  saƙon murya, ba ya kan wannan na'ura
cli-show-conflicts = Wata na'ura ma ta rubuta:
cli-show-conflicts-hint = Don riƙe ɗaya daga cikinsu, rubuta: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Take
cli-field-description = Bayani
cli-field-written-in = An rubuta a
cli-field-esco = ESCO
cli-field-isco = Lambar aiki ISCO-08
cli-field-level = Mataki
cli-field-eqf = Matakin EQF
cli-field-organisation = Ƙungiya
cli-field-place = Wuri
cli-field-country = Ƙasa
cli-field-from = Daga
cli-field-to = Zuwa
cli-field-context = Yadda kuka koya
cli-field-stages = Zangogi

cli-kind-skill = ƙwarewa
cli-kind-qualification = takardar cancanta
cli-kind-experience = gogewa
cli-kind-language = harshe
cli-kind-learning = koyo

cli-context-formal = na hukuma (makaranta, difloma)
cli-context-non-formal = ba na hukuma ba (kwas)
cli-context-informal = ta aiki (ta hanyar yi)

cli-stage-recruitment = ɗaukar aiki
cli-stage-pre-departure = kafin tafiya
cli-stage-arrival = isowa
cli-stage-career = aiki
cli-stage-return = dawowa

cli-proficiency-basic = na farko
cli-proficiency-intermediate = na tsakiya
cli-proficiency-advanced = na gaba
cli-proficiency-expert = ƙwararre

cli-level-eqf = Matakin EQF { $level }

cli-profile-name = Suna
cli-profile-birth-date = Ranar haihuwa
cli-profile-origin = Ya fito daga
cli-profile-current = Yana zaune a
cli-profile-contact = Tuntuɓa
cli-profile-languages = Harsuna
cli-profile-mother-tongue = { $language } (harshen uwa)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = sauraro { $level }
cli-cefr-reading = karatu { $level }
cli-cefr-spoken-interaction = tattaunawa da wasu { $level }
cli-cefr-spoken-production = magana { $level }
cli-cefr-writing = rubutu { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet ba ta san “{ $arg }” a nan ba.
cli-error-unknown-command = Babu umarnin “{ $command }”.
cli-error-invalid-value = Ba za a iya amfani da “{ $value }” don { $arg } ba.
cli-error-missing-value = { $arg } yana buƙatar ƙima bayansa.
cli-error-valid-values = Kuna iya amfani da: { $values }
cli-error-missing-argument = Akwai abin da ya ɓace: { $arg }
cli-error-missing-command = Faɗi abin da Carnet za ta yi bayan “{ $command }”.
cli-error-valid-commands = Umarnin su ne: { $commands }
cli-error-conflict = Ba za a iya amfani da { $arg } tare da { $other } ba.
cli-error-no-equals = Rubuta { $arg } da alamar daidai (=) da ƙimar nan take bayanta.
cli-error-too-many-values = { $arg } yana ɗaukar ƙimomi ƙasa da haka. “{ $value }” ya wuce.
cli-error-wrong-number-of-values = { $arg } yana da adadin ƙimomi mara daidai.
cli-error-invalid-utf8 = Carnet ba za ta iya karanta wasu haruffan da kuka rubuta ba. Sake rubuta su.
cli-error-did-you-mean = Kuna nufin { $suggestion }?
cli-error-usage = Carnet ba ta fahimci wannan umarni ba.
cli-error-usage-hint = Rubuta { $command } --help don ganin abin da za ku iya rubutawa.
cli-error-set-format = “{ $value }” ba canji ba ne. Rubuta FIELD=VALUE, misali --set level=advanced
cli-error-nothing-to-change = Babu abin da za a canza. Bayar da aƙalla zaɓi ɗaya, misali --name "Sunanku".

cli-error-passphrase-unavailable = Carnet tana buƙatar kalmar sirri amma ba za ta iya tambaya a nan ba. Gudanar da Carnet a tashar umarni (terminal), ko saita { $variable }.
cli-error-passphrase-mismatch = Kalmomin sirri biyun ba ɗaya ba ne. Ba a canza komai ba. Don Allah ku sake gwadawa.
cli-error-read-file = Carnet ba za ta iya karanta fayil ɗin { $path } ba. Duba sunan fayil ɗin da babban fayil ɗin, sannan ku sake gwadawa.
cli-error-no-data-dir = Carnet ba za ta iya samun babban fayil don rajistarku ba. Zaɓi ɗaya da --data-dir, misali --data-dir ./carnet
cli-error-output = Carnet ba ta iya rubuta amsarta ba. Ku tabbatar faifan bai cika ba, sannan ku sake gwadawa.
cli-error-details = Bayani don mai taimako: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Don ƙirƙirar ɗaya, rubuta: carnet init
cli-hint-already-exists = Don ganin abin da ke ciki, rubuta: carnet list. Don rajista ta biyu, zaɓi wani babban fayil da --data-dir.
cli-hint-not-found = Don ganin lambobin shaida, rubuta: carnet list
cli-hint-ambiguous-id = Don ganin lambobin shaida, rubuta: carnet list
cli-hint-import-format = Zaɓi fayil da aka yi da: carnet export --format json
cli-hint-invalid-field = Don jerin filaye, rubuta: carnet edit --help

## carnet sync

cli-sync-phase-sending = Ana aikawa
cli-sync-phase-receiving = Ana karɓa
cli-sync-phase-photos = Hotuna
cli-sync-done = An daidaita da { $hub }.
cli-sync-changes = { $sent ->
    [one] an aika canji 1
   *[other] an aika canje-canje { $sent }
}, { $received ->
    [one] an karɓi canji 1.
   *[other] an karɓi canje-canje { $received }.
}
cli-sync-photos = { $sent ->
    [one] an aika hoto 1
   *[other] an aika hotuna { $sent }
}, { $received ->
    [one] an karɓi hoto 1.
   *[other] an karɓi hotuna { $received }.
}
cli-sync-bytes = Bayanan da aka yi amfani da su: KB { $up } sama, KB { $down } ƙasa.
cli-sync-retry = Za a sake gwadawa bayan { $seconds ->
    [one] daƙiƙa 1.
   *[other] daƙiƙoƙi { $seconds }.
}
cli-sync-status-hub = Cibiyar ajiya: { $hub }
cli-sync-status-last = Daidaitawa ta ƙarshe: { $when }
cli-sync-status-pending = { $count ->
    [0] Babu canje-canjen da ke jira.
    [one] Canji 1 yana jiran a aika.
   *[other] Canje-canje { $count } suna jiran a aika.
}
cli-sync-no-hub = babu tukuna
cli-sync-never = ba a taɓa ba
cli-hint-sync-no-hub = Don saita shi, rubuta: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = An adana canje-canjenku. Don sake gwadawa daga baya, rubuta: carnet sync

## carnet pair

cli-pair-show-scan = Duba wannan lambar da sabuwar na'urarku, ko ku rubuta rubutun da ke ƙasa a can.
cli-pair-show-expires = Lambar tana aiki na mintuna 10.
cli-pair-show-request = Na'urar “{ $name }” tana son rajistarku. Lambarta ita ce { $fingerprint }.
cli-pair-show-ask = Shin sabuwar na'urarku tana nuna wannan lambar? Rubuta ee (ko yes) don ba da izini, ko a'a.
cli-pair-yes = ee
cli-pair-show-approved = “{ $name }” yanzu tana da rajistarku.
cli-pair-show-refused = Kun ce a'a. “{ $name }” ba ta samu komai ba.
cli-pair-default-name = Sabuwar na'ura
cli-pair-join-check = Ɗayan na'urarku dole ta nuna wannan lambar: { $fingerprint }. Ku ba da izini a can.
cli-pair-join-done = { $count ->
    [one] Wannan na'ura yanzu tana da rajistarku, da shigarwa 1.
   *[other] Wannan na'ura yanzu tana da rajistarku, da shigarwa { $count }.
}

## carnet devices

cli-devices-none = Har yanzu babu na'urar da ta daidaita wannan rajista.
cli-devices-line = { $id }  { $name }  (tun { $added })
cli-devices-this = ← wannan na'ura
cli-devices-removed = (an cire { $when })
cli-devices-removed-done = An cire “{ $name }”. Rajistarku yanzu tana da sabon maɓalli, wanda waccan na'urar ba ta da shi.
cli-devices-new-sheet = Takardar maidowarku tana da tsohon maɓalli. Buga sabuwa yanzu kuma ku lalata tsohuwar: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Buga takardar maidowa: da ita da kalmar sirrinku, za ku iya dawo da rajistarku a sabuwar waya idan kuka rasa wannan.
cli-cmd-recover = A sabuwar na'ura: dawo da rajistarku da takardar maidowarku da kalmar sirrinku.
cli-arg-recovery-out = Fayil ɗin da za a rubuta takardar a ciki. Dole ya ƙare da .png ko .pdf.
cli-arg-recover-sheet = Hoto ko sikan na takardar maidowarku (PNG ko JPEG). Carnet tana karanta lambarta ta murabba'i.
cli-arg-recover-words = Kalmomi 12 na takardar maidowarku, bisa tsari, cikin alamar ambato. Bayar da --hub ma.
cli-arg-recover-hub = Adireshin cibiyar ajiya da aka buga a takardar maidowarku, misali http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet za ta iya rubuta takardar a matsayin fayil .png ko .pdf, ba a matsayin “{ $path }” ba.
cli-recovery-sheet-done = Takardar maidowarku tana cikin { $path }. Ku buga ta kuma ku ajiye takardar a wuri mai aminci, nesa da wayarku.
cli-recovery-sheet-english = Takardar a Turanci take: Carnet ba za ta iya rubuta haruffan harshenku daidai a kanta ba tukuna.
cli-recovery-sheet-replaced = Duk takardar da kuka buga a baya ba ta aiki yanzu. Ku lalata ta.
cli-recover-done = { $count ->
    [one] Rajistarku ta dawo a wannan na'ura: shigarwa { $count }.
   *[other] Rajistarku ta dawo a wannan na'ura: shigarwa { $count }.
}
cli-passphrase-sheet-updated = Takardar maidowarku tana aiki har yanzu, da sabuwar kalmar sirrinku.
cli-passphrase-sheet-not-updated = Ba a iya sabunta takardar maidowarku a cibiyar ajiya ba. Har sai kun buga sabuwa, tana buƙatar tsohuwar kalmar sirrinku. Buga sabuwar takarda idan kuna da haɗi: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Takardar maidowa ta Carnet
cli-sheet-made = An yi a { $date }
cli-sheet-hub = Cibiyar ajiya: { $hub }
cli-sheet-words = Kalmominku 12
cli-sheet-instructions =
    Ku ajiye wannan takarda lafiya. Da ita da kalmar sirrinku za ku iya dawo da rajistarku a sabuwar waya:
    1. Sanya Carnet a sabuwar wayar ku zaɓi dawo da rajista.
    2. Duba lambar murabba'i, ko ku rubuta kalmomi 12 da adireshin cibiyar ajiya.
    3. Rubuta kalmar sirrinku. Rajistar za ta dawo daga cibiyar ajiya.
    A kwamfuta: carnet recover --sheet photo.jpg
cli-sheet-warning = Wannan takarda ita kaɗai ba ta buɗe rajistarku: ana buƙatar kalmar sirrinku ma. Kada ku ajiye su tare. Idan kuka buga sabuwar takarda, wannan ta daina aiki.
