# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Başkalarının becerilerini eğitmen, işveren, merkez, okul veya iş arkadaşı olarak imzalayın.
cli-cmd-issuer-init = Onaylayan olarak imza anahtarınızı oluşturun. Bir parolayla kilitlenir.
cli-cmd-issuer-show = Onaylayan adınızı, türünüzü ve açık anahtarınızı gösterin. Parola gerekmez.
cli-cmd-issuer-revoke = İmzaladığınız bir onay belgesini numarasıyla geri alın.
cli-cmd-issuer-status-list = Geri aldığınız onay belgelerinin imzalı listesini kontrol edenlere vermek için yazın.
cli-cmd-endorse = Birinin size verdiği isteği imzalayın ve geri vermek için onay belgesini yazın.
cli-cmd-trust = Bir QR kodu kontrol ederken kimlerin imzalarına güveneceğinizi seçin.
cli-cmd-trust-anchor = Güven kaynakları: onaylayanlara kefil olan ağlar veya kurumlar.
cli-cmd-trust-anchor-init = Onaylayanlara kefil olmak için güven kaynağı olarak bir imza anahtarı oluşturun.
cli-cmd-trust-anchor-show = Güven kaynağınızın adını ve açık anahtarını gösterin.
cli-cmd-trust-anchor-add = Bu güven kaynağının anahtarıyla imzalanmış listelere güvenin.
cli-cmd-trust-bundle = Güven kaynağı olarak, kefil olduğunuz onaylayanların listesini imzalayın.
cli-cmd-trust-import = Güvenilir onaylayanların imzalı listesini bir dosyadan ekleyin.
cli-cmd-trust-list = Güvendiğiniz onaylayanları ve her listenin ne kadar eski olduğunu gösterin.
cli-cmd-revocation = Onaylayanların geri aldığı onay belgelerinin listeleri.
cli-cmd-revocation-import = Bir onaylayanın geri aldığı onay belgelerinin imzalı listesini ekleyin.
cli-cmd-verify = Bir Carnet QR kodunu kontrol edin: her beceriyi kim imzaladı ve hâlâ geçerli mi.

## Help: what to give

cli-arg-issuer-name = İnsanların görmesi gereken şekliyle adınız veya kurumunuzun adı.
cli-arg-issuer-country = Ülkeniz, iki harfle, örneğin KE veya PT.
cli-arg-issuer-kind = Neyiniz: trainer, employer, centre, college veya colleague.
cli-arg-revoke-index = Geri alınacak onay belgesinin numarası.
cli-arg-cred-out = Yazılacak dosya.
cli-arg-endorse-request = Kişinin size verdiği istek: dosya (request.cbor), QR kodunun resmi (PNG veya JPEG) ya da CNR1: ile başlayan metni içeren bir metin dosyası
cli-arg-endorse-text = Kişi isteği mesajla gönderdiyse, CNR1: ile başlayan istek metni. Dosya yerine.
cli-arg-endorse-assessed-by = Beceriyi nasıl kontrol ettiniz: observation, test, document veya interview.
cli-arg-endorse-expires = Onay belgesinin geçerli olduğu son gün, örneğin 2027-05-14. Bu olmadan süresi dolmaz.
cli-arg-endorse-valid-days = Onay belgesinin bugünden itibaren kaç gün geçerli olduğu.
cli-arg-anchor-name = İnsanların görmesi gereken şekliyle güven kaynağının adı.
cli-arg-anchor-key = Güven kaynağının açık anahtarı: 64 harf ve rakam.
cli-arg-bundle-issuer = Bir onaylayanın dosyası, carnet issuer show --json çıktısı. Her onaylayan için bir kez verin.
cli-arg-trust-file = Güven listesi dosyası (.cbor).
cli-arg-status-file = Onaylayanın liste dosyası (.cbor).
cli-arg-verify-image = QR kodun resmi: PNG, JPEG veya WebP.
cli-arg-verify-text = QR kodun metni, CN1: ile başlar
cli-arg-verify-nonce = Kişiden koda koymasını istediğiniz sayı (hex).
cli-arg-verify-audience = Kişiden koda koymasını istediğiniz ad.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = { $name } için onaylayan anahtarınız hazır. Parolanızı güvende tutun: o olmadan imzalayamazsınız.
issuer-label-name = Ad:
issuer-label-country = Ülke:
issuer-label-kind = Tür:
issuer-label-public-key = Açık anahtar:
issuer-label-kid = Anahtar parmak izi:
issuer-label-issued = Verilen numaralar:
issuer-label-revoked = Geri alınanlar:
issuer-revoked = { $index } numaralı onay belgesi geri alındı.
issuer-already-revoked = { $index } numaralı onay belgesi zaten geri alınmıştı.
issuer-revoked-next-step = Kontrol edenler bunu yalnızca bir sonraki listenizden öğrenir: onu carnet issuer status-list --out list.cbor ile yazın, sonra dosyayı onlara verin.
issuer-status-list-written = { $count ->
   *[other] Liste burada: { $path }. İçinde geri alınan { $count } onay belgesi var.
}

