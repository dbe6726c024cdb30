# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Başka bir cihaz ekle
app-pair-intro = Defterinizi kendi başka telefonunuza veya bilgisayarınıza koyun. İki cihazın da sunucuya ihtiyacı var.
app-pair-start = Başka bir cihaz ekle
app-pair-passphrase = Cihaz eklemek için parolanızı yazın.
app-pair-show = Kodu göster
app-pair-scan = Yeni cihazda “Bir deftere katıl” seçeneğini seçin, sonra bu kare kodu tarayın veya altındaki metni yazın.
app-pair-qr-alt = Yeni cihazla taranacak kare kod
app-pair-code-label = Metin olarak kod
app-pair-expires = Kod { $time } daha çalışır.
app-pair-waiting = Yeni cihaz bekleniyor…
app-pair-request = “{ $name }” defterinizi istiyor.
app-pair-compare = Yeni cihaz da aynı kodu gösteriyor mu?
app-pair-approve = Evet, izin ver
app-pair-refuse = Hayır
app-pair-approved = “{ $name }” artık defterinize sahip. Eşitlendikten sonra cihaz listesinde görünür.
app-pair-refused = Hayır dediniz. “{ $name }” hiçbir şey almadı.
app-pair-again = Yeni kod göster

## Sync screen: the devices of this logbook

app-devices-title = Cihazlarınız
app-devices-none = Bu defteri henüz hiçbir cihaz eşitlemedi. Eşitleyin, bu cihaz burada görünür.
app-devices-this = Bu cihaz
app-devices-added = Eklenme: { $date }
app-devices-removed = Kaldırılma: { $date }
app-devices-remove = Kaldır
app-devices-remove-confirm = “{ $name }” kaldırılsın mı? Bunu bir telefon kaybolduğunda, satıldığında veya birine verildiğinde kullanın.
app-devices-remove-consequences = Cihaz elindekini korur, ancak bundan sonra eklediğiniz hiçbir şeyi alamaz. Defteriniz yeni bir anahtar alır; diğer cihazlarınız eşitlendiklerinde bu anahtarı alır. O cihazı tekrar kullanmak için onu yeniden ekleyin.
app-devices-remove-yes = Evet, kaldır
app-devices-removed-done = “{ $name }” kaldırıldı. Defterinizin artık o cihazda olmayan yeni bir anahtarı var.
app-devices-new-sheet = Kurtarma kâğıdınızda eski anahtar var. Şimdi Ayarlar'da yenisini oluşturun ve eskisini yok edin.

## First run: another way to start

app-start-other = Zaten bir defteriniz var mı?
app-start-join = Başka bir cihazdan katıl
app-start-recover = Kâğıtla kurtar

## First run: joining a logbook from another device

app-join-title = Bir deftere katıl
app-join-intro = Diğer cihazınızda Eşitle'yi açın ve “Başka bir cihaz ekle”yi seçin. Bir kod gösterir.
app-join-code = Kod (CNP1: ile başlar)
app-join-code-hint = Kodu buraya yapıştırın veya yazın
app-join-picture = Kodun resmini aç
app-join-name = Bu cihaz için bir ad
app-join-name-default = Yeni cihazım
app-join-passphrase = Bu cihaz için bir parola seçin
app-join-send = Devam
app-join-check = Diğer cihazınız da aynı kodu göstermeli. Orada izin verin.
app-join-waiting = Diğer cihazınızın izin vermesi bekleniyor…
app-join-copying = Defteriniz kopyalanıyor…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Defterinizi kurtarın
app-recover-intro = Kurtarma kâğıdınızı ve parolanızı kullanın. Carnet defterinizi sunucudan geri alır.
app-recover-by-words = 12 kelimeyi yaz
app-recover-by-code = Kare kodu kullan
app-recover-words = 12 kelime, sırasıyla
app-recover-words-hint = kelime1 kelime2 kelime3 …
app-recover-hub = Kâğıttaki sunucu adresi
app-recover-code = Kare kodun metni (CNS1: ile başlar)
app-recover-picture = Kâğıdın fotoğrafını aç
app-recover-passphrase = Parolanız (daha önce kullandığınız)
app-recover-start = Defterimi kurtar

