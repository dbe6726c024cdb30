# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Ongeza kifaa kingine
app-pair-intro = Weka daftari lako kwenye simu au kompyuta yako nyingine. Vifaa vyote viwili vinahitaji kitovu (hub).
app-pair-start = Ongeza kifaa kingine
app-pair-passphrase = Ili kuongeza kifaa, andika nenosiri lako.
app-pair-show = Onyesha msimbo
app-pair-scan = Kwenye kifaa kipya, chagua “Jiunge na daftari”, kisha skani msimbo huu wa mraba au andika maandishi yaliyo chini yake.
app-pair-qr-alt = Msimbo wa mraba wa kuskani kwa kifaa kipya
app-pair-code-label = Msimbo kama maandishi
app-pair-expires = Msimbo unafanya kazi kwa { $time } zaidi.
app-pair-waiting = Inasubiri kifaa kipya…
app-pair-request = “{ $name }” kinataka daftari lako.
app-pair-compare = Je, kifaa kipya kinaonyesha msimbo huu huu?
app-pair-approve = Ndiyo, ruhusu
app-pair-refuse = Hapana
app-pair-approved = “{ $name }” sasa kina daftari lako. Kitaonekana kwenye orodha ya vifaa baada ya kusawazisha.
app-pair-refused = Umesema hapana. “{ $name }” hakijapata chochote.
app-pair-again = Onyesha msimbo mpya

## Sync screen: the devices of this logbook

app-devices-title = Vifaa vyako
app-devices-none = Bado hakuna kifaa kilichosawazisha daftari hili. Sawazisha, na kifaa hiki kitaonekana hapa.
app-devices-this = Kifaa hiki
app-devices-added = Kiliongezwa { $date }
app-devices-removed = Kiliondolewa { $date }
app-devices-remove = Ondoa
app-devices-remove-confirm = Ondoa “{ $name }”? Tumia hii simu ikipotea, ikiuzwa au ikipewa mtu mwingine.
app-devices-remove-consequences = Kinabaki na kile ambacho tayari kinacho, lakini hakiwezi kupata chochote utakachoongeza kuanzia sasa. Daftari lako linapata ufunguo mpya, na vifaa vyako vingine vinaupata vinaposawazisha. Ili kutumia kifaa hicho tena, kiongeze tena.
app-devices-remove-yes = Ndiyo, kiondoe
app-devices-removed-done = “{ $name }” kimeondolewa. Daftari lako sasa lina ufunguo mpya, ambao kifaa hicho hakina.
app-devices-new-sheet = Karatasi yako ya kurejesha ina ufunguo wa zamani. Tengeneza mpya sasa kwenye Mipangilio, na uharibu ile ya zamani.

## First run: another way to start

app-start-other = Je, tayari una daftari?
app-start-join = Jiunge kutoka kifaa kingine
app-start-recover = Rejesha kwa karatasi

## First run: joining a logbook from another device

app-join-title = Jiunge na daftari
app-join-intro = Kwenye kifaa chako kingine, fungua Sawazisha na uchague “Ongeza kifaa kingine”. Kinaonyesha msimbo.
app-join-code = Msimbo (unaanza na CNP1:)
app-join-code-hint = Bandika au andika msimbo hapa
app-join-picture = Fungua picha ya msimbo
app-join-name = Jina la kifaa hiki
app-join-name-default = Kifaa changu kipya
app-join-passphrase = Chagua nenosiri la kifaa hiki
app-join-send = Endelea
app-join-check = Kifaa chako kingine lazima kionyeshe msimbo huu huu. Ruhusu huko.
app-join-waiting = Inasubiri kifaa chako kingine kiruhusu…
app-join-copying = Inanakili daftari lako…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Rejesha daftari lako
app-recover-intro = Tumia karatasi yako ya kurejesha na nenosiri lako. Carnet inarudisha daftari lako kutoka kitovu.
app-recover-by-words = Andika maneno 12
app-recover-by-code = Tumia msimbo wa mraba
app-recover-words = Maneno 12, kwa mpangilio
app-recover-words-hint = neno1 neno2 neno3 …
app-recover-hub = Anwani ya kitovu iliyo kwenye karatasi
app-recover-code = Maandishi ya msimbo wa mraba (yanaanza na CNS1:)
app-recover-picture = Fungua picha ya karatasi
app-recover-passphrase = Nenosiri lako (ulilotumia hapo awali)
app-recover-start = Rejesha daftari langu

