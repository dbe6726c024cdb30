# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Akkaataa itti barreeffamu:
cli-help-commands = Ajajawwan:
cli-help-arguments = Waan kennitan:
cli-help-options = Filannoowwan:
cli-help-examples = Fakkeenyota:

## Help: the whole program

cli-about = Carnet waan gochuu dandeessan galmeessa: dandeettiiwwan, hojii, afaanota, dippiloomaa fi koorsiiwwan. Galmeen meeshaa keessan irra tura, jecha icciitii keessaniin cufamee.

cli-examples =
    Galmee jalqabuuf:          carnet init
    Dandeettii ida'uuf:        carnet add skill --title "Welding" --level advanced
    Barreeffamoota ilaaluuf:   carnet list
    Barreeffama tokko ilaaluuf: carnet show 3f2a
    Gargaarsa ajaja tokkoof:   carnet add --help

cli-opt-data-dir = Foldara galmeen keessan keessatti kuufamu. CARNET_DATA_DIR qindeessuus ni dandeessu.
cli-opt-json = JSON tiin deebisi, sagantaalee biroof.
cli-opt-lang = Afaan ergaalee Carnet, fakkeenyaaf ar, fa, fr, uk ykn en.
cli-opt-help = Gargaarsa kana agarsiisi.
cli-opt-version = Gosa (version) Carnet agarsiisi.

## Help: commands

cli-cmd-init = Galmee haaraa jecha icciitiin cufame uumaa.
cli-cmd-passphrase = Jecha icciitii galmee keessanii jijjiiraa.
cli-cmd-passphrase-change = Jecha icciitii keessan jijjiiraa. Isa durii barreessitu, achiis isa haaraa si'a lama.
cli-cmd-profile = Ibsa dhuunfaa keessan ilaalaa ykn jijjiiraa: maqaa, biyyoota, afaanota keessan.
cli-cmd-profile-show = Ibsa dhuunfaa keessan agarsiisaa.
cli-cmd-profile-set = Ibsa dhuunfaa keessan jijjiiraa. Waan tokko haquuf, gatii duwwaa kennaaf, fakkeenyaaf --contact "".
cli-cmd-add = Barreeffama ida'aa: dandeettii, ragaa barnootaa, muuxannoo hojii, afaan ykn koorsii.
cli-cmd-list = Barreeffamoota keessan tarreessaa.
cli-cmd-show = Waa'ee barreeffama tokkoo hunda agarsiisaa.
cli-cmd-edit = Barreeffama jijjiiraa.
cli-cmd-rm = Barreeffama haqaa.
cli-cmd-search = Barreeffamoota jechoota tokko tokko qaban barbaadaa.
cli-cmd-detach = Suuraa ykn ergaa sagalee barreeffama irraa fuudhaa. Yoo barreeffamni biraa hin agarsiifne, meeshaa kana irraas ni haqama.
cli-cmd-attach = Suuraa waraqaa barreeffamatti ida'aa, fakkeenyaaf dippiloomaa, waraqaa ragaa ykn waraqaa hojii. Ykn ergaa sagalee ida'aa: faayilii sagalee waa'ee dandeettii sanaa itti himtan.
cli-cmd-export = Galmee keessan guutuu akka faayilii sagantaaleen biroo dubbisuu danda'aniitti barreessaa.
cli-cmd-import = Faayilii baasii Carnet galmee keessanitti galchaa. Galmee keessan irraa wanti haqamu hin jiru.
cli-cmd-devices = Meeshaalee galmee keessan qaban.
cli-cmd-devices-list = Meeshaalee galmee keessan qaban agarsiisaa.
cli-cmd-devices-remove = Galmee keessan meeshaa tokko irraa fuudhaa, fakkeenyaaf bilbila bade irraa. Waan isin amma booda ida'attan dubbisuu hin danda'u.
cli-cmd-pair = Galmee keessan meeshaa keessan biraa irratti kaa'aa, fakkeenyaaf bilbila haaraa.
cli-cmd-pair-show = Meeshaa galmee keessan qabu irratti: meeshaa haaraaf koodii agarsiisaa, achiis hayyamaaf.
cli-cmd-pair-join = Meeshaa haaraa irratti: koodii meeshaan keessan biraa agarsiisuun galmee keessan argadhaa.
cli-cmd-sync = Jijjiiramoota keessan gara kuusaa giddugalaa giddugalichaatti ergaa, jijjiiramoota meeshaalee keessan biroo irratti godhamanis argadhaa. Kuusaan giddugalaa garagalcha cufame kan dubbisuu hin dandeenye qofa qabata.

