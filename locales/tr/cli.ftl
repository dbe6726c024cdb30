# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Nasıl yazılır:
cli-help-commands = Komutlar:
cli-help-arguments = Ne verilmeli:
cli-help-options = Seçenekler:
cli-help-examples = Örnekler:

## Help: the whole program

cli-about = Carnet, yapabildiklerinizin kaydını tutar: beceriler, iş, diller, diplomalar ve kurslar. Kayıt cihazınızda kalır ve parolanızla kilitlidir.

cli-examples =
    Defter başlat:              carnet init
    Beceri ekle:                carnet add skill --title "Welding" --level advanced
    Kayıtlarınızı görün:        carnet list
    Bir kaydı görün:            carnet show 3f2a
    Bir komut için yardım:      carnet add --help

cli-opt-data-dir = Defterinizin saklandığı klasör. CARNET_DATA_DIR değişkenini de ayarlayabilirsiniz.
cli-opt-json = Diğer programlar için JSON biçiminde yanıt ver.
cli-opt-lang = Carnet mesajlarının dili, örneğin ar, fa, fr, uk veya en.
cli-opt-help = Bu yardımı göster.
cli-opt-version = Carnet sürümünü göster.

## Help: commands

cli-cmd-init = Parolayla kilitli yeni bir defter oluştur.
cli-cmd-passphrase = Defterinizin parolasını değiştirin.
cli-cmd-passphrase-change = Parolanızı değiştirin. Önce eskisini, sonra yenisini iki kez yazarsınız.
cli-cmd-profile = Profilinizi görün veya değiştirin: adınız, ülkeleriniz, dilleriniz.
cli-cmd-profile-show = Profilinizi gösterin.
cli-cmd-profile-set = Profilinizi değiştirin. Bir şeyi temizlemek için ona boş bir değer verin, örneğin --contact "".
cli-cmd-add = Bir kayıt ekleyin: beceri, yeterlilik, iş deneyimi, dil veya kurs.
cli-cmd-list = Kayıtlarınızı listeleyin.
cli-cmd-show = Bir kayıt hakkındaki her şeyi gösterin.
cli-cmd-edit = Bir kaydı değiştirin.
cli-cmd-rm = Bir kaydı silin.
cli-cmd-search = Bazı kelimeleri içeren kayıtları bulun.
cli-cmd-detach = Bir kayıttan fotoğraf veya sesli notu çıkarın. Başka bir kayıt onu göstermiyorsa bu cihazdan da silinir.
cli-cmd-attach = Bir kayda bir belgenin fotoğrafını ekleyin, örneğin diploma, sertifika veya iş belgesi. Ya da bir sesli not ekleyin: beceriyi anlattığınız bir ses dosyası.
cli-cmd-export = Defterinizin tamamını diğer programların okuyabileceği bir dosyaya yazın.
cli-cmd-import = Bir Carnet dışa aktarma dosyasını defterinize okuyun. Defterinizden hiçbir şey silinmez.
cli-cmd-devices = Defterinizin bulunduğu cihazlar.
cli-cmd-devices-list = Defterinizin bulunduğu cihazları gösterin.
cli-cmd-devices-remove = Defterinizi bir cihazdan alın, örneğin kayıp bir telefondan. O cihaz bundan sonra eklediğiniz hiçbir şeyi okuyamaz.
cli-cmd-pair = Defterinizi kendi başka bir cihazınıza koyun, örneğin yeni bir telefona.
cli-cmd-pair-show = Defterinizin bulunduğu cihazda: yeni cihaz için bir kod gösterin, sonra ona izin verin.
cli-cmd-pair-join = Yeni cihazda: diğer cihazınızın gösterdiği kodla defterinizi alın.
cli-cmd-sync = Değişikliklerinizi merkezin sunucusuna gönderin ve diğer cihazlarınızda yapılan değişiklikleri alın. Sunucu yalnızca okuyamadığı kilitli bir kopya saklar.

## Help: what to give to the commands

