# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Parola doğru değil. Kontrol edip tekrar deneyin. Büyük ve küçük harfler fark eder.
error-too-many-attempts = { $minutes ->
   *[other] Çok fazla yanlış parola girildi. { $minutes } dakika bekleyin, sonra tekrar deneyin.
}
error-passphrase-too-short = Bu parola çok kısa. En az { $min } karakter kullanın.

## The logbook files

error-no-logbook = Bu klasörde henüz defter yok. Önce bir tane oluşturun ya da defterinizin bulunduğu klasörü seçin.
error-already-exists = Bu klasörde zaten bir defter var. Hiçbir şey değişmedi.
error-damaged-key-file = Defterinizin anahtarı bozuk veya eksik, bu yüzden açılamıyor. Bir yedekten ya da bu cihazla eşlediğiniz bir cihazdan kopyasını geri koyun.
error-damaged-database = Defteriniz bozuk, bu yüzden açılamıyor. Bir yedekten ya da bu cihazla eşlediğiniz bir cihazdan kopyasını geri koyun.
error-too-new = { $what ->
    [export-file] Bu dosya Carnet'in daha yeni bir sürümüyle yapılmış. Carnet'i güncelleyin, sonra tekrar deneyin.
    [taxonomy] Carnet ile gelen ESCO verileri Carnet'in daha yeni bir sürümüne ait. Carnet'i güncelleyin, sonra tekrar deneyin.
   *[other] Defteriniz Carnet'in daha yeni bir sürümüyle kaydedilmiş. Carnet'i güncelleyin, sonra tekrar deneyin.
}
error-disk-full = Disk dolu. Hiçbir şey kaybolmadı. Örneğin eski dosyaları silerek biraz yer açın, sonra tekrar deneyin.
error-io = Carnet defterinizin dosyalarını okuyamadı veya yazamadı. Klasörün var olduğunu ve içine yazma izniniz olduğunu kontrol edin, sonra tekrar deneyin.
error-internal = Carnet'in içinde bir şeyler ters gitti. Bu sizin değil, Carnet'in hatası. Lütfen Carnet'i yapanlara bildirin.

## Entries

error-not-found = “{ $id }” kimlikli bir kayıt yok. Kimliği kontrol edip tekrar deneyin.
error-ambiguous-id = Birden fazla kayıt “{ $id }” ile başlıyor. Kimliğin daha fazlasını yazın.

## Values the person typed

error-invalid-kind = “{ $value }” bir kayıt türü değil. skill, qualification, experience, language veya learning kullanın.
error-invalid-date = “{ $value }” bir tarih değil. Bir yıl (2019), bir ay (2019-05) veya bir gün (2019-05-14) yazın.
error-invalid-level = { $kind ->
    [language] “{ $value }” bir dil seviyesi değil. A1, A2, B1, B2, C1 veya C2 kullanın.
    [qualification] “{ $value }” bir yeterlilik seviyesi değil. 1 ile 8 arasında bir sayı (EQF) kullanın.
    [learning] “{ $value }” bir kurs seviyesi değil. 1 ile 8 arasında bir sayı (EQF) kullanın.
    [eqf] “{ $value }” bir EQF seviyesi değil. 1 ile 8 arasında bir sayı kullanın.
   *[other] “{ $value }” bir seviye değil. basic, intermediate, advanced veya expert kullanın.
}
error-invalid-country = “{ $value }” bir ülke kodu değil. İki harf kullanın, örneğin SY, AF, ER veya DE.
error-invalid-language = “{ $value }” bir dil kodu değil. Kısa bir kod kullanın, örneğin ar, fa-AF veya en.
error-invalid-esco = “{ $value }” bir ESCO adresi değil. ESCO adresi http://data.europa.eu/esco/ ile başlar
error-invalid-isco = “{ $value }” bir ISCO-08 meslek kodu değil. 1 ile 4 rakam kullanın, örneğin 7212.
error-invalid-proficiency = “{ $value }” bir seviye değil. basic, intermediate, advanced veya expert kullanın.
error-invalid-context = “{ $value }” bir öğrenme yolu değil. formal, non-formal veya informal kullanın.
error-invalid-stage = “{ $value }” bir aşama değil. recruitment, pre-departure, arrival, career veya return kullanın.
error-invalid-field = “{ $value }” değiştirebileceğiniz bir şey değil. Şunlardan birini kullanın: { $expected }.
error-empty-field = { $field ->
    [title] Başlık boş. Kısa bir başlık yazın.
   *[other] { $field } boş. İçine bir şey yazın.
}
error-date-order = Bitiş tarihi { $to }, başlangıç tarihi { $from } tarihinden önce. İki tarihi kontrol edin.
error-import-format = Bu dosya bir Carnet dışa aktarımı değil, bu yüzden okunamıyor. Carnet'in dışa aktardığı bir dosya seçin.