endorse-intro = { $count ->
   *[other] { $holder } anahtarlı kişi için { $count } kayıt imzalamak üzeresiniz:
}
endorse-entry = { $title } ({ $kind }, seviye { $level }, { $dates })
endorse-untitled = (başlıksız)
endorse-how-observation = Bunu yaparken onu izlediğinizi söylüyorsunuz.
endorse-how-test = Bir sınavı geçtiğini söylüyorsunuz.
endorse-how-document = Bir belgeyi kontrol ettiğinizi söylüyorsunuz.
endorse-how-interview = Bunu bir görüşmede kontrol ettiğinizi söylüyorsunuz.
endorse-expires-on = { $date } tarihine kadar geçerli.
endorse-no-expiry = Süresi dolmaz.
endorse-written = { $count ->
    [one] İmzalandı. { $path } dosyasını kişiye geri verin. Numarası: { $first }.
   *[other] İmzalandı. { $path } dosyasını kişiye geri verin. Numaraları: { $first } ile { $last } arası.
}

trust-anchor-added = Artık { $name } tarafından imzalanan listelere güveniyorsunuz (anahtar parmak izi { $kid }).
trust-bundle-written = { $count ->
   *[other] { $count } onaylayanın imzalı listesi burada: { $path }.
}
trust-imported = { $count ->
   *[other] { $date } tarihinde yapılmış, { $count } onaylayanlık bir güven listesi eklendi.
}
trust-list-empty = Henüz hiçbir onaylayana güvenmiyorsunuz. carnet trust import ile bir güven listesi ekleyin.
trust-list-bundle = { $days ->
    [0] Güven listesi, kaynak { $anchor }, bugün yapıldı ({ $date }):
   *[other] Güven listesi, kaynak { $anchor }, { $days } gün önce yapıldı ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, anahtar parmak izi { $kid }
revocation-imported = { $count ->
   *[other] { $date } tarihinde yapılmış { $name } listesi eklendi: { $count } onay belgesi geri alındı.
}

## Errors of these commands

error-issuer-exists = Bu klasörde zaten bir onaylayan anahtarı var. Hiçbir şey değişmedi.
error-no-issuer = Bu klasörde henüz onaylayan anahtarı yok. carnet issuer init ile bir tane oluşturun.
error-issuer-damaged = Bu klasördeki onaylayan anahtarı bozuk ya da bilgileriyle uyuşmuyor. Bir yedekten kopyasını geri koyun.
error-anchor-exists = Bu klasörde zaten bir güven kaynağı anahtarı var. Hiçbir şey değişmedi.
error-no-anchor = Bu klasörde henüz güven kaynağı anahtarı yok. carnet trust anchor init ile bir tane oluşturun.
error-anchor-damaged = Bu klasördeki güven kaynağı anahtarı bozuk ya da bilgileriyle uyuşmuyor. Bir yedekten kopyasını geri koyun.
error-identity-too-new = Bu anahtar daha yeni bir Carnet ile yapılmış. Kullanmak için Carnet'i güncelleyin.
error-storage-file = Carnet şunu yazamadı veya okuyamadı: { $path }. Yer olduğunu ve oraya yazma izniniz olduğunu kontrol edin. (Yardımcı için: { $reason })
error-file-too-big = { $path }, bir Carnet dosyası olmak için çok fazla büyük.
error-issuer-kind = “{ $value }” bir onaylayan türü değil. trainer, employer, centre, college veya colleague yazın.
error-assessed-by = “{ $value }” bir kontrol yöntemi değil. observation, test, document veya interview yazın.
error-expires-date = “{ $value }” bir gün değil. Yıl-ay-gün olarak yazın, örneğin 2027-05-14.
error-expires-past = Bitiş günü bugünden sonra olmalı.
error-issuer-indexes-used-up = Bu onaylayan anahtarı tüm numaralarını verdi. Yeni bir onaylayan anahtarı oluşturun.
error-revoke-not-issued = { $index } numaralı bir onay belgesi imzalamadınız. Numaralarınız 0'dan { $next } altına kadardır.
error-anchor-name = Ad 1 ile 100 karakter arasında olmalı.
error-anchor-known = Bu güven kaynağına zaten güveniyorsunuz (anahtar parmak izi { $kid }).
error-issuer-file = { $path } bir onaylayan dosyası değil. Onaylayandan carnet issuer show --json çıktısını isteyin.
error-trust-bundle-not-newer = Bu güven listesi veya aynı güven kaynağından daha yenisi zaten sizde var. Hiçbir şey değişmedi.
error-status-list-not-newer = Bu onaylayandan daha yeni bir liste zaten sizde var. Hiçbir şey değişmedi.
error-status-list-issuer-unknown = Bu liste, henüz güvenmediğiniz bir onaylayandan (anahtar parmak izi { $kid }). Önce onun adını içeren bir güven listesini içe aktarın.
error-verifier-damaged = Kayıtlı güven listeleriniz bozuk veya değiştirilmiş. Onları tekrar içe aktarın.
error-verify-nonce = “{ $value }” hex bir sayı değil, örneğin 3fa9.
error-verify-got-request = Bu, becerileri gösteren bir kod değil; birinin kayıtlarını onaylama isteği (metni CNR1: ile başlar). Hiçbir şey kontrol edilmedi. Onaylayan kişi onu şununla imzalar: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Bu, onay isteği değil; birinin becerilerini gösteren bir kod (metni CN1: ile başlar). Hiçbir şey imzalanmadı. Kontrol etmek için yazın: carnet verify PICTURE veya carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Güven listesi bozuk ya da bir güven listesi değil.
error-trust-bundle-wrong-file = Bu, güven listesi değil, başka türde bir Carnet dosyası.
error-trust-bundle-newer-version = Bu güven listesi daha yeni bir Carnet ile yapılmış. Okumak için Carnet'i güncelleyin.
error-trust-bundle-unknown-anchor = Bu güven listesi, güvenmediğiniz bir güven kaynağı tarafından imzalanmış (anahtar parmak izi { $kid }). Onu tanıyorsanız önce carnet trust anchor add ile ekleyin.
error-trust-bundle-bad-signature = Bu güven listesindeki imza uyuşmuyor. Dosya değiştirilmiş veya bozulmuş.
error-trust-bundle-invalid = Güven listesindeki bir değer kullanılamıyor ({ $field }).
error-trust-bundle-too-large = Güven listesi çok büyük.
error-status-list-malformed = Liste bozuk ya da geri alınan onay belgelerinin listesi değil.
error-status-list-wrong-file = Bu, geri alınan onay belgelerinin listesi değil, başka türde bir Carnet dosyası.
error-status-list-newer-version = Bu liste daha yeni bir Carnet ile yapılmış. Okumak için Carnet'i güncelleyin.
error-status-list-wrong-issuer = Bu liste başka bir onaylayana ait ({ $found }, { $expected } değil).
error-status-list-bad-signature = Bu listedeki imza uyuşmuyor. Dosya değiştirilmiş veya bozulmuş.
error-status-list-invalid = Listedeki bir değer kullanılamıyor ({ $field }).
error-status-list-too-large = Liste çok büyük.
