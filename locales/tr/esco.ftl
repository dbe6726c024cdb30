# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Bu hizmet, Avrupa Komisyonu'nun ESCO sınıflandırmasını kullanmaktadır.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, uyarlanmış: çevrimdışı kullanım için dönüştürülmüş bir alt küme.

## Help

cli-cmd-esco = Becerileri ve meslekleri, Avrupa beceri ve meslek listesi olan ESCO'da internetsiz arayın.
cli-cmd-esco-search = ESCO becerilerini ve mesleklerini adlarıyla, kendi dilinizde veya İngilizce bulun. Küçük yazım hataları sorun olmaz.
cli-cmd-match = Defterinizi bir meslekle karşılaştırın: becerilerinden hangileri sizde var, hangileri henüz yok.
cli-arg-esco-text = Aranacak kelimeler, örneğin "welding" veya "carpenter".
cli-arg-esco-kind = Yalnızca skill veya yalnızca occupation.
cli-arg-esco-limit = En fazla kaç sonuç gösterilsin. Varsayılan 10.
cli-arg-esco-taxonomy = Carnet ile gelen dosya yerine kullanılacak ESCO veri dosyası.
cli-arg-match-occupation = ESCO mesleği: adresi (http://data.europa.eu/esco/occupation/…) veya sonundaki kod.
cli-arg-match-rank = Bunun yerine, ana becerilerini defterinizin en iyi karşıladığı 10 mesleği gösterin.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Yolculuğunuzun bir aşamasında hangi kayıtlarınızın önemli olduğunu ve nedenini gösterin. İşe alım için başvurduğunuz işi belirtebilirsiniz.
cli-arg-stage-view-stage = Aşama: recruitment, pre-departure, arrival, career veya return.
cli-arg-stage-view-occupation = İşe alım için: başvurduğunuz iş, ESCO adresi (http://data.europa.eu/esco/occupation/…) veya sonundaki kod olarak.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = beceri
esco-kind-occupation = meslek
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = “{ $text }” ile eşleşen ESCO becerisi veya mesleği yok.
esco-match-summary = { $total ->
    [0] Bu mesleğin ESCO'da temel becerisi yok.
   *[other] Defteriniz bu mesleğin { $total } temel becerisinden { $covered } tanesini karşılıyor.
}
esco-match-essential = Temel beceriler:
esco-match-optional = İsteğe bağlı beceriler:
esco-coverage-endorsed = onaylı
esco-coverage-self-declared = kendi beyanınız
esco-coverage-missing = eksik
esco-match-maybe = belki “{ $title }” kaydınız ({ $id })?
esco-rank-line = %{ $percent }  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Kayıtlarınızın hiçbirinde henüz ESCO becerisi yok. carnet add skill --title … --esco ADDRESS ile ekleyin (adresi carnet esco search ile bulun).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] { $stage } için şu { $count } kayıt önemli:
}
stage-view-none = Kayıtlarınızın hiçbiri henüz { $stage } için önemli değil. Kayıtları bu aşamayla işaretleyin: carnet edit ID --set stages={ $stage }
stage-view-present = Onları QR kod olarak göstermek için: { $command }
stage-why-target-essential = bu iş için ana beceri
stage-why-target-optional = bu iş için faydalı
stage-why-target-maybe = bu işin bir becerisiyle eşleşebilir
stage-why-marked = bu aşama için işaretlediniz
stage-why-abroad = yurt dışında öğrenildi veya yapıldı
stage-why-endorsed = imzalı
stage-why-qualification = bir diploma veya sertifika
stage-why-language = bir dil
stage-why-experience = yaptığınız iş
stage-why-learning = bir kurs
stage-why-skill = bir beceri
