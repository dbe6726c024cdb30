# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Bu istek bozuk ya da bir Carnet isteği değil. Tekrar isteyin.
        [credential] Bu onay belgesi dosyası bozuk ya da bir Carnet onay belgesi değil. Kayıtlarınızı onaylayan kişiden tekrar göndermesini isteyin.
       *[other] Bu bozuk ya da bir Carnet dosyası değil.
    }
error-credential-wrong-file = { $expected ->
        [request] Bu bir Carnet isteği değil: başka türde bir Carnet dosyası. İstek carnet request ile yapılır.
        [credential] Bu bir Carnet onay belgesi değil: başka türde bir Carnet dosyası. Kayıtlarınızı onaylayan kişinin size verdiği dosyayı seçtiğinizi kontrol edin.
       *[other] Bu başka türde bir Carnet dosyası. Doğru dosyayı seçtiğinizi kontrol edin.
    }
error-credential-newer-version = { $what ->
        [request] Bu istek daha yeni bir Carnet ile yapılmış.
        [credential] Bu onay belgesi daha yeni bir Carnet ile yapılmış.
        [text] Bu kod daha yeni bir Carnet ile yapılmış.
       *[other] Bu, daha yeni bir Carnet ile yapılmış.
    } Carnet'i güncelleyin, sonra tekrar deneyin.
error-credential-invalid-field = Bir değer kullanılamıyor ({ $field }): çok uzun ya da doğru biçimde değil. Hiçbir şey yazılmadı.
error-credential-entry-count = Bir istek 1 ile { $max } arasında kayıt içerir, { $found } değil. Daha fazlasını onaylatmak için iki istek yapın.
error-credential-invalid-key = Bu geçerli bir açık anahtar değil. Tamamen kopyalandığını kontrol edin.
error-credential-bad-signature = Bu onay belgesindeki imza uyuşmuyor: imzalandıktan sonra değiştirilmiş veya bozulmuş. Hiçbir şey saklanmadı. Dosyayı tekrar isteyin.
error-credential-not-yours = Bu onay belgesi sizin değil, başka birinin defteri için yapılmış. Hiçbir şey saklanmadı. Kendi dosyanızı aldığınızdan emin olun.
error-credential-no-such-entry = Bu onay belgesinde { $index } numaralı kayıt yok.
error-credential-duplicate-entry = { $index } numaralı kayıt iki kez seçildi.
error-credential-wrong-prefix = Bu metin bir Carnet kodu değil: CN1: (kontrol edilecek beceriler) veya CNR1: (onay isteği) ile başlamıyor.
error-credential-base45 = Metinde bir Carnet kodunda olamayacak harfler var. Kesilmiş veya yanlış yazılmış olabilir.
error-credential-zlib = Kod kesik veya bozuk.
error-credential-too-large = Kod, bir Carnet kodu olmak için çok fazla büyük.

## QR codes

error-qr-not-alphanumeric = Metinde Carnet için bir QR kodun taşıyamayacağı karakterler var. Bu, Carnet'te bir hata; lütfen bildirin.
error-qr-too-large = Bu tek bir QR kod için çok fazla: { $chars } karakter; telefonların iyi okuduğu bir QR kod (sürüm { $version }, seviye { $ec }) ise { $capacity } karakter alır. Hiçbir şey yazılmadı. { $what ->
        [request] Bir seferde daha az kayıt isteyin ya da isteği .cbor ile biten bir dosyaya yazın.
       *[other] Daha az kayıt seçin ya da --fields ile daha az bölüm gösterin.
    }
error-qr-bad-version = Bu QR kod boyutu yok.
error-qr-bad-module-size = Bu nokta boyutu mümkün değil.
error-qr-not-an-image = Dosya Carnet'in okuyabileceği bir resim değil. PNG, JPEG veya WebP kullanın.
error-qr-image-too-large = Resim çok büyük ({ $width } × { $height } piksel). Küçültün ve tekrar deneyin.
error-qr-not-found = Resimde hiçbir QR kod okunamadı. Kodun tamamının içinde olduğu, daha net ve daha yakın bir fotoğraf çekin.
error-qr-render-failed = QR resmi oluşturulamadı. Bu, Carnet'te bir hata; lütfen bildirin.
