# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Dilinizi seçin
app-continue = Devam

## First run: making a passphrase

app-create-title = Defterinizi koruyun
app-create-intro = Bir parola seçin. Onu yalnızca siz bilirsiniz. Carnet, defterinizi her açtığınızda parolayı sorar.
app-passphrase = Parola
app-passphrase-again = Tekrar yazın
app-passphrase-show = Göster
app-passphrase-hide = Gizle
app-strength-too-short = Çok kısa: en az { $min } karakter kullanın.
app-strength-weak = Zayıf: birkaç kelime bir arada daha kolay hatırlanır ve daha zor tahmin edilir.
app-strength-fair = İyi. Daha uzun bir parola daha da güvenlidir.
app-strength-strong = Güçlü.
app-passphrase-mismatch = İki parola aynı değil. Tekrar yazın.
app-create = Defterimi oluştur
app-working = Lütfen bekleyin…
app-back = Geri

## Unlock

app-unlock-title = Defterinizi açın
app-unlock = Aç
app-lock = Kilitle

## The logbook

app-logbook-title = Defterim
app-logbook-empty = Defteriniz boş. Yapabildiğiniz bir şeyi ekleyin.
app-add = Ekle
app-kind-skill = Beceriler
app-kind-qualification = Yeterlilikler
app-kind-experience = İş deneyimi
app-kind-language = Diller
app-kind-learning = Kurslar
app-self-declared = Kendi beyanım
app-show-more = { $count ->
   *[other] { $count } tane daha göster
}
app-endorsed = Onaylı

## Adding an entry

app-add-title = Defterime ekle
app-add-kind = Bu nedir?
app-add-title-label = Ad
app-add-title-hint = Örneğin: Kaynak, Kamyon şoförlüğü, Arapça
app-add-level = Seviye
app-level-none = Seviye yok
app-level-basic = Temel
app-level-intermediate = Orta
app-level-advanced = İleri
app-level-expert = Uzman
app-level-eqf = Seviye { $level }
app-save = Kaydet
app-cancel = İptal

## Moving around

app-settings = Ayarlar
app-sync = Eşitle
app-edit = Değiştir
app-remove = Kaldır

## The logbook: search and filter

app-search = Ara
app-search-hint = Bir kelime yazın, örneğin: kaynak
app-stage-filter = Yolculuğunuzun aşaması
app-stage-any = Tüm aşamalar
app-stage-recruitment = İşe alım
app-stage-pre-departure = Yola çıkmadan önce
app-stage-arrival = Varış
app-stage-career = Çalışma
app-stage-return = Dönüş
app-search-none = Hiçbir şey bulunamadı. Başka bir kelime veya başka bir aşama deneyin.

## Changing and removing an entry

app-edit-title = Bu kaydı değiştir
app-stages = Yolculuğunuzun aşamaları
app-remove-confirm = “{ $title }” defterinizden kaldırılsın mı? Bu geri alınamaz.
app-remove-yes = Evet, kaldır

## Settings

app-settings-title = Ayarlar
app-settings-language = Dil
app-settings-lock = Kilitlenme süresi
app-lock-minutes = { $minutes ->
   *[other] { $minutes } dakika kullanılmazsa
}
app-settings-passphrase = Parolayı değiştir
app-passphrase-current = Şu anki parola
app-passphrase-new = Yeni parola
app-passphrase-change = Parolayı değiştir
app-passphrase-changed = Parolanız değişti. Bundan sonra yenisini kullanın.
app-about = Carnet hakkında
app-locked-idle = Bir süre kimse kullanmadığı için Carnet defterinizi kilitledi. Parolanızla tekrar açın.

## Sync with a hub

app-sync-title = Sunucuyla eşitle
app-sync-intro = Sunucu, defterinizin kilitli bir kopyasını saklar; böylece onu başka bir telefonda da kullanabilirsiniz. Sunucu onu okuyamaz.
app-hub-address = Sunucu adresi
app-hub-address-hint = Örneğin: https://hub.example.org
app-hub-save = Adresi kaydet
app-sync-now = Şimdi eşitle
app-sync-never = Henüz eşitlenmedi.
app-sync-last = Son eşitleme: { $when }
app-sync-pending = { $count ->
    [0] Gönderilmeyi bekleyen bir şey yok.
   *[other] { $count } değişiklik gönderilmeyi bekliyor.
}
app-sync-sending = Gönderiliyor
app-sync-receiving = Alınıyor
app-sync-photos = Fotoğraflar
app-sync-done = Eşitleme bitti.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Defteriniz kilitli. Parolanızla açın, sonra tekrar deneyin.
error-unknown-language = Carnet uygulamasında { $tag } dili yok. Listeden birini seçin.

## Settings: how the screens look

app-settings-display = Carnet'in görünümü
app-high-contrast = Güçlü karşıtlık (beyaz üstüne siyah)
app-text-size = Yazı boyutu
app-text-size-percent = %{ $percent }

## Read aloud

app-read-aloud = Dinle

## Two languages at once

app-dual-language = Şu dilde de göster
app-dual-none = İkinci dil yok
