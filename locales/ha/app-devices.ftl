# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Ƙara wata na'ura
app-pair-intro = Sanya rajistarku a wata wayarku ko kwamfutarku. Na'urorin biyu suna buƙatar cibiyar ajiya (hub).
app-pair-start = Ƙara wata na'ura
app-pair-passphrase = Don ƙara na'ura, rubuta kalmar sirrinku.
app-pair-show = Nuna lambar
app-pair-scan = A sabuwar na'urar, zaɓi “Shiga rajista”, sannan ku duba wannan lambar murabba'i ko ku rubuta rubutun da ke ƙarƙashinta.
app-pair-qr-alt = Lambar murabba'i da sabuwar na'ura za ta duba
app-pair-code-label = Lambar a rubuce
app-pair-expires = Lambar tana aiki na ƙarin { $time }.
app-pair-waiting = Ana jiran sabuwar na'urar…
app-pair-request = “{ $name }” tana son rajistarku.
app-pair-compare = Shin sabuwar na'urar tana nuna wannan lambar?
app-pair-approve = Ee, a ba da izini
app-pair-refuse = A'a
app-pair-approved = “{ $name }” yanzu tana da rajistarku. Za ta bayyana a jerin na'urori bayan ta daidaita.
app-pair-refused = Kun ce a'a. “{ $name }” ba ta samu komai ba.
app-pair-again = Nuna sabuwar lamba

## Sync screen: the devices of this logbook

app-devices-title = Na'urorinku
app-devices-none = Har yanzu babu na'urar da ta daidaita wannan rajista. Ku daidaita, kuma wannan na'urar za ta bayyana a nan.
app-devices-this = Wannan na'ura
app-devices-added = An ƙara { $date }
app-devices-removed = An cire { $date }
app-devices-remove = Cire
app-devices-remove-confirm = A cire “{ $name }”? Yi amfani da wannan idan waya ta ɓace, an sayar da ita ko an ba wani.
app-devices-remove-consequences = Tana riƙe da abin da take da shi, amma ba za ta iya samun duk abin da kuka ƙara daga yanzu ba. Rajistarku tana samun sabon maɓalli, kuma sauran na'urorinku suna samunsa idan sun daidaita. Don sake amfani da waccan na'urar, sake ƙara ta.
app-devices-remove-yes = Ee, a cire ta
app-devices-removed-done = An cire “{ $name }”. Rajistarku yanzu tana da sabon maɓalli, wanda waccan na'urar ba ta da shi.
app-devices-new-sheet = Takardar maidowarku tana da tsohon maɓalli. Ƙirƙiri sabuwa yanzu a cikin Saituna, kuma ku lalata tsohuwar.

## First run: another way to start

app-start-other = Kuna da rajista tuni?
app-start-join = Shiga daga wata na'ura
app-start-recover = Maido da takarda

## First run: joining a logbook from another device

app-join-title = Shiga rajista
app-join-intro = A ɗayan na'urarku, buɗe Daidaitawa ku zaɓi “Ƙara wata na'ura”. Za ta nuna lamba.
app-join-code = Lambar (tana farawa da CNP1:)
app-join-code-hint = Liƙa ko rubuta lambar a nan
app-join-picture = Buɗe hoton lambar
app-join-name = Suna don wannan na'ura
app-join-name-default = Sabuwar na'urata
app-join-passphrase = Zaɓi kalmar sirri don wannan na'ura
app-join-send = Ci gaba
app-join-check = Ɗayan na'urarku dole ta nuna wannan lambar. Ku ba da izini a can.
app-join-waiting = Ana jiran ɗayan na'urarku ta ba da izini…
app-join-copying = Ana kwafin rajistarku…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Maido da rajistarku
app-recover-intro = Yi amfani da takardar maidowarku da kalmar sirrinku. Carnet tana dawo da rajistarku daga cibiyar ajiya.
app-recover-by-words = Rubuta kalmomi 12
app-recover-by-code = Yi amfani da lambar murabba'i
app-recover-words = Kalmomi 12, bisa tsari
app-recover-words-hint = kalma1 kalma2 kalma3 …
app-recover-hub = Adireshin cibiyar ajiya da ke kan takardar
app-recover-code = Rubutun lambar murabba'i (yana farawa da CNS1:)
app-recover-picture = Buɗe hoton takardar
app-recover-passphrase = Kalmar sirrinku (wadda kuka yi amfani da ita a baya)
app-recover-start = Maido da rajistata

