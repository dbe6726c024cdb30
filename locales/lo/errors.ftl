# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ. ກວດເບິ່ງແລ້ວລອງອີກຄັ້ງ. ຕົວພິມໃຫຍ່ ແລະ ຕົວພິມນ້ອຍບໍ່ຄືກັນ.
error-too-many-attempts = { $minutes ->
   *[other] ໃສ່ລະຫັດຜ່ານຜິດຫຼາຍຄັ້ງເກີນໄປ. ລໍຖ້າ { $minutes } ນາທີ, ແລ້ວລອງອີກຄັ້ງ.
}
error-passphrase-too-short = ລະຫັດຜ່ານນີ້ສັ້ນເກີນໄປ. ໃຊ້ຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ.

## The logbook files

error-no-logbook = ຍັງບໍ່ມີປຶ້ມບັນທຶກໃນໂຟນເດີນີ້. ສ້າງກ່ອນ, ຫຼື ເລືອກໂຟນເດີທີ່ມີປຶ້ມບັນທຶກຂອງທ່ານ.
error-already-exists = ມີປຶ້ມບັນທຶກຢູ່ໃນໂຟນເດີນີ້ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-damaged-key-file = ກະແຈຂອງປຶ້ມບັນທຶກຂອງທ່ານເສຍຫາຍ ຫຼື ຫາຍໄປ, ສະນັ້ນເປີດບໍ່ໄດ້. ໃສ່ສຳເນົາຈາກຂໍ້ມູນສຳຮອງຄືນ, ຫຼື ຈາກອຸປະກອນທີ່ທ່ານຈັບຄູ່ກັບເຄື່ອງນີ້.
error-damaged-database = ປຶ້ມບັນທຶກຂອງທ່ານເສຍຫາຍ, ສະນັ້ນເປີດບໍ່ໄດ້. ໃສ່ສຳເນົາຈາກຂໍ້ມູນສຳຮອງຄືນ, ຫຼື ຈາກອຸປະກອນທີ່ທ່ານຈັບຄູ່ກັບເຄື່ອງນີ້.
error-too-new = { $what ->
    [export-file] ໄຟລ໌ນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet, ແລ້ວລອງອີກຄັ້ງ.
    [taxonomy] ຂໍ້ມູນ ESCO ທີ່ມາກັບ Carnet ມາຈາກ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet, ແລ້ວລອງອີກຄັ້ງ.
   *[other] ປຶ້ມບັນທຶກຂອງທ່ານຖືກບັນທຶກດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet, ແລ້ວລອງອີກຄັ້ງ.
}
error-disk-full = ດິສກ໌ເຕັມ. ບໍ່ມີຫຍັງເສຍ. ເຮັດໃຫ້ມີບ່ອນຫວ່າງ, ຕົວຢ່າງ ລຶບໄຟລ໌ເກົ່າ, ແລ້ວລອງອີກຄັ້ງ.
error-io = Carnet ອ່ານ ຫຼື ຂຽນໄຟລ໌ຂອງປຶ້ມບັນທຶກບໍ່ໄດ້. ກວດເບິ່ງວ່າມີໂຟນເດີ ແລະ ທ່ານມີສິດຂຽນໃນມັນ, ແລ້ວລອງອີກຄັ້ງ.
error-internal = ມີບາງຢ່າງຜິດພາດໃນ Carnet. ນີ້ແມ່ນຂໍ້ຜິດພາດຂອງ Carnet, ບໍ່ແມ່ນຂອງທ່ານ. ກະລຸນາບອກຄົນທີ່ເຮັດ Carnet.

## Entries

error-not-found = ບໍ່ມີລາຍການທີ່ມີ id “{ $id }”. ກວດ id ແລ້ວລອງອີກຄັ້ງ.
error-ambiguous-id = ມີຫຼາຍກວ່າໜຶ່ງລາຍການທີ່ເລີ່ມດ້ວຍ “{ $id }”. ພິມ id ໃຫ້ຍາວຂຶ້ນ.

## Values the person typed

