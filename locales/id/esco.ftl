# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Layanan ini menggunakan klasifikasi ESCO dari Komisi Eropa.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, disesuaikan: sebagian dikonversi untuk dipakai tanpa internet.

## Help

cli-cmd-esco = Cari keterampilan dan pekerjaan di ESCO, daftar keterampilan dan pekerjaan Eropa, tanpa internet.
cli-cmd-esco-search = Cari keterampilan dan pekerjaan ESCO berdasarkan namanya, dalam bahasa Anda atau bahasa Inggris. Salah ketik kecil dimaafkan.
cli-cmd-match = Bandingkan buku catatan Anda dengan suatu pekerjaan: keterampilannya yang mana yang Anda punya, dan mana yang belum.
cli-arg-esco-text = Kata yang dicari, misalnya "welding" atau "carpenter".
cli-arg-esco-kind = Hanya keterampilan atau hanya pekerjaan.
cli-arg-esco-limit = Paling banyak berapa hasil yang ditampilkan. Bawaannya 10.
cli-arg-esco-taxonomy = File data ESCO yang dipakai sebagai ganti file bawaan Carnet.
cli-arg-match-occupation = Pekerjaan ESCO: alamatnya (http://data.europa.eu/esco/occupation/…) atau kode di ujungnya.
cli-arg-match-rank = Sebagai gantinya, tampilkan 10 pekerjaan yang keterampilan utamanya paling banyak tercakup di buku catatan Anda.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Tampilkan entri Anda yang penting di satu tahap perjalanan, dan alasannya. Untuk perekrutan, Anda bisa menyebut pekerjaan yang Anda lamar.
cli-arg-stage-view-stage = Tahapnya: recruitment, pre-departure, arrival, career, atau return.
cli-arg-stage-view-occupation = Untuk perekrutan: pekerjaan yang Anda lamar, sebagai alamat ESCO-nya (http://data.europa.eu/esco/occupation/…) atau kode di ujungnya.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = keterampilan
esco-kind-occupation = pekerjaan
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Tidak ada keterampilan atau pekerjaan ESCO yang cocok dengan “{ $text }”.
esco-match-summary = { $total ->
    [0] Pekerjaan ini tidak punya keterampilan utama di ESCO.
   *[other] Buku catatan Anda mencakup { $covered } dari { $total } keterampilan utamanya.
}
esco-match-essential = Keterampilan utama:
esco-match-optional = Keterampilan tambahan:
esco-coverage-endorsed = disahkan
esco-coverage-self-declared = menurut Anda sendiri
esco-coverage-missing = belum ada
esco-match-maybe = mungkin entri Anda “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Belum ada entri Anda yang punya keterampilan ESCO. Tambahkan dengan carnet add skill --title … --esco ADDRESS (cari alamatnya dengan carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] Untuk { $stage }, { $count } entri ini penting:
}
stage-view-none = Belum ada entri Anda yang penting untuk { $stage }. Tandai entri dengan tahap ini: carnet edit ID --set stages={ $stage }
stage-view-present = Untuk menunjukkannya sebagai kode QR: { $command }
stage-why-target-essential = keterampilan utama untuk pekerjaan ini
stage-why-target-optional = berguna untuk pekerjaan ini
stage-why-target-maybe = mungkin cocok dengan keterampilan pekerjaan ini
stage-why-marked = Anda menandainya untuk tahap ini
stage-why-abroad = dipelajari atau dilakukan di luar negeri
stage-why-endorsed = ditandatangani
stage-why-qualification = ijazah atau sertifikat
stage-why-language = bahasa
stage-why-experience = pekerjaan yang pernah Anda lakukan
stage-why-learning = kursus
stage-why-skill = keterampilan
