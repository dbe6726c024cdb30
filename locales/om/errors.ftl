# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Jechi icciitii sirrii miti. Mirkaneessaa irra deebitanii yaalaa. Qubeewwan gurguddoon ni lakkaa'amu.
error-too-many-attempts = { $minutes ->
    [one] Jechoota icciitii dogoggoraa baay'ee. Daqiiqaa 1 eegaa, achiis irra deebitanii yaalaa.
   *[other] Jechoota icciitii dogoggoraa baay'ee. Daqiiqaa { $minutes } eegaa, achiis irra deebitanii yaalaa.
}
error-passphrase-too-short = Jechi icciitii kun baay'ee gabaabaadha. Yoo xiqqaate qubee { $min } fayyadamaa.

## The logbook files

error-no-logbook = Foldara kana keessa ammaaf galmeen hin jiru. Jalqaba tokko uumaa, ykn foldara galmeen keessan keessa jiru filadhaa.
error-already-exists = Foldara kana keessa duraanuu galmeen jira. Wanti jijjiirame hin jiru.
error-damaged-key-file = Furtuun galmee keessanii miidhameera ykn badeera, kanaaf banamuu hin danda'u. Garagalcha kuusaa (backup) irraa, ykn meeshaa kana waliin walqabsiiftan irraa deebisaa.
error-damaged-database = Galmeen keessan miidhameera, kanaaf banamuu hin danda'u. Garagalcha kuusaa (backup) irraa, ykn meeshaa kana waliin walqabsiiftan irraa deebisaa.
error-too-new = { $what ->
    [export-file] Faayiliin kun gosa Carnet haaraan hojjetame. Carnet haaromsaa, achiis irra deebitanii yaalaa.
    [taxonomy] Daataan ESCO Carnet waliin dhufe gosa Carnet haaraa irraati. Carnet haaromsaa, achiis irra deebitanii yaalaa.
   *[other] Galmeen keessan gosa Carnet haaraan kuufame. Carnet haaromsaa, achiis irra deebitanii yaalaa.
}
error-disk-full = Diskiin guuteera. Wanti bade hin jiru. Bakka tokko tokko qulqulleessaa, fakkeenyaaf faayiliiwwan durii haquun, achiis irra deebitanii yaalaa.
error-io = Carnet faayiliiwwan galmee keessanii dubbisuu ykn barreessuu hin dandeenye. Foldarri jiraachuu fi keessatti barreessuun isiniif hayyamamuu mirkaneessaa, achiis irra deebitanii yaalaa.
error-internal = Carnet keessatti wanti tokko dogoggoreera. Kun dogoggora Carnet ti, kan keessan miti. Maaloo namoota Carnet hojjetan beeksisaa.

## Entries

error-not-found = Barreeffamni eenyummeessaa “{ $id }” qabu hin jiru. Eenyummeessaa mirkaneessaa irra deebitanii yaalaa.
error-ambiguous-id = Barreeffamni tokkoo ol “{ $id }” n jalqaba. Eenyummeessaa irraa dabalataan barreessaa.

## Values the person typed

error-invalid-kind = “{ $value }” gosa barreeffamaa miti. skill, qualification, experience, language ykn learning fayyadamaa.
error-invalid-date = “{ $value }” guyyaa miti. Waggaa (2019), ji'a (2019-05) ykn guyyaa (2019-05-14) barreessaa.
error-invalid-level = { $kind ->
    [language] “{ $value }” sadarkaa afaanii miti. A1, A2, B1, B2, C1 ykn C2 fayyadamaa.
    [qualification] “{ $value }” sadarkaa ragaa barnootaa miti. Lakkoofsa 1 hanga 8 fayyadamaa (EQF).
    [learning] “{ $value }” sadarkaa koorsii miti. Lakkoofsa 1 hanga 8 fayyadamaa (EQF).
    [eqf] “{ $value }” sadarkaa EQF miti. Lakkoofsa 1 hanga 8 fayyadamaa.
   *[other] “{ $value }” sadarkaa miti. basic, intermediate, advanced ykn expert fayyadamaa.
}
error-invalid-country = “{ $value }” koodii biyyaa miti. Qubee lama fayyadamaa, fakkeenyaaf SY, AF, ER ykn DE.
error-invalid-language = “{ $value }” koodii afaanii miti. Koodii gabaabaa fayyadamaa, fakkeenyaaf ar, fa-AF ykn en.
error-invalid-esco = “{ $value }” teessoo ESCO miti. http://data.europa.eu/esco/ n jalqaba
error-invalid-isco = “{ $value }” koodii hojii ISCO-08 miti. Lakkoofsa 1 hanga 4 fayyadamaa, fakkeenyaaf 7212.
error-invalid-proficiency = “{ $value }” sadarkaa miti. basic, intermediate, advanced ykn expert fayyadamaa.
error-invalid-context = “{ $value }” akkaataa barumsaa miti. formal, non-formal ykn informal fayyadamaa.
error-invalid-stage = “{ $value }” marsaa miti. recruitment, pre-departure, arrival, career ykn return fayyadamaa.
error-invalid-field = “{ $value }” waan jijjiiruu dandeessan miti. Isaan kana keessaa tokko fayyadamaa: { $expected }.
error-empty-field = { $field ->
    [title] Mata dureen duwwaadha. Mata duree gabaabaa barreessaa.
   *[other] { $field } duwwaadha. Waan tokko itti barreessaa.
}
error-date-order = Guyyaan xumuraa { $to } guyyaa jalqabaa { $from } dura. Guyyoota lamaan mirkaneessaa.
error-import-format = Faayiliin kun baasii Carnet miti, kanaaf dubbifamuu hin danda'u. Faayilii Carnet baase filadhaa.

