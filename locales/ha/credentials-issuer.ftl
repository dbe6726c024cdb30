# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Sa hannu kan ƙwarewar wasu mutane, a matsayin mai horarwa, mai ɗaukar aiki, cibiya, kwaleji ko abokin aiki.
cli-cmd-issuer-init = Ƙirƙiri maɓallin sa hannunku a matsayin mai sa hannu. Ana kulle shi da kalmar sirri.
cli-cmd-issuer-show = Nuna sunanku na mai sa hannu, nau'i da maɓallin jama'a. Ba a buƙatar kalmar sirri.
cli-cmd-issuer-revoke = Janye shaida ɗaya da kuka sa hannu, ta lambarta.
cli-cmd-issuer-status-list = Rubuta jerin da aka sa hannu na shaidun da kuka janye, don bai wa masu dubawa.
cli-cmd-endorse = Sa hannu kan roƙon da wani ya ba ku, ku rubuta shaidar da za ku mayar.
cli-cmd-trust = Zaɓi sa hannun waɗanda kuka amince da su lokacin da kuke duba lambar QR.
cli-cmd-trust-anchor = Tushen amana: hanyoyin sadarwa ko hukumomin da ke lamunta masu sa hannu.
cli-cmd-trust-anchor-init = Ƙirƙiri maɓallin sa hannu a matsayin tushen amana, don lamunta masu sa hannu.
cli-cmd-trust-anchor-show = Nuna suna da maɓallin jama'a na tushen amanarku.
cli-cmd-trust-anchor-add = Amince da jerin da maɓallin wannan tushen amana ya sa hannu.
cli-cmd-trust-bundle = A matsayin tushen amana, sa hannu kan jerin masu sa hannun da kuke lamunta.
cli-cmd-trust-import = Ƙara jerin amintattun masu sa hannu da aka sa hannu daga fayil.
cli-cmd-trust-list = Nuna masu sa hannun da kuka amince da su, da shekarun kowane jeri.
cli-cmd-revocation = Jerin shaidun da masu sa hannu suka janye.
cli-cmd-revocation-import = Ƙara jerin da mai sa hannu ya sa hannu na shaidun da ya janye.
cli-cmd-verify = Duba lambar QR ta Carnet: wa ya sa hannu kan kowace ƙwarewa, kuma ko tana aiki har yanzu.

## Help: what to give

cli-arg-issuer-name = Sunanku ko sunan ƙungiyarku, kamar yadda ya kamata mutane su gani.
cli-arg-issuer-country = Ƙasarku, da haruffa biyu, kamar KE ko PT.
cli-arg-issuer-kind = Abin da kuke: trainer, employer, centre, college ko colleague.
cli-arg-revoke-index = Lambar shaidar da za a janye.
cli-arg-cred-out = Fayil ɗin da za a rubuta.
cli-arg-endorse-request = Roƙon da mutumin ya ba ku: fayil ɗin (request.cbor), hoton lambar QR ɗinsa (PNG ko JPEG), ko fayil ɗin rubutu mai rubutun da ke farawa da CNR1:
cli-arg-endorse-text = Rubutun roƙon, mai farawa da CNR1:, idan mutumin ya aiko shi ta saƙo. Maimakon fayil.
cli-arg-endorse-assessed-by = Yadda kuka duba ƙwarewar: observation, test, document ko interview.
cli-arg-endorse-expires = Rana ta ƙarshe da shaidar ke aiki, kamar 2027-05-14. Ba tare da shi ba, ba ta ƙarewa.
cli-arg-endorse-valid-days = Kwanaki nawa shaidar za ta yi aiki, daga yau.
cli-arg-anchor-name = Sunan tushen amana, kamar yadda ya kamata mutane su gani.
cli-arg-anchor-key = Maɓallin jama'a na tushen amana: haruffa da lambobi 64.
cli-arg-bundle-issuer = Fayil ɗin mai sa hannu, daga carnet issuer show --json. Bayar da shi sau ɗaya ga kowane mai sa hannu.
cli-arg-trust-file = Fayil ɗin jerin amintattu (.cbor).
cli-arg-status-file = Fayil ɗin jerin mai sa hannu (.cbor).
cli-arg-verify-image = Hoton lambar QR: PNG, JPEG ko WebP.
cli-arg-verify-text = Rubutun lambar QR, mai farawa da CN1:
cli-arg-verify-nonce = Lambar da kuka roƙi mutumin ya sa a cikin lambar (hex).
cli-arg-verify-audience = Sunan da kuka roƙi mutumin ya sa a cikin lambar.

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

