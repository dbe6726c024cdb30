# Review status: machine-drafted, needs review by a native speaker.

## Help: headings

cli-help-usage = Paano ito i-type:
cli-help-commands = Mga command:
cli-help-arguments = Ano ang ibibigay:
cli-help-options = Mga opsyon:
cli-help-examples = Mga halimbawa:

## Help: the whole program

cli-about = Nagtatago ang Carnet ng talaan ng kaya mong gawin: mga kasanayan, trabaho, wika, diploma at kurso. Nananatili ang talaan sa iyong device, naka-lock ng iyong password.

cli-examples =
    Magsimula ng talaan:        carnet init
    Magdagdag ng kasanayan:     carnet add skill --title "Welding" --level advanced
    Tingnan ang mga entry mo:   carnet list
    Tingnan ang isang entry:    carnet show 3f2a
    Tulong para sa command:     carnet add --help

cli-opt-data-dir = Ang folder kung saan nakatago ang iyong talaan. Puwede mo ring itakda ang CARNET_DATA_DIR.
cli-opt-json = Sumagot sa JSON, para sa ibang program.
cli-opt-lang = Ang wika ng mga mensahe ng Carnet, halimbawa ar, fa, fr, uk o en.
cli-opt-help = Ipakita ang tulong na ito.
cli-opt-version = Ipakita ang bersyon ng Carnet.

## Help: commands

cli-cmd-init = Gumawa ng bagong talaan, naka-lock ng password.
cli-cmd-passphrase = Palitan ang password ng iyong talaan.
cli-cmd-passphrase-change = Palitan ang iyong password. I-type ang luma, saka ang bago nang dalawang beses.
cli-cmd-profile = Tingnan o baguhin ang iyong profile: ang iyong pangalan, mga bansa, at mga wika.
cli-cmd-profile-show = Ipakita ang iyong profile.
cli-cmd-profile-set = Baguhin ang iyong profile. Para burahin ang isang bagay, bigyan ito ng walang lamang value, halimbawa --contact "".
cli-cmd-add = Magdagdag ng entry: kasanayan, kwalipikasyon, karanasan sa trabaho, wika o kurso.
cli-cmd-list = Ilista ang iyong mga entry.
cli-cmd-show = Ipakita ang lahat tungkol sa isang entry.
cli-cmd-edit = Baguhin ang isang entry.
cli-cmd-rm = Burahin ang isang entry.
cli-cmd-search = Hanapin ang mga entry na may ilang salita.
cli-cmd-detach = Tanggalin ang litrato o voice note sa isang entry. Mabubura rin ito sa device na ito, maliban kung ipinapakita ito ng ibang entry.
cli-cmd-attach = Magdagdag ng litrato ng papel sa isang entry, halimbawa diploma, sertipiko o papel sa trabaho. O magdagdag ng voice note: sound file kung saan ikinukuwento mo ang kasanayan.
cli-cmd-export = Isulat ang buo mong talaan bilang file na mababasa ng ibang program.
cli-cmd-import = Basahin ang Carnet export file papasok sa iyong talaan. Walang mabubura sa iyong talaan.
cli-cmd-devices = Ang mga device na may iyong talaan.
cli-cmd-devices-list = Ipakita ang mga device na may iyong talaan.
cli-cmd-devices-remove = Alisin ang iyong talaan sa isang device, halimbawa nawalang telepono. Hindi na nito mababasa ang anumang idaragdag mo mula ngayon.
cli-cmd-pair = Ilagay ang iyong talaan sa iba mo pang device, gaya ng bagong telepono.
cli-cmd-pair-show = Sa device na may iyong talaan: magpakita ng code para sa bagong device, saka payagan ito.
cli-cmd-pair-join = Sa bagong device: kunin ang iyong talaan gamit ang code na ipinapakita ng iba mong device.
cli-cmd-sync = Ipadala ang iyong mga pagbabago sa hub ng sentro at kunin ang mga pagbabagong ginawa sa iba mong device. Naka-lock na kopya lang na hindi nito mabasa ang itinatago ng hub.