## Help: what to give to the commands

cli-arg-kind = Gosa barreeffamaa: skill (dandeettii), qualification (ragaa barnootaa), experience (hojii), language (afaan) ykn learning (koorsii).
cli-arg-title = Maqaa gabaabaa, fakkeenyaaf "Welding" ykn "Driving licence B".
cli-arg-description = Jechoota dabalataa waa'ee isaa, yoo barbaaddan.
cli-arg-level = Hammam akka beektan. Dandeettii ykn hojiif: basic, intermediate, advanced ykn expert. Afaaniif: A1 (jalqabaa) hanga C2 (baay'ee gaarii). Ragaa barnootaa ykn koorsiif: sadarkaa EQF isaa, 1 hanga 8.
cli-arg-eqf = Sadarkaa EQF dippiloomaa ykn koorsii, 1 hanga 8, yoo beektan.
cli-arg-from = Yeroo jalqabe: waggaa (2019), ji'a (2019-05) ykn guyyaa (2019-05-14).
cli-arg-to = Yeroo xumurame, haala walfakkaatuun barreeffame. Yoo ammas itti fufe dhiisaa.
cli-arg-organisation = Hojjechiisaa, mana barumsaa ykn giddugala leenjii.
cli-arg-place = Magaalaa ykn bakka.
cli-arg-country = Biyya, qubee lamaan, fakkeenyaaf SY, AF, DE.
cli-arg-context = Akkaataa itti baratan: formal (mana barumsaa, dippiloomaa), non-formal (koorsii) ykn informal (hojjechuun).
cli-arg-written-in = Afaan barreeffama kana ittiin barreessitan, koodii gabaabaan, fakkeenyaaf ar ykn en.
cli-arg-esco = Teessoo ESCO dandeettii ykn hojii, yoo beektan.
cli-arg-isco = Koodii hojii ISCO-08 (lakkoofsa 1 hanga 4), yoo beektan.
cli-arg-stage = Imala keessan keessatti yeroo kun barbaachisu: recruitment, pre-departure, arrival, career ykn return. Tokkoo ol kennuu ni dandeessu.

cli-arg-list-kind = Barreeffamoota gosa kanaa qofa agarsiisaa: skill, qualification, experience, language ykn learning.
cli-arg-list-stage = Barreeffamoota marsaa kanaaf qofa agarsiisaa: recruitment, pre-departure, arrival, career ykn return.

cli-arg-id = Eenyummeessaa (id) barreeffamaa. Qubeewwan 4 jalqabaa ykn isaa ol ga'aa dha. Eenyummeessitoota ilaaluuf barreessaa: carnet list
cli-arg-set = Jijjiirama, akka FIELD=VALUE tti barreeffame, fakkeenyaaf level=advanced. Dabalataan jijjiiruuf irra deebitanii kennaa. Gatiin duwwaan dirree sana qulqulleessa. Dirreewwan: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Jechoota barbaadamu.
cli-arg-evidence = Suuraa ykn ergaa sagalee fuudhamu: eenyummeessaa isaa, akka carnet show fi carnet attach agarsiisanitti (qubeewwan 8 jalqabaa ykn isaa ol ga'aa dha).
cli-arg-photo = Suuraa (JPEG, PNG ykn WebP) ykn faayilii sagalee (WebM, Ogg, MP4, M4A, AAC, MP3 ykn WAV, hanga 5 MB). Carnet isa kam akka ta'e beekuuf faayilii keessa ilaala. Odeeffannoo dhokataa ni haqa, fakkeenyaaf bakka suuraan itti kaafame.
cli-arg-format = Gosa faayilii. Ammaaf json qofa.
cli-arg-file = Faayilii baasii dubbifamu.

cli-arg-name = Maqaa keessan, akka warri biroo argan barbaaddanitti.
cli-arg-birth-date = Guyyaa dhalootaa keessan: 1990, 1990-05 ykn 1990-05-14.
cli-arg-origin = Biyya irraa dhuftan, qubee lamaan, fakkeenyaaf SY, AF, ER.
cli-arg-current = Biyya amma keessa jiraattan, qubee lamaan, fakkeenyaaf DE, FR.
cli-arg-contact = Akkaataa namoonni isin argachuu danda'an, fakkeenyaaf lakkoofsa bilbilaa ykn imeelii.
cli-arg-language = Afaan beektan, koodii gabaabaan, fakkeenyaaf ar, fa-AF ykn en. Filannoowwan armaan gadii waa'ee afaan kanaati.
cli-arg-mother-tongue = Afaan kun afaan haadhaa keessani.
cli-arg-not-mother-tongue = Afaan kun afaan haadhaa keessan miti.
cli-arg-listening = Namoota dubbatan hammam akka hubattan: A1 (jalqabaa) hanga C2 (baay'ee gaarii).
cli-arg-reading = Hammam akka dubbiftan: A1 hanga C2.
cli-arg-spoken-interaction = Haasaa keessatti hammam akka hirmaattan: A1 hanga C2.
cli-arg-spoken-production = Ofiin hammam akka dubbattan: A1 hanga C2.
cli-arg-writing = Hammam akka barreessitan: A1 hanga C2.
cli-arg-remove-language = Afaan tokko ibsa dhuunfaa keessan irraa fuudhaa.
cli-arg-hub = Teessoo kuusaa giddugalaa giddugalichaa, fakkeenyaaf http://192.168.1.10:8470. Carnet ni yaadata.
cli-arg-device-id = Eenyummeessaa meeshaa, akka carnet devices list agarsiisutti (qubeewwan 4 jalqabaa ykn isaa ol ga'aa dha).
cli-arg-pair-approve = Yoo koodii kana agarsiise, meeshaa haaraa osoo hin gaafatin hayyamaa (gargaartotaa fi iskiriptiiwwaniif).
cli-arg-pair-code = Koodii meeshaan keessan biraa agarsiisu. CNP1: n jalqaba
cli-arg-pair-name = Maqaa meeshaa kanaa, isa kaan irratti akka beektaniif (fakkeenyaaf "Bilbila Amaal").
cli-arg-sync-status = Yeroo walsimsiiftan dhumaa fi jijjiiramoota meeqa akka eegaa jiran qofa agarsiisaa. Wanti ergamu hin jiru.
cli-arg-sync-watch = Walsimsiisuu itti fufaa. Yoo kuusaan giddugalaa hin argamne, booda irra deebitanii yaalaa, yeroo hunda dheeressitanii eegaa.
cli-arg-sync-every = --watch waliin: walsimsiisota gidduu sekondii meeqa akka eegamu (yoo hin kennamne 300).

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

cli-passphrase-new-intro = Jecha icciitii yoo xiqqaate qubee { $min } qabu filadhaa. Yeroo galmee keessan bantan hunda isin barbaachisa. Namni tokkollee isiniif deebisuu hin danda'u.
cli-passphrase-prompt = Jecha icciitii:
cli-passphrase-new-prompt = Jecha icciitii haaraa:
cli-passphrase-repeat-prompt = Jecha icciitii haaraa irra deebitanii barreessaa:
cli-passphrase-changed = Jechi icciitii keessanii jijjiirameera. Amma booda isa haaraa fayyadamaa.

## Answers

cli-init-done = Galmeen keessan qophaa'eera. Foldara kana keessa jira: { $dir }
cli-init-next = Jecha icciitii keessanii nageenyaan eegaa. Isa malee namni tokkollee galmee keessan banuu hin danda'u, isinillee. Itti aansuun waan gochuu dandeessan ida'aa, fakkeenyaaf: carnet add skill --title "Cooking"

cli-list-empty = Galmeen keessan ammaaf barreeffama hin qabu. Tokko ida'uuf barreessaa: carnet add skill --title "Cooking"
cli-list-none-match = Barreeffamni waan gaafattan waliin walsimu hin jiru.
cli-search-none = Barreeffamni jechoota kana qabu hin jiru. Jechoota biroo yaalaa, ykn barreessaa: carnet list

cli-edit-saved = Jijjiiramni keessan kuufameera.
cli-rm-done = Haqameera: { $title }
cli-detached = Suuraan ykn ergaan sagalee barreeffama irraa fuudhameera.

cli-profile-saved = Ibsi dhuunfaa keessanii kuufameera.
cli-profile-empty = Ibsi dhuunfaa keessanii duwwaadha. Maqaa keessan ida'uuf barreessaa: carnet profile set --name "Maqaa keessan"

cli-import-added = { $count ->
    [one] Barreeffamni 1 ida'ame.
   *[other] Barreeffamoonni { $count } ida'aman.
}
cli-import-updated = { $count ->
    [one] Barreeffamni 1 haaromfame.
   *[other] Barreeffamoonni { $count } haaromfaman.
}
cli-import-unchanged = { $count ->
    [one] Barreeffamni 1 duraanuu walfakkaata ture.
   *[other] Barreeffamoonni { $count } duraanuu walfakkaatu turan.
}
cli-import-profile-updated = Ibsi dhuunfaa keessaniis haaromfameera.
cli-import-missing-photos = { $count ->
    [one] Suuraan 1 meeshaa kana irra hin jiru. Faayiliiwwan baasii suuraa hin qaban. Kanaan irra deebitanii ida'aa: carnet attach
   *[other] Suuraaleen { $count } meeshaa kana irra hin jiran. Faayiliiwwan baasii suuraa hin qaban. Kanaan irra deebitanii ida'aa: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Eenyummeessaa
cli-show-kind = Gosa
cli-show-added = Kan ida'ame
cli-show-changed = Kan jijjiirame
cli-show-evidence = Suuraalee fi ergaa sagalee
cli-show-photo = { $sha }  { $width } × { $height } piksela, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } piksela, meeshaa kana irra hin jiru
cli-show-voice = { $sha }  ergaa sagalee, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ergaa sagalee, meeshaa kana irra hin jiru
cli-show-conflicts = Meeshaan biraas barreesseera:
cli-show-conflicts-hint = Isaan keessaa tokko kuusuuf barreessaa: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Mata duree
cli-field-description = Ibsa
cli-field-written-in = Afaan ittiin barreeffame
cli-field-esco = ESCO
cli-field-isco = Koodii hojii ISCO-08
cli-field-level = Sadarkaa
cli-field-eqf = Sadarkaa EQF
cli-field-organisation = Dhaabbata
cli-field-place = Bakka
cli-field-country = Biyya
cli-field-from = Irraa
cli-field-to = Hanga
cli-field-context = Akkaataa itti baratan
cli-field-stages = Marsaalee

cli-kind-skill = dandeettii
cli-kind-qualification = ragaa barnootaa
cli-kind-experience = muuxannoo
cli-kind-language = afaan
cli-kind-learning = barumsa

cli-context-formal = idilee (mana barumsaa, dippiloomaa)
cli-context-non-formal = idilee kan hin taane (koorsii)
cli-context-informal = hojiin (hojjechuun)

cli-stage-recruitment = qacarrii
cli-stage-pre-departure = deemuun dura
cli-stage-arrival = gahuu
cli-stage-career = hojii
cli-stage-return = deebi'uu

cli-proficiency-basic = bu'uuraa
cli-proficiency-intermediate = giddugaleessa
cli-proficiency-advanced = ol'aanaa
cli-proficiency-expert = ogeessa

cli-level-eqf = Sadarkaa EQF { $level }

cli-profile-name = Maqaa
cli-profile-birth-date = Guyyaa dhalootaa
cli-profile-origin = Kan dhufe
cli-profile-current = Kan jiraatu
cli-profile-contact = Quunnamtii
cli-profile-languages = Afaanota
cli-profile-mother-tongue = { $language } (afaan haadhaa)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = dhaggeeffachuu { $level }
cli-cefr-reading = dubbisuu { $level }
cli-cefr-spoken-interaction = namoota biroo waliin haasa'uu { $level }
cli-cefr-spoken-production = dubbachuu { $level }
cli-cefr-writing = barreessuu { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet asitti “{ $arg }” hin beeku.
cli-error-unknown-command = Ajajni “{ $command }” jedhamu hin jiru.
cli-error-invalid-value = “{ $value }” { $arg }f fayyadamuun hin danda'amu.
cli-error-missing-value = { $arg } gatii booda isaa barbaada.
cli-error-valid-values = Kanneen fayyadamuu dandeessan: { $values }
cli-error-missing-argument = Wanti tokko hir'ateera: { $arg }
cli-error-missing-command = “{ $command }” booda Carnet maal akka godhu himaa.
cli-error-valid-commands = Ajajawwan: { $commands }
cli-error-conflict = { $arg } { $other } waliin fayyadamuun hin danda'amu.
cli-error-no-equals = { $arg } mallattoo walqixxummaa (=) fi gatii battaluma booda isaa jiruun barreessaa.
cli-error-too-many-values = { $arg } gatii muraasa fudhata. “{ $value }” tokko dabalataadha.
cli-error-wrong-number-of-values = { $arg } baay'ina gatii dogoggoraa qaba.
cli-error-invalid-utf8 = Carnet qubeewwan barreessitan keessaa tokko tokko dubbisuu hin danda'u. Irra deebitanii barreessaa.
cli-error-did-you-mean = { $suggestion } jechuu keessanii?
cli-error-usage = Carnet ajaja kana hin hubanne.
cli-error-usage-hint = Waan barreessuu dandeessan ilaaluuf { $command } --help barreessaa.
cli-error-set-format = “{ $value }” jijjiirama miti. FIELD=VALUE barreessaa, fakkeenyaaf --set level=advanced
cli-error-nothing-to-change = Wanti jijjiiramu hin jiru. Yoo xiqqaate filannoo tokko kennaa, fakkeenyaaf --name "Maqaa keessan".

cli-error-passphrase-unavailable = Carnet jecha icciitii barbaada garuu asitti gaafachuu hin danda'u. Carnet terminaala keessatti hojjechiisaa, ykn { $variable } qindeessaa.
cli-error-passphrase-mismatch = Jechoonni icciitii lamaan tokko miti. Wanti jijjiirame hin jiru. Maaloo irra deebitanii yaalaa.
cli-error-read-file = Carnet faayilii { $path } dubbisuu hin danda'u. Maqaa faayilii fi foldara mirkaneessaa, achiis irra deebitanii yaalaa.
cli-error-no-data-dir = Carnet galmee keessaniif foldara argachuu hin danda'u. --data-dir tiin tokko filadhaa, fakkeenyaaf --data-dir ./carnet
cli-error-output = Carnet deebii isaa barreessuu hin dandeenye. Diskiin guutuu dhabuu isaa mirkaneessaa, achiis irra deebitanii yaalaa.
cli-error-details = Odeeffannoo gargaaraaf: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Tokko uumuuf barreessaa: carnet init
cli-hint-already-exists = Waan keessa jiru ilaaluuf barreessaa: carnet list. Galmee lammaffaaf, --data-dir tiin foldara biraa filadhaa.
cli-hint-not-found = Eenyummeessitoota ilaaluuf barreessaa: carnet list
cli-hint-ambiguous-id = Eenyummeessitoota ilaaluuf barreessaa: carnet list
cli-hint-import-format = Faayilii kanaan hojjetame filadhaa: carnet export --format json
cli-hint-invalid-field = Tarree dirreewwanii ilaaluuf barreessaa: carnet edit --help

## carnet sync

cli-sync-phase-sending = Ergaa jira
cli-sync-phase-receiving = Fudhachaa jira
cli-sync-phase-photos = Suuraalee
cli-sync-done = { $hub } waliin walsimeera.
cli-sync-changes = { $sent ->
    [one] jijjiiramni 1 ergame
   *[other] jijjiiramoonni { $sent } ergaman
}, { $received ->
    [one] jijjiiramni 1 fudhatame.
   *[other] jijjiiramoonni { $received } fudhataman.
}
cli-sync-photos = { $sent ->
    [one] suuraan 1 ergame
   *[other] suuraaleen { $sent } ergaman
}, { $received ->
    [one] suuraan 1 fudhatame.
   *[other] suuraaleen { $received } fudhataman.
}
cli-sync-bytes = Daataa fayyadame: { $up } KB ol, { $down } KB gadi.
cli-sync-retry = { $seconds ->
    [one] Sekondii 1 keessatti irra deebi'ee yaala.
   *[other] Sekondii { $seconds } keessatti irra deebi'ee yaala.
}
cli-sync-status-hub = Kuusaa giddugalaa: { $hub }
cli-sync-status-last = Walsimsiisa dhumaa: { $when }
cli-sync-status-pending = { $count ->
    [0] Jijjiiramni eegaa jiru hin jiru.
    [one] Jijjiiramni 1 ergamuuf eegaa jira.
   *[other] Jijjiiramoonni { $count } ergamuuf eegaa jiru.
}
cli-sync-no-hub = ammaaf hin jiru
cli-sync-never = gonkumaa
cli-hint-sync-no-hub = Qindeessuuf barreessaa: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Jijjiiramoonni keessan kuufamaniiru. Booda irra deebitanii yaaluuf barreessaa: carnet sync

## carnet pair

cli-pair-show-scan = Koodii kana meeshaa keessan haaraan iskaan godhaa, ykn barreeffama jala isaa jiru achitti barreessaa.
cli-pair-show-expires = Koodiin daqiiqaa 10f hojjeta.
cli-pair-show-request = Meeshaan “{ $name }” galmee keessan barbaada. Koodiin isaa { $fingerprint } dha.
cli-pair-show-ask = Meeshaan keessan haaraan koodii walfakkaataa agarsiisaa? Hayyamuuf eeyyee (ykn yes) barreessaa, ykn lakki.
cli-pair-yes = eeyyee
cli-pair-show-approved = “{ $name }” amma galmee keessan qaba.
cli-pair-show-refused = Lakki jettaniittu. “{ $name }” homaa hin arganne.
cli-pair-default-name = Meeshaa haaraa
cli-pair-join-check = Meeshaan keessan biraa koodii kana agarsiisuu qaba: { $fingerprint }. Achitti hayyamaa.
cli-pair-join-done = { $count ->
    [one] Meeshaan kun amma galmee keessan qaba, barreeffama 1 waliin.
   *[other] Meeshaan kun amma galmee keessan qaba, barreeffamoota { $count } waliin.
}

## carnet devices

cli-devices-none = Hanga ammaatti meeshaan galmee kana walsimsiise hin jiru.
cli-devices-line = { $id }  { $name }  ({ $added } irraa kaasee)
cli-devices-this = ← meeshaa kana
cli-devices-removed = ({ $when } haqame)
cli-devices-removed-done = “{ $name }” haqameera. Galmeen keessan amma furtuu haaraa qaba, meeshaan sun garuu hin qabu.
cli-devices-new-sheet = Waraqaan deebisuu keessanii furtuu durii qaba. Amma haaraa maxxansaa, kan duriis balleessaa: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Waraqaa deebisuu maxxansaa: isaa fi jecha icciitii keessaniin, yoo bilbila kana dhabdan galmee keessan bilbila haaraa irratti deebisuu dandeessu.
cli-cmd-recover = Meeshaa haaraa irratti: waraqaa deebisuu fi jecha icciitii keessaniin galmee keessan deebisaa.
cli-arg-recovery-out = Faayilii waraqaan itti barreeffamu. .png ykn .pdf n xumuramuu qaba.
cli-arg-recover-sheet = Suuraa ykn iskaanii waraqaa deebisuu keessanii (PNG ykn JPEG). Carnet koodii afurgeessaa isaa dubbisa.
cli-arg-recover-words = Jechoota 12 waraqaa deebisuu keessanii, akka tartiibaan, mallattoo waraabbii keessatti. --hub s kennaa.
cli-arg-recover-hub = Teessoo kuusaa giddugalaa waraqaa deebisuu keessan irratti maxxanfame, fakkeenyaaf http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet waraqaa akka faayilii .png ykn .pdf tti barreessuu danda'a, akka “{ $path }” tti garuu miti.
cli-recovery-sheet-done = Waraqaan deebisuu keessanii { $path } keessa jira. Maxxansaa, waraqaa sanas bilbila keessan irraa fagaatee bakka nagaa ta'e kaa'aa.
cli-recovery-sheet-english = Waraqaan kun Afaan Ingiliziitiini: Carnet ammaaf qubee afaan keessanii irratti sirriitti barreessuu hin danda'u.
cli-recovery-sheet-replaced = Waraqaan duraan maxxansitan kamiyyuu kana booda hin hojjetu. Balleessaa.
cli-recover-done = { $count ->
    [one] Galmeen keessan meeshaa kanatti deebi'eera: barreeffama { $count }.
   *[other] Galmeen keessan meeshaa kanatti deebi'eera: barreeffamoota { $count }.
}
cli-passphrase-sheet-updated = Waraqaan deebisuu keessanii jecha icciitii haaraa keessaniin ammas ni hojjeta.
cli-passphrase-sheet-not-updated = Waraqaan deebisuu keessanii kuusaa giddugalaa irratti haaromfamuu hin dandeenye. Hanga haaraa maxxansitanitti, jecha icciitii keessan durii barbaada. Yeroo walqunnamtan waraqaa haaraa maxxansaa: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Waraqaa deebisuu Carnet
cli-sheet-made = Kan hojjetame { $date }
cli-sheet-hub = Kuusaa giddugalaa: { $hub }
cli-sheet-words = Jechoota keessan 12
cli-sheet-instructions =
    Waraqaa kana nageenyaan kaa'aa. Isaa fi jecha icciitii keessaniin galmee keessan bilbila haaraa irratti deebisuu dandeessu:
    1. Carnet bilbila haaraa irratti fe'aa, galmee deebisuu filadhaa.
    2. Koodii afurgeessaa iskaan godhaa, ykn jechoota 12 fi teessoo kuusaa giddugalaa barreessaa.
    3. Jecha icciitii keessan barreessaa. Galmeen kuusaa giddugalaa irraa deebi'a.
    Kompiitara irratti: carnet recover --sheet photo.jpg
cli-sheet-warning = Waraqaan kun qofaa isaa galmee keessan hin banu: jechi icciitii keessaniis ni barbaachisa. Walitti hin kaa'inaa. Yoo waraqaa haaraa maxxansitan, kun hojii dhaaba.