error-invalid-kind = “{ $value }” ບໍ່ແມ່ນປະເພດຂອງລາຍການ. ໃຊ້ skill, qualification, experience, language ຫຼື learning.
error-invalid-date = “{ $value }” ບໍ່ແມ່ນວັນທີ. ຂຽນເປັນປີ (2019), ເດືອນ (2019-05) ຫຼື ມື້ (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” ບໍ່ແມ່ນລະດັບພາສາ. ໃຊ້ A1, A2, B1, B2, C1 ຫຼື C2.
    [qualification] “{ $value }” ບໍ່ແມ່ນລະດັບຂອງວຸດທິການສຶກສາ. ໃຊ້ຕົວເລກ 1 ຫາ 8 (EQF).
    [learning] “{ $value }” ບໍ່ແມ່ນລະດັບຂອງຫຼັກສູດ. ໃຊ້ຕົວເລກ 1 ຫາ 8 (EQF).
    [eqf] “{ $value }” ບໍ່ແມ່ນລະດັບ EQF. ໃຊ້ຕົວເລກ 1 ຫາ 8.
   *[other] “{ $value }” ບໍ່ແມ່ນລະດັບ. ໃຊ້ basic, intermediate, advanced ຫຼື expert.
}
error-invalid-country = “{ $value }” ບໍ່ແມ່ນລະຫັດປະເທດ. ໃຊ້ຕົວອັກສອນສອງຕົວ, ຕົວຢ່າງ SY, AF, ER ຫຼື DE.
error-invalid-language = “{ $value }” ບໍ່ແມ່ນລະຫັດພາສາ. ໃຊ້ລະຫັດສັ້ນ, ຕົວຢ່າງ ar, fa-AF ຫຼື en.
error-invalid-esco = “{ $value }” ບໍ່ແມ່ນທີ່ຢູ່ ESCO. ມັນເລີ່ມດ້ວຍ http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” ບໍ່ແມ່ນລະຫັດອາຊີບ ISCO-08. ໃຊ້ 1 ຫາ 4 ຕົວເລກ, ຕົວຢ່າງ 7212.
error-invalid-proficiency = “{ $value }” ບໍ່ແມ່ນລະດັບ. ໃຊ້ basic, intermediate, advanced ຫຼື expert.
error-invalid-context = “{ $value }” ບໍ່ແມ່ນວິທີຮຽນຮູ້. ໃຊ້ formal, non-formal ຫຼື informal.
error-invalid-stage = “{ $value }” ບໍ່ແມ່ນໄລຍະ. ໃຊ້ recruitment, pre-departure, arrival, career ຫຼື return.
error-invalid-field = “{ $value }” ບໍ່ແມ່ນສິ່ງທີ່ທ່ານປ່ຽນໄດ້. ໃຊ້ອັນໃດອັນໜຶ່ງຕໍ່ໄປນີ້: { $expected }.
error-empty-field = { $field ->
    [title] ຊື່ຫວ່າງຢູ່. ຂຽນຊື່ສັ້ນໆ.
   *[other] { $field } ຫວ່າງຢູ່. ຂຽນບາງຢ່າງລົງໄປ.
}
error-date-order = ວັນສິ້ນສຸດ { $to } ຢູ່ກ່ອນວັນເລີ່ມ { $from }. ກວດວັນທີທັງສອງ.
error-import-format = ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ສົ່ງອອກຂອງ Carnet, ສະນັ້ນອ່ານບໍ່ໄດ້. ເລືອກໄຟລ໌ທີ່ Carnet ສົ່ງອອກ.

## Photos