cli-arg-kind = Kaydın türü: skill, qualification, experience (iş), language veya learning (kurs).
cli-arg-title = Kısa bir ad, örneğin "Welding" veya "Driving licence B".
cli-arg-description = İsterseniz onun hakkında daha fazla söz.
cli-arg-level = Ne kadar iyisiniz. Beceri veya iş için: basic, intermediate, advanced veya expert. Dil için: A1 (başlangıç) ile C2 (çok iyi) arası. Yeterlilik veya kurs için: EQF seviyesi, 1 ile 8 arası.
cli-arg-eqf = Bir diploma veya kursun EQF seviyesi, 1 ile 8 arası, biliyorsanız.
cli-arg-from = Ne zaman başladı: bir yıl (2019), bir ay (2019-05) veya bir gün (2019-05-14).
cli-arg-to = Ne zaman bitti, aynı şekilde yazılır. Hâlâ sürüyorsa boş bırakın.
cli-arg-organisation = İşveren, okul veya eğitim merkezi.
cli-arg-place = Şehir veya yer.
cli-arg-country = Ülke, iki harfle, örneğin SY, AF, DE.
cli-arg-context = Nasıl öğrendiniz: formal (okul, diploma), non-formal (kurs) veya informal (yaparak).
cli-arg-written-in = Bu kaydı yazdığınız dil, kısa bir kodla, örneğin ar veya en.
cli-arg-esco = Beceri veya mesleğin ESCO adresi, biliyorsanız.
cli-arg-isco = ISCO-08 meslek kodu (1 ile 4 rakam), biliyorsanız.
cli-arg-stage = Yolculuğunuzun hangi aşamasında bu önemli: recruitment, pre-departure, arrival, career veya return. Birden fazla verebilirsiniz.

cli-arg-list-kind = Yalnızca bu türdeki kayıtları gösterin: skill, qualification, experience, language veya learning.
cli-arg-list-stage = Yalnızca bu aşamanın kayıtlarını gösterin: recruitment, pre-departure, arrival, career veya return.

cli-arg-id = Kaydın kimliği. İlk 4 veya daha fazla karakter yeterlidir. Kimlikleri görmek için yazın: carnet list
cli-arg-set = Bir değişiklik, FIELD=VALUE olarak yazılır, örneğin level=advanced. Daha fazlasını değiştirmek için tekrar verin. Boş bir değer alanı temizler. Alanlar: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Aranacak kelimeler.
cli-arg-evidence = Çıkarılacak fotoğraf veya sesli not: carnet show ve carnet attach'ın gösterdiği kimliği (ilk 8 veya daha fazla karakter yeterlidir).
cli-arg-photo = Bir fotoğraf (JPEG, PNG veya WebP) ya da bir ses dosyası (WebM, Ogg, MP4, M4A, AAC, MP3 veya WAV, en fazla 5 MB). Carnet hangisi olduğunu anlamak için dosyanın içine bakar. Fotoğrafın çekildiği yer gibi gizli verileri kaldırır.
cli-arg-format = Dosya türü. Şimdilik yalnızca json.
cli-arg-file = Okunacak dışa aktarma dosyası.

cli-arg-name = Başkalarının görmesini istediğiniz şekliyle adınız.
cli-arg-birth-date = Doğum tarihiniz: 1990, 1990-05 veya 1990-05-14.
cli-arg-origin = Geldiğiniz ülke, iki harfle, örneğin SY, AF, ER.
cli-arg-current = Şu anda yaşadığınız ülke, iki harfle, örneğin DE, FR.
cli-arg-contact = Size nasıl ulaşılabileceği, örneğin bir telefon numarası veya e-posta.
cli-arg-language = Bildiğiniz bir dil, kısa bir kodla, örneğin ar, fa-AF veya en. Aşağıdaki seçenekler bu dil hakkındadır.
cli-arg-mother-tongue = Bu dil sizin ana dilinizdir.
cli-arg-not-mother-tongue = Bu dil sizin ana diliniz değildir.
cli-arg-listening = Konuşanları ne kadar iyi anlıyorsunuz: A1 (başlangıç) ile C2 (çok iyi) arası.
cli-arg-reading = Ne kadar iyi okuyorsunuz: A1 ile C2 arası.
cli-arg-spoken-interaction = Bir sohbete ne kadar iyi katılıyorsunuz: A1 ile C2 arası.
cli-arg-spoken-production = Kendi başınıza ne kadar iyi konuşuyorsunuz: A1 ile C2 arası.
cli-arg-writing = Ne kadar iyi yazıyorsunuz: A1 ile C2 arası.
cli-arg-remove-language = Profilinizden bir dili çıkarın.
cli-arg-hub = Merkezin sunucusunun adresi, örneğin http://192.168.1.10:8470. Carnet onu hatırlar.
cli-arg-device-id = Cihazın kimliği, carnet devices list'in gösterdiği gibi (ilk 4 veya daha fazla karakter yeterlidir).
cli-arg-pair-approve = Yeni cihaz bu kodu gösterirse sormadan izin verin (yardımcılar ve betikler için).
cli-arg-pair-code = Diğer cihazınızın gösterdiği kod. CNP1: ile başlar
cli-arg-pair-name = Bu cihaz için bir ad; diğer cihazda onu tanıyabilmeniz için (örneğin "Amal's phone").
cli-arg-sync-status = Yalnızca en son ne zaman eşitlendiğini ve kaç değişikliğin beklediğini gösterin. Hiçbir şey gönderilmez.
cli-arg-sync-watch = Eşitlemeye devam edin. Sunucuya ulaşılamazsa daha sonra tekrar deneyin, her seferinde daha uzun bekleyerek.
cli-arg-sync-every = --watch ile: eşitlemeler arasında kaç saniye beklenecek (verilmezse 300).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = En az { $min } karakterlik bir parola seçin. Defterinizi her açtığınızda ona ihtiyacınız olacak. Kimse onu sizin için geri getiremez.
cli-passphrase-prompt = Parola:
cli-passphrase-new-prompt = Yeni parola:
cli-passphrase-repeat-prompt = Yeni parolayı tekrar yazın:
cli-passphrase-changed = Parolanız değişti. Bundan sonra yenisini kullanın.