## Photos

error-evidence-not-an-image = Bu dosya bir fotoğraf değil. Carnet JPEG, PNG ve WebP resimlerini kabul eder.
error-evidence-unsupported-format = Bu bir { $format } resmi ve Carnet onu kullanamıyor. JPEG, PNG veya WebP olarak kaydedin, sonra tekrar deneyin.
error-evidence-damaged = Fotoğraf bozuk veya eksik. Fotoğrafı tekrar çekin veya seçin.
error-evidence-too-large = Resim çok büyük ({ $width } × { $height } piksel). Fotoğrafı daha düşük bir kalite ayarıyla çekin ya da daha küçük bir kopyasını seçin.
error-evidence-file-too-big = Dosya çok büyük ({ $megabytes } MB). Sınır 32 MB. Daha küçük bir dosya seçin.
error-evidence-encode-failed = Carnet fotoğrafı kaydedemedi. Lütfen tekrar deneyin. Yine olursa lütfen Carnet'i yapanlara bildirin.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” bir sunucu adresi değil. Bir sunucu adresi http://192.168.1.10:8470 gibi görünür. Merkezden isteyin.
error-sync-no-hub = Bu defter için henüz bir sunucu ayarlanmadı. Merkezden sunucularının adresini isteyin.
error-sync-unreachable = Carnet { $url } adresindeki sunucuya ulaşamıyor. Defteriniz bu cihazda güvende. Merkezin ağına bağlandığınızda tekrar deneyin.
error-sync-refused = Sunucu bu cihazı bu defter için kabul etmiyor. Bu cihazı defterinizden kaldırdıysanız bu beklenen bir durum. Değilse merkeze sorun.
error-sync-unknown-logbook = Sunucuda henüz bu defterin kopyası yok. Önce defterinizin bulunduğu cihazı eşitleyin, sonra tekrar deneyin.
error-sync-rate-limited = Sunucu meşgul. { $seconds } saniye bekleyin, sonra tekrar deneyin. Defteriniz bu cihazda güvende.
error-sync-hub-full = Sunucuda defteriniz için yer kalmadı. Defteriniz bu cihazda güvende. Merkeze sorun.
error-sync-hub-error = Sunucuda bir sorun oldu ({ $status } { $code }). Defteriniz bu cihazda güvende. Daha sonra tekrar deneyin ya da merkeze sorun.
error-sync-protocol = Sunucu, Carnet'in bu sürümünün okuyamadığı bir şey gönderdi. Defteriniz bu cihazda güvende. Carnet'i güncelleyin ya da merkeze sorun.
error-sync-forged = Sunucu bozuk ya da biri tarafından değiştirilmiş bir değişiklik gönderdi. Carnet onu kullanmadı ve defteriniz değişmedi. Merkeze bildirin.
error-sync-incomplete = Sunucu göndermesi gereken tüm değişiklikleri göndermedi. Carnet onları kullanmadı ve defteriniz değişmedi. Daha sonra tekrar deneyin ya da merkeze bildirin.
error-sync-unknown-epoch = Bu cihazda defterinizin en yeni anahtarı yok, bu yüzden sunucudakileri okuyamıyor. Bu cihazı kaldırdıysanız bu beklenen bir durum. Değilse onu tekrar eşleyin.
error-sync-rolled-back = Sunucu bazı verileri kaybetti. Bu cihazdaki defteriniz tam ve değişmedi. Merkeze bildirin.
error-sync-pairing-code = Bu bir eşleme kodu değil ya da bir kısmı eksik. Kodu diğer cihazınızda tekrar gösterin ve tamamını tarayın veya yazın.
error-sync-pairing-expired = Bu eşleme kodu çok eski. Diğer cihazınızda yeni bir kod gösterin.
error-sync-pairing-taken = Bu eşleme koduna başka bir cihaz zaten yanıt verdi. Hiçbir şey paylaşılmadı. Diğer cihazınızda yeni bir kod gösterin ve tekrar deneyin.
error-sync-pairing-refused = Diğer cihazınız bu eşlemeye hayır dedi. Hiçbir şey paylaşılmadı.
error-sync-remove-self = Bu, kullandığınız cihaz. Onu kaldırmak için bunu diğer cihazlarınızdan birinden yapın.
error-sync-cancelled = Diğer cihazı beklemeyi bıraktınız. Hiçbir şey paylaşılmadı. İki cihaz da hazır olduğunda yeniden başlayın.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Bu bir Carnet kurtarma kâğıdının kare kodu değil ya da Carnet tamamını okuyamadı. Kodun tamamının daha net bir fotoğrafını çekin ya da 12 kelimeyi yazın.
error-sync-recovery-words = { $problem ->
    [count] Bir kurtarma kâğıdında 12 kelime vardır; siz { $position } kelime verdiniz. 12 kelimenin hepsini sırasıyla yazın.
    [unknown] { $position }. kelime, kurtarma kâğıtlarının kelimelerinden biri değil. Yazılışını kâğıtta kontrol edin.
   *[other] Kelimeler birbirine uymuyor: biri yanlış ya da ikisinin yeri değişmiş. Her kelimeyi kâğıtta kontrol edin.
}
error-sync-recovery-no-box = Sunucuda bu kurtarma kâğıdı için hiçbir şey yok. Yerini daha yeni bir kâğıt almış olabilir ya da kâğıt başka bir sunucu için olabilir. En yeni kâğıdınızı kullanın.
error-sheet-write = Carnet kâğıdı yazamadı: { $path }. Klasörü ve boş yeri kontrol edin. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ESCO veri dosyasını bulamıyor ({ $path }). Carnet'i yeniden kurun.
error-taxonomy-damaged = Carnet'in ESCO veri dosyası bozuk ({ $reason }). Carnet'i yeniden kurun.
error-unknown-concept = “{ $concept }” adında bir ESCO becerisi veya mesleği yok. Adresini carnet esco search ile bulun.
error-not-an-occupation = “{ $concept }” bir meslek değil, bir ESCO becerisi. Mesleği carnet esco search --kind occupation ile bulun.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet bu resimde kare kod bulamadı. Kodun tamamının daha net bir fotoğrafını çekin ya da kodu elle yazın.
error-save-file = Carnet dosyayı kaydedemedi: { $path }. Boş yeri kontrol edin. ({ $reason })

