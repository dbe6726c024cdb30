# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Uthibitisho wangu
app-present = Onyesha ujuzi wangu
app-verify = Kagua msimbo

## Wallet

app-wallet-title = Uthibitisho wangu
app-wallet-intro = Huu ni ujuzi ambao mtu amekutilia sahihi. Unaweza kuuonyesha kwa msimbo wa QR.
app-wallet-empty = Bado hakuna aliyekutilia sahihi ujuzi. Omba mkufunzi, mwajiri au kituo kithibitishe unachoweza kufanya.
app-wallet-by = Imetiwa sahihi na { $name } ({ $kind }, { $country })
app-wallet-issued = Ilitiwa sahihi { $date }
app-wallet-expires = Inafaa hadi { $date }
app-wallet-expired = Muda wake uliisha { $date }
app-wallet-no-expiry = Muda wake hauishi
app-wallet-damaged = Uthibitisho huu umeharibika na hauwezi kuonyeshwa. Omba mpya kutoka kwa mtu aliyeutia sahihi.
app-standing-valid = Umekaguliwa: umetiwa sahihi na mtu aliye kwenye orodha yako ya kuaminika
app-standing-unknown-issuer = Umetiwa sahihi, lakini mtia sahihi hayumo kwenye orodha yako ya kuaminika
app-standing-expired = Muda wake umeisha
app-standing-revoked = Umefutwa na mtia sahihi
app-standing-malformed = Umeharibika

## Present: choosing what to show

app-present-title = Onyesha ujuzi wangu
app-present-endorsed = Imetiwa sahihi na mtu
app-present-self = Nimesema mimi tu
app-present-self-hint = Mkaguzi anaona haya kama maneno yako mwenyewe, si kama yametiwa sahihi.
app-present-details = Nini kionyeshwe kwa kila kimoja
app-present-details-all = Kila kitu
app-present-details-short = Jina na kiwango tu
app-present-stage = Ni kwa ajili ya nani?
app-present-print = Kwa kuchapisha kwenye karatasi (inafaa kwa miaka 5)
app-present-make = Onyesha msimbo wa QR
app-present-none = Chagua angalau kitu kimoja cha kuonyesha.
app-present-nothing-yet = Daftari lako ni tupu. Ongeza kitu kwanza.

## Present: the QR code

app-qr-title = Waache waskani msimbo huu
app-qr-expires = Msimbo huu unafanya kazi hadi { $date }.
app-qr-preview = Kile mkaguzi ataona
app-qr-preview-hide = Ficha kile mkaguzi anaona
app-qr-done = Imekamilika
app-qr-preview-note = Hiki ndicho mkaguzi mwenye orodha za kuaminika sawa na za simu hii ataona.

## Verify

app-verify-title = Kagua msimbo
app-verify-intro = Piga au chagua picha ya msimbo wa QR wa Carnet. Hakuna kinachotumwa popote: ukaguzi unafanyika kwenye kifaa hiki.
app-verify-picture = Piga au chagua picha
app-verify-text = Au bandika maandishi ya msimbo (yanaanza na CN1:)
app-verify-check = Kagua
app-verify-checking = Inakagua…
app-verify-again = Kagua msimbo mwingine

## The verdict

app-verdict-title = Matokeo
app-verdict-made = Ulitengenezwa kwa { $stage } tarehe { $date }.
app-verdict-expires = Msimbo unafanya kazi hadi { $date }.
app-verdict-newer = Msimbo huu ulitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uukague.
app-item-endorsed = Imetiwa sahihi
app-item-self = Maneno yao wenyewe
app-item-assessed = Imekaguliwa kwa { $how }
app-item-hidden = { $count ->
    [one] Maelezo 1 yamefichwa na mtu huyo.
   *[other] Maelezo { $count } yamefichwa na mtu huyo.
}

## Errors of these screens

