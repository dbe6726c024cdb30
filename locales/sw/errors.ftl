# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Nenosiri si sahihi. Likague na ujaribu tena. Herufi kubwa zinahesabika.
error-too-many-attempts = { $minutes ->
    [one] Manenosiri mengi yasiyo sahihi. Subiri dakika 1, kisha jaribu tena.
   *[other] Manenosiri mengi yasiyo sahihi. Subiri dakika { $minutes }, kisha jaribu tena.
}
error-passphrase-too-short = Nenosiri hili ni fupi mno. Tumia angalau herufi { $min }.

## The logbook files

error-no-logbook = Bado hakuna daftari katika folda hii. Tengeneza moja kwanza, au chagua folda lilipo daftari lako.
error-already-exists = Tayari kuna daftari katika folda hii. Hakuna kilichobadilishwa.
error-damaged-key-file = Ufunguo wa daftari lako umeharibika au haupo, kwa hivyo haliwezi kufunguliwa. Rudisha nakala kutoka hifadhi rudufu, au kutoka kifaa ulichokiunganisha na hiki.
error-damaged-database = Daftari lako limeharibika, kwa hivyo haliwezi kufunguliwa. Rudisha nakala kutoka hifadhi rudufu, au kutoka kifaa ulichokiunganisha na hiki.
error-too-new = { $what ->
    [export-file] Faili hii ilitengenezwa na toleo jipya zaidi la Carnet. Sasisha Carnet, kisha jaribu tena.
    [taxonomy] Data ya ESCO iliyokuja na Carnet ni ya toleo jipya zaidi la Carnet. Sasisha Carnet, kisha jaribu tena.
   *[other] Daftari lako lilihifadhiwa na toleo jipya zaidi la Carnet. Sasisha Carnet, kisha jaribu tena.
}
error-disk-full = Diski imejaa. Hakuna kilichopotea. Ondoa baadhi ya vitu, kwa mfano kwa kufuta faili za zamani, kisha jaribu tena.
error-io = Carnet haikuweza kusoma au kuandika faili za daftari lako. Hakikisha folda ipo na unaruhusiwa kuandika ndani yake, kisha jaribu tena.
error-internal = Kuna kitu kimeharibika ndani ya Carnet. Hili ni kosa la Carnet, si lako. Tafadhali waambie watu wanaotengeneza Carnet.

## Entries

error-not-found = Hakuna ingizo lenye kitambulisho “{ $id }”. Kagua kitambulisho na ujaribu tena.
error-ambiguous-id = Zaidi ya ingizo moja linaanza na “{ $id }”. Andika zaidi ya kitambulisho.

## Values the person typed

error-invalid-kind = “{ $value }” si aina ya ingizo. Tumia skill, qualification, experience, language au learning.
error-invalid-date = “{ $value }” si tarehe. Andika mwaka (2019), mwezi (2019-05) au siku (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” si kiwango cha lugha. Tumia A1, A2, B1, B2, C1 au C2.
    [qualification] “{ $value }” si kiwango cha sifa ya kielimu. Tumia namba kutoka 1 hadi 8 (EQF).
    [learning] “{ $value }” si kiwango cha kozi. Tumia namba kutoka 1 hadi 8 (EQF).
    [eqf] “{ $value }” si kiwango cha EQF. Tumia namba kutoka 1 hadi 8.
   *[other] “{ $value }” si kiwango. Tumia basic, intermediate, advanced au expert.
}
error-invalid-country = “{ $value }” si msimbo wa nchi. Tumia herufi mbili, kwa mfano SY, AF, ER au DE.
error-invalid-language = “{ $value }” si msimbo wa lugha. Tumia msimbo mfupi, kwa mfano ar, fa-AF au en.
error-invalid-esco = “{ $value }” si anwani ya ESCO. Inaanza na http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” si msimbo wa kazi wa ISCO-08. Tumia tarakimu 1 hadi 4, kwa mfano 7212.
error-invalid-proficiency = “{ $value }” si kiwango. Tumia basic, intermediate, advanced au expert.
error-invalid-context = “{ $value }” si njia ya kujifunza. Tumia formal, non-formal au informal.
error-invalid-stage = “{ $value }” si hatua. Tumia recruitment, pre-departure, arrival, career au return.
error-invalid-field = “{ $value }” si kitu unachoweza kubadilisha. Tumia kimojawapo cha: { $expected }.
error-empty-field = { $field ->
    [title] Kichwa ni tupu. Andika kichwa kifupi.
   *[other] { $field } ni tupu. Andika kitu ndani yake.
}
error-date-order = Tarehe ya mwisho { $to } iko kabla ya tarehe ya kuanza { $from }. Kagua tarehe zote mbili.
error-import-format = Faili hii si faili ya kuhamisha ya Carnet, kwa hivyo haiwezi kusomwa. Chagua faili ambayo Carnet ilihamisha.