## Photos

error-evidence-not-an-image = Faayiliin kun suuraa miti. Carnet suuraalee JPEG, PNG fi WebP fudhata.
error-evidence-unsupported-format = Kun suuraa { $format } ti, Carnet immoo fayyadamuu hin danda'u. Akka JPEG, PNG ykn WebP tti kuusaa, achiis irra deebitanii yaalaa.
error-evidence-damaged = Suuraan miidhameera ykn guutuu miti. Suuraa irra deebitanii kaasaa ykn filadhaa.
error-evidence-too-large = Suuraan baay'ee guddaadha ({ $width } × { $height } piksela). Suuraa qulqullina gadi aanaan kaasaa, ykn garagalcha xiqqaa filadhaa.
error-evidence-file-too-big = Faayiliin baay'ee guddaadha ({ $megabytes } MB). Daangaan 32 MB dha. Faayilii xiqqaa filadhaa.
error-evidence-encode-failed = Carnet suuraa kuusuu hin dandeenye. Maaloo irra deebitanii yaalaa. Yoo irra deebi'e, maaloo namoota Carnet hojjetan beeksisaa.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” teessoo kuusaa giddugalaa miti. Teessoon kuusaa giddugalaa akkana fakkaata: http://192.168.1.10:8470. Giddugala gaafadhaa.
error-sync-no-hub = Galmee kanaaf ammaaf kuusaan giddugalaa hin qindoofne. Giddugala teessoo kuusaa giddugalaa isaanii gaafadhaa.
error-sync-unreachable = Carnet kuusaa giddugalaa { $url } irra jiru gahuu hin danda'u. Galmeen keessan meeshaa kana irratti nagaa dha. Yeroo neetworkii giddugalaatti walqunnamtan irra deebitanii yaalaa.
error-sync-refused = Kuusaan giddugalaa meeshaa kana galmee kanaaf hin fudhatu. Yoo meeshaa kana galmee keessan irraa haqxan, kun waan eegamuudha. Yoo kana hin taane, giddugala gaafadhaa.
error-sync-unknown-logbook = Kuusaan giddugalaa ammaaf garagalcha galmee kanaa hin qabu. Jalqaba meeshaa galmee keessan qabu walsimsiisaa, achiis irra deebitanii yaalaa.
error-sync-rate-limited = Kuusaan giddugalaa hojiin itti baay'ateera. Sekondii { $seconds } eegaa, achiis irra deebitanii yaalaa. Galmeen keessan meeshaa kana irratti nagaa dha.
error-sync-hub-full = Kuusaan giddugalaa galmee keessaniif bakka hin qabu. Galmeen keessan meeshaa kana irratti nagaa dha. Giddugala gaafadhaa.
error-sync-hub-error = Kuusaan giddugalaa rakkoo qabaate ({ $status } { $code }). Galmeen keessan meeshaa kana irratti nagaa dha. Booda irra deebitanii yaalaa, ykn giddugala gaafadhaa.
error-sync-protocol = Kuusaan giddugalaa waan gosti Carnet kun dubbisuu hin dandeenye erge. Galmeen keessan meeshaa kana irratti nagaa dha. Carnet haaromsaa, ykn giddugala gaafadhaa.
error-sync-forged = Kuusaan giddugalaa jijjiirama miidhame ykn nama tokkoon jijjiirame erge. Carnet hin fayyadamne, galmeen keessanis hin jijjiiramne. Giddugala beeksisaa.
error-sync-incomplete = Kuusaan giddugalaa jijjiiramoota erguu qabu hunda hin ergine. Carnet hin fayyadamne, galmeen keessanis hin jijjiiramne. Booda irra deebitanii yaalaa, ykn giddugala beeksisaa.
error-sync-unknown-epoch = Meeshaan kun furtuu galmee keessanii isa haaraa hin qabu, kanaaf waan kuusaa giddugalaa irra jiru dubbisuu hin danda'u. Yoo meeshaa kana haqxan, kun waan eegamuudha. Yoo kana hin taane, irra deebitanii walqabsiisaa.
error-sync-rolled-back = Kuusaan giddugalaa daataa tokko tokko dhabeera. Galmeen keessan meeshaa kana irra jiru guutuu dha, hin jijjiiramne. Giddugala beeksisaa.
error-sync-pairing-code = Kun koodii walqabsiisuu miti, ykn kutaan isaa hir'ateera. Meeshaa keessan biraa irratti koodii irra deebitanii agarsiisaa, guutummaatti iskaan godhaa ykn barreessaa.
error-sync-pairing-expired = Koodiin walqabsiisuu kun baay'ee dulloomeera. Meeshaa keessan biraa irratti koodii haaraa agarsiisaa.
error-sync-pairing-taken = Meeshaan biraa koodii walqabsiisuu kanaaf duraanuu deebii kenneera. Wanti qooddame hin jiru. Meeshaa keessan biraa irratti koodii haaraa agarsiisaa irra deebitanii yaalaa.
error-sync-pairing-refused = Meeshaan keessan biraa walqabsiisuu kanaaf lakki jedheera. Wanti qooddame hin jiru.
error-sync-remove-self = Kun meeshaa isin fayyadamaa jirtaniidha. Haquuf, meeshaa keessan biraa irraa godhaa.
error-sync-cancelled = Meeshaa biraa eeguu dhaabdaniittu. Wanti qooddame hin jiru. Yeroo meeshaaleen lamaanuu qophaa'an irra deebitanii jalqabaa.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Kun koodii afurgeessaa waraqaa deebisuu Carnet miti, ykn Carnet guutummaatti dubbisuu hin dandeenye. Suuraa koodii guutuu ifaa kaasaa, ykn jechoota 12 barreessaa.
error-sync-recovery-words = { $problem ->
    [count] Waraqaan deebisuu jechoota 12 qaba; isin { $position } kennitan. 12n hunda akka tartiibaan barreessaa.
    [unknown] Jechi { $position }ffaan jecha waraqaa deebisuu miti. Qubee isaa waraqaa irratti mirkaneessaa.
   *[other] Jechoonni walitti hin galan: tokko isaanii dogoggora, ykn lama bakka wal jijjiiraniiru. Jecha tokkoon tokkoo waraqaa irratti mirkaneessaa.
}
error-sync-recovery-no-box = Kuusaan giddugalaa waraqaa deebisuu kanaaf homaa hin qabu. Waraqaan haaraan bakka bu'ee ta'uu danda'a, ykn waraqaan kun kan kuusaa giddugalaa biraati. Waraqaa keessan isa haaraa fayyadamaa.
error-sheet-write = Carnet waraqaa { $path } keessatti barreessuu hin dandeenye. Foldaraa fi bakka duwwaa mirkaneessaa. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet faayilii daataa ESCO isaa argachuu hin danda'u ({ $path }). Carnet irra deebitanii fe'aa.
error-taxonomy-damaged = Faayiliin daataa ESCO Carnet miidhameera ({ $reason }). Carnet irra deebitanii fe'aa.
error-unknown-concept = Dandeettiin ykn ogummaan ESCO “{ $concept }” jedhamu hin jiru. Teessoo isaa carnet esco search tiin barbaadaa.
error-not-an-occupation = “{ $concept }” dandeettii ESCO ti, ogummaa miti. Ogummaa carnet esco search --kind occupation tiin barbaadaa.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet suuraa kana keessatti koodii afurgeessaa argachuu hin dandeenye. Suuraa koodii guutuu ifaa kaasaa, ykn bakka isaa koodii barreessaa.
error-save-file = Carnet faayilii { $path } keessatti kuusuu hin dandeenye. Bakka duwwaa mirkaneessaa. ({ $reason })

