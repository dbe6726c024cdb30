# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Fotoğraflar ve sesli notlar
app-evidence-hint = Neler yapabildiğinizi gösterin: bir belgenin fotoğrafını çekin ya da sesinizle anlatın.
app-evidence-add-photo = Sertifika fotoğrafı ekle
app-evidence-record = Sesli not kaydet
app-evidence-attach-sound = Ses dosyası ekle
app-evidence-adding-photo = Fotoğraf ekleniyor…
app-evidence-adding-voice = Sesli not ekleniyor…
app-evidence-recording = Kaydediliyor: { $time } / { $max }
app-evidence-stop = Durdur ve sakla
app-evidence-starting = Mikrofon açılıyor…
app-evidence-photo = Fotoğraf { $number }
app-evidence-voice = Sesli not { $number }
app-evidence-view = Büyük gör
app-evidence-close = Kapat
app-evidence-missing = Henüz bu telefonda yok. Almak için eşitleyin.
app-evidence-other = Daha yeni bir Carnet sürümünden gelen dosya. Görmek için Carnet'i güncelleyin.
app-evidence-saved = Kaydedildi. Daha fazla ekleyebilirsiniz.
app-evidence-remove-confirm = Bu, kayıttan kaldırılsın mı? Bu cihazdan da silinir.