## Help: what to give to the commands

cli-arg-kind = Anong uri ng entry: skill (kasanayan), qualification (kwalipikasyon), experience (trabaho), language (wika) o learning (kurso).
cli-arg-title = Maikling pangalan, halimbawa "Welding" o "Driving licence B".
cli-arg-description = Iba pang salita tungkol dito, kung gusto mo.
cli-arg-level = Gaano ka kahusay. Para sa kasanayan o trabaho: basic, intermediate, advanced o expert. Para sa wika: A1 (nagsisimula) hanggang C2 (napakahusay). Para sa kwalipikasyon o kurso: ang antas nito sa EQF, mula 1 hanggang 8.
cli-arg-eqf = Ang antas sa EQF ng diploma o kurso, mula 1 hanggang 8, kung alam mo.
cli-arg-from = Kailan ito nagsimula: taon (2019), buwan (2019-05) o araw (2019-05-14).
cli-arg-to = Kailan ito natapos, isinulat sa parehong paraan. Huwag isama kung nagpapatuloy pa ito.
cli-arg-organisation = Ang employer, paaralan o training center.
cli-arg-place = Ang bayan o lugar.
cli-arg-country = Ang bansa, bilang dalawang titik, halimbawa SY, AF, DE.
cli-arg-context = Paano mo ito natutunan: formal (paaralan, diploma), non-formal (kurso) o informal (sa paggawa nito).
cli-arg-written-in = Ang wikang ginamit mo sa pagsulat ng entry na ito, bilang maikling code, halimbawa ar o en.
cli-arg-esco = Ang ESCO address ng kasanayan o trabaho, kung alam mo.
cli-arg-isco = Ang ISCO-08 job code (1 hanggang 4 na numero), kung alam mo.
cli-arg-stage = Kailan ito mahalaga sa iyong paglalakbay: recruitment, pre-departure, arrival, career o return. Puwede kang magbigay ng higit sa isa.

cli-arg-list-kind = Ipakita lang ang mga entry na ganitong uri: skill, qualification, experience, language o learning.
cli-arg-list-stage = Ipakita lang ang mga entry para sa yugtong ito: recruitment, pre-departure, arrival, career o return.

cli-arg-id = Ang id ng entry. Sapat na ang unang 4 o higit pang character. Para makita ang mga id, i-type ang: carnet list
cli-arg-set = Isang pagbabago, isinulat na FIELD=VALUE, halimbawa level=advanced. Ibigay ulit para magbago ng higit pa. Binubura ng walang lamang value ang field. Ang mga field ay: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Ang mga salitang hahanapin.
cli-arg-evidence = Ang litrato o voice note na tatanggalin: ang id nito, gaya ng ipinapakita ng carnet show at carnet attach (sapat na ang unang 8 o higit pang character).
cli-arg-photo = Isang litrato (JPEG, PNG o WebP) o sound file (WebM, Ogg, MP4, M4A, AAC, MP3 o WAV, hanggang 5 MB). Sinisilip ng Carnet ang loob ng file para malaman kung alin ito. Tinatanggal nito ang nakatagong data, gaya ng lugar kung saan kinuha ang litrato.
cli-arg-format = Ang uri ng file. json lang sa ngayon.
cli-arg-file = Ang export file na babasahin.

