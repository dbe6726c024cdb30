# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Tengeneza faili inayoomba mkufunzi, mwajiri au kituo kithibitishe maingizo.
    .long = Tengeneza ombi linalomwomba mkufunzi, mwajiri, kituo, chuo au mfanyakazi mwenzako athibitishe ("atoe uthibitisho") baadhi ya maingizo yako: faili, msimbo wa QR (jina linaloishia na .png au .svg) wa kuonyesha kwenye simu yako au kuchapisha, au kwa --text maandishi ya kutuma kwa ujumbe. Wape. Wanalitia sahihi na kukurudishia faili ya uthibitisho, ambayo unaihifadhi kwa: carnet receive
cli-cmd-holder-receive = Hifadhi uthibitisho ambao mkufunzi, mwajiri au kituo kimekutilia sahihi.
cli-cmd-holder-credentials = Orodhesha uthibitisho ulionao, ingizo kwa ingizo. Pia: carnet wallet
cli-cmd-holder-present = Onyesha maingizo uliyochagua kama msimbo mmoja wa QR ambao yeyote anaweza kukagua bila intaneti.
    .long = Onyesha maingizo uliyochagua kama msimbo mmoja wa QR ambao yeyote anaweza kukagua bila intaneti. Maingizo yaliyothibitishwa yanaonyeshwa pamoja na aliyeyathibitisha; maingizo yaliyotolewa kwa --self-declared yanaonyeshwa kama yamesemwa na wewe tu. Kwenye skrini msimbo unafanya kazi kwa saa 24; kwa --print, kwa miaka 5.
cli-cmd-holder-export = Andika ingizo lililothibitishwa kama W3C Verifiable Credential (Open Badges 3.0) kwa programu nyingine.
    .long = Andika ingizo lililothibitishwa kama W3C Verifiable Credential 2.0 (beji ya Open Badges 3.0), iliyotiwa sahihi na mtu aliyelithibitisha, ili pochi na programu nyingine ziweze kulikagua. Bila --out linaandikwa kwenye skrini.

## Help: arguments

cli-arg-holder-request-ids = Maingizo ya kuthibitisha: vitambulisho vyake, au herufi 4 za kwanza au zaidi za kila kimoja. Ili kuona vitambulisho, andika: carnet list
cli-arg-holder-request-out = Mahali pa kuandika ombi: jina linaloishia na .png au .svg linatengeneza picha ya msimbo wa QR; jina jingine lolote, kama request.cbor, faili.
cli-arg-holder-request-text = Andika maandishi ya ombi (yanaanza na CNR1:) kwenye skrini, ili uyatume kama ujumbe.
cli-arg-holder-receive-file = Faili ya uthibitisho uliyopewa, kwa mfano credential.cbor.
cli-arg-holder-present-select = Maingizo yaliyothibitishwa ya kuonyesha: vitambulisho vyake, au herufi 4 za kwanza au zaidi za kila kimoja.
cli-arg-holder-present-fields = Onyesha sehemu hizi tu za kila ingizo, zikitenganishwa kwa koma, kwa mfano title,level. Nyingine zinabaki zimefichwa. Sehemu ni: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Bila hii, kila kitu kinaonyeshwa.
cli-arg-holder-present-self-declared = Maingizo ya kuonyesha kama yamesemwa na wewe tu, hayajathibitishwa na mtu yeyote.
cli-arg-holder-present-stage = Unaonyesha kwa ajili ya nini: recruitment, pre-departure, arrival, career au return. Bila hii: recruitment.
cli-arg-holder-present-audience = Unamwonyesha nani, kama walikuomba uwataje, kwa mfano jina la wakala.
cli-arg-holder-present-nonce = Msimbo uliopewa na mtu anayekagua, kama alikupa (herufi 0-9 na a-f).
cli-arg-holder-present-print = Itengeneze kwa karatasi: msimbo unastahimili mikwaruzo na mikunjo vizuri zaidi, na unafanya kazi kwa miaka 5 badala ya saa 24.
cli-arg-holder-present-out = Picha ya kuandika: jina linaloishia na .png au .svg.
cli-arg-holder-present-text = Andika pia maandishi yaliyo ndani ya msimbo wa QR, ili uyatume kama ujumbe.
cli-arg-holder-export-id = Ingizo lililothibitishwa: kitambulisho chake, au herufi 4 za kwanza au zaidi.
cli-arg-holder-export-format = Muundo wa kuandika. Tu: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Liandike kama tokeni iliyotiwa sahihi (VC-JWT) badala ya JSON yenye uthibitisho.
cli-arg-holder-export-out = Faili ya kuandika, kwa mfano badge.json au badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Ombi hili linaomba kuthibitisha ingizo 1.
       *[other] Ombi hili linaomba kuthibitisha maingizo { $count }.
    } Mtu anayethibitisha ataona sehemu hizi za kila moja:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Ombi limeandikwa katika { $path }.