## Reading a square code from a picture

app-picture-read = An karanta lambar daga hoton.
app-scan-camera = Duba da kyamara
error-camera-scan = Ba a karanta wata lamba ba. Idan ba a ba Carnet izinin amfani da kyamara ba, ku ba da izini a saitunan wayarku. Kuna iya kuma buɗe hoton lambar.

## Settings: the recovery sheet

app-sheet-title = Takardar maidowa
app-sheet-intro = Takardar maidowa takarda ce mai kalmomi 12 da lambar murabba'i. Idan kuka rasa wannan waya, takardar da kalmar sirrinku suna dawo da rajistarku a sabuwar waya. Ku ajiye takardar lafiya, nesa da wayarku. Kada ku ajiye kalmar sirrinku tare da ita.
app-sheet-replaces = Sabuwar takarda tana maye gurbin tsohuwar: tsohuwar takarda ta daina aiki.
app-sheet-needs-hub = Takardar tana amfani da cibiyar ajiya. Da farko ku saka adireshin cibiyar ajiya a shafin Daidaitawa.
app-sheet-passphrase = Rubuta kalmar sirrinku don ƙirƙirar takarda
app-sheet-format = Ajiye a matsayin
app-sheet-pdf = PDF, don bugawa
app-sheet-png = Hoto
app-sheet-make = Ƙirƙiri takardar maidowa
app-sheet-saved = An ajiye takardar maidowarku a { $path }. Ku buga ta, ko ku rubuta kalmomin da ke ƙasa, kuma ku ajiye takardar lafiya.
app-sheet-english = Takardar a Turanci take: Carnet ba za ta iya rubuta haruffan harshenku a kanta ba tukuna.
app-sheet-words = Kalmominku 12

## Settings: export and import

app-export-title = Fitarwa da shigarwa
app-export-intro = Fitarwa tana ajiye dukan rajistarku a fayil guda, don ku riƙe ko ku ba wanda kuka zaɓa.
app-export-consent = Wannan fayil yana ɗauke da rajistarku a yadda ake iya karantawa: ba a kulle shi da kalmar sirrinku ba. Duk wanda ya samu fayil ɗin zai iya karanta duk abin da ke ciki. Hotuna ba sa cikin fayil ɗin.
app-export-agree = Na fahimta. Ajiye fayil ɗin
app-export = Fitar
app-export-saved = { $count ->
    [one] An ajiye shigarwa { $count } a { $path }.
   *[other] An ajiye shigarwa { $count } a { $path }.
}
app-import-intro = Shigarwa tana ƙara abin da ke cikin fayil da aka fitar zuwa wannan rajista. Ba a share komai daga rajistarku ba.
app-import = Shigar da fayil
app-import-added = { $count ->
    [0] Babu sabbin shigarwa.
    [one] An ƙara sabuwar shigarwa { $count }.
   *[other] An ƙara sabbin shigarwa { $count }.
}
app-import-updated = { $count ->
    [0] Babu shigarwar da ta canza.
    [one] Shigarwa { $count } ta canza.
   *[other] Shigarwa { $count } sun canza.
}
app-import-unchanged = { $count ->
    [0] Babu shigarwar da ta riga ta yi daidai.
    [one] Shigarwa { $count } ta riga ta yi daidai.
   *[other] Shigarwa { $count } sun riga sun yi daidai.
}
app-import-profile = An sabunta bayanan kanku.
app-import-missing-photos = { $count ->
    [one] Hoto { $count } da aka ambata a fayil ɗin ba ya kan wannan na'ura.
   *[other] Hotuna { $count } da aka ambata a fayil ɗin ba sa kan wannan na'ura.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Takardar maidowarku tana aiki har yanzu, da sabuwar kalmar sirrinku.
app-passphrase-sheet-not-updated = Ba a iya sabunta takardar maidowarku a cibiyar ajiya ba. Har sai kun ƙirƙiri sabuwa, tana buƙatar tsohuwar kalmar sirrinku. Ƙirƙiri sabuwar takarda idan kuna da haɗi.

## This device's name

app-device-name = Sunan wannan na'ura
app-device-name-hint = Sunan da sauran na'urorinku suke nunawa don wannan, misali “Wayar Amina”.
app-device-name-saved = An ajiye. Sauran na'urorinku za su nuna shi bayan wannan na'urar ta daidaita.