## Answers

cli-init-done = Defteriniz hazır. Bu klasörde: { $dir }
cli-init-next = Parolanızı güvende tutun. O olmadan kimse, siz bile, defterinizi açamaz. Şimdi yapabildiklerinizi ekleyin, örneğin: carnet add skill --title "Cooking"

cli-list-empty = Defterinizde henüz kayıt yok. Eklemek için yazın: carnet add skill --title "Cooking"
cli-list-none-match = İstediğinize uyan kayıt yok.
cli-search-none = Bu kelimeleri içeren kayıt yok. Başka kelimeler deneyin ya da yazın: carnet list

cli-edit-saved = Değişikliğiniz kaydedildi.
cli-rm-done = Silindi: { $title }
cli-detached = Fotoğraf veya sesli not kayıttan çıkarıldı.

cli-profile-saved = Profiliniz kaydedildi.
cli-profile-empty = Profiliniz boş. Adınızı eklemek için yazın: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } kayıt eklendi.
}
cli-import-updated = { $count ->
   *[other] { $count } kayıt güncellendi.
}
cli-import-unchanged = { $count ->
   *[other] { $count } kayıt zaten aynıydı.
}
cli-import-profile-updated = Profiliniz de güncellendi.
cli-import-missing-photos = { $count ->
   *[other] { $count } fotoğraf bu cihazda yok. Dışa aktarma dosyaları fotoğraf içermez. Onları tekrar şununla ekleyin: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Kimlik
cli-show-kind = Tür
cli-show-added = Eklendi
cli-show-changed = Değişti
cli-show-evidence = Fotoğraflar ve sesli notlar
cli-show-photo = { $sha }  { $width } × { $height } piksel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } piksel, bu cihazda yok
cli-show-voice = { $sha }  sesli not, { $kilobytes } KB
cli-show-voice-missing = { $sha }  sesli not, bu cihazda yok
cli-show-conflicts = Başka bir cihaz da şunu yazdı:
cli-show-conflicts-hint = Bunlardan birini tutmak için yazın: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Başlık
cli-field-description = Açıklama
cli-field-written-in = Yazıldığı dil
cli-field-esco = ESCO
cli-field-isco = ISCO-08 meslek kodu
cli-field-level = Seviye
cli-field-eqf = EQF seviyesi
cli-field-organisation = Kurum
cli-field-place = Yer
cli-field-country = Ülke
cli-field-from = Başlangıç
cli-field-to = Bitiş
cli-field-context = Nasıl öğrendiniz
cli-field-stages = Aşamalar

cli-kind-skill = beceri
cli-kind-qualification = yeterlilik
cli-kind-experience = deneyim
cli-kind-language = dil
cli-kind-learning = kurs

cli-context-formal = örgün (okul, diploma)
cli-context-non-formal = yaygın (bir kurs)
cli-context-informal = serbest (yaparak)

cli-stage-recruitment = işe alım
cli-stage-pre-departure = yola çıkmadan önce
cli-stage-arrival = varış
cli-stage-career = çalışma
cli-stage-return = dönüş

cli-proficiency-basic = temel
cli-proficiency-intermediate = orta
cli-proficiency-advanced = ileri
cli-proficiency-expert = uzman

cli-level-eqf = EQF seviyesi { $level }

