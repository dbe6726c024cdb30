# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Bir eğitmenden, işverenden veya merkezden kayıtlarınızı onaylamasını isteyen bir dosya yapın.
    .long = Bir eğitmenden, işverenden, merkezden, okuldan veya iş arkadaşından kayıtlarınızın bir kısmını onaylamasını isteyen bir istek yapın: bir dosya, telefonunuzda göstermek veya yazdırmak için bir QR kod (.png veya .svg ile biten bir ad) ya da --text ile mesajla göndermek için bir metin. Onu onlara verin. Onlar imzalar ve size bir onay belgesi dosyası geri verirler; onu şununla saklarsınız: carnet receive
cli-cmd-holder-receive = Bir eğitmenin, işverenin veya merkezin sizin için imzaladığı onay belgesini saklayın.
cli-cmd-holder-credentials = Sakladığınız onay belgelerini, kayıt kayıt listeleyin. Ayrıca: carnet wallet
cli-cmd-holder-present = Seçilen kayıtları, herkesin internetsiz kontrol edebileceği tek bir QR kod olarak gösterin.
    .long = Seçilen kayıtları, herkesin internetsiz kontrol edebileceği tek bir QR kod olarak gösterir. Onaylanmış kayıtlar, onaylayan kişiyle birlikte gösterilir; --self-declared ile verilen kayıtlar yalnızca sizin beyanınız olarak gösterilir. Ekranda kod 24 saat çalışır; --print ile 5 yıl.
cli-cmd-holder-export = Onaylanmış bir kaydı diğer uygulamalar için W3C Verifiable Credential (Open Badges 3.0) olarak yazın.
    .long = Onaylanmış bir kaydı, onaylayan kişinin imzasıyla W3C Verifiable Credential 2.0 (bir Open Badges 3.0 rozeti) olarak yazar; böylece diğer cüzdanlar ve uygulamalar onu kontrol edebilir. --out olmadan ekrana yazılır.

## Help: arguments

cli-arg-holder-request-ids = Onaylanacak kayıtlar: kimlikleri ya da her birinin ilk 4 veya daha fazla karakteri. Kimlikleri görmek için yazın: carnet list
cli-arg-holder-request-out = İsteğin yazılacağı yer: .png veya .svg ile biten bir ad bir QR kod resmi yapar; request.cbor gibi başka herhangi bir ad bir dosya yapar.
cli-arg-holder-request-text = İsteğin metnini (CNR1: ile başlar) mesajla göndermek için ekrana yazın.
cli-arg-holder-receive-file = Size verilen onay belgesi dosyası, örneğin credential.cbor.
cli-arg-holder-present-select = Gösterilecek onaylanmış kayıtlar: kimlikleri ya da her birinin ilk 4 veya daha fazla karakteri.
cli-arg-holder-present-fields = Her kaydın yalnızca bu bölümlerini gösterin, virgülle ayrılmış, örneğin title,level. Diğerleri gizli kalır. Bölümler: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Bu olmadan her şey gösterilir.
cli-arg-holder-present-self-declared = Kimse tarafından onaylanmamış, yalnızca sizin beyanınız olarak gösterilecek kayıtlar.
cli-arg-holder-present-stage = Ne için gösteriyorsunuz: recruitment, pre-departure, arrival, career veya return. Bu olmadan: recruitment.
cli-arg-holder-present-audience = Kime gösterdiğiniz, eğer adlarını belirtmenizi istedilerse; örneğin bir ajansın adı.
cli-arg-holder-present-nonce = Kontrol eden kişinin size verdiği kod, verdiyse (0-9 ve a-f harfleri).
cli-arg-holder-present-print = Kâğıt için yapın: kod çiziklere ve katlanmaya daha dayanıklı olur ve 24 saat yerine 5 yıl çalışır.
cli-arg-holder-present-out = Yazılacak resim: .png veya .svg ile biten bir ad.
cli-arg-holder-present-text = QR kodun içindeki metni de mesajla göndermek için yazın.
cli-arg-holder-export-id = Onaylanmış kayıt: kimliği ya da ilk 4 veya daha fazla karakteri.
cli-arg-holder-export-format = Yazılacak biçim. Yalnızca: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Kanıtlı JSON yerine imzalı bir belirteç (VC-JWT) olarak yazın.
cli-arg-holder-export-out = Yazılacak dosya, örneğin badge.json veya badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] Bu istek { $count } kaydın onaylanmasını istiyor.
    } Onaylayan kişi her kaydın şu bölümlerini görecek:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = İstek yazıldı: { $path }.
