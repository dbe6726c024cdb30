# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Onaylarım
app-present = Becerilerimi göster
app-verify = Kod kontrol et

## Wallet

app-wallet-title = Onaylarım
app-wallet-intro = Bunlar, birinin sizin için imzaladığı becerilerdir. Onları bir QR kodla gösterebilirsiniz.
app-wallet-empty = Henüz kimse sizin için bir beceri imzalamadı. Bir eğitmenden, işverenden veya merkezden yapabildiklerinizi onaylamasını isteyin.
app-wallet-by = İmzalayan: { $name } ({ $kind }, { $country })
app-wallet-issued = İmza tarihi: { $date }
app-wallet-expires = Geçerlilik: { $date } tarihine kadar
app-wallet-expired = Süresi doldu: { $date }
app-wallet-no-expiry = Süresi dolmaz
app-wallet-damaged = Bu onay bozuk ve gösterilemiyor. İmzalayan kişiden yenisini isteyin.
app-standing-valid = Kontrol edildi: güven listenizdeki biri imzaladı
app-standing-unknown-issuer = İmzalı, ancak imzalayan güven listenizde yok
app-standing-expired = Süresi dolmuş
app-standing-revoked = İmzalayan geri aldı
app-standing-malformed = Bozuk

## Present: choosing what to show

app-present-title = Becerilerimi göster
app-present-endorsed = Birinin imzaladıkları
app-present-self = Yalnızca kendi beyanım
app-present-self-hint = Kontrol eden kişi bunları imzalı değil, sizin kendi sözünüz olarak görür.
app-present-details = Her birinden ne gösterilsin
app-present-details-all = Her şey
app-present-details-short = Yalnızca ad ve seviye
app-present-stage = Kimin için?
app-present-print = Kâğıda basmak için (5 yıl geçerli)
app-present-make = QR kodu göster
app-present-none = Göstermek için en az bir şey seçin.
app-present-nothing-yet = Defteriniz boş. Önce bir şey ekleyin.

## Present: the QR code

app-qr-title = Bu kodu taratın
app-qr-expires = Bu kod { $date } tarihine kadar çalışır.
app-qr-preview = Kontrol eden kişinin göreceği
app-qr-preview-hide = Kontrol edenin göreceğini gizle
app-qr-done = Tamam
app-qr-preview-note = Bu telefonla aynı güven listelerine sahip bir kontrol eden kişi tam olarak bunu görür.

## Verify

app-verify-title = Kod kontrol et
app-verify-intro = Bir Carnet QR kodunun fotoğrafını çekin veya seçin. Hiçbir yere bir şey gönderilmez: kontrol bu cihazda yapılır.
app-verify-picture = Fotoğraf çek veya seç
app-verify-text = Ya da kodun metnini yapıştırın (CN1: ile başlar)
app-verify-check = Kontrol et
app-verify-checking = Kontrol ediliyor…
app-verify-again = Başka bir kod kontrol et

## The verdict

app-verdict-title = Sonuç
app-verdict-made = { $stage } için yapıldı, { $date }.
app-verdict-expires = Kod { $date } tarihine kadar çalışır.
app-verdict-newer = Bu kod daha yeni bir Carnet ile yapılmış. Kontrol etmek için Carnet'i güncelleyin.
app-item-endorsed = İmzalı
app-item-self = Kendi sözü
app-item-assessed = Kontrol yöntemi: { $how }
app-item-hidden = { $count ->
   *[other] { $count } ayrıntı kişi tarafından gizlendi.
}

## Errors of these screens