cli-profile-name = Ad
cli-profile-birth-date = Doğum tarihi
cli-profile-origin = Geldiği yer
cli-profile-current = Yaşadığı yer
cli-profile-contact = İletişim
cli-profile-languages = Diller
cli-profile-mother-tongue = { $language } (ana dil)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = dinleme { $level }
cli-cefr-reading = okuma { $level }
cli-cefr-spoken-interaction = başkalarıyla konuşma { $level }
cli-cefr-spoken-production = konuşma { $level }
cli-cefr-writing = yazma { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet burada “{ $arg }” ifadesini tanımıyor.
cli-error-unknown-command = “{ $command }” diye bir komut yok.
cli-error-invalid-value = “{ $value }”, { $arg } için kullanılamaz.
cli-error-missing-value = { $arg } ardından bir değer ister.
cli-error-valid-values = Şunları kullanabilirsiniz: { $values }
cli-error-missing-argument = Bir şey eksik: { $arg }
cli-error-missing-command = “{ $command }” ardından Carnet'in ne yapması gerektiğini söyleyin.
cli-error-valid-commands = Komutlar: { $commands }
cli-error-conflict = { $arg }, { $other } ile birlikte kullanılamaz.
cli-error-no-equals = { $arg } ifadesini bir eşittir işareti ve hemen ardından değerle yazın.
cli-error-too-many-values = { $arg } daha az değer alır. “{ $value }” bir fazla.
cli-error-wrong-number-of-values = { $arg } için değer sayısı yanlış.
cli-error-invalid-utf8 = Carnet yazdığınız bazı harfleri okuyamıyor. Tekrar yazın.
cli-error-did-you-mean = Şunu mu demek istediniz: { $suggestion }?
cli-error-usage = Carnet bu komutu anlamadı.
cli-error-usage-hint = Neler yazabileceğinizi görmek için { $command } --help yazın.
cli-error-set-format = “{ $value }” bir değişiklik değil. FIELD=VALUE yazın, örneğin --set level=advanced
cli-error-nothing-to-change = Değiştirilecek bir şey yok. En az bir seçenek verin, örneğin --name "Your name".

cli-error-passphrase-unavailable = Carnet'in bir parolaya ihtiyacı var ama burada soramıyor. Carnet'i bir terminalde çalıştırın ya da { $variable } değişkenini ayarlayın.
cli-error-passphrase-mismatch = İki parola aynı değil. Hiçbir şey değişmedi. Lütfen tekrar deneyin.
cli-error-read-file = Carnet şu dosyayı okuyamıyor: { $path }. Dosya adını ve klasörü kontrol edin, sonra tekrar deneyin.
cli-error-no-data-dir = Carnet defteriniz için bir klasör bulamıyor. --data-dir ile bir tane seçin, örneğin --data-dir ./carnet
cli-error-output = Carnet yanıtını yazamadı. Diskin dolu olmadığını kontrol edin, sonra tekrar deneyin.
cli-error-details = Yardımcı için ayrıntılar: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Oluşturmak için yazın: carnet init
cli-hint-already-exists = İçinde ne olduğunu görmek için yazın: carnet list. İkinci bir defter için --data-dir ile başka bir klasör seçin.
cli-hint-not-found = Kimlikleri görmek için yazın: carnet list
cli-hint-ambiguous-id = Kimlikleri görmek için yazın: carnet list
cli-hint-import-format = Şununla yapılmış bir dosya seçin: carnet export --format json
cli-hint-invalid-field = Alanların listesi için yazın: carnet edit --help

## carnet sync

cli-sync-phase-sending = Gönderiliyor
cli-sync-phase-receiving = Alınıyor
cli-sync-phase-photos = Fotoğraflar
cli-sync-done = Eşitlendi: { $hub }.
cli-sync-changes = { $sent ->
   *[other] { $sent } değişiklik gönderildi
}, { $received ->
   *[other] { $received } değişiklik alındı.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } fotoğraf gönderildi
}, { $received ->
   *[other] { $received } fotoğraf alındı.
}
cli-sync-bytes = Kullanılan veri: { $up } KB gönderildi, { $down } KB alındı.
cli-sync-retry = Tekrar deneme: { $seconds ->
   *[other] { $seconds } saniye sonra.
}
cli-sync-status-hub = Sunucu: { $hub }
cli-sync-status-last = Son eşitleme: { $when }
cli-sync-status-pending = { $count ->
    [0] Bekleyen değişiklik yok.
   *[other] { $count } değişiklik gönderilmeyi bekliyor.
}
cli-sync-no-hub = henüz yok
cli-sync-never = hiç
cli-hint-sync-no-hub = Ayarlamak için yazın: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Değişiklikleriniz saklandı. Daha sonra tekrar denemek için yazın: carnet sync

