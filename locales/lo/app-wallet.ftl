# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements, showing a QR code, checking a code.

## Moving around

app-wallet = ການຮັບຮອງຂອງຂ້ອຍ
app-present = ສະແດງທັກສະຂອງຂ້ອຍ
app-verify = ກວດລະຫັດ

## Wallet

app-wallet-title = ການຮັບຮອງຂອງຂ້ອຍ
app-wallet-intro = ນີ້ແມ່ນທັກສະທີ່ມີຄົນເຊັນຮັບຮອງໃຫ້ທ່ານ. ທ່ານສາມາດສະແດງມັນດ້ວຍລະຫັດ QR.
app-wallet-empty = ຍັງບໍ່ມີໃຜເຊັນຮັບຮອງທັກສະໃຫ້ທ່ານ. ຂໍໃຫ້ຄູຝຶກ, ນາຍຈ້າງ ຫຼື ສູນ ຢັ້ງຢືນສິ່ງທີ່ທ່ານເຮັດໄດ້.
app-wallet-by = ເຊັນໂດຍ { $name } ({ $kind }, { $country })
app-wallet-issued = ເຊັນເມື່ອ { $date }
app-wallet-expires = ໃຊ້ໄດ້ຮອດ { $date }
app-wallet-expired = ໝົດອາຍຸເມື່ອ { $date }
app-wallet-no-expiry = ບໍ່ມີວັນໝົດອາຍຸ
app-wallet-damaged = ການຮັບຮອງນີ້ເສຍຫາຍ ແລະ ສະແດງບໍ່ໄດ້. ຂໍອັນໃໝ່ຈາກຄົນທີ່ເຊັນ.
app-standing-valid = ກວດແລ້ວ: ເຊັນໂດຍຄົນທີ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື
app-standing-unknown-issuer = ເຊັນແລ້ວ, ແຕ່ຜູ້ເຊັນບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື
app-standing-expired = ໝົດອາຍຸແລ້ວ
app-standing-revoked = ຜູ້ເຊັນຖອນຄືນແລ້ວ
app-standing-malformed = ເສຍຫາຍ

## Present: choosing what to show

app-present-title = ສະແດງທັກສະຂອງຂ້ອຍ
app-present-endorsed = ມີຄົນເຊັນຮັບຮອງ
app-present-self = ຂ້ອຍບອກເອງເທົ່ານັ້ນ
app-present-self-hint = ຜູ້ກວດຈະເຫັນສິ່ງເຫຼົ່ານີ້ເປັນຄຳເວົ້າຂອງທ່ານເອງ, ບໍ່ແມ່ນການເຊັນ.
app-present-details = ຈະສະແດງຫຍັງຂອງແຕ່ລະລາຍການ
app-present-details-all = ທຸກຢ່າງ
app-present-details-short = ພຽງແຕ່ຊື່ ແລະ ລະດັບ
app-present-stage = ສຳລັບໃຜ?
app-present-print = ສຳລັບພິມໃສ່ເຈ້ຍ (ໃຊ້ໄດ້ 5 ປີ)
app-present-make = ສະແດງລະຫັດ QR
app-present-none = ເລືອກຢ່າງໜ້ອຍໜຶ່ງຢ່າງເພື່ອສະແດງ.
app-present-nothing-yet = ປຶ້ມບັນທຶກຂອງທ່ານຍັງຫວ່າງຢູ່. ເພີ່ມບາງຢ່າງກ່ອນ.

## Present: the QR code

app-qr-title = ໃຫ້ເຂົາເຈົ້າສະແກນລະຫັດນີ້
app-qr-expires = ລະຫັດນີ້ໃຊ້ໄດ້ຮອດ { $date }.
app-qr-preview = ສິ່ງທີ່ຜູ້ກວດຈະເຫັນ
app-qr-preview-hide = ເຊື່ອງສິ່ງທີ່ຜູ້ກວດເຫັນ
app-qr-done = ແລ້ວໆ
app-qr-preview-note = ນີ້ແມ່ນສິ່ງທີ່ຜູ້ກວດທີ່ມີລາຍຊື່ທີ່ເຊື່ອຖືຄືກັບໂທລະສັບເຄື່ອງນີ້ຈະເຫັນ.

## Verify