## Reading a square code from a picture

app-picture-read = Msimbo umesomwa kutoka kwenye picha.
app-scan-camera = Skani kwa kamera
error-camera-scan = Hakuna msimbo uliosomwa. Ikiwa Carnet hairuhusiwi kutumia kamera, iruhusu kwenye mipangilio ya simu yako. Unaweza pia kufungua picha ya msimbo.

## Settings: the recovery sheet

app-sheet-title = Karatasi ya kurejesha
app-sheet-intro = Karatasi ya kurejesha ni karatasi yenye maneno 12 na msimbo wa mraba. Ukipoteza simu hii, karatasi na nenosiri lako vinarudisha daftari lako kwenye simu mpya. Weka karatasi mahali salama, mbali na simu yako. Usiweke nenosiri lako pamoja nayo.
app-sheet-replaces = Karatasi mpya inachukua nafasi ya ile ya zamani: karatasi ya zamani inaacha kufanya kazi.
app-sheet-needs-hub = Karatasi inatumia kitovu. Kwanza weka anwani ya kitovu kwenye skrini ya Sawazisha.
app-sheet-passphrase = Andika nenosiri lako ili kutengeneza karatasi
app-sheet-format = Hifadhi kama
app-sheet-pdf = PDF, ya kuchapisha
app-sheet-png = Picha
app-sheet-make = Tengeneza karatasi ya kurejesha
app-sheet-saved = Karatasi yako ya kurejesha imehifadhiwa katika { $path }. Ichapishe, au andika maneno yaliyo hapa chini, na uweke karatasi mahali salama.
app-sheet-english = Karatasi iko kwa Kiingereza: Carnet bado haiwezi kuandika herufi za lugha yako juu yake.
app-sheet-words = Maneno yako 12

## Settings: export and import

app-export-title = Hamisha na leta
app-export-intro = Kuhamisha kunahifadhi daftari lako lote katika faili moja, ili uliweke au umpe mtu unayemchagua.
app-export-consent = Faili hii ina daftari lako katika hali inayosomeka: halijafungwa kwa nenosiri lako. Mtu yeyote atakayepata faili anaweza kusoma kila kitu ndani yake. Picha hazimo kwenye faili.
app-export-agree = Naelewa. Hifadhi faili
app-export = Hamisha
app-export-saved = { $count ->
    [one] Ingizo { $count } limehifadhiwa katika { $path }.
   *[other] Maingizo { $count } yamehifadhiwa katika { $path }.
}
app-import-intro = Kuleta kunaongeza kilichomo kwenye faili iliyohamishwa kwenye daftari hili. Hakuna kitu kinachofutwa kwenye daftari lako.
app-import = Leta faili
app-import-added = { $count ->
    [0] Hakuna maingizo mapya.
    [one] Ingizo { $count } jipya limeongezwa.
   *[other] Maingizo { $count } mapya yameongezwa.
}
app-import-updated = { $count ->
    [0] Hakuna ingizo lililobadilika.
    [one] Ingizo { $count } limebadilika.
   *[other] Maingizo { $count } yamebadilika.
}
app-import-unchanged = { $count ->
    [0] Hakuna ingizo lililokuwa sawa tayari.
    [one] Ingizo { $count } lilikuwa sawa tayari.
   *[other] Maingizo { $count } yalikuwa sawa tayari.
}
app-import-profile = Wasifu wako umesasishwa.
app-import-missing-photos = { $count ->
    [one] Picha { $count } iliyotajwa kwenye faili haipo kwenye kifaa hiki.
   *[other] Picha { $count } zilizotajwa kwenye faili hazipo kwenye kifaa hiki.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Karatasi yako ya kurejesha bado inafanya kazi, pamoja na nenosiri lako jipya.
app-passphrase-sheet-not-updated = Karatasi yako ya kurejesha haikuweza kusasishwa kwenye kitovu. Hadi utengeneze mpya, inahitaji nenosiri lako la zamani. Tengeneza karatasi mpya ukiwa umeunganishwa.

## This device's name

app-device-name = Jina la kifaa hiki
app-device-name-hint = Jina ambalo vifaa vyako vingine vinaonyesha kwa kifaa hiki, kwa mfano “Simu ya Amina”.
app-device-name-saved = Imehifadhiwa. Vifaa vyako vingine vitalionyesha baada ya kifaa hiki kusawazisha.
