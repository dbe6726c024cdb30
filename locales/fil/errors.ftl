# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Mali ang password. Suriin ito at subukan ulit. Mahalaga ang malalaking titik.
error-too-many-attempts = { $minutes ->
   *[other] Sobrang daming maling password. Maghintay ng { $minutes } minuto, saka subukan ulit.
}
error-passphrase-too-short = Masyadong maikli ang password na ito. Gumamit ng kahit { $min } character.

## The logbook files

error-no-logbook = Wala pang talaan sa folder na ito. Gumawa muna ng isa, o piliin ang folder kung nasaan ang iyong talaan.
error-already-exists = May talaan na sa folder na ito. Walang binago.
error-damaged-key-file = Sira o nawawala ang susi ng iyong talaan, kaya hindi ito mabuksan. Ibalik ang kopya mula sa backup, o mula sa device na ipinares mo sa device na ito.
error-damaged-database = Sira ang iyong talaan, kaya hindi ito mabuksan. Ibalik ang kopya mula sa backup, o mula sa device na ipinares mo sa device na ito.
error-too-new = { $what ->
    [export-file] Ginawa ng mas bagong bersyon ng Carnet ang file na ito. I-update ang Carnet, saka subukan ulit.
    [taxonomy] Galing sa mas bagong bersyon ng Carnet ang ESCO data na kasama ng Carnet. I-update ang Carnet, saka subukan ulit.
   *[other] Na-save ang iyong talaan ng mas bagong bersyon ng Carnet. I-update ang Carnet, saka subukan ulit.
}
error-disk-full = Puno na ang storage. Walang nawala. Magbakante ng espasyo, halimbawa sa pagbura ng mga lumang file, saka subukan ulit.
error-io = Hindi mabasa o maisulat ng Carnet ang mga file ng iyong talaan. Tiyaking may folder at pinapayagan kang magsulat dito, saka subukan ulit.
error-internal = May nagkamali sa loob ng Carnet. Mali ito ng Carnet, hindi mo kasalanan. Pakisabi sa mga gumagawa ng Carnet.

## Entries

error-not-found = Walang entry na may id na “{ $id }”. Suriin ang id at subukan ulit.
error-ambiguous-id = Higit sa isang entry ang nagsisimula sa “{ $id }”. Mag-type pa ng mas mahabang bahagi ng id.

## Values the person typed

error-invalid-kind = Ang “{ $value }” ay hindi uri ng entry. Gamitin ang skill, qualification, experience, language o learning.
error-invalid-date = Ang “{ $value }” ay hindi petsa. Isulat ang taon (2019), buwan (2019-05) o araw (2019-05-14).
error-invalid-level = { $kind ->
    [language] Ang “{ $value }” ay hindi antas ng wika. Gamitin ang A1, A2, B1, B2, C1 o C2.
    [qualification] Ang “{ $value }” ay hindi antas para sa kwalipikasyon. Gumamit ng numero mula 1 hanggang 8 (EQF).
    [learning] Ang “{ $value }” ay hindi antas para sa kurso. Gumamit ng numero mula 1 hanggang 8 (EQF).
    [eqf] Ang “{ $value }” ay hindi antas ng EQF. Gumamit ng numero mula 1 hanggang 8.
   *[other] Ang “{ $value }” ay hindi antas. Gamitin ang basic, intermediate, advanced o expert.
}
error-invalid-country = Ang “{ $value }” ay hindi code ng bansa. Gumamit ng dalawang titik, halimbawa SY, AF, ER o DE.
error-invalid-language = Ang “{ $value }” ay hindi code ng wika. Gumamit ng maikling code, halimbawa ar, fa-AF o en.
error-invalid-esco = Ang “{ $value }” ay hindi ESCO address. Nagsisimula ito sa http://data.europa.eu/esco/
error-invalid-isco = Ang “{ $value }” ay hindi ISCO-08 job code. Gumamit ng 1 hanggang 4 na numero, halimbawa 7212.
error-invalid-proficiency = Ang “{ $value }” ay hindi antas. Gamitin ang basic, intermediate, advanced o expert.
error-invalid-context = Ang “{ $value }” ay hindi paraan ng pag-aaral. Gamitin ang formal, non-formal o informal.
error-invalid-stage = Ang “{ $value }” ay hindi yugto. Gamitin ang recruitment, pre-departure, arrival, career o return.
error-invalid-field = Ang “{ $value }” ay hindi bagay na mababago mo. Gamitin ang isa sa: { $expected }.
error-empty-field = { $field ->
    [title] Walang laman ang pamagat. Sumulat ng maikling pamagat.
   *[other] Walang laman ang { $field }. Sumulat ng kahit ano rito.
}
error-date-order = Ang petsa ng pagtatapos na { $to } ay bago ang petsa ng pagsisimula na { $from }. Suriin ang dalawang petsa.
error-import-format = Hindi ito Carnet export, kaya hindi ito mabasa. Pumili ng file na na-export ng Carnet.