error-wallet-no-key = Bu defterde imzalamak için anahtar yok. Hiçbir şey gösterilmedi. Lütfen bu sorunu bildirin.
error-wallet-not-endorsed = “{ $title }” henüz kimse tarafından imzalanmadı. Onu “yalnızca kendi beyanım” olarak gösterin ya da birinden onaylamasını isteyin.
error-wallet-credential-damaged = “{ $title }” onayı bozuk. Onu “yalnızca kendi beyanım” olarak gösterin ya da yenisini isteyin.
error-wallet-entry-unfit = “{ $title }” koda giremiyor: { $field } alanı çok uzun ya da doğru biçimde değil. Kaydı değiştirin, sonra tekrar deneyin.
error-wallet-selected-twice = “{ $title }” iki kez seçildi. Bir kez seçin.
error-wallet-nothing-chosen = Göstermek için en az bir şey seçin.
error-wallet-too-large = Bu, tek bir QR kod için çok fazla ({ $chars } karakter). Daha az şey seçin ya da yalnızca adı ve seviyeyi gösterin.
error-wallet-credential = Kod oluşturulamadı. Hiçbir şey gösterilmedi. Lütfen bu sorunu bildirin. (Yardımcı için: { $reason })
error-wallet-no-code = Bu resimde Carnet QR kodu bulunamadı. Kodun tamamı içinde olacak şekilde, daha yakından ve daha net tekrar çekin.
error-wallet-not-a-picture = Bu dosya Carnet'in okuyabileceği bir resim değil. Bir fotoğraf (JPEG veya PNG) kullanın.
error-wallet-picture-too-large = Resim çok büyük ({ $width } × { $height } piksel). Daha küçük bir resim çekin ve tekrar deneyin.
error-wallet-got-request = Bu, becerileri gösteren bir kod değil; birinin becerilerini imzalama isteği. Hiçbir şey kontrol edilmedi.
error-wallet-trust-damaged = Güven listeleriniz bozuk veya değiştirilmiş. Onları tekrar içe aktarın. O zamana kadar hiçbir imzalayan güvenilir sayılmaz.
error-wallet-trust-unreadable = Carnet güven listelerinizi okuyamadı: { $path }. Cihazda yer olup olmadığını kontrol edin. (Yardımcı için: { $reason })
error-wallet-not-yours = Bu onay sizin değil, başka birinin defteri için yapılmış. Hiçbir şey saklanmadı. Kendi dosyanızı aldığınızdan emin olun.
error-wallet-bad-signature = Bu dosyadaki imza uyuşmuyor: dosya değiştirilmiş veya bozulmuş. Hiçbir şey saklanmadı. Dosyayı tekrar isteyin.
error-wallet-not-a-credential = Bu dosya Carnet'ten imzalı bir onay değil. Hiçbir şey saklanmadı. İmzalayan kişiden oluşturduğu dosyayı isteyin.
error-wallet-too-many = Bir seferde en fazla { $max } şey isteyin. Daha az seçin.
error-wallet-not-from-request = Bu onay, kayıtlarınızdan hangisini onayladığını söylemiyor. Hiçbir şey saklanmadı. İstek kodunuzdan yapılmış yeni bir onay isteyin.
error-wallet-entry-gone = Bu onay, artık defterinizde olmayan bir kaydı onaylıyor. Hiçbir şey saklanmadı. Kaydı kaldırdıysanız bir kopyadan tekrar ekleyin, sonra yeni bir onay isteyin.

## Asking for a signature, and keeping it

app-request = İmza iste
app-request-title = İmza iste
app-request-intro = Bu kodu, yapabildiklerinizi onaylayacak eğitmene, işverene veya merkeze gösterin. Onu Carnet ile tararlar ve size imzalı bir dosya geri verirler.
app-request-key = Anahtarınız: { $kid }. İmzalayan kişi de aynı kodu görür.
app-request-text = Mesajla göndermek için aynı kod, metin olarak
app-request-next = İmzalı dosyayı aldığınızda “Onaylarım”ı açın ve “İmzalı dosya ekle”ye dokunun.
app-receive = İmzalı dosya ekle
app-received = Saklandı: { $name } ({ $kind }) şunları imzaladı: { $titles }.
