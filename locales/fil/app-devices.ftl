# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Magdagdag ng ibang device
app-pair-intro = Ilagay ang iyong talaan sa iba mo pang telepono o computer. Kailangan ng dalawang device ang hub.
app-pair-start = Magdagdag ng ibang device
app-pair-passphrase = Para magdagdag ng device, i-type ang iyong password.
app-pair-show = Ipakita ang code
app-pair-scan = Sa bagong device, piliin ang “Sumali sa talaan”, saka i-scan ang parisukat na code na ito o i-type ang text sa ilalim nito.
app-pair-qr-alt = Parisukat na code na i-scan gamit ang bagong device
app-pair-code-label = Ang code bilang text
app-pair-expires = Gagana pa ang code nang { $time }.
app-pair-waiting = Hinihintay ang bagong device…
app-pair-request = Gusto ng “{ $name }” ang iyong talaan.
app-pair-compare = Ipinapakita ba ng bagong device ang parehong code na ito?
app-pair-approve = Oo, payagan
app-pair-refuse = Hindi
app-pair-approved = Nasa “{ $name }” na ang iyong talaan. Lalabas ito sa listahan ng mga device pagkatapos nitong mag-sync.
app-pair-refused = Tumanggi ka. Walang nakuha ang “{ $name }”.
app-pair-again = Magpakita ng bagong code

## Sync screen: the devices of this logbook

app-devices-title = Mga device mo
app-devices-none = Wala pang device na nag-sync ng talaang ito. Mag-sync, at lalabas dito ang device na ito.
app-devices-this = Itong device
app-devices-added = Idinagdag { $date }
app-devices-removed = Tinanggal { $date }
app-devices-remove = Tanggalin
app-devices-remove-confirm = Tanggalin ang “{ $name }”? Gamitin ito kapag nawala, naibenta o naibigay ang isang telepono.
app-devices-remove-consequences = Mananatili rito ang mayroon na ito, pero hindi na nito makukuha ang anumang idaragdag mo mula ngayon. Magkakaroon ng bagong susi ang iyong talaan, at makukuha ito ng iba mong device kapag nag-sync sila. Para magamit ulit ang device na iyon, idagdag itong muli.
app-devices-remove-yes = Oo, tanggalin
app-devices-removed-done = Natanggal na ang “{ $name }”. May bagong susi na ang iyong talaan, na wala sa device na iyon.
app-devices-new-sheet = Nasa recovery sheet mo pa ang lumang susi. Gumawa ng bago ngayon sa Settings, at sirain ang luma.

## First run: another way to start

app-start-other = May talaan ka na ba?
app-start-join = Sumali mula sa ibang device
app-start-recover = Ibalik gamit ang sheet

## First run: joining a logbook from another device

app-join-title = Sumali sa talaan
app-join-intro = Sa iba mong device, buksan ang Sync at piliin ang “Magdagdag ng ibang device”. Magpapakita ito ng code.
app-join-code = Ang code (nagsisimula sa CNP1:)
app-join-code-hint = I-paste o i-type dito ang code
app-join-picture = Buksan ang larawan ng code
app-join-name = Pangalan para sa device na ito
app-join-name-default = Bago kong device
app-join-passphrase = Pumili ng password para sa device na ito
app-join-send = Magpatuloy
app-join-check = Dapat ipakita ng iba mong device ang parehong code na ito. Payagan ito roon.
app-join-waiting = Hinihintay na payagan ng iba mong device…
app-join-copying = Kinokopya ang iyong talaan…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Ibalik ang iyong talaan
app-recover-intro = Gamitin ang iyong recovery sheet at password. Kukunin ulit ng Carnet ang iyong talaan mula sa hub.
app-recover-by-words = I-type ang 12 salita
app-recover-by-code = Gamitin ang parisukat na code
app-recover-words = Ang 12 salita, ayon sa pagkakasunod
app-recover-words-hint = salita1 salita2 salita3 …
app-recover-hub = Ang address ng hub na nasa sheet
app-recover-code = Ang text ng parisukat na code (nagsisimula sa CNS1:)
app-recover-picture = Buksan ang litrato ng sheet
app-recover-passphrase = Ang iyong password (ang ginamit mo dati)
app-recover-start = Ibalik ang aking talaan