## carnet pair

cli-pair-show-scan = Bu kodu yeni cihazınızla tarayın ya da aşağıdaki metni orada yazın.
cli-pair-show-expires = Kod 10 dakika çalışır.
cli-pair-show-request = “{ $name }” cihazı defterinizi istiyor. Kodu: { $fingerprint }.
cli-pair-show-ask = Yeni cihazınız aynı kodu gösteriyor mu? İzin vermek için evet, yoksa hayır yazın.
cli-pair-yes = evet
cli-pair-show-approved = “{ $name }” artık defterinize sahip.
cli-pair-show-refused = Hayır dediniz. “{ $name }” hiçbir şey almadı.
cli-pair-default-name = Yeni cihaz
cli-pair-join-check = Diğer cihazınız şu kodu göstermeli: { $fingerprint }. Orada izin verin.
cli-pair-join-done = { $count ->
   *[other] Bu cihazda artık defteriniz var, { $count } kayıtla.
}

## carnet devices

cli-devices-none = Bu defteri henüz hiçbir cihaz eşitlemedi.
cli-devices-line = { $id }  { $name }  ({ $added } tarihinden beri)
cli-devices-this = ← bu cihaz
cli-devices-removed = (kaldırıldı: { $when })
cli-devices-removed-done = “{ $name }” kaldırıldı. Defterinizin artık o cihazda olmayan yeni bir anahtarı var.
cli-devices-new-sheet = Kurtarma kâğıdınızda eski anahtar var. Şimdi yenisini yazdırın ve eskisini yok edin: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Bir kurtarma kâğıdı yazdırın: onunla ve parolanızla, bu telefonu kaybederseniz defterinizi yeni bir telefonda geri alabilirsiniz.
cli-cmd-recover = Yeni bir cihazda: defterinizi kurtarma kâğıdınız ve parolanızla geri alın.
cli-arg-recovery-out = Kâğıdın yazılacağı dosya. .png veya .pdf ile bitmeli.
cli-arg-recover-sheet = Kurtarma kâğıdınızın fotoğrafı veya taraması (PNG veya JPEG). Carnet kare kodunu okur.
cli-arg-recover-words = Kurtarma kâğıdınızdaki 12 kelime, sırasıyla, tırnak içinde. --hub da verin.
cli-arg-recover-hub = Kurtarma kâğıdınızda basılı sunucu adresi, örneğin http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet kâğıdı .png veya .pdf dosyası olarak yazabilir, “{ $path }” olarak değil.
cli-recovery-sheet-done = Kurtarma kâğıdınız burada: { $path }. Yazdırın ve kâğıdı telefonunuzdan uzakta, güvenli bir yerde saklayın.
cli-recovery-sheet-english = Kâğıt İngilizcedir: Carnet henüz dilinizin harflerini kâğıda doğru çizemiyor.
cli-recovery-sheet-replaced = Daha önce yazdırdığınız kâğıtlar artık çalışmıyor. Onları yok edin.
cli-recover-done = { $count ->
   *[other] Defteriniz bu cihaza geri geldi: { $count } kayıt.
}
cli-passphrase-sheet-updated = Kurtarma kâğıdınız yeni parolanızla çalışmaya devam ediyor.
cli-passphrase-sheet-not-updated = Kurtarma kâğıdınız sunucuda güncellenemedi. Yenisini yazdırana kadar eski parolanız gerekir. Bağlandığınızda yeni bir kâğıt yazdırın: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet kurtarma kâğıdı
cli-sheet-made = Oluşturulma: { $date }
cli-sheet-hub = Sunucu: { $hub }
cli-sheet-words = 12 kelimeniz
cli-sheet-instructions =
    Bu kâğıdı güvende tutun. Onunla ve parolanızla defterinizi yeni bir telefonda geri alabilirsiniz:
    1. Yeni telefona Carnet kurun ve defteri geri almayı seçin.
    2. Kare kodu tarayın ya da 12 kelimeyi ve sunucu adresini yazın.
    3. Parolanızı yazın. Defter sunucudan geri gelir.
    Bilgisayarda: carnet recover --sheet photo.jpg
cli-sheet-warning = Bu kâğıt tek başına defterinizi açmaz: parolanız da gerekir. İkisini birlikte saklamayın. Yeni bir kâğıt yazdırırsanız bu kâğıt çalışmaz olur.
