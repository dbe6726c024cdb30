# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library, shown the same way by every credential command.

## Files and texts

error-credential-malformed = { $what ->
        [request] ຄຳຂໍນີ້ເສຍຫາຍ, ຫຼື ບໍ່ແມ່ນຄຳຂໍຂອງ Carnet. ຂໍມັນໃໝ່ອີກຄັ້ງ.
        [credential] ໄຟລ໌ໃບຮັບຮອງນີ້ເສຍຫາຍ, ຫຼື ບໍ່ແມ່ນໃບຮັບຮອງຂອງ Carnet. ຂໍໃຫ້ຄົນທີ່ຢັ້ງຢືນລາຍການຂອງທ່ານສົ່ງມາໃໝ່.
       *[other] ອັນນີ້ເສຍຫາຍ, ຫຼື ບໍ່ແມ່ນໄຟລ໌ຂອງ Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] ນີ້ບໍ່ແມ່ນຄຳຂໍຂອງ Carnet: ມັນແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ. ຄຳຂໍສ້າງດ້ວຍ carnet request.
        [credential] ນີ້ບໍ່ແມ່ນໃບຮັບຮອງຂອງ Carnet: ມັນແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ. ກວດເບິ່ງວ່າທ່ານເລືອກໄຟລ໌ທີ່ຄົນຢັ້ງຢືນລາຍການໃຫ້ທ່ານມາ.
       *[other] ນີ້ແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ. ກວດເບິ່ງວ່າທ່ານເລືອກໄຟລ໌ຖືກ.
    }
error-credential-newer-version = { $what ->
        [request] ຄຳຂໍນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ.
        [credential] ໃບຮັບຮອງນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ.
        [text] ລະຫັດນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ.
       *[other] ອັນນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ.
    } ອັບເດດ Carnet, ແລ້ວລອງອີກຄັ້ງ.
error-credential-invalid-field = ໃຊ້ຄ່າໜຶ່ງບໍ່ໄດ້ ({ $field }): ມັນຍາວເກີນໄປ ຫຼື ຮູບແບບບໍ່ຖືກຕ້ອງ. ບໍ່ໄດ້ຂຽນຫຍັງ.
error-credential-entry-count = ຄຳຂໍໜຶ່ງມີໄດ້ 1 ຫາ { $max } ລາຍການ, ບໍ່ແມ່ນ { $found }. ຖ້າຕ້ອງການໃຫ້ຢັ້ງຢືນຫຼາຍກວ່ານີ້, ໃຫ້ເຮັດສອງຄຳຂໍ.
error-credential-invalid-key = ນີ້ບໍ່ແມ່ນກະແຈສາທາລະນະທີ່ຖືກຕ້ອງ. ກວດເບິ່ງວ່າສຳເນົາມາຄົບ.
error-credential-bad-signature = ລາຍເຊັນໃນໃບຮັບຮອງນີ້ບໍ່ກົງກັນ: ມັນຖືກປ່ຽນ ຫຼື ເສຍຫາຍຫຼັງຈາກເຊັນ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຂໍໄຟລ໌ອີກຄັ້ງ.
error-credential-not-yours = ໃບຮັບຮອງນີ້ເຮັດໃຫ້ປຶ້ມບັນທຶກຂອງຄົນອື່ນ, ບໍ່ແມ່ນຂອງທ່ານ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ກວດໃຫ້ແນ່ໃຈວ່າທ່ານໄດ້ຮັບໄຟລ໌ຂອງທ່ານເອງ.
error-credential-no-such-entry = ບໍ່ມີລາຍການທີ { $index } ໃນໃບຮັບຮອງນີ້.
error-credential-duplicate-entry = ເລືອກລາຍການທີ { $index } ສອງຄັ້ງ.
error-credential-wrong-prefix = ຂໍ້ຄວາມນີ້ບໍ່ແມ່ນລະຫັດຂອງ Carnet: ມັນບໍ່ໄດ້ເລີ່ມດ້ວຍ CN1: (ທັກສະທີ່ຈະກວດ) ຫຼື CNR1: (ຄຳຂໍໃຫ້ຢັ້ງຢືນ).
error-credential-base45 = ຂໍ້ຄວາມມີຕົວອັກສອນທີ່ລະຫັດ Carnet ມີບໍ່ໄດ້. ມັນອາດຖືກຕັດ ຫຼື ພິມຜິດ.
error-credential-zlib = ລະຫັດຖືກຕັດ ຫຼື ເສຍຫາຍ.
error-credential-too-large = ລະຫັດນີ້ໃຫຍ່ເກີນກວ່າຈະເປັນລະຫັດຂອງ Carnet ຫຼາຍ.

## QR codes

error-qr-not-alphanumeric = ຂໍ້ຄວາມມີຕົວອັກສອນທີ່ລະຫັດ QR ຂອງ Carnet ໃສ່ບໍ່ໄດ້. ນີ້ແມ່ນຂໍ້ຜິດພາດຂອງ Carnet; ກະລຸນາແຈ້ງມັນ.
error-qr-too-large = ຫຼາຍເກີນໄປສຳລັບລະຫັດ QR ອັນດຽວ: { $chars } ຕົວອັກສອນ, ແລະ ລະຫັດ QR ທີ່ໂທລະສັບອ່ານໄດ້ດີ (ລຸ້ນ { $version }, ລະດັບ { $ec }) ໃສ່ໄດ້ { $capacity }. ບໍ່ໄດ້ຂຽນຫຍັງ. { $what ->
        [request] ຂໍຄັ້ງລະໜ້ອຍລາຍການ, ຫຼື ຂຽນຄຳຂໍເປັນໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .cbor ແທນ.
       *[other] ເລືອກລາຍການໃຫ້ໜ້ອຍລົງ, ຫຼື ສະແດງສ່ວນຕ່າງໆໃຫ້ໜ້ອຍລົງດ້ວຍ --fields.
    }
error-qr-bad-version = ບໍ່ມີລະຫັດ QR ຂະໜາດນັ້ນ.
error-qr-bad-module-size = ຂະໜາດຈຸດນັ້ນເປັນໄປບໍ່ໄດ້.
error-qr-not-an-image = ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບທີ່ Carnet ອ່ານໄດ້. ໃຊ້ PNG, JPEG ຫຼື WebP.
error-qr-image-too-large = ຮູບໃຫຍ່ເກີນໄປ ({ $width } × { $height } ພິກເຊວ). ເຮັດໃຫ້ນ້ອຍລົງ ແລ້ວລອງອີກຄັ້ງ.
error-qr-not-found = ອ່ານລະຫັດ QR ໃນຮູບບໍ່ໄດ້. ຖ່າຍຮູບໃຫ້ຊັດກວ່າ ແລະ ໃກ້ກວ່າ, ໃຫ້ເຫັນລະຫັດທັງໝົດ.
error-qr-render-failed = ສ້າງຮູບລະຫັດ QR ບໍ່ໄດ້. ນີ້ແມ່ນຂໍ້ຜິດພາດຂອງ Carnet; ກະລຸນາແຈ້ງມັນ.