app-verify-title = ກວດລະຫັດ
app-verify-intro = ຖ່າຍ ຫຼື ເລືອກຮູບລະຫັດ QR ຂອງ Carnet. ບໍ່ມີຫຍັງຖືກສົ່ງໄປໃສ: ການກວດເກີດຂຶ້ນໃນອຸປະກອນນີ້.
app-verify-picture = ຖ່າຍ ຫຼື ເລືອກຮູບ
app-verify-text = ຫຼື ວາງຂໍ້ຄວາມຂອງລະຫັດ (ເລີ່ມດ້ວຍ CN1:)
app-verify-check = ກວດ
app-verify-checking = ກຳລັງກວດ…
app-verify-again = ກວດລະຫັດອື່ນ

## The verdict

app-verdict-title = ຜົນການກວດ
app-verdict-made = ເຮັດສຳລັບ { $stage } ເມື່ອ { $date }.
app-verdict-expires = ລະຫັດນີ້ໃຊ້ໄດ້ຮອດ { $date }.
app-verdict-newer = ລະຫັດນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອກວດມັນ.
app-item-endorsed = ເຊັນແລ້ວ
app-item-self = ເຈົ້າຕົວບອກເອງ
app-item-assessed = ກວດໂດຍ { $how }
app-item-hidden = { $count ->
   *[other] ເຈົ້າຕົວເຊື່ອງລາຍລະອຽດໄວ້ { $count } ຢ່າງ.
}

## Errors of these screens

error-wallet-no-key = ປຶ້ມບັນທຶກນີ້ບໍ່ມີກະແຈສຳລັບເຊັນ. ບໍ່ໄດ້ສະແດງຫຍັງ. ກະລຸນາແຈ້ງບັນຫານີ້.
error-wallet-not-endorsed = “{ $title }” ຍັງບໍ່ມີໃຜເຊັນ. ສະແດງມັນເປັນ “ຂ້ອຍບອກເອງເທົ່ານັ້ນ”, ຫຼື ຂໍໃຫ້ມີຄົນຢັ້ງຢືນມັນ.
error-wallet-credential-damaged = ການຮັບຮອງຂອງ “{ $title }” ເສຍຫາຍ. ສະແດງມັນເປັນ “ຂ້ອຍບອກເອງເທົ່ານັ້ນ”, ຫຼື ຂໍອັນໃໝ່.
error-wallet-entry-unfit = ໃສ່ “{ $title }” ໃນລະຫັດບໍ່ໄດ້: { $field } ຂອງມັນຍາວເກີນໄປ ຫຼື ຮູບແບບບໍ່ຖືກຕ້ອງ. ແກ້ໄຂລາຍການ, ແລ້ວລອງອີກຄັ້ງ.
error-wallet-selected-twice = ເລືອກ “{ $title }” ສອງຄັ້ງ. ເລືອກພຽງຄັ້ງດຽວ.
error-wallet-nothing-chosen = ເລືອກຢ່າງໜ້ອຍໜຶ່ງຢ່າງເພື່ອສະແດງ.
error-wallet-too-large = ຫຼາຍເກີນໄປສຳລັບລະຫັດ QR ອັນດຽວ ({ $chars } ຕົວອັກສອນ). ເລືອກໃຫ້ໜ້ອຍລົງ, ຫຼື ສະແດງພຽງແຕ່ຊື່ ແລະ ລະດັບ.
error-wallet-credential = ສ້າງລະຫັດບໍ່ໄດ້. ບໍ່ໄດ້ສະແດງຫຍັງ. ກະລຸນາແຈ້ງບັນຫານີ້. (ສຳລັບຜູ້ຊ່ວຍເຫຼືອ: { $reason })
error-wallet-no-code = ບໍ່ພົບລະຫັດ QR ຂອງ Carnet ໃນຮູບນີ້. ຖ່າຍຮູບໃໝ່, ໃກ້ກວ່າ ແລະ ຊັດກວ່າ, ໃຫ້ເຫັນລະຫັດທັງໝົດ.
error-wallet-not-a-picture = ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບທີ່ Carnet ອ່ານໄດ້. ໃຊ້ຮູບຖ່າຍ (JPEG ຫຼື PNG).
error-wallet-picture-too-large = ຮູບໃຫຍ່ເກີນໄປ ({ $width } × { $height } ພິກເຊວ). ຖ່າຍຮູບທີ່ນ້ອຍກວ່າ ແລ້ວລອງອີກຄັ້ງ.
error-wallet-got-request = ນີ້ແມ່ນຄຳຂໍໃຫ້ເຊັນທັກສະຂອງໃຜຜູ້ໜຶ່ງ, ບໍ່ແມ່ນລະຫັດທີ່ສະແດງທັກສະ. ບໍ່ໄດ້ກວດຫຍັງ.
error-wallet-trust-damaged = ລາຍຊື່ທີ່ເຊື່ອຖືຂອງທ່ານເສຍຫາຍ ຫຼື ຖືກປ່ຽນ. ນຳເຂົ້າມັນໃໝ່. ຈົນກວ່ານັ້ນ, ບໍ່ມີຜູ້ເຊັນໃດຖືວ່າເຊື່ອຖືໄດ້.
error-wallet-trust-unreadable = Carnet ອ່ານລາຍຊື່ທີ່ເຊື່ອຖືຂອງທ່ານໃນ { $path } ບໍ່ໄດ້. ກວດເບິ່ງວ່າອຸປະກອນມີບ່ອນຫວ່າງ. (ສຳລັບຜູ້ຊ່ວຍເຫຼືອ: { $reason })
error-wallet-not-yours = ການຮັບຮອງນີ້ເຮັດໃຫ້ປຶ້ມບັນທຶກຂອງຄົນອື່ນ, ບໍ່ແມ່ນຂອງທ່ານ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ກວດໃຫ້ແນ່ໃຈວ່າທ່ານໄດ້ຮັບໄຟລ໌ຂອງທ່ານເອງ.
error-wallet-bad-signature = ລາຍເຊັນໃນໄຟລ໌ນີ້ບໍ່ກົງກັນ: ມັນຖືກປ່ຽນ ຫຼື ເສຍຫາຍ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຂໍໄຟລ໌ອີກຄັ້ງ.
error-wallet-not-a-credential = ໄຟລ໌ນີ້ບໍ່ແມ່ນການຮັບຮອງທີ່ເຊັນແລ້ວຈາກ Carnet. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຂໍໄຟລ໌ທີ່ຜູ້ເຊັນເຮັດຂຶ້ນຈາກເຂົາເຈົ້າ.
error-wallet-too-many = ຂໍໄດ້ຄັ້ງລະບໍ່ເກີນ { $max } ຢ່າງ. ເລືອກໃຫ້ໜ້ອຍລົງ.
error-wallet-not-from-request = ການຮັບຮອງນີ້ບໍ່ໄດ້ບອກວ່າຢັ້ງຢືນລາຍການໃດຂອງທ່ານ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຂໍອັນໃໝ່ ທີ່ເຮັດຈາກລະຫັດຄຳຂໍຂອງທ່ານ.
error-wallet-entry-gone = ການຮັບຮອງນີ້ຢັ້ງຢືນລາຍການທີ່ບໍ່ຢູ່ໃນປຶ້ມບັນທຶກຂອງທ່ານແລ້ວ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຖ້າທ່ານລຶບມັນໄປ, ໃຫ້ເພີ່ມມັນຄືນຈາກສຳເນົາ, ແລ້ວຂໍການຮັບຮອງໃໝ່.

