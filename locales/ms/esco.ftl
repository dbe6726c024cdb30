# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Perkhidmatan ini menggunakan klasifikasi ESCO Suruhanjaya Eropah.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, disesuaikan: sebahagian ditukar untuk kegunaan luar talian.

## Help

cli-cmd-esco = Cari kemahiran dan pekerjaan dalam ESCO, senarai kemahiran dan pekerjaan Eropah, tanpa internet.
cli-cmd-esco-search = Cari kemahiran dan pekerjaan ESCO mengikut nama, dalam bahasa anda atau bahasa Inggeris. Kesilapan taip kecil dimaafkan.
cli-cmd-match = Bandingkan buku log anda dengan sesuatu pekerjaan: kemahirannya yang mana anda ada, dan yang mana belum.
cli-arg-esco-text = Perkataan untuk dicari, contohnya "welding" atau "carpenter".
cli-arg-esco-kind = Hanya kemahiran atau hanya pekerjaan.
cli-arg-esco-limit = Berapa banyak keputusan ditunjukkan, paling banyak. Lalainya 10.
cli-arg-esco-taxonomy = Fail data ESCO untuk digunakan sebagai ganti fail yang disertakan dengan Carnet.
cli-arg-match-occupation = Pekerjaan ESCO: alamatnya (http://data.europa.eu/esco/occupation/…) atau kod di hujungnya.
cli-arg-match-rank = Sebaliknya, tunjukkan 10 pekerjaan yang kemahiran utamanya paling banyak diliputi oleh buku log anda.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Tunjukkan entri anda yang penting pada satu peringkat perjalanan anda, dan sebabnya. Untuk pengambilan kerja, anda boleh menamakan pekerjaan yang anda pohon.
cli-arg-stage-view-stage = Peringkatnya: recruitment, pre-departure, arrival, career atau return.
cli-arg-stage-view-occupation = Untuk pengambilan kerja: pekerjaan yang anda pohon, sebagai alamat ESCO-nya (http://data.europa.eu/esco/occupation/…) atau kod di hujungnya.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = kemahiran
esco-kind-occupation = pekerjaan
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Tiada kemahiran atau pekerjaan ESCO yang sepadan dengan “{ $text }”.
esco-match-summary = { $total ->
    [0] Pekerjaan ini tiada kemahiran utama dalam ESCO.
   *[other] Buku log anda meliputi { $covered } daripada { $total } kemahiran utamanya.
}
esco-match-essential = Kemahiran utama:
esco-match-optional = Kemahiran pilihan:
esco-coverage-endorsed = disahkan
esco-coverage-self-declared = kata anda sendiri
esco-coverage-missing = tiada
esco-match-maybe = mungkin entri anda “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Belum ada entri anda yang mempunyai kemahiran ESCO. Tambah satu dengan carnet add skill --title … --esco ADDRESS (cari alamatnya dengan carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] Untuk { $stage }, { $count } entri ini penting:
}
stage-view-none = Belum ada entri anda yang penting untuk { $stage }. Tandakan entri dengan peringkat ini: carnet edit ID --set stages={ $stage }
stage-view-present = Untuk menunjukkannya sebagai kod QR: { $command }
stage-why-target-essential = kemahiran utama untuk pekerjaan ini
stage-why-target-optional = berguna untuk pekerjaan ini
stage-why-target-maybe = mungkin sepadan dengan kemahiran pekerjaan ini
stage-why-marked = anda menandakannya untuk peringkat ini
stage-why-abroad = dipelajari atau dilakukan di luar negara
stage-why-endorsed = ditandatangani
stage-why-qualification = diploma atau sijil
stage-why-language = bahasa
stage-why-experience = kerja yang anda lakukan
stage-why-learning = kursus
stage-why-skill = kemahiran