cli-arg-name = Ang iyong pangalan, gaya ng gusto mong makita ng iba.
cli-arg-birth-date = Ang iyong petsa ng kapanganakan: 1990, 1990-05 o 1990-05-14.
cli-arg-origin = Ang bansang pinagmulan mo, bilang dalawang titik, halimbawa SY, AF, ER.
cli-arg-current = Ang bansang tinitirhan mo ngayon, bilang dalawang titik, halimbawa DE, FR.
cli-arg-contact = Paano ka makokontak ng mga tao, halimbawa numero ng telepono o email.
cli-arg-language = Isang wikang alam mo, bilang maikling code, halimbawa ar, fa-AF o en. Tungkol sa wikang ito ang mga opsyon sa ibaba.
cli-arg-mother-tongue = Ang wikang ito ang iyong katutubong wika.
cli-arg-not-mother-tongue = Hindi ang wikang ito ang iyong katutubong wika.
cli-arg-listening = Gaano mo naiintindihan ang mga taong nagsasalita: A1 (nagsisimula) hanggang C2 (napakahusay).
cli-arg-reading = Gaano ka kahusay magbasa: A1 hanggang C2.
cli-arg-spoken-interaction = Gaano ka kahusay makipag-usap: A1 hanggang C2.
cli-arg-spoken-production = Gaano ka kahusay magsalita nang mag-isa: A1 hanggang C2.
cli-arg-writing = Gaano ka kahusay sumulat: A1 hanggang C2.
cli-arg-remove-language = Tanggalin ang isang wika sa iyong profile.
cli-arg-hub = Ang address ng hub ng sentro, halimbawa http://192.168.1.10:8470. Tatandaan ito ng Carnet.
cli-arg-device-id = Ang id ng device, gaya ng ipinapakita ng: carnet devices list (sapat na ang unang 4 o higit pang character).
cli-arg-pair-approve = Payagan ang bagong device nang hindi nagtatanong, kung ipinapakita nito ang code na ito (para sa mga tumutulong at script).
cli-arg-pair-code = Ang code na ipinapakita ng iba mong device. Nagsisimula ito sa CNP1:
cli-arg-pair-name = Isang pangalan para sa device na ito, para makilala mo ito sa isa pa (halimbawa "Amal's phone").
cli-arg-sync-status = Ipakita lang kung kailan ka huling nag-sync at ilang pagbabago ang naghihintay. Walang ipapadala.
cli-arg-sync-watch = Patuloy na mag-sync. Kapag hindi maabot ang hub, subukan ulit mamaya, na mas matagal ang hintay bawat beses.
cli-arg-sync-every = Kasama ng --watch: ilang segundo ang hihintayin sa pagitan ng bawat sync (300 kung hindi ibinigay).

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

cli-passphrase-new-intro = Pumili ng password na may kahit { $min } character. Kailangan mo ito tuwing bubuksan mo ang iyong talaan. Walang makababawi nito para sa iyo.
cli-passphrase-prompt = Password:
cli-passphrase-new-prompt = Bagong password:
cli-passphrase-repeat-prompt = I-type ulit ang bagong password:
cli-passphrase-changed = Napalitan na ang iyong password. Gamitin ang bago mula ngayon.

## Answers

cli-init-done = Handa na ang iyong talaan. Nasa folder na ito: { $dir }
cli-init-next = Ingatan ang iyong password. Kung wala ito, walang makapagbubukas ng iyong talaan, kahit ikaw. Susunod, idagdag ang kaya mong gawin, halimbawa: carnet add skill --title "Cooking"

cli-list-empty = Wala pang entry ang iyong talaan. Para magdagdag, i-type ang: carnet add skill --title "Cooking"
cli-list-none-match = Walang entry na tumutugma sa hiniling mo.
cli-search-none = Walang entry na may mga salitang ito. Subukan ang ibang salita, o i-type ang: carnet list

cli-edit-saved = Na-save ang iyong pagbabago.
cli-rm-done = Nabura: { $title }
cli-detached = Natanggal sa entry ang litrato o voice note.

