# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = ເພີ່ມອຸປະກອນອີກເຄື່ອງ
app-pair-intro = ໃສ່ປຶ້ມບັນທຶກຂອງທ່ານໃນໂທລະສັບ ຫຼື ຄອມພິວເຕີອີກເຄື່ອງຂອງທ່ານ. ທັງສອງເຄື່ອງຕ້ອງໃຊ້ເຄື່ອງແມ່ຂ່າຍ.
app-pair-start = ເພີ່ມອຸປະກອນອີກເຄື່ອງ
app-pair-passphrase = ເພື່ອເພີ່ມອຸປະກອນ, ໃຫ້ພິມລະຫັດຜ່ານຂອງທ່ານ.
app-pair-show = ສະແດງລະຫັດ
app-pair-scan = ໃນອຸປະກອນໃໝ່, ເລືອກ “ເຂົ້າຮ່ວມປຶ້ມບັນທຶກ”, ແລ້ວສະແກນລະຫັດສີ່ຫຼ່ຽມນີ້ ຫຼື ພິມຂໍ້ຄວາມທີ່ຢູ່ລຸ່ມມັນ.
app-pair-qr-alt = ລະຫັດສີ່ຫຼ່ຽມສຳລັບສະແກນດ້ວຍອຸປະກອນໃໝ່
app-pair-code-label = ລະຫັດເປັນຂໍ້ຄວາມ
app-pair-expires = ລະຫັດນີ້ໃຊ້ໄດ້ອີກ { $time }.
app-pair-waiting = ກຳລັງລໍຖ້າອຸປະກອນໃໝ່…
app-pair-request = “{ $name }” ຕ້ອງການປຶ້ມບັນທຶກຂອງທ່ານ.
app-pair-compare = ອຸປະກອນໃໝ່ສະແດງລະຫັດດຽວກັນນີ້ບໍ?
app-pair-approve = ແມ່ນ, ອະນຸຍາດ
app-pair-refuse = ບໍ່
app-pair-approved = ດຽວນີ້ “{ $name }” ມີປຶ້ມບັນທຶກຂອງທ່ານແລ້ວ. ມັນຈະສະແດງໃນລາຍການອຸປະກອນຫຼັງຈາກຊິງຄ໌.
app-pair-refused = ທ່ານຕອບວ່າບໍ່. “{ $name }” ບໍ່ໄດ້ຮັບຫຍັງ.
app-pair-again = ສະແດງລະຫັດໃໝ່

## Sync screen: the devices of this logbook

app-devices-title = ອຸປະກອນຂອງທ່ານ
app-devices-none = ຍັງບໍ່ມີອຸປະກອນໃດຊິງຄ໌ປຶ້ມບັນທຶກນີ້. ຊິງຄ໌ແລ້ວອຸປະກອນນີ້ຈະສະແດງຢູ່ນີ້.
app-devices-this = ອຸປະກອນນີ້
app-devices-added = ເພີ່ມເມື່ອ { $date }
app-devices-removed = ລຶບເມື່ອ { $date }
app-devices-remove = ລຶບອອກ
app-devices-remove-confirm = ລຶບ “{ $name }” ອອກບໍ? ໃຊ້ອັນນີ້ເມື່ອໂທລະສັບເສຍ, ຂາຍ ຫຼື ໃຫ້ຄົນອື່ນໄປແລ້ວ.
app-devices-remove-consequences = ມັນຍັງເກັບສິ່ງທີ່ມີຢູ່ແລ້ວ, ແຕ່ຈະບໍ່ໄດ້ຮັບສິ່ງທີ່ທ່ານເພີ່ມຕໍ່ຈາກນີ້. ປຶ້ມບັນທຶກຂອງທ່ານຈະໄດ້ກະແຈໃໝ່, ແລະ ອຸປະກອນອື່ນຂອງທ່ານຈະໄດ້ຮັບມັນເມື່ອຊິງຄ໌. ຖ້າຈະໃຊ້ອຸປະກອນນັ້ນອີກ, ໃຫ້ເພີ່ມມັນໃໝ່.
app-devices-remove-yes = ແມ່ນ, ລຶບອອກ
app-devices-removed-done = ລຶບ “{ $name }” ແລ້ວ. ດຽວນີ້ປຶ້ມບັນທຶກຂອງທ່ານມີກະແຈໃໝ່ ທີ່ອຸປະກອນນັ້ນບໍ່ມີ.
app-devices-new-sheet = ແຜ່ນກູ້ຄືນຂອງທ່ານຍັງມີກະແຈເກົ່າ. ສ້າງແຜ່ນໃໝ່ດຽວນີ້ໃນການຕັ້ງຄ່າ, ແລ້ວທຳລາຍແຜ່ນເກົ່າ.

## First run: another way to start

app-start-other = ທ່ານມີປຶ້ມບັນທຶກຢູ່ແລ້ວບໍ?
app-start-join = ເຂົ້າຮ່ວມຈາກອຸປະກອນອື່ນ
app-start-recover = ກູ້ຄືນດ້ວຍແຜ່ນກູ້ຄືນ

