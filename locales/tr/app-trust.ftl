# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Güven listeleri
app-trust-title = Güven listeleri
app-trust-intro = Güven listesi, tanıdığınız bir ağdan gelir; örneğin bir eğitim merkezleri grubundan. Listede, ağın kefil olduğu okulların, merkezlerin ve işverenlerin adları vardır. Bunlardan birinin imzaladığı kod, kontrol edilmiş olarak gösterilir.
app-trust-warning = Yalnızca anahtarını ağın kendisinden aldığınız bir ağa güvenin: yüz yüze, ağın kendi kâğıdında ya da kendi web sitesinden. Buraya anahtar koyabilen herkes sahte kodları kontrol edilmiş gibi gösterebilir.

## What is held

app-trust-held = Bu cihazın güvendikleri
app-trust-none = Bu cihaz henüz hiçbir ağa güvenmiyor. İmzalı kodlar “İmzalı, ancak güvendiğiniz bir onaylayan tarafından değil” olarak gösterilir.
app-trust-kid = Anahtar parmak izi: { $kid }
app-trust-no-list = Bu ağdan henüz güven listesi yok. Dosyasını aşağıdan ekleyin.
app-trust-list-line = { $date } tarihli güven listesi ({ $days ->
    [0] bugün
   *[other] { $days } gün önce
}): { $count ->
   *[other] { $count } yer
}
app-trust-status-held = Geri alınan onaylar
app-trust-status-line = { $name }: { $date } tarihli liste ({ $days ->
    [0] bugün
   *[other] { $days } gün önce
}), { $count ->
    [0] hiçbir şey geri alınmadı
   *[other] { $count } geri alındı
}

## Stop trusting a network

app-trust-remove = Güvenmeyi bırak
app-trust-remove-confirm = { $name } ağına güvenmeyi bırakmak istiyor musunuz? Listesindeki yerlerin imzaladığı kodlar artık kontrol edilmiş olarak gösterilmez. Ağı daha sonra tekrar ekleyebilirsiniz.
app-trust-remove-yes = Evet, güvenmeyi bırak
app-trust-removed = Artık { $name } ağına güvenmiyorsunuz.

## Trust a network

app-trust-add-title = Bir ağa güven
app-trust-add-hint = Ağın anahtarını ve adını yazın veya yapıştırın ya da ağın size verdiği dosyayı açın.
app-trust-key = Ağın anahtarı (64 harf ve rakam)
app-trust-name = Ağın adı
app-trust-from-file = Ağın anahtar dosyasını aç
app-trust-add = Bu ağa güven
app-trust-added = Artık { $name } ağına güveniyorsunuz. Şimdi güven listesini ekleyin.

## Files

app-trust-bundle-title = Güven listesi ekle
app-trust-bundle-hint = Ağın size verdiği, .cbor ile biten bir dosya. Daha yenisi eskisinin yerini alır.
app-trust-bundle-open = Güven listesi dosyasını aç
app-trust-bundle-done = Güven listesi eklendi: { $name } ({ $date }): { $count ->
   *[other] { $count } yer
}.
app-trust-status-title = Geri alınan onaylar listesi ekle
app-trust-status-hint = Bir okul veya merkez, yanlışlıkla verdiği bir onayı geri alabilir. Listesi bu cihaza hangileri olduğunu söyler.
app-trust-status-open = Liste dosyasını aç
app-trust-status-done = Liste eklendi: { $name } ({ $date }): { $count ->
    [0] hiçbir şey geri alınmadı
   *[other] { $count } onay geri alındı
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Bu dosya bir ağın anahtar dosyası değil. Ağın size verdiği dosyayı açın veya anahtarı yazın.
error-app-anchor-invalid-key = Bu bir ağ anahtarı değil. Bir anahtarda tam 64 harf (a ile f arası) ve rakam vardır. Tamamen kopyalandığını kontrol edin.
error-app-anchor-name = Ağa 1 ile 100 harf arasında bir ad verin.
error-app-anchor-known = Bu ağa zaten güveniyorsunuz (anahtar parmak izi { $kid }). Hiçbir şey değişmedi.
error-app-trust-bundle-malformed = Bu dosya bir güven listesi değil ya da bozuk. Hiçbir şey değişmedi.
error-app-trust-bundle-wrong-file = Bu, güven listesi değil, başka türde bir Carnet dosyası. Hiçbir şey değişmedi.
error-app-trust-bundle-newer-version = Bu güven listesi daha yeni bir Carnet ile yapılmış. Okumak için Carnet'i güncelleyin.
error-app-trust-bundle-unknown-anchor = Bu güven listesi güvenmediğiniz bir ağdan geliyor (anahtar parmak izi { $kid }). Önce ağa güvenin, sonra listesini tekrar ekleyin.
error-app-trust-bundle-bad-signature = Bu güven listesindeki imza uyuşmuyor: dosya değiştirilmiş veya bozulmuş. Hiçbir şey değişmedi. Dosyayı ağdan tekrar isteyin.
error-app-trust-bundle-invalid = Bu güven listesi kullanılamıyor. Hiçbir şey değişmedi. Dosyayı ağdan tekrar isteyin.
error-app-trust-bundle-too-large = Bu dosya bir güven listesi olmak için çok büyük. Hiçbir şey değişmedi.
error-app-trust-bundle-not-newer = Bu güven listesi veya aynı ağdan daha yenisi zaten sizde var. Hiçbir şey değişmedi.
error-app-status-list-malformed = Bu dosya bir geri alınan onaylar listesi değil ya da bozuk. Hiçbir şey değişmedi.
error-app-status-list-wrong-file = Bu, geri alınan onaylar listesi değil, başka türde bir Carnet dosyası. Hiçbir şey değişmedi.
error-app-status-list-newer-version = Bu liste daha yeni bir Carnet ile yapılmış. Okumak için Carnet'i güncelleyin.
error-app-status-list-wrong-issuer = Bu liste başka bir imzalayana ait ({ $found }, { $expected } değil). Hiçbir şey değişmedi.
error-app-status-list-bad-signature = Bu listedeki imza uyuşmuyor: dosya değiştirilmiş veya bozulmuş. Hiçbir şey değişmedi.
error-app-status-list-invalid = Bu liste kullanılamıyor. Hiçbir şey değişmedi. Dosyayı tekrar isteyin.
error-app-status-list-too-large = Bu dosya bir geri alınan onaylar listesi olmak için çok büyük. Hiçbir şey değişmedi.
error-app-status-list-issuer-unknown = Bu liste, güven listelerinizin hiçbirinde adı geçmeyen bir imzalayandan geliyor (anahtar parmak izi { $kid }). Önce onun adını içeren güven listesini ekleyin.
error-app-status-list-not-newer = Bu imzalayandan daha yeni bir liste zaten sizde var. Hiçbir şey değişmedi.
error-app-verifier-write = Carnet dosyayı kaydedemedi: { $path }. Cihazda yer olup olmadığını kontrol edin. (Yardımcı için: { $reason })