cli-profile-saved = Na-save ang iyong profile.
cli-profile-empty = Walang laman ang iyong profile. Para idagdag ang iyong pangalan, i-type ang: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } entry ang naidagdag.
}
cli-import-updated = { $count ->
   *[other] { $count } entry ang na-update.
}
cli-import-unchanged = { $count ->
   *[other] { $count } entry ang pareho na.
}
cli-import-profile-updated = Na-update din ang iyong profile.
cli-import-missing-photos = { $count ->
   *[other] { $count } litrato ang wala sa device na ito. Walang litrato ang mga export file. Idagdag ulit ang mga ito gamit ang: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Uri
cli-show-added = Idinagdag
cli-show-changed = Binago
cli-show-evidence = Mga litrato at voice note
cli-show-photo = { $sha }  { $width } × { $height } pixel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixel, wala sa device na ito
cli-show-voice = { $sha }  voice note, { $kilobytes } KB
cli-show-voice-missing = { $sha }  voice note, wala sa device na ito
cli-show-conflicts = Sumulat din ang ibang device:
cli-show-conflicts-hint = Para itago ang isa sa mga ito, i-type ang: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Pamagat
cli-field-description = Paglalarawan
cli-field-written-in = Isinulat sa
cli-field-esco = ESCO
cli-field-isco = ISCO-08 job code
cli-field-level = Antas
cli-field-eqf = Antas sa EQF
cli-field-organisation = Organisasyon
cli-field-place = Lugar
cli-field-country = Bansa
cli-field-from = Mula
cli-field-to = Hanggang
cli-field-context = Paano mo natutunan
cli-field-stages = Mga yugto

cli-kind-skill = kasanayan
cli-kind-qualification = kwalipikasyon
cli-kind-experience = karanasan
cli-kind-language = wika
cli-kind-learning = kurso

cli-context-formal = formal (paaralan, diploma)
cli-context-non-formal = non-formal (kurso)
cli-context-informal = informal (sa paggawa nito)

cli-stage-recruitment = recruitment
cli-stage-pre-departure = bago umalis
cli-stage-arrival = pagdating
cli-stage-career = karera
cli-stage-return = pag-uwi

cli-proficiency-basic = batayan
cli-proficiency-intermediate = katamtaman
cli-proficiency-advanced = mataas
cli-proficiency-expert = eksperto

cli-level-eqf = Antas { $level } sa EQF

cli-profile-name = Pangalan
cli-profile-birth-date = Petsa ng kapanganakan
cli-profile-origin = Galing sa
cli-profile-current = Nakatira sa
cli-profile-contact = Kontak
cli-profile-languages = Mga wika
cli-profile-mother-tongue = { $language } (katutubong wika)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = pakikinig { $level }
cli-cefr-reading = pagbabasa { $level }
cli-cefr-spoken-interaction = pakikipag-usap { $level }
cli-cefr-spoken-production = pagsasalita { $level }
cli-cefr-writing = pagsusulat { $level }

## Errors of the command line

cli-error-unknown-argument = Hindi kilala ng Carnet ang “{ $arg }” dito.
cli-error-unknown-command = Walang command na “{ $command }”.
cli-error-invalid-value = Hindi magagamit ang “{ $value }” para sa { $arg }.
cli-error-missing-value = Kailangan ng { $arg } ng value pagkatapos nito.
cli-error-valid-values = Puwede mong gamitin: { $values }
cli-error-missing-argument = May kulang: { $arg }
cli-error-missing-command = Sabihin kung ano ang dapat gawin ng Carnet pagkatapos ng “{ $command }”.
cli-error-valid-commands = Ang mga command ay: { $commands }
cli-error-conflict = Hindi puwedeng gamitin ang { $arg } kasama ng { $other }.
cli-error-no-equals = Isulat ang { $arg } na may equals sign at ang value kasunod agad nito.
cli-error-too-many-values = Mas kaunting value ang tinatanggap ng { $arg }. Sobra ng isa ang “{ $value }”.
cli-error-wrong-number-of-values = Mali ang bilang ng value ng { $arg }.
cli-error-invalid-utf8 = Hindi mabasa ng Carnet ang ilan sa mga titik na na-type mo. I-type ulit ang mga ito.
cli-error-did-you-mean = Ang ibig mo bang sabihin ay { $suggestion }?
cli-error-usage = Hindi naintindihan ng Carnet ang command na ito.
cli-error-usage-hint = I-type ang { $command } --help para makita kung ano ang puwede mong i-type.
cli-error-set-format = Ang “{ $value }” ay hindi pagbabago. Isulat ang FIELD=VALUE, halimbawa --set level=advanced
cli-error-nothing-to-change = Walang babaguhin. Magbigay ng kahit isang opsyon, halimbawa --name "Your name".

cli-error-passphrase-unavailable = Kailangan ng Carnet ng password pero hindi ito makapagtanong dito. Patakbuhin ang Carnet sa terminal, o itakda ang { $variable }.
cli-error-passphrase-mismatch = Hindi pareho ang dalawang password. Walang binago. Pakisubukan ulit.
cli-error-read-file = Hindi mabasa ng Carnet ang file na { $path }. Suriin ang pangalan ng file at ang folder, saka subukan ulit.
cli-error-no-data-dir = Hindi makahanap ang Carnet ng folder para sa iyong talaan. Pumili ng isa gamit ang --data-dir, halimbawa --data-dir ./carnet
cli-error-output = Hindi maisulat ng Carnet ang sagot nito. Tiyaking hindi puno ang disk, saka subukan ulit.
cli-error-details = Mga detalye para sa tumutulong: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Para gumawa ng isa, i-type ang: carnet init
cli-hint-already-exists = Para makita ang laman nito, i-type ang: carnet list. Para sa pangalawang talaan, pumili ng ibang folder gamit ang --data-dir.
cli-hint-not-found = Para makita ang mga id, i-type ang: carnet list
cli-hint-ambiguous-id = Para makita ang mga id, i-type ang: carnet list
cli-hint-import-format = Pumili ng file na ginawa gamit ang: carnet export --format json
cli-hint-invalid-field = Para sa listahan ng mga field, i-type ang: carnet edit --help

## carnet sync

cli-sync-phase-sending = Nagpapadala
cli-sync-phase-receiving = Tumatanggap
cli-sync-phase-photos = Mga litrato
cli-sync-done = Naka-sync sa { $hub }.
cli-sync-changes = { $sent ->
   *[other] { $sent } pagbabago ang naipadala
}, { $received ->
   *[other] { $received } pagbabago ang natanggap.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } litrato ang naipadala
}, { $received ->
   *[other] { $received } litrato ang natanggap.
}
cli-sync-bytes = Nagamit na data: { $up } KB paakyat, { $down } KB pababa.
cli-sync-retry = Susubukan ulit sa loob ng { $seconds ->
   *[other] { $seconds } segundo.
}
cli-sync-status-hub = Hub: { $hub }
cli-sync-status-last = Huling sync: { $when }
cli-sync-status-pending = { $count ->
    [0] Walang naghihintay na pagbabago.
   *[other] { $count } pagbabago ang naghihintay na ipadala.
}
cli-sync-no-hub = wala pa
cli-sync-never = hindi pa kailanman
cli-hint-sync-no-hub = Para itakda ito, i-type ang: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Nakatago ang iyong mga pagbabago. Para subukan ulit mamaya, i-type ang: carnet sync