## Voice notes

error-evidence-not-audio = Faayiliin kun waraabbii sagalee miti. Carnet faayiliiwwan sagalee WebM, Ogg, MP4, M4A, AAC, MP3 fi WAV fudhata.
error-evidence-audio-is-video = Faayiliin kun viidiyoodha. Carnet sagalee qofa kuusa. Ergaa sagalee waraabaa, ykn faayilii sagalee filadhaa.
error-evidence-audio-too-big = Faayiliin sagalee baay'ee guddaadha ({ $megabytes } MB). Daangaan 5 MB dha. Ergaa sagalee gabaabaa waraabaa.
error-evidence-audio-damaged = Faayiliin sagalee miidhameera ykn guutuu miti. Irra deebitanii waraabaa ykn filadhaa.
error-evidence-not-evidence = Faayiliin kun suuraas waraabbii sagalees miti. Carnet suuraalee (JPEG, PNG, WebP) fi faayiliiwwan sagalee (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) fudhata.
error-microphone-denied = Carnet maayikiroofoonii fayyadamuu hin hayyamamne. Qindaa'ina bilbila keessanii keessatti hayyamaa, ykn faayilii sagalee maxxansaa.
error-microphone-failed = Carnet waraabuu hin dandeenye. Irra deebitanii yaalaa, ykn faayilii sagalee maxxansaa.
error-recording-empty = Wanti waraabame hin jiru. Irra deebitanii yaalaa, erga qabduu tuqxanii booda dubbadhaa.
error-evidence-missing = Suuraan ykn ergaan sagalee kun ammaaf meeshaa kana irra hin jiru ({ $sha }). Argachuuf walsimsiisaa.