## First run: joining a logbook from another device

app-join-title = ເຂົ້າຮ່ວມປຶ້ມບັນທຶກ
app-join-intro = ໃນອຸປະກອນອີກເຄື່ອງຂອງທ່ານ, ເປີດຊິງຄ໌ ແລ້ວເລືອກ “ເພີ່ມອຸປະກອນອີກເຄື່ອງ”. ມັນຈະສະແດງລະຫັດ.
app-join-code = ລະຫັດ (ເລີ່ມດ້ວຍ CNP1:)
app-join-code-hint = ວາງ ຫຼື ພິມລະຫັດຢູ່ນີ້
app-join-picture = ເປີດຮູບພາບຂອງລະຫັດ
app-join-name = ຊື່ສຳລັບອຸປະກອນນີ້
app-join-name-default = ອຸປະກອນໃໝ່ຂອງຂ້ອຍ
app-join-passphrase = ຕັ້ງລະຫັດຜ່ານສຳລັບອຸປະກອນນີ້
app-join-send = ຕໍ່ໄປ
app-join-check = ອຸປະກອນອີກເຄື່ອງຂອງທ່ານຕ້ອງສະແດງລະຫັດດຽວກັນນີ້. ອະນຸຍາດຢູ່ເຄື່ອງນັ້ນ.
app-join-waiting = ກຳລັງລໍຖ້າອຸປະກອນອີກເຄື່ອງອະນຸຍາດ…
app-join-copying = ກຳລັງສຳເນົາປຶ້ມບັນທຶກຂອງທ່ານ…

## First run: recovering a logbook with a recovery sheet

app-recover-title = ກູ້ຄືນປຶ້ມບັນທຶກຂອງທ່ານ
app-recover-intro = ໃຊ້ແຜ່ນກູ້ຄືນ ແລະ ລະຫັດຜ່ານຂອງທ່ານ. Carnet ຈະເອົາປຶ້ມບັນທຶກຂອງທ່ານຄືນມາຈາກເຄື່ອງແມ່ຂ່າຍ.
app-recover-by-words = ພິມ 12 ຄຳ
app-recover-by-code = ໃຊ້ລະຫັດສີ່ຫຼ່ຽມ
app-recover-words = 12 ຄຳ, ຕາມລຳດັບ
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = ທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍທີ່ຢູ່ໃນແຜ່ນ
app-recover-code = ຂໍ້ຄວາມຂອງລະຫັດສີ່ຫຼ່ຽມ (ເລີ່ມດ້ວຍ CNS1:)
app-recover-picture = ເປີດຮູບຖ່າຍຂອງແຜ່ນ
app-recover-passphrase = ລະຫັດຜ່ານຂອງທ່ານ (ອັນທີ່ທ່ານໃຊ້ກ່ອນໜ້ານີ້)
app-recover-start = ກູ້ຄືນປຶ້ມບັນທຶກຂອງຂ້ອຍ

## Reading a square code from a picture

app-picture-read = ອ່ານລະຫັດຈາກຮູບພາບໄດ້ແລ້ວ.
app-scan-camera = ສະແກນດ້ວຍກ້ອງ
error-camera-scan = ອ່ານລະຫັດບໍ່ໄດ້. ຖ້າ Carnet ໃຊ້ກ້ອງບໍ່ໄດ້, ໃຫ້ອະນຸຍາດໃນການຕັ້ງຄ່າຂອງໂທລະສັບ. ທ່ານຍັງສາມາດເປີດຮູບຖ່າຍຂອງລະຫັດໄດ້.

## Settings: the recovery sheet

app-sheet-title = ແຜ່ນກູ້ຄືນ
app-sheet-intro = ແຜ່ນກູ້ຄືນແມ່ນເຈ້ຍທີ່ມີ 12 ຄຳ ແລະ ລະຫັດສີ່ຫຼ່ຽມ. ຖ້າໂທລະສັບເຄື່ອງນີ້ເສຍ, ແຜ່ນນີ້ ແລະ ລະຫັດຜ່ານຂອງທ່ານຈະເອົາປຶ້ມບັນທຶກຄືນມາໃນເຄື່ອງໃໝ່. ເກັບແຜ່ນນີ້ໄວ້ບ່ອນປອດໄພ, ຫ່າງຈາກໂທລະສັບ. ຢ່າເກັບລະຫັດຜ່ານໄວ້ນຳກັນ.
app-sheet-replaces = ແຜ່ນໃໝ່ຈະແທນແຜ່ນເກົ່າ: ແຜ່ນເກົ່າຈະໃຊ້ບໍ່ໄດ້ອີກ.
app-sheet-needs-hub = ແຜ່ນນີ້ໃຊ້ເຄື່ອງແມ່ຂ່າຍ. ຕັ້ງທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍໃນໜ້າຊິງຄ໌ກ່ອນ.
app-sheet-passphrase = ພິມລະຫັດຜ່ານຂອງທ່ານເພື່ອສ້າງແຜ່ນ
app-sheet-format = ບັນທຶກເປັນ
app-sheet-pdf = PDF, ສຳລັບພິມ
app-sheet-png = ຮູບພາບ
app-sheet-make = ສ້າງແຜ່ນກູ້ຄືນ
app-sheet-saved = ບັນທຶກແຜ່ນກູ້ຄືນຂອງທ່ານໄວ້ທີ່ { $path } ແລ້ວ. ພິມມັນອອກ ຫຼື ຂຽນຄຳຂ້າງລຸ່ມໄວ້, ແລ້ວເກັບເຈ້ຍໄວ້ບ່ອນປອດໄພ.
app-sheet-english = ແຜ່ນນີ້ເປັນພາສາອັງກິດ: Carnet ຍັງຂຽນຕົວອັກສອນພາສາຂອງທ່ານໃສ່ແຜ່ນບໍ່ໄດ້.
app-sheet-words = 12 ຄຳຂອງທ່ານ

