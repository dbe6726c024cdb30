# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Ombi hili limeharibika, au si ombi la Carnet. Liombe tena.
        [credential] Faili hii ya uthibitisho imeharibika, au si uthibitisho wa Carnet. Muombe mtu aliyethibitisha maingizo yako aitume tena.
       *[other] Hiki kimeharibika, au si faili ya Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Hili si ombi la Carnet: ni aina nyingine ya faili ya Carnet. Ombi linatengenezwa kwa carnet request.
        [credential] Huu si uthibitisho wa Carnet: ni aina nyingine ya faili ya Carnet. Hakikisha umechagua faili uliyopewa na mtu aliyethibitisha maingizo yako.
       *[other] Hii ni aina nyingine ya faili ya Carnet. Hakikisha umechagua faili sahihi.
    }
error-credential-newer-version = { $what ->
        [request] Ombi hili lilitengenezwa na Carnet mpya zaidi.
        [credential] Uthibitisho huu ulitengenezwa na Carnet mpya zaidi.
        [text] Msimbo huu ulitengenezwa na Carnet mpya zaidi.
       *[other] Hiki kilitengenezwa na Carnet mpya zaidi.
    } Sasisha Carnet, kisha jaribu tena.
error-credential-invalid-field = Thamani haiwezi kutumika ({ $field }): ni ndefu mno au haiko katika muundo sahihi. Hakuna kilichoandikwa.
error-credential-entry-count = Ombi lina maingizo 1 hadi { $max }, si { $found }. Ili kuthibitishwa zaidi, tengeneza maombi mawili.
error-credential-invalid-key = Huu si ufunguo wa umma halali. Hakikisha umenakiliwa wote.
error-credential-bad-signature = Sahihi kwenye uthibitisho huu hailingani: ulibadilishwa au uliharibika baada ya kutiwa sahihi. Hakuna kilichohifadhiwa. Omba faili tena.
error-credential-not-yours = Uthibitisho huu ulitengenezwa kwa daftari la mtu mwingine, si lako. Hakuna kilichohifadhiwa. Hakikisha umepokea faili yako mwenyewe.
error-credential-no-such-entry = Hakuna ingizo { $index } katika uthibitisho huu.
error-credential-duplicate-entry = Ingizo { $index } limechaguliwa mara mbili.
error-credential-wrong-prefix = Maandishi haya si msimbo wa Carnet: hayaanzi na CN1: (ujuzi wa kukagua) au CNR1: (ombi la kuthibitisha).
error-credential-base45 = Maandishi yana herufi ambazo msimbo wa Carnet hauwezi kuwa nazo. Huenda yamekatwa au yameandikwa vibaya.
error-credential-zlib = Msimbo umekatwa au umeharibika.
error-credential-too-large = Msimbo ni mkubwa mno kuwa msimbo wa Carnet.

## QR codes

error-qr-not-alphanumeric = Maandishi yana herufi ambazo msimbo wa QR wa Carnet hauwezi kubeba. Hii ni hitilafu ya Carnet; tafadhali iripoti.
error-qr-too-large = Hiki ni kingi mno kwa msimbo mmoja wa QR: herufi { $chars }, na msimbo wa QR ambao simu husoma vizuri (toleo { $version }, kiwango { $ec }) unabeba { $capacity }. Hakuna kilichoandikwa. { $what ->
        [request] Omba maingizo machache kwa wakati mmoja, au andika ombi kwenye faili inayoishia na .cbor badala yake.
       *[other] Chagua maingizo machache, au onyesha sehemu chache kwa --fields.
    }
error-qr-bad-version = Ukubwa huo wa msimbo wa QR haupo.
error-qr-bad-module-size = Ukubwa huo wa nukta hauwezekani.
error-qr-not-an-image = Faili si picha ambayo Carnet inaweza kusoma. Tumia PNG, JPEG au WebP.
error-qr-image-too-large = Picha ni kubwa mno (pikseli { $width } × { $height }). Ipunguze na ujaribu tena.
error-qr-not-found = Hakuna msimbo wa QR uliosomeka kwenye picha. Piga picha iliyo wazi zaidi na karibu zaidi, msimbo wote ukiwa ndani.
error-qr-render-failed = Picha ya QR haikuweza kutengenezwa. Hii ni hitilafu ya Carnet; tafadhali iripoti.
