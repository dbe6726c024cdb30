# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Ku dar qalab kale
app-pair-intro = Diiwaankaaga geli taleefan ama kombiyuutar kale oo adiga kuu gaar ah. Labada qalabba waxay u baahan yihiin kaydka dhexe (hub).
app-pair-start = Ku dar qalab kale
app-pair-passphrase = Si aad qalab ugu darto, qor ereyga sirta.
app-pair-show = Tus koodhka
app-pair-scan = Qalabka cusub, dooro “Ku biir diiwaan”, kadibna iskaan garee koodhkan afargeeslaha ah ama qor qoraalka ka hooseeya.
app-pair-qr-alt = Koodh afargeesle ah oo qalabka cusub lagu iskaan gareeyo
app-pair-code-label = Koodhka oo qoraal ah
app-pair-expires = Koodhku wuxuu shaqaynayaa { $time } kale.
app-pair-waiting = Waxaa la sugayaa qalabka cusub…
app-pair-request = “{ $name }” wuxuu rabaa diiwaankaaga.
app-pair-compare = Qalabka cusub ma muujinayaa isla koodhkan?
app-pair-approve = Haa, oggolow
app-pair-refuse = Maya
app-pair-approved = “{ $name }” hadda wuu haystaa diiwaankaaga. Wuxuu ka muuqan doonaa liiska qalabyada marka uu is-waafajiyo kadib.
app-pair-refused = Waxaad tidhi maya. “{ $name }” waxba ma helin.
app-pair-again = Tus koodh cusub

## Sync screen: the devices of this logbook

app-devices-title = Qalabyadaada
app-devices-none = Weli ma jiro qalab is-waafajiyay diiwaankan. Is-waafaji, qalabkanna halkan ayuu ka muuqan doonaa.
app-devices-this = Qalabkan
app-devices-added = La daray { $date }
app-devices-removed = La saaray { $date }
app-devices-remove = Ka saar
app-devices-remove-confirm = Ma la saaraa “{ $name }”? Isticmaal tan marka taleefan lumo, la iibiyo ama qof kale la siiyo.
app-devices-remove-consequences = Wuxuu haynayaa wixii uu horey u haystay, laakiin ma heli karo wax kasta oo aad hadda ka dib ku darto. Diiwaankaagu wuxuu helayaa fure cusub, qalabyadaada kalena waxay helayaan marka ay is-waafajiyaan. Si aad qalabkaas mar kale u isticmaasho, mar kale ku dar.
app-devices-remove-yes = Haa, ka saar
app-devices-removed-done = “{ $name }” waa la saaray. Diiwaankaagu hadda wuxuu leeyahay fure cusub, oo qalabkaasi aanu haysan.
app-devices-new-sheet = Warqadda soo celinta waxay haysaa furihii hore. Hadda mid cusub ka samee Dejinta, tii horena burburi.

## First run: another way to start

app-start-other = Horey ma u leedahay diiwaan?
app-start-join = Ka ku biir qalab kale
app-start-recover = Ku soo celi warqad

## First run: joining a logbook from another device

app-join-title = Ku biir diiwaan
app-join-intro = Qalabkaaga kale, fur Is-waafajinta oo dooro “Ku dar qalab kale”. Wuxuu muujinayaa koodh.
app-join-code = Koodhka (wuxuu ku bilaabmaa CNP1:)
app-join-code-hint = Halkan ku dheji ama ku qor koodhka
app-join-picture = Fur sawirka koodhka
app-join-name = Magac qalabkan
app-join-name-default = Qalabkayga cusub
app-join-passphrase = U dooro qalabkan erey sir ah
app-join-send = Sii wad
app-join-check = Qalabkaaga kale waa inuu muujiyaa isla koodhkan. Halkaas ka oggolow.
app-join-waiting = Waxaa la sugayaa in qalabkaaga kale oggolaado…
app-join-copying = Diiwaankaaga waa la koobiyeynayaa…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Soo celi diiwaankaaga
app-recover-intro = Isticmaal warqadda soo celinta iyo ereyga sirta. Carnet wuxuu diiwaankaaga kala soo celinayaa kaydka dhexe.
app-recover-by-words = Qor 12-ka erey
app-recover-by-code = Isticmaal koodhka afargeeslaha
app-recover-words = 12-ka erey, sida ay isugu xigaan
app-recover-words-hint = erey1 erey2 erey3 …
app-recover-hub = Cinwaanka kaydka dhexe ee warqadda ku qoran
app-recover-code = Qoraalka koodhka afargeeslaha (wuxuu ku bilaabmaa CNS1:)
app-recover-picture = Fur sawirka warqadda
app-recover-passphrase = Ereygaaga sirta (kii aad hore u isticmaashay)
app-recover-start = Soo celi diiwaankayga

