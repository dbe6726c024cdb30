# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Standart adı bul (ESCO)
app-esco-find-hint = Birkaç harf yazın, örneğin “kaynak”
app-esco-why = Başka ülkelerdeki işverenler bu adları bilir. Yaptığınız işe en yakın olanı seçin.
app-esco-none = Standart ad bulunamadı. Başka kelimeler veya daha kısa bir kelime deneyin.
app-esco-english = İngilizcesi: { $english }
app-esco-linked = Standart ad
app-esco-unlink = Kaldır
app-esco-choose = Seç
app-esco-searching = Aranıyor…
app-esco-kind-skill = Beceri
app-esco-kind-occupation = Meslek

## Comparing with a job

app-match = Bana uygun işler
app-match-title = Bana uygun işler
app-match-intro = Bir meslek seçin; defterinizin o mesleğin hangi becerilerini gösterdiğini ve hangilerinin eksik olduğunu görün.
app-match-find = Meslek bul
app-match-chosen = Seçtiğiniz meslek
app-match-find-hint = Örneğin “aşçı” veya “kaynakçı”
app-match-fit = Defterime uyan meslekler
app-match-fit-none = Kayıtlarınızın hiçbirinde henüz standart ad yok. Önce bir kayda ekleyin: Değiştir, sonra “Standart adı bul”.
app-match-fit-line = { $total } ana beceriden { $covered } tanesi (%{ $percent })
app-match-summary = { $total ->
    [0] Bu mesleğin ESCO'da ana becerisi yok.
   *[other] Defteriniz bu mesleğin { $total } ana becerisinden { $covered } tanesini gösteriyor.
}
app-match-essential = Ana beceriler
app-match-optional = Diğer faydalı beceriler
app-match-endorsed = İmzalı
app-match-self-declared = Kendi beyanınız
app-match-missing = Eksik
app-match-maybe = Bu sizin “{ $title }” kaydınız mı?
app-match-link = Evet, bağla
app-match-other-job = Başka bir meslek

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Bu aşama için seç
app-stage-template-hint = Carnet bu aşamada önemli olanları işaretler. Bunu değiştirebilirsiniz.
app-stage-target = Başvurduğunuz iş (atlayabilirsiniz)