holder-request-next = Mpe faili mtu anayethibitisha. Akikurudishia faili ya uthibitisho, andika: carnet receive FILE
holder-receive-done = Imehifadhiwa: imethibitishwa na { $issuer }, { $kind }, { $country }. Jinsi walivyokagua: { $assessed }.
holder-validity-until = Ilitolewa { $issued }. Inafaa hadi { $expires }.
holder-validity-open = Ilitolewa { $issued }. Haina tarehe ya mwisho.
holder-wallet-empty = Bado huna uthibitisho wowote. Ili kuomba mmoja, andika: carnet request ID --out request.cbor
holder-wallet-damaged = Uthibitisho usioweza kusomeka tena. Omba mpya kutoka kwa mtu aliyekupa.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ilitolewa { $issued }, inafaa hadi { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ilitolewa { $issued }, haina tarehe ya mwisho
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ilitolewa { $issued }, iliisha { $expires }
holder-present-nothing = Sema nini kionyeshwe: --select ID kwa maingizo yaliyothibitishwa, --self-declared ID kwa mengine.
holder-present-done = Msimbo wa QR umeandikwa katika { $path }: { $endorsed } yamethibitishwa, { $declared } umesema wewe.
holder-present-size = Ukubwa: QR toleo { $version }, kiwango { $ec }, herufi { $chars }.
holder-present-expires = Unaweza kukaguliwa hadi { $when } (saa { $hours }).
holder-present-by-kid = Ili utoshe, watia sahihi wametajwa kwa alama fupi. Anayekagua anaona ni akina nani tu kama orodha yake ya watia sahihi wa kuaminika inao.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = mkufunzi
holder-issuer-kind-employer = mwajiri
holder-issuer-kind-centre = kituo
holder-issuer-kind-college = chuo
holder-issuer-kind-colleague = mfanyakazi mwenzako (mtu aliyefanya kazi nawe, si shirika)

## How they checked

holder-assessed-observation = walikutazama ukifanya kazi
holder-assessed-test = mtihani
holder-assessed-document = walikagua hati
holder-assessed-interview = mahojiano

## Errors

error-holder-no-key = Daftari hili halina ufunguo wa kutia sahihi uthibitisho. Hakuna kilichobadilishwa. Tafadhali ripoti tatizo hili.
error-holder-write-file = Faili { $path } haikuweza kuandikwa: { $reason }. Hakikisha folda ipo na kuna nafasi, kisha jaribu tena.
error-holder-entry-unfit = Ingizo "{ $title }" haliwezi kuwekwa kwenye uthibitisho: { $field } yake ni ndefu mno au haiko katika muundo sahihi. Libadilishe kwa carnet edit, kisha jaribu tena.
error-holder-unknown-field = "{ $value }" si sehemu ya ingizo inayoweza kuonyeshwa. Sehemu ni: { $known }.
error-holder-credential-no-entries = Uthibitisho { $path } hausemi unathibitisha ingizo lipi lako. Hakuna kilichohifadhiwa. Omba mpya uliotengenezwa kutoka faili ya ombi: carnet request
error-holder-credential-entry-gone = Uthibitisho { $path } unathibitisha ingizo ambalo halipo tena kwenye daftari lako ({ $id }). Hakuna kilichohifadhiwa. Kama ulilifuta kwenye kifaa hiki, liongeze kutoka nakala ya daftari, kisha jaribu tena.
error-holder-credential-damaged = Uthibitisho wa ingizo "{ $title }" hauwezi kusomeka tena. Omba mpya kutoka kwa mtu aliyeuthibitisha.
error-holder-not-endorsed = Ingizo "{ $title }" bado halijathibitishwa na mtu yeyote. Lionyeshe kwa --self-declared, au omba uthibitisho: carnet request
error-holder-selected-twice = Ingizo "{ $title }" limetolewa kwa --select na pia kwa --self-declared. Litoe mara moja.
error-holder-bad-stage = "{ $value }" si hatua. Hatua ni: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Mpokeaji lazima awe herufi 1 hadi 100, kwenye mstari mmoja.
error-holder-bad-nonce = "{ $value }" si msimbo kutoka kwa mtu anayekagua: lazima uwe herufi 2 hadi 128 za 0-9 na a-f.
error-holder-bad-out = Picha { $path } lazima iwe na jina linaloishia na .png au .svg.
error-holder-no-vc = Uthibitisho wa "{ $title }" kutoka { $issuer } ulitengenezwa kabla Carnet haijaweza kuuandika kama uthibitisho wa W3C, na ni wao tu wanaoweza kuutia sahihi. Waombe wauthibitishe tena: tengeneza ombi jipya (carnet request ID --out request.cbor), wape, na uhifadhi faili watakayokurudishia (carnet receive FILE).