## Photos

error-evidence-not-an-image = Faili hii si picha. Carnet inapokea picha za JPEG, PNG na WebP.
error-evidence-unsupported-format = Hii ni picha ya { $format }, na Carnet haiwezi kuitumia. Ihifadhi kama JPEG, PNG au WebP, kisha jaribu tena.
error-evidence-damaged = Picha imeharibika au haijakamilika. Piga au chagua picha tena.
error-evidence-too-large = Picha ni kubwa mno (pikseli { $width } × { $height }). Piga picha kwa ubora wa chini, au chagua nakala ndogo zaidi.
error-evidence-file-too-big = Faili ni kubwa mno (MB { $megabytes }). Kikomo ni MB 32. Chagua faili ndogo zaidi.
error-evidence-encode-failed = Carnet haikuweza kuhifadhi picha. Tafadhali jaribu tena. Ikitokea tena, tafadhali waambie watu wanaotengeneza Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” si anwani ya kitovu. Anwani ya kitovu inaonekana hivi: http://192.168.1.10:8470. Uliza kituo.
error-sync-no-hub = Bado hakuna kitovu kilichowekwa kwa daftari hili. Uliza kituo anwani ya kitovu chao.
error-sync-unreachable = Carnet haiwezi kufikia kitovu katika { $url }. Daftari lako liko salama kwenye kifaa hiki. Jaribu tena ukiwa umeunganishwa na mtandao wa kituo.
error-sync-refused = Kitovu hakikubali kifaa hiki kwa daftari hili. Kama uliondoa kifaa hiki kwenye daftari lako, hili linatarajiwa. La sivyo, uliza kituo.
error-sync-unknown-logbook = Kitovu bado hakina nakala ya daftari hili. Sawazisha kwanza kifaa chenye daftari lako, kisha jaribu tena.
error-sync-rate-limited = Kitovu kina shughuli nyingi. Subiri sekunde { $seconds }, kisha jaribu tena. Daftari lako liko salama kwenye kifaa hiki.
error-sync-hub-full = Kitovu hakina nafasi iliyobaki kwa daftari lako. Daftari lako liko salama kwenye kifaa hiki. Uliza kituo.
error-sync-hub-error = Kitovu kilikuwa na tatizo ({ $status } { $code }). Daftari lako liko salama kwenye kifaa hiki. Jaribu tena baadaye, au uliza kituo.
error-sync-protocol = Kitovu kilituma kitu ambacho toleo hili la Carnet haliwezi kusoma. Daftari lako liko salama kwenye kifaa hiki. Sasisha Carnet, au uliza kituo.
error-sync-forged = Kitovu kilituma badiliko lililoharibika au lililobadilishwa na mtu. Carnet haikulitumia, na daftari lako halikubadilishwa. Waambie kituo.
error-sync-incomplete = Kitovu hakikutuma mabadiliko yote kilichopaswa kutuma. Carnet haikuyatumia, na daftari lako halikubadilishwa. Jaribu tena baadaye, au waambie kituo.
error-sync-unknown-epoch = Kifaa hiki hakina ufunguo mpya zaidi wa daftari lako, kwa hivyo hakiwezi kusoma kilicho kwenye kitovu. Kama uliondoa kifaa hiki, hili linatarajiwa. La sivyo, kiunganishe tena.
error-sync-rolled-back = Kitovu kimepoteza baadhi ya data. Daftari lako kwenye kifaa hiki ni kamili na halijabadilishwa. Waambie kituo.
error-sync-pairing-code = Huu si msimbo wa kuunganisha, au sehemu yake inakosekana. Onyesha msimbo tena kwenye kifaa chako kingine, na uskani au uandike wote.
error-sync-pairing-expired = Msimbo huu wa kuunganisha ni wa zamani mno. Onyesha msimbo mpya kwenye kifaa chako kingine.
error-sync-pairing-taken = Kifaa kingine tayari kimejibu msimbo huu wa kuunganisha. Hakuna kilichoshirikiwa. Onyesha msimbo mpya kwenye kifaa chako kingine na ujaribu tena.
error-sync-pairing-refused = Kifaa chako kingine kimekataa muunganisho huu. Hakuna kilichoshirikiwa.
error-sync-remove-self = Hiki ndicho kifaa unachotumia. Ili kukiondoa, fanya hivyo kutoka kifaa chako kingine.
error-sync-cancelled = Umeacha kusubiri kifaa kingine. Hakuna kilichoshirikiwa. Anza tena vifaa vyote viwili vikiwa tayari.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Huu si msimbo wa mraba wa karatasi ya kurejesha ya Carnet, au Carnet haikuweza kuusoma wote. Piga picha iliyo wazi zaidi ya msimbo wote, au andika maneno 12.
error-sync-recovery-words = { $problem ->
    [count] Karatasi ya kurejesha ina maneno 12; wewe umetoa { $position }. Andika yote 12, kwa mpangilio.
    [unknown] Neno la { $position } si neno la karatasi za kurejesha. Kagua herufi zake kwenye karatasi.
   *[other] Maneno hayaendani: moja ni kosa, au mawili yamebadilishana nafasi. Kagua kila neno kwenye karatasi.
}
error-sync-recovery-no-box = Kitovu hakina chochote kwa karatasi hii ya kurejesha. Huenda karatasi mpya zaidi imeichukua nafasi, au karatasi ni ya kitovu kingine. Tumia karatasi yako mpya zaidi.
error-sheet-write = Carnet haikuweza kuandika karatasi katika { $path }. Kagua folda na nafasi iliyopo. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet haiwezi kupata faili yake ya data ya ESCO ({ $path }). Sakinisha Carnet tena.
error-taxonomy-damaged = Faili ya data ya ESCO ya Carnet imeharibika ({ $reason }). Sakinisha Carnet tena.
error-unknown-concept = Hakuna ujuzi au kazi ya ESCO inayoitwa “{ $concept }”. Tafuta anwani yake kwa carnet esco search.
error-not-an-occupation = “{ $concept }” ni ujuzi wa ESCO, si kazi. Tafuta kazi kwa carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet haikuweza kupata msimbo wa mraba kwenye picha hii. Piga picha iliyo wazi zaidi ya msimbo wote, au andika msimbo badala yake.
error-save-file = Carnet haikuweza kuhifadhi faili katika { $path }. Kagua nafasi iliyopo. ({ $reason })