## Asking for a signature, and keeping it

app-request = ຂໍລາຍເຊັນ
app-request-title = ຂໍລາຍເຊັນ
app-request-intro = ສະແດງລະຫັດນີ້ໃຫ້ຄູຝຶກ, ນາຍຈ້າງ ຫຼື ສູນ ທີ່ຈະຢັ້ງຢືນສິ່ງທີ່ທ່ານເຮັດໄດ້. ເຂົາເຈົ້າຈະສະແກນດ້ວຍ Carnet ແລ້ວໃຫ້ໄຟລ໌ທີ່ເຊັນແລ້ວຄືນມາ.
app-request-key = ກະແຈຂອງທ່ານ: { $kid }. ຄົນທີ່ເຊັນຈະເຫັນລະຫັດດຽວກັນນີ້.
app-request-text = ລະຫັດດຽວກັນເປັນຂໍ້ຄວາມ, ສຳລັບສົ່ງໃນຂໍ້ຄວາມ
app-request-next = ເມື່ອໄດ້ໄຟລ໌ທີ່ເຊັນແລ້ວ, ເປີດ “ການຮັບຮອງຂອງຂ້ອຍ” ແລ້ວແຕະ “ເພີ່ມໄຟລ໌ທີ່ເຊັນແລ້ວ”.
app-receive = ເພີ່ມໄຟລ໌ທີ່ເຊັນແລ້ວ
app-received = ເກັບແລ້ວ: { $name } ({ $kind }) ເຊັນ { $titles }.