## Settings: export and import

app-export-title = ສົ່ງອອກ ແລະ ນຳເຂົ້າ
app-export-intro = ການສົ່ງອອກຈະບັນທຶກປຶ້ມບັນທຶກທັງໝົດຂອງທ່ານໄວ້ໃນໄຟລ໌ດຽວ, ເພື່ອເກັບໄວ້ ຫຼື ໃຫ້ຄົນທີ່ທ່ານເລືອກ.
app-export-consent = ໄຟລ໌ນີ້ເກັບປຶ້ມບັນທຶກຂອງທ່ານໃນແບບທີ່ອ່ານໄດ້: ມັນບໍ່ໄດ້ລັອກດ້ວຍລະຫັດຜ່ານ. ໃຜກໍຕາມທີ່ໄດ້ໄຟລ໌ນີ້ ສາມາດອ່ານທຸກຢ່າງໃນມັນໄດ້. ຮູບພາບບໍ່ໄດ້ຢູ່ໃນໄຟລ໌.
app-export-agree = ຂ້ອຍເຂົ້າໃຈແລ້ວ. ບັນທຶກໄຟລ໌
app-export = ສົ່ງອອກ
app-export-saved = { $count ->
   *[other] ບັນທຶກ { $count } ລາຍການໄວ້ທີ່ { $path } ແລ້ວ.
}
app-import-intro = ການນຳເຂົ້າຈະເພີ່ມສິ່ງທີ່ຢູ່ໃນໄຟລ໌ທີ່ສົ່ງອອກ ເຂົ້າໃນປຶ້ມບັນທຶກນີ້. ບໍ່ມີຫຍັງໃນປຶ້ມບັນທຶກຂອງທ່ານຖືກລຶບ.
app-import = ນຳເຂົ້າໄຟລ໌
app-import-added = { $count ->
    [0] ບໍ່ມີລາຍການໃໝ່.
   *[other] ເພີ່ມລາຍການໃໝ່ { $count } ລາຍການ.
}
app-import-updated = { $count ->
    [0] ບໍ່ມີລາຍການທີ່ປ່ຽນ.
   *[other] ປ່ຽນ { $count } ລາຍການ.
}
app-import-unchanged = { $count ->
    [0] ບໍ່ມີລາຍການທີ່ຄືເກົ່າຢູ່ແລ້ວ.
   *[other] { $count } ລາຍການຄືເກົ່າຢູ່ແລ້ວ.
}
app-import-profile = ອັບເດດໂປຣໄຟລ໌ຂອງທ່ານແລ້ວ.
app-import-missing-photos = { $count ->
   *[other] ຮູບພາບ { $count } ຮູບທີ່ມີຊື່ໃນໄຟລ໌ ບໍ່ໄດ້ຢູ່ໃນອຸປະກອນນີ້.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ແຜ່ນກູ້ຄືນຂອງທ່ານຍັງໃຊ້ໄດ້, ກັບລະຫັດຜ່ານໃໝ່ຂອງທ່ານ.
app-passphrase-sheet-not-updated = ອັບເດດແຜ່ນກູ້ຄືນຂອງທ່ານທີ່ເຄື່ອງແມ່ຂ່າຍບໍ່ໄດ້. ຈົນກວ່າທ່ານຈະສ້າງແຜ່ນໃໝ່, ມັນຍັງຕ້ອງໃຊ້ລະຫັດຜ່ານເກົ່າ. ສ້າງແຜ່ນໃໝ່ເມື່ອທ່ານເຊື່ອມຕໍ່ໄດ້.

## This device's name

app-device-name = ຊື່ຂອງອຸປະກອນນີ້
app-device-name-hint = ຊື່ທີ່ອຸປະກອນອື່ນຂອງທ່ານໃຊ້ເອີ້ນເຄື່ອງນີ້, ຕົວຢ່າງ “ໂທລະສັບຂອງອາມີນາ”.
app-device-name-saved = ບັນທຶກແລ້ວ. ອຸປະກອນອື່ນຂອງທ່ານຈະສະແດງຊື່ນີ້ຫຼັງຈາກເຄື່ອງນີ້ຊິງຄ໌.