## Reading a square code from a picture

app-picture-read = Koodhka waxaa laga akhriyay sawirka.
app-scan-camera = Ku iskaan garee kamarada
error-camera-scan = Koodh lama akhrin. Haddii Carnet aan loo oggolayn inuu isticmaalo kamarada, ka oggolow dejinta taleefankaaga. Waxaad sidoo kale furi kartaa sawirka koodhka.

## Settings: the recovery sheet

app-sheet-title = Warqadda soo celinta
app-sheet-intro = Warqadda soo celintu waa warqad leh 12 erey iyo koodh afargeesle ah. Haddii aad taleefankan lumiso, warqaddan iyo ereyga sirta ayaa diiwaankaaga ku soo celinaya taleefan cusub. Warqadda si ammaan ah u hay, meel ka fog taleefankaaga. Ereyga sirta ha la dhigin.
app-sheet-replaces = Warqad cusub ayaa beddelaysa tii hore: warqaddii hore way joogsanaysaa.
app-sheet-needs-hub = Warqaddu waxay isticmaashaa kaydka dhexe. Marka hore geli cinwaanka kaydka dhexe shaashadda Is-waafajinta.
app-sheet-passphrase = Qor ereyga sirta si aad warqad u samayso
app-sheet-format = U kaydi sidan
app-sheet-pdf = PDF, si loo daabaco
app-sheet-png = Sawir
app-sheet-make = Samee warqad soo celin
app-sheet-saved = Warqadda soo celinta waxaa lagu kaydiyay { $path }. Daabac, ama qoro ereyada hoose, warqaddana si ammaan ah u hay.
app-sheet-english = Warqaddu waa Ingiriisi: Carnet weli ma qori karo xarfaha luqaddaada.
app-sheet-words = 12-kaaga erey

## Settings: export and import

app-export-title = Dhoofin iyo soo dejin
app-export-intro = Dhoofintu waxay diiwaankaaga oo dhan ku kaydisaa hal fayl, si aad u haysato ama aad u siiso qof aad doorato.
app-export-consent = Faylkani wuxuu diiwaankaaga u hayaa qaab la akhriyi karo: kuma xirna ereyga sirta. Qof kasta oo hela faylka wuu akhriyi karaa wax kasta oo ku jira. Sawirada kuma jiraan faylka.
app-export-agree = Waan fahmay. Kaydi faylka
app-export = Dhoofi
app-export-saved = { $count ->
    [one] { $count } qoraal ayaa lagu kaydiyay { $path }.
   *[other] { $count } qoraal ayaa lagu kaydiyay { $path }.
}
app-import-intro = Soo dejintu waxay diiwaankan ku daraysaa waxa ku jira fayl la dhoofiyay. Waxba lagama tirtirayo diiwaankaaga.
app-import = Soo deji fayl
app-import-added = { $count ->
    [0] Ma jiro qoraal cusub.
    [one] { $count } qoraal cusub ayaa lagu daray.
   *[other] { $count } qoraal cusub ayaa lagu daray.
}
app-import-updated = { $count ->
    [0] Qoraal lama beddelin.
    [one] { $count } qoraal ayaa la beddelay.
   *[other] { $count } qoraal ayaa la beddelay.
}
app-import-unchanged = { $count ->
    [0] Ma jiro qoraal horey isku mid u ahaa.
    [one] { $count } qoraal horey ayuu isku mid u ahaa.
   *[other] { $count } qoraal horey ayay isku mid u ahaayeen.
}
app-import-profile = Xogtaada shakhsiga waa la cusboonaysiiyay.
app-import-missing-photos = { $count ->
    [one] { $count } sawir oo faylka lagu sheegay kuma jiro qalabkan.
   *[other] { $count } sawir oo faylka lagu sheegay kuma jiraan qalabkan.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Warqadda soo celintu weli way shaqaynaysaa, ereygaaga sirta cusub.
app-passphrase-sheet-not-updated = Warqadda soo celinta laguma cusboonaysiin karin kaydka dhexe. Ilaa aad mid cusub samayso, waxay u baahan tahay ereygaagii sirta hore. Samee warqad cusub marka aad xiriir leedahay.

## This device's name

app-device-name = Magaca qalabkan
app-device-name-hint = Magaca qalabyadaada kale u muujiyaan kan, tusaale ahaan “Taleefanka Aamina”.
app-device-name-saved = Waa la kaydiyay. Qalabyadaada kale way muujin doonaan marka qalabkan is-waafajiyo kadib.
