# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = bir eğitmen
issuer-kind-employer = bir işveren
issuer-kind-centre = bir merkez
issuer-kind-college = bir okul
issuer-kind-colleague = bir iş arkadaşı

## verify: verdicts, one per code

verdict-valid = Geçerli: güvendiğiniz bir onaylayan tarafından imzalanmış, süresi dolmamış, geri alınmamış.
verdict-self-declared = Yalnızca kişinin kendi beyanı: bunu kimse imzalamadı.
verdict-unknown-issuer = İmzalı, ancak güvendiğiniz bir onaylayan tarafından değil.
verdict-expired = Süresi dolmuş.
verdict-revoked = İmzalayan onaylayan tarafından geri alındı.
verdict-tampered = Değiştirilmiş veya kopyalanmış: buna güvenmeyin.
verdict-malformed = Bu, okunabilir bir Carnet kodu değil.

## verify: reasons, one per code

reason-wrong-prefix = Metin CN1: ile başlamıyor, bu yüzden bir Carnet kodu değil.
reason-bad-base45 = Metinde bir Carnet kodunda olamayacak harfler var. Kesilmiş veya yanlış yazılmış olabilir.
reason-bad-zlib = Kod kesik veya bozuk.
reason-too-large = Kod, bir Carnet kodu olmak için çok fazla büyük.
reason-bad-cose = Kod bozuk ya da bir Carnet kodu değil.
reason-unsupported-header = Kod, Carnet'in bilmediği bir imza kullanıyor. Daha yeni bir Carnet onu okuyabilir.
reason-bad-payload = Kodun içeriği bozuk.
reason-holder-signature-invalid = Kişinin imzası uyuşmuyor: kod değiştirilmiş.
reason-nonce-mismatch = Kod başka bir istek için yapılmış ({ $expected } değil, { $found } numarası). Bir kopya olabilir.
reason-audience-mismatch = Kod “{ $expected }” için değil, “{ $found }” için yapılmış.
reason-presentation-expired = Kodun kendi süresi { $exp } tarihinde doldu. Kişiden yenisini yapmasını isteyin.
reason-presentation-not-yet-valid = Kod { $iat } tarihinde yapıldığını söylüyor, bu tarih henüz gelmedi. Bu cihazın saatini kontrol edin.
reason-endorsement-signature-invalid = Onaylayanın imzası uyuşmuyor: beceri değiştirilmiş.
reason-issuer-key-not-sent = Onaylayan yalnızca { $kid } parmak iziyle adlandırılmış ve siz onu tanımıyorsunuz.
reason-endorsement-expired = Becerinin imzasının süresi { $exp } tarihinde doldu.
reason-endorsement-not-yet-valid = Beceri { $iat } tarihinde imzalandığını söylüyor, bu tarih henüz gelmedi. Bu cihazın saatini kontrol edin.
reason-issuer-unknown = “{ $name }” (anahtar parmak izi { $kid }) güven listelerinizde yok. Herkes kendine bir ad verebilir.
reason-issuer-not-trusted-at-issue = “{ $name }” (anahtar parmak izi { $kid }) imzaladığı gün kefil olunan biri değildi.
reason-issuer-trusted = Onaylayan güven listenizde var (anahtar parmak izi { $kid }).
reason-issuer-claims-differ = Güven listeniz bu onaylayanın { $country } ülkesinde { $kind } olduğunu söylüyor; imza başka bir şey söylüyor. Güven listesini esas alın.
reason-revoked = Onaylayan { $index } numaralı onay belgesini geri aldı.
reason-no-revocation-list = Bu onaylayanın geri aldıklarına dair bir listeniz yok.
reason-self-declared = Bunu kişi kendisi söylüyor; kimse imzalamadı.

## verify: the rest of the report

verify-presentation = { $stage } için gösterildi, { $date } tarihinde, { $kid } anahtarlı kişi tarafından yapıldı.
verify-audience = Kimin için yapıldı: { $audience }
verify-stage-recruitment = işe alım
verify-stage-pre-departure = yola çıkmaya hazırlık
verify-stage-arrival = varış
verify-stage-career = çalışma ve eğitim
verify-stage-return = eve dönüş
verify-endorsed-by = İmzalayan: { $name }, { $country } ülkesinde { $kind }.
verify-endorsed-by-unchecked = Kendine “{ $name }” diyen biri imzaladı, { $country } ülkesinde { $kind } (kontrol edilmedi; anahtar parmak izi { $kid }).
verify-colleague-note = Bu bir iş arkadaşının sözü: kişiyle yan yana çalışmış biri, okul veya işveren değil.
verify-endorsed-on = İmza tarihi { $date }; kontrol yöntemi: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } tarihine kadar geçerli.
}
verify-how-observation = çalışırken izleme
verify-how-test = bir sınav
verify-how-document = bir belge
verify-how-interview = bir görüşme
verify-hidden = { $count ->
   *[other] { $count } ayrıntı kişi tarafından gizlendi.
}
verify-trust-age = { $days ->
    [0] Güven listesi bugünden.
   *[other] Güven listesi { $days } gün öncesinden ({ $date }).
}
verify-newer-code = Bu kod daha yeni bir Carnet ile yapılmış. Kontrol etmek için Carnet'i güncelleyin.
verify-status-age = { $days ->
    [0] Geri alınan onay belgeleri listesi: bugünden.
   *[other] Geri alınan onay belgeleri listesi: { $days } gün öncesinden ({ $date }).
}
verify-field-kind = Ne:
verify-field-title = Başlık:
verify-field-esco = ESCO:
verify-field-entry-id = Kayıt:
verify-field-level = Seviye:
verify-field-from = Başlangıç:
verify-field-to = Bitiş:
verify-field-country = Ülke:
verify-field-context = Öğrenildiği yer:
verify-field-evidence = Kanıt (hash):
verify-field-eqf = EQF seviyesi:
verify-entry-kind-skill = bir beceri
verify-entry-kind-qualification = bir diploma veya yeterlilik
verify-entry-kind-experience = iş deneyimi
verify-entry-kind-language = bir dil
verify-entry-kind-learning = bir kurs
verify-context-formal = okulda
verify-context-non-formal = bir kursta
verify-context-informal = işte veya kendi kendine
verify-esco-skill = beceri
verify-esco-occupation = meslek
verify-esco-qualification = yeterlilik
