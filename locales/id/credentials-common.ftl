# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Permintaan ini rusak, atau bukan permintaan Carnet. Minta lagi.
        [credential] File pengesahan ini rusak, atau bukan pengesahan Carnet. Minta orang yang mengonfirmasi entri Anda untuk mengirimnya lagi.
       *[other] Ini rusak, atau bukan file Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Ini bukan permintaan Carnet: ini jenis file Carnet lain. Permintaan dibuat dengan carnet request.
        [credential] Ini bukan pengesahan Carnet: ini jenis file Carnet lain. Periksa apakah Anda memilih file yang diberikan orang yang mengonfirmasi entri Anda.
       *[other] Ini jenis file Carnet lain. Periksa apakah Anda memilih file yang benar.
    }
error-credential-newer-version = { $what ->
        [request] Permintaan ini dibuat oleh Carnet yang lebih baru.
        [credential] Pengesahan ini dibuat oleh Carnet yang lebih baru.
        [text] Kode ini dibuat oleh Carnet yang lebih baru.
       *[other] Ini dibuat oleh Carnet yang lebih baru.
    } Perbarui Carnet, lalu coba lagi.
error-credential-invalid-field = Ada nilai yang tidak bisa dipakai ({ $field }): terlalu panjang atau bentuknya tidak benar. Tidak ada yang ditulis.
error-credential-entry-count = Satu permintaan berisi 1 sampai { $max } entri, bukan { $found }. Untuk mengonfirmasi lebih banyak, buat dua permintaan.
error-credential-invalid-key = Ini bukan kunci publik yang sah. Periksa apakah sudah tersalin utuh.
error-credential-bad-signature = Tanda tangan pada pengesahan ini tidak cocok: pengesahan diubah atau rusak setelah ditandatangani. Tidak ada yang disimpan. Minta file itu lagi.
error-credential-not-yours = Pengesahan ini dibuat untuk buku catatan orang lain, bukan milik Anda. Tidak ada yang disimpan. Pastikan Anda menerima file Anda sendiri.
error-credential-no-such-entry = Tidak ada entri { $index } di pengesahan ini.
error-credential-duplicate-entry = Entri { $index } dipilih dua kali.
error-credential-wrong-prefix = Teks ini bukan kode Carnet: tidak dimulai dengan CN1: (keterampilan untuk diperiksa) atau CNR1: (permintaan untuk dikonfirmasi).
error-credential-base45 = Teks ini berisi huruf yang tidak mungkin ada di kode Carnet. Mungkin terpotong atau salah ketik.
error-credential-zlib = Kode ini terpotong atau rusak.
error-credential-too-large = Kode ini terlalu besar untuk kode Carnet.

## QR codes

error-qr-not-alphanumeric = Teks ini berisi karakter yang tidak bisa dimuat kode QR untuk Carnet. Ini kesalahan di Carnet; tolong laporkan.
error-qr-too-large = Ini terlalu banyak untuk satu kode QR: { $chars } karakter, sedangkan kode QR yang mudah dibaca ponsel (versi { $version }, tingkat { $ec }) hanya memuat { $capacity }. Tidak ada yang ditulis. { $what ->
        [request] Minta lebih sedikit entri sekaligus, atau tulis permintaan ke file berakhiran .cbor.
       *[other] Pilih lebih sedikit entri, atau tunjukkan lebih sedikit bagian dengan --fields.
    }
error-qr-bad-version = Ukuran kode QR itu tidak ada.
error-qr-bad-module-size = Ukuran titik itu tidak mungkin.
error-qr-not-an-image = File ini bukan gambar yang bisa dibaca Carnet. Gunakan PNG, JPEG, atau WebP.
error-qr-image-too-large = Gambar terlalu besar ({ $width } × { $height } piksel). Perkecil lalu coba lagi.
error-qr-not-found = Tidak ada kode QR yang bisa dibaca di gambar. Ambil foto yang lebih tajam dan lebih dekat, dengan seluruh kode di dalamnya.
error-qr-render-failed = Gambar QR tidak bisa dibuat. Ini kesalahan di Carnet; tolong laporkan.