## Reading a square code from a picture

app-picture-read = Kod resimden okundu.
app-scan-camera = Kamerayla tara
error-camera-scan = Hiçbir kod okunamadı. Carnet kamerayı kullanamıyorsa telefonunuzun ayarlarından izin verin. Kodun bir fotoğrafını da açabilirsiniz.

## Settings: the recovery sheet

app-sheet-title = Kurtarma kâğıdı
app-sheet-intro = Kurtarma kâğıdı, 12 kelime ve bir kare kod bulunan bir kâğıttır. Bu telefonu kaybederseniz, kâğıt ve parolanız defterinizi yeni bir telefona geri getirir. Kâğıdı güvenli bir yerde, telefonunuzdan uzakta saklayın. Parolanızı onunla birlikte saklamayın.
app-sheet-replaces = Yeni bir kâğıt eskisinin yerini alır: eski kâğıt artık çalışmaz.
app-sheet-needs-hub = Kâğıt sunucuyu kullanır. Önce Eşitle ekranında sunucu adresini girin.
app-sheet-passphrase = Kâğıt oluşturmak için parolanızı yazın
app-sheet-format = Şöyle kaydet
app-sheet-pdf = PDF, yazdırmak için
app-sheet-png = Resim
app-sheet-make = Kurtarma kâğıdı oluştur
app-sheet-saved = Kurtarma kâğıdınız kaydedildi: { $path }. Yazdırın veya aşağıdaki kelimeleri not edin ve kâğıdı güvenli bir yerde saklayın.
app-sheet-english = Kâğıt İngilizcedir: Carnet henüz dilinizin harflerini kâğıda çizemiyor.
app-sheet-words = 12 kelimeniz

## Settings: export and import

app-export-title = Dışa ve içe aktar
app-export-intro = Dışa aktarma, defterinizin tamamını tek bir dosyaya kaydeder; saklamak ya da seçtiğiniz birine vermek için.
app-export-consent = Bu dosya defterinizi okunabilir biçimde içerir: parolanızla kilitli değildir. Dosyayı alan herkes içindeki her şeyi okuyabilir. Fotoğraflar dosyada yoktur.
app-export-agree = Anladım. Dosyayı kaydet
app-export = Dışa aktar
app-export-saved = { $count ->
   *[other] { $count } kayıt kaydedildi: { $path }.
}
app-import-intro = İçe aktarma, dışa aktarılmış bir dosyadakileri bu deftere ekler. Defterinizden hiçbir şey silinmez.
app-import = Dosya içe aktar
app-import-added = { $count ->
    [0] Yeni kayıt yok.
   *[other] { $count } yeni kayıt eklendi.
}
app-import-updated = { $count ->
    [0] Hiçbir kayıt değişmedi.
   *[other] { $count } kayıt değişti.
}
app-import-unchanged = { $count ->
    [0] Hiçbir kayıt zaten aynı değildi.
   *[other] { $count } kayıt zaten aynıydı.
}
app-import-profile = Profiliniz güncellendi.
app-import-missing-photos = { $count ->
   *[other] Dosyada adı geçen { $count } fotoğraf bu cihazda yok.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Kurtarma kâğıdınız yeni parolanızla çalışmaya devam ediyor.
app-passphrase-sheet-not-updated = Kurtarma kâğıdınız sunucuda güncellenemedi. Yenisini oluşturana kadar eski parolanız gerekir. Bağlandığınızda yeni bir kâğıt oluşturun.

## This device's name

app-device-name = Bu cihazın adı
app-device-name-hint = Diğer cihazlarınızın bu cihaz için gösterdiği ad, örneğin “Amina'nın telefonu”.
app-device-name-saved = Kaydedildi. Bu cihaz eşitlendikten sonra diğer cihazlarınız bu adı gösterir.