issuer-created = Maɓallin mai sa hannunku don { $name } ya shirya. Ku kiyaye kalmar sirrinku: ba tare da ita ba ba za ku iya sa hannu ba.
issuer-label-name = Suna:
issuer-label-country = Ƙasa:
issuer-label-kind = Nau'i:
issuer-label-public-key = Maɓallin jama'a:
issuer-label-kid = Alamar maɓalli:
issuer-label-issued = Lambobin da aka bayar:
issuer-label-revoked = An janye:
issuer-revoked = An janye shaida lamba { $index }.
issuer-already-revoked = An riga an janye shaida lamba { $index }.
issuer-revoked-next-step = Masu dubawa za su sani ne kawai daga jerinku na gaba: rubuta shi da carnet issuer status-list --out list.cbor, sannan ku ba su fayil ɗin.
issuer-status-list-written = { $count ->
    [one] Jerin yana cikin { $path }. Yana ambaton shaida 1 da aka janye.
   *[other] Jerin yana cikin { $path }. Yana ambaton shaidu { $count } da aka janye.
}

endorse-intro = { $count ->
    [one] Kuna shirin sa hannu kan shigarwa 1 ga mutumin da ke da maɓalli { $holder }:
   *[other] Kuna shirin sa hannu kan shigarwa { $count } ga mutumin da ke da maɓalli { $holder }:
}
endorse-entry = { $title } ({ $kind }, mataki { $level }, { $dates })
endorse-untitled = (babu take)
endorse-how-observation = Kun ce kun kalle su suna yi.
endorse-how-test = Kun ce sun ci jarrabawa.
endorse-how-document = Kun ce kun duba wata takarda.
endorse-how-interview = Kun ce kun duba ta hanyar hira.
endorse-expires-on = Yana aiki har { $date }.
endorse-no-expiry = Ba ya ƙarewa.
endorse-written = { $count ->
    [one] An sa hannu. Mayar wa mutumin { $path }. Lambarta ita ce { $first }.
   *[other] An sa hannu. Mayar wa mutumin { $path }. Lambobinsu daga { $first } zuwa { $last } ne.
}