## Photos

error-evidence-not-an-image = Hindi litrato ang file na ito. Tumatanggap ang Carnet ng larawang JPEG, PNG at WebP.
error-evidence-unsupported-format = Isa itong larawang { $format }, at hindi ito magagamit ng Carnet. I-save ito bilang JPEG, PNG o WebP, saka subukan ulit.
error-evidence-damaged = Sira o kulang ang litrato. Kumuha o pumili ulit ng litrato.
error-evidence-too-large = Masyadong malaki ang larawan ({ $width } × { $height } pixel). Kumuha ng litrato na mas mababa ang quality, o pumili ng mas maliit na kopya.
error-evidence-file-too-big = Masyadong malaki ang file ({ $megabytes } MB). Ang limit ay 32 MB. Pumili ng mas maliit na file.
error-evidence-encode-failed = Hindi ma-save ng Carnet ang litrato. Pakisubukan ulit. Kung mangyari ulit, pakisabi sa mga gumagawa ng Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = Ang “{ $url }” ay hindi address ng hub. Ganito ang hitsura ng address ng hub: http://192.168.1.10:8470. Itanong ito sa sentro.
error-sync-no-hub = Wala pang hub na nakatakda para sa talaang ito. Itanong sa sentro ang address ng kanilang hub.
error-sync-unreachable = Hindi maabot ng Carnet ang hub sa { $url }. Ligtas ang iyong talaan sa device na ito. Subukan ulit kapag nakakonekta ka na sa network ng sentro.
error-sync-refused = Hindi tinatanggap ng hub ang device na ito para sa talaang ito. Kung tinanggal mo ang device na ito sa iyong talaan, inaasahan ito. Kung hindi, magtanong sa sentro.
error-sync-unknown-logbook = Wala pang kopya ng talaang ito ang hub. I-sync muna ang device na may iyong talaan, saka subukan ulit.
error-sync-rate-limited = Abala ang hub. Maghintay ng { $seconds } segundo, saka subukan ulit. Ligtas ang iyong talaan sa device na ito.
error-sync-hub-full = Wala nang puwang ang hub para sa iyong talaan. Ligtas ang iyong talaan sa device na ito. Magtanong sa sentro.
error-sync-hub-error = Nagkaproblema ang hub ({ $status } { $code }). Ligtas ang iyong talaan sa device na ito. Subukan ulit mamaya, o magtanong sa sentro.
error-sync-protocol = May ipinadala ang hub na hindi mabasa ng bersyong ito ng Carnet. Ligtas ang iyong talaan sa device na ito. I-update ang Carnet, o magtanong sa sentro.
error-sync-forged = Nagpadala ang hub ng pagbabagong sira o binago ng isang tao. Hindi ito ginamit ng Carnet, at hindi nagbago ang iyong talaan. Sabihin sa sentro.
error-sync-incomplete = Hindi ipinadala ng hub ang lahat ng pagbabagong dapat nitong ipadala. Hindi ginamit ng Carnet ang mga ito, at hindi nagbago ang iyong talaan. Subukan ulit mamaya, o sabihin sa sentro.
error-sync-unknown-epoch = Wala sa device na ito ang pinakabagong susi ng iyong talaan, kaya hindi nito mabasa ang nasa hub. Kung tinanggal mo ang device na ito, inaasahan ito. Kung hindi, ipares ito ulit.
error-sync-rolled-back = Nawalan ng ilang data ang hub. Kumpleto at hindi nagbago ang iyong talaan sa device na ito. Sabihin sa sentro.
error-sync-pairing-code = Hindi ito pairing code, o may kulang na bahagi. Ipakita ulit ang code sa iba mong device, at i-scan o i-type ang kabuuan nito.
error-sync-pairing-expired = Masyadong luma na ang pairing code na ito. Magpakita ng bagong code sa iba mong device.
error-sync-pairing-taken = May ibang device nang sumagot sa pairing code na ito. Walang ibinahagi. Magpakita ng bagong code sa iba mong device at subukan ulit.
error-sync-pairing-refused = Tumanggi ang iba mong device sa pagpapares na ito. Walang ibinahagi.
error-sync-remove-self = Ito ang device na ginagamit mo. Para tanggalin ito, gawin ito mula sa iba mong device.
error-sync-cancelled = Huminto ka sa paghihintay sa ibang device. Walang ibinahagi. Magsimula ulit kapag handa na ang dalawang device.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Hindi ito ang parisukat na code ng Carnet recovery sheet, o hindi ito nabasa nang buo ng Carnet. Kumuha ng mas malinaw na litrato ng buong code, o i-type ang 12 salita.
error-sync-recovery-words = { $problem ->
    [count] May 12 salita ang recovery sheet; { $position } ang ibinigay mo. I-type ang lahat ng 12, ayon sa pagkakasunod.
    [unknown] Ang salita bilang { $position } ay hindi salita ng mga recovery sheet. Suriin ang baybay nito sa sheet.
   *[other] Hindi magkakatugma ang mga salita: may isang mali, o may dalawang nagkapalit. Suriin ang bawat salita sa sheet.
}
error-sync-recovery-no-box = Walang anuman ang hub para sa recovery sheet na ito. Maaaring napalitan na ito ng mas bagong sheet, o para sa ibang hub ang sheet. Gamitin ang pinakabago mong sheet.
error-sheet-write = Hindi maisulat ng Carnet ang sheet sa { $path }. Suriin ang folder at ang libreng espasyo. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Hindi mahanap ng Carnet ang ESCO data file nito ({ $path }). I-install ulit ang Carnet.
error-taxonomy-damaged = Sira ang ESCO data file ng Carnet ({ $reason }). I-install ulit ang Carnet.
error-unknown-concept = Walang ESCO skill o occupation na “{ $concept }”. Hanapin ang address nito gamit ang carnet esco search.
error-not-an-occupation = Ang “{ $concept }” ay ESCO skill, hindi occupation. Hanapin ang occupation gamit ang carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Walang nakitang parisukat na code ang Carnet sa larawang ito. Kumuha ng mas malinaw na litrato ng buong code, o i-type na lang ang code.
error-save-file = Hindi ma-save ng Carnet ang file sa { $path }. Suriin ang libreng espasyo. ({ $reason })