## Reading a square code from a picture

app-picture-read = Nabasa ang code mula sa larawan.
app-scan-camera = I-scan gamit ang camera
error-camera-scan = Walang nabasang code. Kung hindi pinapayagang gamitin ng Carnet ang camera, payagan ito sa settings ng iyong telepono. Puwede mo ring buksan ang litrato ng code.

## Settings: the recovery sheet

app-sheet-title = Recovery sheet
app-sheet-intro = Ang recovery sheet ay papel na may 12 salita at isang parisukat na code. Kapag nawala ang teleponong ito, maibabalik ng sheet at ng iyong password ang iyong talaan sa bagong telepono. Itago nang ligtas ang sheet, malayo sa iyong telepono. Huwag itabi ang iyong password kasama nito.
app-sheet-replaces = Papalitan ng bagong sheet ang luma: hindi na gagana ang lumang sheet.
app-sheet-needs-hub = Ginagamit ng sheet ang hub. Itakda muna ang address ng hub sa screen ng Sync.
app-sheet-passphrase = I-type ang iyong password para gumawa ng sheet
app-sheet-format = I-save bilang
app-sheet-pdf = PDF, para i-print
app-sheet-png = Larawan
app-sheet-make = Gumawa ng recovery sheet
app-sheet-saved = Naka-save ang iyong recovery sheet sa { $path }. I-print ito, o isulat ang mga salita sa ibaba, at itago nang ligtas ang papel.
app-sheet-english = Nasa Ingles ang sheet: hindi pa kayang isulat ng Carnet ang mga titik ng iyong wika rito.
app-sheet-words = Ang iyong 12 salita

## Settings: export and import

app-export-title = Export at import
app-export-intro = Sine-save ng export ang buo mong talaan sa isang file, para itago o ibigay sa taong pipiliin mo.
app-export-consent = Nababasa ang iyong talaan sa file na ito: hindi ito naka-lock ng iyong password. Mababasa ng sinumang makakuha ng file ang lahat ng laman nito. Wala sa file ang mga litrato.
app-export-agree = Naiintindihan ko. I-save ang file
app-export = I-export
app-export-saved = { $count ->
   *[other] Na-save ang { $count } entry sa { $path }.
}
app-import-intro = Idinaragdag ng import ang laman ng na-export na file sa talaang ito. Walang mabubura sa iyong talaan.
app-import = Mag-import ng file
app-import-added = { $count ->
    [0] Walang bagong entry.
   *[other] { $count } bagong entry ang naidagdag.
}
app-import-updated = { $count ->
    [0] Walang entry na nagbago.
   *[other] { $count } entry ang nabago.
}
app-import-unchanged = { $count ->
    [0] Walang entry na pareho na.
   *[other] { $count } entry ang pareho na.
}
app-import-profile = Na-update ang iyong profile.
app-import-missing-photos = { $count ->
   *[other] { $count } litratong nakasaad sa file ang wala sa device na ito.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Gumagana pa rin ang iyong recovery sheet, gamit ang bago mong password.
app-passphrase-sheet-not-updated = Hindi ma-update sa hub ang iyong recovery sheet. Hangga't hindi ka gumagawa ng bago, kailangan nito ang luma mong password. Gumawa ng bagong sheet kapag nakakonekta ka.

## This device's name

app-device-name = Pangalan ng device na ito
app-device-name-hint = Ang pangalang ipinapakita ng iba mong device para dito, halimbawa “Telepono ni Amina”.
app-device-name-saved = Na-save. Ipapakita ito ng iba mong device pagkatapos mag-sync ng device na ito.