trust-anchor-added = Yanzu kun amince da jerin da { $name } ya sa hannu (alamar maɓalli { $kid }).
trust-bundle-written = { $count ->
    [one] Jerin da aka sa hannu na mai sa hannu 1 yana cikin { $path }.
   *[other] Jerin da aka sa hannu na masu sa hannu { $count } yana cikin { $path }.
}
trust-imported = { $count ->
    [one] An ƙara jerin amintattu na mai sa hannu 1, da aka yi a { $date }.
   *[other] An ƙara jerin amintattu na masu sa hannu { $count }, da aka yi a { $date }.
}
trust-list-empty = Ba ku amince da kowane mai sa hannu ba tukuna. Ƙara jerin amintattu da carnet trust import.
trust-list-bundle = { $days ->
    [0] Jerin amintattu daga { $anchor }, da aka yi yau ({ $date }):
    [one] Jerin amintattu daga { $anchor }, da aka yi kwana 1 da ya wuce ({ $date }):
   *[other] Jerin amintattu daga { $anchor }, da aka yi kwanaki { $days } da suka wuce ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, alamar maɓalli { $kid }
revocation-imported = { $count ->
    [one] An ƙara jerin { $name }, da aka yi a { $date }: an janye shaida 1.
   *[other] An ƙara jerin { $name }, da aka yi a { $date }: an janye shaidu { $count }.
}

## Errors of these commands

error-issuer-exists = Akwai maɓallin mai sa hannu a wannan babban fayil tuni. Ba a canza komai ba.
error-no-issuer = Babu maɓallin mai sa hannu a wannan babban fayil tukuna. Ƙirƙiri ɗaya da carnet issuer init.
error-issuer-damaged = Maɓallin mai sa hannu a wannan babban fayil ya lalace ko bai dace da bayanansa ba. Maido da kwafi daga ma'ajiyar ajiya.
error-anchor-exists = Akwai maɓallin tushen amana a wannan babban fayil tuni. Ba a canza komai ba.
error-no-anchor = Babu maɓallin tushen amana a wannan babban fayil tukuna. Ƙirƙiri ɗaya da carnet trust anchor init.
error-anchor-damaged = Maɓallin tushen amana a wannan babban fayil ya lalace ko bai dace da bayanansa ba. Maido da kwafi daga ma'ajiyar ajiya.
error-identity-too-new = Sabuwar Carnet ce ta yi wannan maɓalli. Sabunta Carnet don amfani da shi.
error-storage-file = Carnet ba ta iya rubutawa ko karanta { $path } ba. Ku tabbatar akwai sarari kuma an ba ku izinin rubutu a can. (Don mai taimako: { $reason })
error-file-too-big = { $path } ya yi girma da yawa ya zama fayil ɗin Carnet.
error-issuer-kind = “{ $value }” ba nau'in mai sa hannu ba ne. Rubuta trainer, employer, centre, college ko colleague.
error-assessed-by = “{ $value }” ba hanyar dubawa ba ce. Rubuta observation, test, document ko interview.
error-expires-date = “{ $value }” ba rana ba ce. Rubuta ta a matsayin shekara-wata-rana, kamar 2027-05-14.
error-expires-past = Ranar ƙarewa dole ta kasance bayan yau.
error-issuer-indexes-used-up = Wannan maɓallin mai sa hannu ya bayar da duk lambobinsa. Ƙirƙiri sabon maɓallin mai sa hannu.
error-revoke-not-issued = Ba ku sa hannu kan shaida mai lamba { $index } ba. Lambobinku suna daga 0 zuwa ƙasa da { $next }.
error-anchor-name = Sunan dole ya kasance haruffa 1 zuwa 100.
error-anchor-known = Kun riga kun amince da wannan tushen amana (alamar maɓalli { $kid }).
error-issuer-file = { $path } ba fayil ɗin mai sa hannu ba ne. Ku roƙi mai sa hannun sakamakon carnet issuer show --json.
error-trust-bundle-not-newer = Kun riga kuna da wannan jerin amintattu ko wanda ya fi shi sabo daga tushen amana ɗaya. Ba a canza komai ba.
error-status-list-not-newer = Kun riga kuna da sabon jeri daga wannan mai sa hannu. Ba a canza komai ba.
error-status-list-issuer-unknown = Wannan jeri daga mai sa hannu ne da ba ku amince da shi ba tukuna (alamar maɓalli { $kid }). Da farko ku shigar da jerin amintattu da ya ambace shi.
error-verifier-damaged = Jerin amintattunku da aka ajiye sun lalace ko an canza su. Ku sake shigar da su.
error-verify-nonce = “{ $value }” ba lamba ce a hex ba, kamar 3fa9.
error-verify-got-request = Wannan roƙo ne na tabbatar da shigarwar wani (rubutunsa yana farawa da CNR1:), ba lambar da ke nuna ƙwarewa ba. Ba a duba komai ba. Wanda zai tabbatar yana sa hannu da: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Wannan lamba ce da ke nuna ƙwarewar wani (rubutunta yana farawa da CN1:), ba roƙon tabbatar da su ba. Ba a sa hannu kan komai ba. Don duba ta, rubuta: carnet verify PICTURE, ko carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Jerin amintattu ya lalace ko ba jerin amintattu ba ne.
error-trust-bundle-wrong-file = Wannan wani nau'in fayil ne na Carnet, ba jerin amintattu ba.
error-trust-bundle-newer-version = Sabuwar Carnet ce ta yi wannan jerin amintattu. Sabunta Carnet don karanta shi.
error-trust-bundle-unknown-anchor = Tushen amana da ba ku amince da shi ba ne ya sa hannu kan wannan jerin amintattu (alamar maɓalli { $kid }). Da farko ku ƙara shi da carnet trust anchor add, idan kun san shi.
error-trust-bundle-bad-signature = Sa hannun da ke kan wannan jerin amintattu bai yi daidai ba. An canza fayil ɗin ko ya lalace.
error-trust-bundle-invalid = Ba za a iya amfani da wata ƙima a jerin amintattu ba ({ $field }).
error-trust-bundle-too-large = Jerin amintattu ya yi girma da yawa.
error-status-list-malformed = Jerin ya lalace ko ba jerin shaidun da aka janye ba ne.
error-status-list-wrong-file = Wannan wani nau'in fayil ne na Carnet, ba jerin shaidun da aka janye ba.
error-status-list-newer-version = Sabuwar Carnet ce ta yi wannan jeri. Sabunta Carnet don karanta shi.
error-status-list-wrong-issuer = Wannan jeri na wani mai sa hannu ne ({ $found }, ba { $expected } ba).
error-status-list-bad-signature = Sa hannun da ke kan wannan jeri bai yi daidai ba. An canza fayil ɗin ko ya lalace.
error-status-list-invalid = Ba za a iya amfani da wata ƙima a jerin ba ({ $field }).
error-status-list-too-large = Jerin ya yi girma da yawa.