## Voice notes

error-evidence-not-audio = Hindi recording ng tunog ang file na ito. Tumatanggap ang Carnet ng sound file na WebM, Ogg, MP4, M4A, AAC, MP3 at WAV.
error-evidence-audio-is-video = Video ang file na ito. Tunog lang ang itinatago ng Carnet. Mag-record ng voice note, o pumili ng sound file.
error-evidence-audio-too-big = Masyadong malaki ang sound file ({ $megabytes } MB). Ang limit ay 5 MB. Mag-record ng mas maikling voice note.
error-evidence-audio-damaged = Sira o kulang ang sound file. I-record o piliin ulit ito.
error-evidence-not-evidence = Hindi litrato at hindi recording ng tunog ang file na ito. Tumatanggap ang Carnet ng litrato (JPEG, PNG, WebP) at sound file (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Hindi pinapayagang gamitin ng Carnet ang mikropono. Payagan ito sa settings ng iyong telepono, o maglakip ng sound file.
error-microphone-failed = Hindi makapag-record ang Carnet. Subukan ulit, o maglakip ng sound file.
error-recording-empty = Walang na-record. Subukan ulit at magsalita pagkatapos mong pindutin ang button.
error-evidence-missing = Wala pa sa device na ito ang litrato o voice note na ito ({ $sha }). Mag-sync para makuha ito.
