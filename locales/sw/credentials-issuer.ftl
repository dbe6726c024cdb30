# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Tia sahihi ujuzi wa watu wengine, kama mkufunzi, mwajiri, kituo, chuo au mfanyakazi mwenzako.
cli-cmd-issuer-init = Tengeneza ufunguo wako wa kutia sahihi kama mtia sahihi. Umefungwa kwa nenosiri.
cli-cmd-issuer-show = Onyesha jina lako la mtia sahihi, aina na ufunguo wa umma. Nenosiri halihitajiki.
cli-cmd-issuer-revoke = Futa uthibitisho mmoja uliotia sahihi, kwa namba yake.
cli-cmd-issuer-status-list = Andika orodha iliyotiwa sahihi ya uthibitisho uliofuta, ili uwape wakaguzi.
cli-cmd-endorse = Tia sahihi ombi ulilopewa na mtu, na uandike uthibitisho wa kurudisha.
cli-cmd-trust = Chagua sahihi za nani unaziamini unapokagua msimbo wa QR.
cli-cmd-trust-anchor = Misingi ya uaminifu: mitandao au mamlaka zinazowadhamini watia sahihi.
cli-cmd-trust-anchor-init = Tengeneza ufunguo wa kutia sahihi kama msingi wa uaminifu, ili kuwadhamini watia sahihi.
cli-cmd-trust-anchor-show = Onyesha jina na ufunguo wa umma wa msingi wako wa uaminifu.
cli-cmd-trust-anchor-add = Amini orodha zilizotiwa sahihi kwa ufunguo wa msingi huu wa uaminifu.
cli-cmd-trust-bundle = Kama msingi wa uaminifu, tia sahihi orodha ya watia sahihi unaowadhamini.
cli-cmd-trust-import = Ongeza orodha iliyotiwa sahihi ya watia sahihi wa kuaminika kutoka faili.
cli-cmd-trust-list = Onyesha watia sahihi unaowaamini, na umri wa kila orodha.
cli-cmd-revocation = Orodha za uthibitisho ambao watia sahihi wameufuta.
cli-cmd-revocation-import = Ongeza orodha iliyotiwa sahihi ya mtia sahihi ya uthibitisho aliofuta.
cli-cmd-verify = Kagua msimbo wa QR wa Carnet: nani alitia sahihi kila ujuzi, na kama bado unafaa.

## Help: what to give

cli-arg-issuer-name = Jina lako au jina la shirika lako, kama watu wanavyopaswa kuliona.
cli-arg-issuer-country = Nchi yako, kwa herufi mbili, kama KE au PT.
cli-arg-issuer-kind = Wewe ni nani: trainer, employer, centre, college au colleague.
cli-arg-revoke-index = Namba ya uthibitisho wa kufuta.
cli-arg-cred-out = Faili ya kuandika.
cli-arg-endorse-request = Ombi ulilopewa na mtu: faili (request.cbor), picha ya msimbo wake wa QR (PNG au JPEG), au faili ya maandishi yenye maandishi yanayoanza na CNR1:
cli-arg-endorse-text = Maandishi ya ombi, yanayoanza na CNR1:, kama mtu aliyatuma kama ujumbe. Badala ya faili.
cli-arg-endorse-assessed-by = Jinsi ulivyokagua ujuzi: observation, test, document au interview.
cli-arg-endorse-expires = Siku ya mwisho uthibitisho unafaa, kama 2027-05-14. Bila hii, hauishi.
cli-arg-endorse-valid-days = Uthibitisho unafaa kwa siku ngapi, kuanzia leo.
cli-arg-anchor-name = Jina la msingi wa uaminifu, kama watu wanavyopaswa kuliona.
cli-arg-anchor-key = Ufunguo wa umma wa msingi wa uaminifu: herufi na tarakimu 64.
cli-arg-bundle-issuer = Faili ya mtia sahihi, kutoka carnet issuer show --json. Itoe mara moja kwa kila mtia sahihi.
cli-arg-trust-file = Faili ya orodha ya kuaminika (.cbor).
cli-arg-status-file = Faili ya orodha ya mtia sahihi (.cbor).
cli-arg-verify-image = Picha ya msimbo wa QR: PNG, JPEG au WebP.
cli-arg-verify-text = Maandishi ya msimbo wa QR, yanayoanza na CN1:
cli-arg-verify-nonce = Namba uliyomwomba mtu aiweke kwenye msimbo (hex).
cli-arg-verify-audience = Jina uliloomba mtu aliweke kwenye msimbo.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Ufunguo wako wa mtia sahihi kwa { $name } uko tayari. Weka nenosiri lako salama: bila hilo huwezi kutia sahihi.
issuer-label-name = Jina:
issuer-label-country = Nchi:
issuer-label-kind = Aina:
issuer-label-public-key = Ufunguo wa umma:
issuer-label-kid = Alama ya ufunguo:
issuer-label-issued = Namba zilizotolewa:
issuer-label-revoked = Zilizofutwa:
issuer-revoked = Uthibitisho namba { $index } umefutwa.
issuer-already-revoked = Uthibitisho namba { $index } ulikuwa umeshafutwa.
issuer-revoked-next-step = Wakaguzi wanajua hili tu kutoka orodha yako ijayo: iandike kwa carnet issuer status-list --out list.cbor, kisha uwape faili.
issuer-status-list-written = { $count ->
    [one] Orodha iko katika { $path }. Inataja uthibitisho 1 uliofutwa.
   *[other] Orodha iko katika { $path }. Inataja uthibitisho { $count } uliofutwa.
}