## carnet pair

cli-pair-show-scan = I-scan ang code na ito gamit ang bago mong device, o i-type doon ang text sa ibaba.
cli-pair-show-expires = Gagana ang code nang 10 minuto.
cli-pair-show-request = Gusto ng device na “{ $name }” ang iyong talaan. Ang code nito ay { $fingerprint }.
cli-pair-show-ask = Ipinapakita ba ng bago mong device ang parehong code? I-type ang oo para payagan, o hindi.
cli-pair-yes = oo
cli-pair-show-approved = Nasa “{ $name }” na ang iyong talaan.
cli-pair-show-refused = Tumanggi ka. Walang nakuha ang “{ $name }”.
cli-pair-default-name = Bagong device
cli-pair-join-check = Dapat ipakita ng iba mong device ang code na ito: { $fingerprint }. Payagan ito roon.
cli-pair-join-done = { $count ->
   *[other] Nasa device na ito na ang iyong talaan, na may { $count } entry.
}

## carnet devices

cli-devices-none = Wala pang device na nag-sync ng talaang ito.
cli-devices-line = { $id }  { $name }  (mula { $added })
cli-devices-this = ← itong device
cli-devices-removed = (tinanggal { $when })
cli-devices-removed-done = Natanggal na ang “{ $name }”. May bagong susi na ang iyong talaan, na wala sa device na iyon.
cli-devices-new-sheet = Nasa recovery sheet mo ang lumang susi. Mag-print ng bago ngayon at sirain ang luma: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Mag-print ng recovery sheet: gamit ito at ang iyong password, maibabalik mo ang iyong talaan sa bagong telepono kapag nawala ang teleponong ito.
cli-cmd-recover = Sa bagong device: ibalik ang iyong talaan gamit ang iyong recovery sheet at password.
cli-arg-recovery-out = Ang file na pagsusulatan ng sheet. Dapat itong nagtatapos sa .png o .pdf.
cli-arg-recover-sheet = Litrato o scan ng iyong recovery sheet (PNG o JPEG). Binabasa ng Carnet ang parisukat na code nito.
cli-arg-recover-words = Ang 12 salita ng iyong recovery sheet, ayon sa pagkakasunod, nasa loob ng panipi. Ibigay rin ang --hub.
cli-arg-recover-hub = Ang address ng hub na naka-print sa iyong recovery sheet, halimbawa http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Maisusulat ng Carnet ang sheet bilang .png o .pdf na file, hindi bilang “{ $path }”.
cli-recovery-sheet-done = Nasa { $path } ang iyong recovery sheet. I-print ito at itago ang papel sa ligtas na lugar, malayo sa iyong telepono.
cli-recovery-sheet-english = Nasa Ingles ang sheet: hindi pa kayang isulat nang tama ng Carnet ang mga titik ng iyong wika rito.
cli-recovery-sheet-replaced = Hindi na gagana ang anumang sheet na na-print mo dati. Sirain ito.
cli-recover-done = { $count ->
   *[other] Nakabalik na ang iyong talaan sa device na ito: { $count } entry.
}
cli-passphrase-sheet-updated = Gumagana pa rin ang iyong recovery sheet, gamit ang bago mong password.
cli-passphrase-sheet-not-updated = Hindi ma-update sa hub ang iyong recovery sheet. Hangga't hindi ka nagpi-print ng bago, kailangan nito ang luma mong password. Mag-print ng bagong sheet kapag nakakonekta ka: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Carnet recovery sheet
cli-sheet-made = Ginawa noong { $date }
cli-sheet-hub = Hub: { $hub }
cli-sheet-words = Ang iyong 12 salita
cli-sheet-instructions =
    Itago nang ligtas ang papel na ito. Gamit ito at ang iyong password, maibabalik mo ang iyong talaan sa bagong telepono:
    1. Ilagay ang Carnet sa bagong telepono at piliing ibalik ang isang talaan.
    2. I-scan ang parisukat na code, o i-type ang 12 salita at ang address ng hub.
    3. I-type ang iyong password. Babalik ang talaan mula sa hub.
    Sa computer: carnet recover --sheet photo.jpg
cli-sheet-warning = Hindi mabubuksan ng papel na ito lamang ang iyong talaan: kailangan din ang iyong password. Huwag silang itabi nang magkasama. Kung mag-print ka ng bagong sheet, hindi na gagana ang isang ito.
