# Review status: machine-drafted, needs review by a native speaker.
# Ekranet e pajisjeve: shtimi i një pajisjeje, lista e pajisjeve, fleta e rikuperimit, eksporti dhe importi.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Shtoni një pajisje tjetër
app-pair-intro = Vendoseni ditarin tuaj në një telefon ose kompjuter tjetër tuajin. Të dyja pajisjet kanë nevojë për hubin.
app-pair-start = Shtoni një pajisje tjetër
app-pair-passphrase = Për të shtuar një pajisje, shkruani fjalëkalimin.
app-pair-show = Shfaqni kodin
app-pair-scan = Në pajisjen e re, zgjidhni «Bashkohuni me një ditar», pastaj skanoni këtë kod katror ose shkruani tekstin poshtë tij.
app-pair-qr-alt = Kod katror për t'u skanuar me pajisjen e re
app-pair-code-label = Kodi si tekst
app-pair-expires = Kodi vlen edhe { $time }.
app-pair-waiting = Po presim pajisjen e re…
app-pair-request = «{ $name }» kërkon ditarin tuaj.
app-pair-compare = A shfaq pajisja e re të njëjtin kod?
app-pair-approve = Po, lejoje
app-pair-refuse = Jo
app-pair-approved = «{ $name }» tani e ka ditarin tuaj. Shfaqet në listën e pajisjeve pasi të sinkronizohet.
app-pair-refused = Thatë jo. «{ $name }» nuk mori asgjë.
app-pair-again = Shfaqni një kod të ri

## Sync screen: the devices of this logbook

app-devices-title = Pajisjet tuaja
app-devices-none = Asnjë pajisje nuk e ka sinkronizuar ende këtë ditar. Sinkronizoni dhe kjo pajisje do të shfaqet këtu.
app-devices-this = Kjo pajisje
app-devices-added = Shtuar më { $date }
app-devices-removed = Hequr më { $date }
app-devices-remove = Hiqe
app-devices-remove-confirm = Të hiqet «{ $name }»? Bëjeni këtë kur një telefon humbet, shitet ose i jepet dikujt.
app-devices-remove-consequences = Ajo mban atë që ka tashmë, por nuk merr dot asgjë që shtoni nga tani e tutje. Ditari juaj merr një çelës të ri dhe pajisjet e tjera e marrin kur sinkronizohen. Për ta përdorur sërish atë pajisje, shtojeni përsëri.
app-devices-remove-yes = Po, hiqe
app-devices-removed-done = «{ $name }» u hoq. Ditari juaj tani ka një çelës të ri, që ajo pajisje nuk e ka.
app-devices-new-sheet = Fleta juaj e rikuperimit ka çelësin e vjetër. Bëni tani një të re te Cilësimet dhe shkatërroni të vjetrën.

## First run: another way to start

app-start-other = Keni tashmë një ditar?
app-start-join = Bashkohuni nga një pajisje tjetër
app-start-recover = Rikuperoni me një fletë

## First run: joining a logbook from another device

app-join-title = Bashkohuni me një ditar
app-join-intro = Në pajisjen tuaj tjetër, hapni Sinkronizimin dhe zgjidhni «Shtoni një pajisje tjetër». Ajo shfaq një kod.
app-join-code = Kodi (fillon me CNP1:)
app-join-code-hint = Ngjitni ose shkruani kodin këtu
app-join-picture = Hapni një foto të kodit
app-join-name = Një emër për këtë pajisje
app-join-name-default = Pajisja ime e re
app-join-passphrase = Zgjidhni një fjalëkalim për këtë pajisje
app-join-send = Vazhdoni
app-join-check = Pajisja juaj tjetër duhet të shfaqë të njëjtin kod. Lejojeni atje.
app-join-waiting = Po presim që pajisja juaj tjetër ta lejojë…
app-join-copying = Po kopjojmë ditarin tuaj…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Rikuperoni ditarin tuaj
app-recover-intro = Përdorni fletën e rikuperimit dhe fjalëkalimin. Carnet ua kthen ditarin nga hubi.
app-recover-by-words = Shkruani 12 fjalët
app-recover-by-code = Përdorni kodin katror
app-recover-words = 12 fjalët, me radhë
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = Adresa e hubit në fletë
app-recover-code = Teksti i kodit katror (fillon me CNS1:)
app-recover-picture = Hapni një foto të fletës
app-recover-passphrase = Fjalëkalimi juaj (ai që përdornit më parë)
app-recover-start = Rikuperoni ditarin tim