endorse-intro = { $count ->
    [one] Unakaribia kutia sahihi ingizo 1 kwa mtu mwenye ufunguo { $holder }:
   *[other] Unakaribia kutia sahihi maingizo { $count } kwa mtu mwenye ufunguo { $holder }:
}
endorse-entry = { $title } ({ $kind }, kiwango { $level }, { $dates })
endorse-untitled = (hakuna kichwa)
endorse-how-observation = Unasema uliwatazama wakifanya.
endorse-how-test = Unasema walifaulu mtihani.
endorse-how-document = Unasema ulikagua hati.
endorse-how-interview = Unasema ulikagua kwa mahojiano.
endorse-expires-on = Unafaa hadi { $date }.
endorse-no-expiry = Hauishi.
endorse-written = { $count ->
    [one] Imetiwa sahihi. Mrudishie mtu { $path }. Namba yake ni { $first }.
   *[other] Imetiwa sahihi. Mrudishie mtu { $path }. Namba zake ni { $first } hadi { $last }.
}

trust-anchor-added = Sasa unaamini orodha zilizotiwa sahihi na { $name } (alama ya ufunguo { $kid }).
trust-bundle-written = { $count ->
    [one] Orodha iliyotiwa sahihi ya mtia sahihi 1 iko katika { $path }.
   *[other] Orodha iliyotiwa sahihi ya watia sahihi { $count } iko katika { $path }.
}
trust-imported = { $count ->
    [one] Imeongezwa orodha ya kuaminika ya mtia sahihi 1, iliyotengenezwa { $date }.
   *[other] Imeongezwa orodha ya kuaminika ya watia sahihi { $count }, iliyotengenezwa { $date }.
}
trust-list-empty = Bado huamini mtia sahihi yeyote. Ongeza orodha ya kuaminika kwa carnet trust import.
trust-list-bundle = { $days ->
    [0] Orodha ya kuaminika kutoka { $anchor }, iliyotengenezwa leo ({ $date }):
    [one] Orodha ya kuaminika kutoka { $anchor }, iliyotengenezwa siku 1 iliyopita ({ $date }):
   *[other] Orodha ya kuaminika kutoka { $anchor }, iliyotengenezwa siku { $days } zilizopita ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, alama ya ufunguo { $kid }
revocation-imported = { $count ->
    [one] Imeongezwa orodha ya { $name }, iliyotengenezwa { $date }: uthibitisho 1 umefutwa.
   *[other] Imeongezwa orodha ya { $name }, iliyotengenezwa { $date }: uthibitisho { $count } umefutwa.
}

## Errors of these commands

error-issuer-exists = Tayari kuna ufunguo wa mtia sahihi katika folda hii. Hakuna kilichobadilishwa.
error-no-issuer = Bado hakuna ufunguo wa mtia sahihi katika folda hii. Tengeneza mmoja kwa carnet issuer init.
error-issuer-damaged = Ufunguo wa mtia sahihi katika folda hii umeharibika au haulingani na maelezo yake. Rudisha nakala kutoka hifadhi rudufu.
error-anchor-exists = Tayari kuna ufunguo wa msingi wa uaminifu katika folda hii. Hakuna kilichobadilishwa.
error-no-anchor = Bado hakuna ufunguo wa msingi wa uaminifu katika folda hii. Tengeneza mmoja kwa carnet trust anchor init.
error-anchor-damaged = Ufunguo wa msingi wa uaminifu katika folda hii umeharibika au haulingani na maelezo yake. Rudisha nakala kutoka hifadhi rudufu.
error-identity-too-new = Ufunguo huu ulitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uutumie.
error-storage-file = Carnet haikuweza kuandika au kusoma { $path }. Hakikisha kuna nafasi na unaruhusiwa kuandika hapo. (Kwa msaidizi: { $reason })
error-file-too-big = { $path } ni kubwa mno kuwa faili ya Carnet.
error-issuer-kind = “{ $value }” si aina ya mtia sahihi. Andika trainer, employer, centre, college au colleague.
error-assessed-by = “{ $value }” si njia ya kukagua. Andika observation, test, document au interview.
error-expires-date = “{ $value }” si siku. Iandike kama mwaka-mwezi-siku, kama 2027-05-14.
error-expires-past = Siku ya mwisho lazima iwe baada ya leo.
error-issuer-indexes-used-up = Ufunguo huu wa mtia sahihi umetoa namba zake zote. Tengeneza ufunguo mpya wa mtia sahihi.
error-revoke-not-issued = Hujatia sahihi uthibitisho wenye namba { $index }. Namba zako ni kuanzia 0 hadi chini ya { $next }.
error-anchor-name = Jina lazima liwe na herufi 1 hadi 100.
error-anchor-known = Tayari unaamini msingi huu wa uaminifu (alama ya ufunguo { $kid }).
error-issuer-file = { $path } si faili ya mtia sahihi. Muombe mtia sahihi matokeo ya carnet issuer show --json.
error-trust-bundle-not-newer = Tayari una orodha hii ya kuaminika au mpya zaidi kutoka msingi huo huo wa uaminifu. Hakuna kilichobadilishwa.
error-status-list-not-newer = Tayari una orodha mpya zaidi kutoka kwa mtia sahihi huyu. Hakuna kilichobadilishwa.
error-status-list-issuer-unknown = Orodha hii ni ya mtia sahihi ambaye bado humwamini (alama ya ufunguo { $kid }). Kwanza leta orodha ya kuaminika inayomtaja.
error-verifier-damaged = Orodha zako za kuaminika zilizohifadhiwa zimeharibika au zilibadilishwa. Zilete tena.
error-verify-nonce = “{ $value }” si namba ya hex, kama 3fa9.
error-verify-got-request = Hili ni ombi la kuthibitisha maingizo ya mtu (maandishi yake yanaanza na CNR1:), si msimbo unaoonyesha ujuzi. Hakuna kilichokaguliwa. Mtu anayethibitisha analitia sahihi kwa: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Huu ni msimbo unaoonyesha ujuzi wa mtu (maandishi yake yanaanza na CN1:), si ombi la kuuthibitisha. Hakuna kilichotiwa sahihi. Ili kuukagua, andika: carnet verify PICTURE, au carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Orodha ya kuaminika imeharibika au si orodha ya kuaminika.
error-trust-bundle-wrong-file = Hii ni aina nyingine ya faili ya Carnet, si orodha ya kuaminika.
error-trust-bundle-newer-version = Orodha hii ya kuaminika ilitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uisome.
error-trust-bundle-unknown-anchor = Orodha hii ya kuaminika imetiwa sahihi na msingi wa uaminifu usiouamini (alama ya ufunguo { $kid }). Uongeze kwanza kwa carnet trust anchor add, kama unaujua.
error-trust-bundle-bad-signature = Sahihi kwenye orodha hii ya kuaminika hailingani. Faili ilibadilishwa au imeharibika.
error-trust-bundle-invalid = Thamani katika orodha ya kuaminika haiwezi kutumika ({ $field }).
error-trust-bundle-too-large = Orodha ya kuaminika ni kubwa mno.
error-status-list-malformed = Orodha imeharibika au si orodha ya uthibitisho uliofutwa.
error-status-list-wrong-file = Hii ni aina nyingine ya faili ya Carnet, si orodha ya uthibitisho uliofutwa.
error-status-list-newer-version = Orodha hii ilitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uisome.
error-status-list-wrong-issuer = Orodha hii ni ya mtia sahihi mwingine ({ $found }, si { $expected }).
error-status-list-bad-signature = Sahihi kwenye orodha hii hailingani. Faili ilibadilishwa au imeharibika.
error-status-list-invalid = Thamani katika orodha haiwezi kutumika ({ $field }).
error-status-list-too-large = Orodha ni kubwa mno.