error-wallet-no-key = Daftari hili halina ufunguo wa kutia sahihi. Hakuna kilichoonyeshwa. Tafadhali ripoti tatizo hili.
error-wallet-not-endorsed = “{ $title }” bado halijatiwa sahihi na mtu yeyote. Lionyeshe kama “nimesema mimi tu”, au omba mtu alithibitishe.
error-wallet-credential-damaged = Uthibitisho wa “{ $title }” umeharibika. Lionyeshe kama “nimesema mimi tu”, au omba mpya.
error-wallet-entry-unfit = “{ $title }” haliwezi kuingia kwenye msimbo: { $field } yake ni ndefu mno au haiko katika muundo sahihi. Badilisha ingizo, kisha jaribu tena.
error-wallet-selected-twice = “{ $title }” limechaguliwa mara mbili. Lichague mara moja.
error-wallet-nothing-chosen = Chagua angalau kitu kimoja cha kuonyesha.
error-wallet-too-large = Hiki ni kingi mno kwa msimbo mmoja wa QR (herufi { $chars }). Chagua vitu vichache, au onyesha jina na kiwango tu.
error-wallet-credential = Msimbo haukuweza kutengenezwa. Hakuna kilichoonyeshwa. Tafadhali ripoti tatizo hili. (Kwa msaidizi: { $reason })
error-wallet-no-code = Hakuna msimbo wa QR wa Carnet uliopatikana kwenye picha hii. Piga picha tena, karibu zaidi na wazi zaidi, msimbo wote ukiwa ndani.
error-wallet-not-a-picture = Faili hii si picha ambayo Carnet inaweza kusoma. Tumia picha (JPEG au PNG).
error-wallet-picture-too-large = Picha ni kubwa mno (pikseli { $width } × { $height }). Piga ndogo zaidi na ujaribu tena.
error-wallet-got-request = Hili ni ombi la kutia sahihi ujuzi wa mtu, si msimbo unaoonyesha ujuzi. Hakuna kilichokaguliwa.
error-wallet-trust-damaged = Orodha zako za kuaminika zimeharibika au zilibadilishwa. Zilete tena. Hadi hapo, hakuna mtia sahihi anayehesabiwa kuwa wa kuaminika.
error-wallet-trust-unreadable = Carnet haikuweza kusoma orodha zako za kuaminika katika { $path }. Hakikisha kifaa kina nafasi. (Kwa msaidizi: { $reason })
error-wallet-not-yours = Uthibitisho huu ulitengenezwa kwa daftari la mtu mwingine, si lako. Hakuna kilichohifadhiwa. Hakikisha umepokea faili yako mwenyewe.
error-wallet-bad-signature = Sahihi kwenye faili hii hailingani: ilibadilishwa au imeharibika. Hakuna kilichohifadhiwa. Omba faili tena.
error-wallet-not-a-credential = Faili hii si uthibitisho uliotiwa sahihi kutoka Carnet. Hakuna kilichohifadhiwa. Muombe aliyetia sahihi faili aliyoitengeneza.
error-wallet-too-many = Omba vitu { $max } au vichache kwa wakati mmoja. Chagua vichache.
error-wallet-not-from-request = Uthibitisho huu hausemi unathibitisha ingizo lipi lako. Hakuna kilichohifadhiwa. Omba mpya, uliotengenezwa kutoka msimbo wako wa ombi.
error-wallet-entry-gone = Uthibitisho huu unathibitisha ingizo ambalo halipo tena kwenye daftari lako. Hakuna kilichohifadhiwa. Kama ulilifuta, liongeze tena kutoka nakala, kisha omba uthibitisho mpya.

## Asking for a signature, and keeping it

app-request = Omba sahihi
app-request-title = Omba sahihi
app-request-intro = Onyesha msimbo huu kwa mkufunzi, mwajiri au kituo kitakachothibitisha unachoweza kufanya. Wanauskani kwa Carnet na kukurudishia faili iliyotiwa sahihi.
app-request-key = Ufunguo wako: { $kid }. Mtu anayetia sahihi anaona msimbo huo huo.
app-request-text = Msimbo huo huo kama maandishi, wa kutuma kwa ujumbe
app-request-next = Ukipata faili iliyotiwa sahihi, fungua “Uthibitisho wangu” na ugonge “Ongeza faili iliyotiwa sahihi”.
app-receive = Ongeza faili iliyotiwa sahihi
app-received = Imehifadhiwa: { $name } ({ $kind }) ametia sahihi { $titles }.