## Voice notes

error-evidence-not-audio = Bu dosya bir ses kaydı değil. Carnet WebM, Ogg, MP4, M4A, AAC, MP3 ve WAV ses dosyalarını kabul eder.
error-evidence-audio-is-video = Bu dosya bir video. Carnet yalnızca sesi saklar. Bir sesli not kaydedin ya da bir ses dosyası seçin.
error-evidence-audio-too-big = Ses dosyası çok büyük ({ $megabytes } MB). Sınır 5 MB. Daha kısa bir sesli not kaydedin.
error-evidence-audio-damaged = Ses dosyası bozuk veya eksik. Tekrar kaydedin veya seçin.
error-evidence-not-evidence = Bu dosya ne fotoğraf ne de ses kaydı. Carnet fotoğrafları (JPEG, PNG, WebP) ve ses dosyalarını (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) kabul eder.
error-microphone-denied = Carnet mikrofonu kullanamıyor. Telefonunuzun ayarlarından izin verin ya da bir ses dosyası ekleyin.
error-microphone-failed = Carnet kayıt yapamadı. Tekrar deneyin ya da bir ses dosyası ekleyin.
error-recording-empty = Hiçbir şey kaydedilmedi. Tekrar deneyin ve düğmeye bastıktan sonra konuşun.
error-evidence-missing = Bu fotoğraf veya sesli not henüz bu cihazda yok ({ $sha }). Almak için eşitleyin.
