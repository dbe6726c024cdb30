# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Permintaan ini rosak, atau ia bukan permintaan Carnet. Minta sekali lagi.
        [credential] Fail pengesahan ini rosak, atau ia bukan pengesahan Carnet. Minta orang yang mengesahkan entri anda untuk menghantarnya semula.
       *[other] Ini rosak, atau ia bukan fail Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Ini bukan permintaan Carnet: ia jenis fail Carnet yang lain. Permintaan dibuat dengan carnet request.
        [credential] Ini bukan pengesahan Carnet: ia jenis fail Carnet yang lain. Semak bahawa anda memilih fail yang diberikan oleh orang yang mengesahkan entri anda.
       *[other] Ini jenis fail Carnet yang lain. Semak bahawa anda memilih fail yang betul.
    }
error-credential-newer-version = { $what ->
        [request] Permintaan ini dibuat oleh Carnet yang lebih baharu.
        [credential] Pengesahan ini dibuat oleh Carnet yang lebih baharu.
        [text] Kod ini dibuat oleh Carnet yang lebih baharu.
       *[other] Ini dibuat oleh Carnet yang lebih baharu.
    } Kemas kini Carnet, kemudian cuba lagi.
error-credential-invalid-field = Satu nilai tidak boleh digunakan ({ $field }): ia terlalu panjang atau bentuknya tidak betul. Tiada apa-apa ditulis.
error-credential-entry-count = Satu permintaan mengandungi 1 hingga { $max } entri, bukan { $found }. Untuk mendapat lebih banyak pengesahan, buat dua permintaan.
error-credential-invalid-key = Ini bukan kunci awam yang sah. Semak bahawa ia disalin sepenuhnya.
error-credential-bad-signature = Tandatangan pada pengesahan ini tidak sepadan: ia telah diubah atau rosak selepas ditandatangani. Tiada apa-apa disimpan. Minta fail itu semula.
error-credential-not-yours = Pengesahan ini dibuat untuk buku log orang lain, bukan anda. Tiada apa-apa disimpan. Pastikan anda menerima fail anda sendiri.
error-credential-no-such-entry = Tiada entri { $index } dalam pengesahan ini.
error-credential-duplicate-entry = Entri { $index } dipilih dua kali.
error-credential-wrong-prefix = Teks ini bukan kod Carnet: ia tidak bermula dengan CN1: (kemahiran untuk disemak) atau CNR1: (permintaan untuk disahkan).
error-credential-base45 = Teks ini mengandungi huruf yang tidak mungkin ada dalam kod Carnet. Ia mungkin terpotong atau salah taip.
error-credential-zlib = Kod ini terpotong atau rosak.
error-credential-too-large = Kod ini terlalu besar untuk menjadi kod Carnet.

## QR codes

error-qr-not-alphanumeric = Teks ini mengandungi aksara yang tidak muat dalam kod QR untuk Carnet. Ini ialah pepijat dalam Carnet; sila laporkan.
error-qr-too-large = Ini terlalu banyak untuk satu kod QR: { $chars } aksara, sedangkan kod QR yang mudah dibaca telefon (versi { $version }, tahap { $ec }) memuatkan { $capacity }. Tiada apa-apa ditulis. { $what ->
        [request] Minta lebih sedikit entri pada satu masa, atau tulis permintaan ke fail berakhir dengan .cbor.
       *[other] Pilih lebih sedikit entri, atau tunjukkan lebih sedikit bahagian dengan --fields.
    }
error-qr-bad-version = Saiz kod QR itu tidak wujud.
error-qr-bad-module-size = Saiz titik itu tidak mungkin.
error-qr-not-an-image = Fail ini bukan gambar yang boleh dibaca oleh Carnet. Gunakan PNG, JPEG atau WebP.
error-qr-image-too-large = Gambar terlalu besar ({ $width } × { $height } piksel). Kecilkan dan cuba lagi.
error-qr-not-found = Tiada kod QR dapat dibaca dalam gambar. Ambil foto yang lebih jelas dan lebih dekat, dengan seluruh kod di dalamnya.
error-qr-render-failed = Gambar QR tidak dapat dibuat. Ini ialah pepijat dalam Carnet; sila laporkan.