## Voice notes

error-evidence-not-audio = Faili hii si rekodi ya sauti. Carnet inapokea faili za sauti za WebM, Ogg, MP4, M4A, AAC, MP3 na WAV.
error-evidence-audio-is-video = Faili hii ni video. Carnet inahifadhi sauti tu. Rekodi ujumbe wa sauti, au chagua faili ya sauti.
error-evidence-audio-too-big = Faili ya sauti ni kubwa mno (MB { $megabytes }). Kikomo ni MB 5. Rekodi ujumbe wa sauti mfupi zaidi.
error-evidence-audio-damaged = Faili ya sauti imeharibika au haijakamilika. Irekodi au ichague tena.
error-evidence-not-evidence = Faili hii si picha wala rekodi ya sauti. Carnet inapokea picha (JPEG, PNG, WebP) na faili za sauti (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet hairuhusiwi kutumia kipaza sauti. Iruhusu kwenye mipangilio ya simu yako, au ambatisha faili ya sauti.
error-microphone-failed = Carnet haikuweza kurekodi. Jaribu tena, au ambatisha faili ya sauti.
error-recording-empty = Hakuna kilichorekodiwa. Jaribu tena na uzungumze baada ya kubonyeza kitufe.
error-evidence-missing = Picha au ujumbe huu wa sauti bado haupo kwenye kifaa hiki ({ $sha }). Sawazisha ili uupate.