## Reading a square code from a picture

app-picture-read = Kodi u lexua nga fotoja.
app-scan-camera = Skanoni me kamerë
error-camera-scan = Nuk u lexua asnjë kod. Nëse Carnet nuk lejohet të përdorë kamerën, lejojeni te cilësimet e telefonit. Mund të hapni edhe një foto të kodit.

## Settings: the recovery sheet

app-sheet-title = Fletë rikuperimi
app-sheet-intro = Fleta e rikuperimit është një letër me 12 fjalë dhe një kod katror. Nëse e humbni këtë telefon, fleta dhe fjalëkalimi ua kthejnë ditarin në një telefon të ri. Mbajeni fletën të sigurt, larg telefonit. Mos e mbani fjalëkalimin bashkë me të.
app-sheet-replaces = Një fletë e re zëvendëson të vjetrën: fleta e vjetër nuk funksionon më.
app-sheet-needs-hub = Fleta përdor hubin. Vendosni fillimisht adresën e hubit në ekranin Sinkronizim.
app-sheet-passphrase = Shkruani fjalëkalimin për të bërë një fletë
app-sheet-format = Ruajeni si
app-sheet-pdf = PDF, për ta printuar
app-sheet-png = Foto
app-sheet-make = Bëni një fletë rikuperimi
app-sheet-saved = Fleta juaj e rikuperimit u ruajt në { $path }. Printojeni ose shkruani fjalët më poshtë dhe mbajeni letrën të sigurt.
app-sheet-english = Fleta është në anglisht: Carnet ende nuk mund të shkruajë mbi të shkronjat e gjuhës suaj.
app-sheet-words = 12 fjalët tuaja

## Settings: export and import

app-export-title = Eksport dhe import
app-export-intro = Eksporti e ruan gjithë ditarin tuaj në një skedar, për ta mbajtur ose për t'ia dhënë dikujt që zgjidhni.
app-export-consent = Ky skedar e mban ditarin tuaj në formë të lexueshme: nuk është i mbyllur me fjalëkalimin tuaj. Kushdo që e merr skedarin mund të lexojë gjithçka në të. Fotot nuk janë në skedar.
app-export-agree = E kuptoj. Ruaje skedarin
app-export = Eksportoni
app-export-saved = { $count ->
    [one] U ruajt { $count } shënim në { $path }.
   *[other] U ruajtën { $count } shënime në { $path }.
}
app-import-intro = Importi shton në këtë ditar atë që është në një skedar të eksportuar. Asgjë nuk fshihet nga ditari juaj.
app-import = Importoni një skedar
app-import-added = { $count ->
    [0] Asnjë shënim i ri.
    [one] U shtua { $count } shënim i ri.
   *[other] U shtuan { $count } shënime të reja.
}
app-import-updated = { $count ->
    [0] Asnjë shënim nuk ndryshoi.
    [one] Ndryshoi { $count } shënim.
   *[other] Ndryshuan { $count } shënime.
}
app-import-unchanged = { $count ->
    [0] Asnjë shënim nuk ishte tashmë i njëjtë.
    [one] { $count } shënim ishte tashmë i njëjtë.
   *[other] { $count } shënime ishin tashmë të njëjta.
}
app-import-profile = Profili juaj u përditësua.
app-import-missing-photos = { $count ->
    [one] { $count } foto e përmendur në skedar nuk është në këtë pajisje.
   *[other] { $count } foto të përmendura në skedar nuk janë në këtë pajisje.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Fleta juaj e rikuperimit funksionon ende, me fjalëkalimin e ri.
app-passphrase-sheet-not-updated = Fleta juaj e rikuperimit nuk u përditësua dot në hub. Derisa të bëni një të re, ajo kërkon fjalëkalimin e vjetër. Bëni një fletë të re kur të jeni të lidhur.

## This device's name

app-device-name = Emri i kësaj pajisjeje
app-device-name-hint = Emri që pajisjet tuaja të tjera shfaqin për këtë, për shembull «Telefoni i Aminës».
app-device-name-saved = U ruajt. Pajisjet tuaja të tjera e shfaqin pasi kjo pajisje të sinkronizohet.