error-evidence-not-an-image = ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບພາບ. Carnet ຮັບຮູບ JPEG, PNG ແລະ WebP.
error-evidence-unsupported-format = ນີ້ແມ່ນຮູບແບບ { $format }, ແລະ Carnet ໃຊ້ມັນບໍ່ໄດ້. ບັນທຶກເປັນ JPEG, PNG ຫຼື WebP, ແລ້ວລອງອີກຄັ້ງ.
error-evidence-damaged = ຮູບນີ້ເສຍຫາຍ ຫຼື ບໍ່ຄົບ. ຖ່າຍ ຫຼື ເລືອກຮູບໃໝ່.
error-evidence-too-large = ຮູບໃຫຍ່ເກີນໄປ ({ $width } × { $height } ພິກເຊວ). ຖ່າຍຮູບໂດຍຕັ້ງຄຸນນະພາບໃຫ້ຕ່ຳລົງ, ຫຼື ເລືອກສຳເນົາທີ່ນ້ອຍກວ່າ.
error-evidence-file-too-big = ໄຟລ໌ໃຫຍ່ເກີນໄປ ({ $megabytes } MB). ຂີດຈຳກັດແມ່ນ 32 MB. ເລືອກໄຟລ໌ທີ່ນ້ອຍກວ່າ.
error-evidence-encode-failed = Carnet ບັນທຶກຮູບບໍ່ໄດ້. ກະລຸນາລອງອີກຄັ້ງ. ຖ້າມັນເກີດຂຶ້ນອີກ, ກະລຸນາບອກຄົນທີ່ເຮັດ Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” ບໍ່ແມ່ນທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍ. ທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍມີໜ້າຕາແບບນີ້ http://192.168.1.10:8470. ຖາມສູນ.
error-sync-no-hub = ຍັງບໍ່ໄດ້ຕັ້ງເຄື່ອງແມ່ຂ່າຍສຳລັບປຶ້ມບັນທຶກນີ້. ຖາມສູນເອົາທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍຂອງເຂົາເຈົ້າ.
error-sync-unreachable = Carnet ຕິດຕໍ່ເຄື່ອງແມ່ຂ່າຍທີ່ { $url } ບໍ່ໄດ້. ປຶ້ມບັນທຶກຂອງທ່ານປອດໄພຢູ່ໃນອຸປະກອນນີ້. ລອງອີກຄັ້ງເມື່ອທ່ານເຊື່ອມຕໍ່ກັບເຄືອຂ່າຍຂອງສູນ.
error-sync-refused = ເຄື່ອງແມ່ຂ່າຍບໍ່ຮັບອຸປະກອນນີ້ສຳລັບປຶ້ມບັນທຶກນີ້. ຖ້າທ່ານລຶບອຸປະກອນນີ້ອອກຈາກປຶ້ມບັນທຶກແລ້ວ, ນີ້ແມ່ນເລື່ອງປົກກະຕິ. ຖ້າບໍ່ແມ່ນ, ໃຫ້ຖາມສູນ.
error-sync-unknown-logbook = ເຄື່ອງແມ່ຂ່າຍຍັງບໍ່ມີສຳເນົາຂອງປຶ້ມບັນທຶກນີ້. ຊິງຄ໌ອຸປະກອນທີ່ມີປຶ້ມບັນທຶກຂອງທ່ານກ່ອນ, ແລ້ວລອງອີກຄັ້ງ.
error-sync-rate-limited = ເຄື່ອງແມ່ຂ່າຍບໍ່ຫວ່າງ. ລໍຖ້າ { $seconds } ວິນາທີ, ແລ້ວລອງອີກຄັ້ງ. ປຶ້ມບັນທຶກຂອງທ່ານປອດໄພຢູ່ໃນອຸປະກອນນີ້.
error-sync-hub-full = ເຄື່ອງແມ່ຂ່າຍບໍ່ມີບ່ອນເຫຼືອສຳລັບປຶ້ມບັນທຶກຂອງທ່ານ. ປຶ້ມບັນທຶກຂອງທ່ານປອດໄພຢູ່ໃນອຸປະກອນນີ້. ຖາມສູນ.
error-sync-hub-error = ເຄື່ອງແມ່ຂ່າຍມີບັນຫາ ({ $status } { $code }). ປຶ້ມບັນທຶກຂອງທ່ານປອດໄພຢູ່ໃນອຸປະກອນນີ້. ລອງອີກຄັ້ງພາຍຫຼັງ, ຫຼື ຖາມສູນ.
error-sync-protocol = ເຄື່ອງແມ່ຂ່າຍສົ່ງສິ່ງທີ່ Carnet ລຸ້ນນີ້ອ່ານບໍ່ໄດ້. ປຶ້ມບັນທຶກຂອງທ່ານປອດໄພຢູ່ໃນອຸປະກອນນີ້. ອັບເດດ Carnet, ຫຼື ຖາມສູນ.
error-sync-forged = ເຄື່ອງແມ່ຂ່າຍສົ່ງການປ່ຽນແປງທີ່ເສຍຫາຍ ຫຼື ຖືກຄົນອື່ນແກ້ໄຂ. Carnet ບໍ່ໄດ້ໃຊ້ມັນ, ແລະ ປຶ້ມບັນທຶກຂອງທ່ານບໍ່ໄດ້ປ່ຽນ. ແຈ້ງສູນ.
error-sync-incomplete = ເຄື່ອງແມ່ຂ່າຍສົ່ງການປ່ຽນແປງມາບໍ່ຄົບ. Carnet ບໍ່ໄດ້ໃຊ້ມັນ, ແລະ ປຶ້ມບັນທຶກຂອງທ່ານບໍ່ໄດ້ປ່ຽນ. ລອງອີກຄັ້ງພາຍຫຼັງ, ຫຼື ແຈ້ງສູນ.
error-sync-unknown-epoch = ອຸປະກອນນີ້ບໍ່ມີກະແຈລ່າສຸດຂອງປຶ້ມບັນທຶກ, ສະນັ້ນອ່ານສິ່ງທີ່ຢູ່ໃນເຄື່ອງແມ່ຂ່າຍບໍ່ໄດ້. ຖ້າທ່ານລຶບອຸປະກອນນີ້ອອກແລ້ວ, ນີ້ແມ່ນເລື່ອງປົກກະຕິ. ຖ້າບໍ່ແມ່ນ, ໃຫ້ຈັບຄູ່ມັນໃໝ່.
error-sync-rolled-back = ເຄື່ອງແມ່ຂ່າຍເຮັດຂໍ້ມູນບາງສ່ວນເສຍ. ປຶ້ມບັນທຶກໃນອຸປະກອນນີ້ຄົບຖ້ວນ ແລະ ບໍ່ໄດ້ປ່ຽນ. ແຈ້ງສູນ.
error-sync-pairing-code = ນີ້ບໍ່ແມ່ນລະຫັດຈັບຄູ່, ຫຼື ບາງສ່ວນຂອງມັນຂາດໄປ. ສະແດງລະຫັດອີກຄັ້ງໃນອຸປະກອນອີກເຄື່ອງ, ແລ້ວສະແກນ ຫຼື ພິມໃຫ້ຄົບ.
error-sync-pairing-expired = ລະຫັດຈັບຄູ່ນີ້ເກົ່າເກີນໄປ. ສະແດງລະຫັດໃໝ່ໃນອຸປະກອນອີກເຄື່ອງຂອງທ່ານ.
error-sync-pairing-taken = ມີອຸປະກອນອື່ນຕອບລະຫັດຈັບຄູ່ນີ້ແລ້ວ. ບໍ່ໄດ້ແບ່ງປັນຫຍັງ. ສະແດງລະຫັດໃໝ່ໃນອຸປະກອນອີກເຄື່ອງ ແລ້ວລອງອີກຄັ້ງ.
error-sync-pairing-refused = ອຸປະກອນອີກເຄື່ອງຂອງທ່ານປະຕິເສດການຈັບຄູ່ນີ້. ບໍ່ໄດ້ແບ່ງປັນຫຍັງ.
error-sync-remove-self = ນີ້ແມ່ນອຸປະກອນທີ່ທ່ານກຳລັງໃຊ້. ຖ້າຈະລຶບມັນ, ໃຫ້ລຶບຈາກອຸປະກອນອື່ນຂອງທ່ານ.
error-sync-cancelled = ທ່ານຢຸດລໍຖ້າອຸປະກອນອີກເຄື່ອງແລ້ວ. ບໍ່ໄດ້ແບ່ງປັນຫຍັງ. ເລີ່ມໃໝ່ເມື່ອອຸປະກອນທັງສອງພ້ອມ.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = ນີ້ບໍ່ແມ່ນລະຫັດສີ່ຫຼ່ຽມຂອງແຜ່ນກູ້ຄືນ Carnet, ຫຼື Carnet ອ່ານມັນໄດ້ບໍ່ຄົບ. ຖ່າຍຮູບລະຫັດທັງໝົດໃຫ້ຊັດກວ່າ, ຫຼື ພິມ 12 ຄຳ.
error-sync-recovery-words = { $problem ->
    [count] ແຜ່ນກູ້ຄືນມີ 12 ຄຳ; ທ່ານໃສ່ມາ { $position } ຄຳ. ພິມໃຫ້ຄົບ 12 ຄຳ, ຕາມລຳດັບ.
    [unknown] ຄຳທີ { $position } ບໍ່ແມ່ນຄຳທີ່ໃຊ້ໃນແຜ່ນກູ້ຄືນ. ກວດການສະກົດຢູ່ໃນແຜ່ນ.
   *[other] ຄຳເຫຼົ່ານີ້ບໍ່ເຂົ້າກັນ: ມີຄຳໜຶ່ງຜິດ, ຫຼື ມີສອງຄຳສະຫຼັບກັນ. ກວດແຕ່ລະຄຳຢູ່ໃນແຜ່ນ.
}
error-sync-recovery-no-box = ເຄື່ອງແມ່ຂ່າຍບໍ່ມີຫຍັງສຳລັບແຜ່ນກູ້ຄືນນີ້. ອາດມີແຜ່ນໃໝ່ກວ່າມາແທນແລ້ວ, ຫຼື ແຜ່ນນີ້ເປັນຂອງເຄື່ອງແມ່ຂ່າຍອື່ນ. ໃຊ້ແຜ່ນທີ່ໃໝ່ທີ່ສຸດຂອງທ່ານ.
error-sheet-write = Carnet ຂຽນແຜ່ນລົງໃນ { $path } ບໍ່ໄດ້. ກວດໂຟນເດີ ແລະ ບ່ອນຫວ່າງ. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ຊອກຫາໄຟລ໌ຂໍ້ມູນ ESCO ຂອງມັນບໍ່ພົບ ({ $path }). ຕິດຕັ້ງ Carnet ໃໝ່.
error-taxonomy-damaged = ໄຟລ໌ຂໍ້ມູນ ESCO ຂອງ Carnet ເສຍຫາຍ ({ $reason }). ຕິດຕັ້ງ Carnet ໃໝ່.
error-unknown-concept = ບໍ່ມີທັກສະ ຫຼື ອາຊີບໃນ ESCO ທີ່ຊື່ “{ $concept }”. ຊອກຫາທີ່ຢູ່ຂອງມັນດ້ວຍ carnet esco search.
error-not-an-occupation = “{ $concept }” ແມ່ນທັກສະໃນ ESCO, ບໍ່ແມ່ນອາຊີບ. ຊອກຫາອາຊີບດ້ວຍ carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet ຊອກຫາລະຫັດສີ່ຫຼ່ຽມໃນຮູບນີ້ບໍ່ພົບ. ຖ່າຍຮູບລະຫັດທັງໝົດໃຫ້ຊັດກວ່າ, ຫຼື ພິມລະຫັດແທນ.
error-save-file = Carnet ບັນທຶກໄຟລ໌ໃນ { $path } ບໍ່ໄດ້. ກວດບ່ອນຫວ່າງ. ({ $reason })