holder-request-next = Dosyayı onaylayacak kişiye verin. Size bir onay belgesi dosyası geri verdiğinde şunu yazın: carnet receive FILE
holder-receive-done = Saklandı: onaylayan { $issuer }, { $kind }, { $country }. Nasıl kontrol ettiler: { $assessed }.
holder-validity-until = Veriliş: { $issued }. Geçerlilik: { $expires } tarihine kadar.
holder-validity-open = Veriliş: { $issued }. Bitiş tarihi yok.
holder-wallet-empty = Henüz hiç onay belgeniz yok. Bir tane istemek için yazın: carnet request ID --out request.cbor
holder-wallet-damaged = Artık okunamayan bir onay belgesi. Veren kişiden yenisini isteyin.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): veriliş { $issued }, geçerlilik { $expires } tarihine kadar
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): veriliş { $issued }, bitiş tarihi yok
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): veriliş { $issued }, bitiş { $expires }
holder-present-nothing = Ne gösterileceğini söyleyin: onaylanmış kayıtlar için --select ID, diğerleri için --self-declared ID.
holder-present-done = QR kod yazıldı: { $path }: { $endorsed } onaylı, { $declared } sizin beyanınız.
holder-present-size = Boyut: QR sürüm { $version }, seviye { $ec }, { $chars } karakter.
holder-present-expires = { $when } tarihine kadar ({ $hours } saat) kontrol edilebilir.
holder-present-by-kid = Sığması için onaylayanlar kısa bir parmak iziyle adlandırıldı. Kontrol eden kişi onların kim olduğunu ancak güvenilir onaylayanlar listesinde varlarsa görür.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = bir eğitmen
holder-issuer-kind-employer = bir işveren
holder-issuer-kind-centre = bir merkez
holder-issuer-kind-college = bir okul
holder-issuer-kind-colleague = bir iş arkadaşı (sizinle çalışmış bir kişi, bir kurum değil)

## How they checked

holder-assessed-observation = çalışmanızı izlediler
holder-assessed-test = bir sınav
holder-assessed-document = bir belgeyi kontrol ettiler
holder-assessed-interview = bir görüşme

## Errors

error-holder-no-key = Bu defterde onay belgelerini imzalamak için anahtar yok. Hiçbir şey değişmedi. Lütfen bu sorunu bildirin.
error-holder-write-file = Dosya yazılamadı: { $path }: { $reason }. Klasörün var olduğunu ve boş yer olduğunu kontrol edin, sonra tekrar deneyin.
error-holder-entry-unfit = “{ $title }” kaydı bir onay belgesine konulamıyor: { $field } alanı çok uzun ya da doğru biçimde değil. Onu carnet edit ile değiştirin, sonra tekrar deneyin.
error-holder-unknown-field = “{ $value }”, bir kaydın gösterilebilecek bir bölümü değil. Bölümler: { $known }.
error-holder-credential-no-entries = { $path } onay belgesi, kayıtlarınızdan hangisini onayladığını söylemiyor. Hiçbir şey saklanmadı. Bir istek dosyasından yapılmış yenisini isteyin: carnet request
error-holder-credential-entry-gone = { $path } onay belgesi, artık defterinizde olmayan bir kaydı onaylıyor ({ $id }). Hiçbir şey saklanmadı. Kaydı bu cihazda sildiyseniz defterin bir kopyasından ekleyin, sonra tekrar deneyin.
error-holder-credential-damaged = “{ $title }” kaydının onay belgesi artık okunamıyor. Onaylayan kişiden yenisini isteyin.
error-holder-not-endorsed = “{ $title }” kaydı henüz kimse tarafından onaylanmadı. Onu --self-declared ile gösterin ya da onay isteyin: carnet request
error-holder-selected-twice = “{ $title }” kaydı hem --select hem de --self-declared ile verildi. Bir kez verin.
error-holder-bad-stage = “{ $value }” bir aşama değil. Aşamalar: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Hedef kitle tek satırda, 1 ile 100 karakter arasında olmalı.
error-holder-bad-nonce = “{ $value }”, kontrol eden kişiden gelen bir kod değil: 0-9 ve a-f harflerinden 2 ile 128 arası olmalı.
error-holder-bad-out = { $path } resminin adı .png veya .svg ile bitmeli.
error-holder-no-vc = “{ $title }” için { $issuer } tarafından verilen onay, Carnet onu W3C onay belgesi olarak yazabilmeden önce yapıldı ve bunu yalnızca onlar imzalayabilir. Onlardan tekrar onaylamalarını isteyin: yeni bir istek yapın (carnet request ID --out request.cbor), onlara verin ve geri verdikleri dosyayı saklayın (carnet receive FILE).