## Voice notes

error-evidence-not-audio = ໄຟລ໌ນີ້ບໍ່ແມ່ນສຽງທີ່ອັດໄວ້. Carnet ຮັບໄຟລ໌ສຽງ WebM, Ogg, MP4, M4A, AAC, MP3 ແລະ WAV.
error-evidence-audio-is-video = ໄຟລ໌ນີ້ແມ່ນວິດີໂອ. Carnet ເກັບແຕ່ສຽງ. ອັດບັນທຶກສຽງ, ຫຼື ເລືອກໄຟລ໌ສຽງ.
error-evidence-audio-too-big = ໄຟລ໌ສຽງໃຫຍ່ເກີນໄປ ({ $megabytes } MB). ຂີດຈຳກັດແມ່ນ 5 MB. ອັດບັນທຶກສຽງໃຫ້ສັ້ນລົງ.
error-evidence-audio-damaged = ໄຟລ໌ສຽງເສຍຫາຍ ຫຼື ບໍ່ຄົບ. ອັດ ຫຼື ເລືອກມັນໃໝ່.
error-evidence-not-evidence = ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບພາບ ແລະ ບໍ່ແມ່ນສຽງທີ່ອັດໄວ້. Carnet ຮັບຮູບພາບ (JPEG, PNG, WebP) ແລະ ໄຟລ໌ສຽງ (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet ໃຊ້ໄມໂຄຣໂຟນບໍ່ໄດ້. ອະນຸຍາດໃນການຕັ້ງຄ່າຂອງໂທລະສັບ, ຫຼື ແນບໄຟລ໌ສຽງ.
error-microphone-failed = Carnet ອັດສຽງບໍ່ໄດ້. ລອງອີກຄັ້ງ, ຫຼື ແນບໄຟລ໌ສຽງ.
error-recording-empty = ບໍ່ໄດ້ອັດຫຍັງໄວ້. ລອງອີກຄັ້ງ ແລະ ເວົ້າຫຼັງຈາກກົດປຸ່ມ.
error-evidence-missing = ຮູບ ຫຼື ບັນທຶກສຽງນີ້ຍັງບໍ່ຢູ່ໃນອຸປະກອນນີ້ ({ $sha }). ຊິງຄ໌ເພື່ອຮັບມາ.
