# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: networks this device believes, their trust lists, and endorsements taken back.

## The screen

app-trust-open = ລາຍຊື່ທີ່ເຊື່ອຖື
app-trust-title = ລາຍຊື່ທີ່ເຊື່ອຖື
app-trust-intro = ລາຍຊື່ທີ່ເຊື່ອຖືມາຈາກເຄືອຂ່າຍທີ່ທ່ານຮູ້ຈັກ, ຕົວຢ່າງ ກຸ່ມສູນຝຶກອົບຮົມ. ມັນມີຊື່ວິທະຍາໄລ, ສູນ ແລະ ນາຍຈ້າງທີ່ເຄືອຂ່າຍຮັບປະກັນ. ລະຫັດທີ່ຄົນໃນລາຍຊື່ເຊັນ ຈະສະແດງວ່າກວດແລ້ວ.
app-trust-warning = ເຊື່ອຖືສະເພາະເຄືອຂ່າຍທີ່ທ່ານໄດ້ກະແຈມາຈາກເຄືອຂ່າຍນັ້ນເອງ: ພົບກັນໂດຍກົງ, ຈາກເອກະສານຂອງມັນເອງ, ຫຼື ຈາກເວັບໄຊຂອງມັນເອງ. ໃຜທີ່ໃສ່ກະແຈຢູ່ນີ້ໄດ້ ກໍສາມາດເຮັດໃຫ້ລະຫັດປອມເບິ່ງຄືວ່າກວດແລ້ວ.

## What is held

app-trust-held = ສິ່ງທີ່ອຸປະກອນນີ້ເຊື່ອຖື
app-trust-none = ອຸປະກອນນີ້ຍັງບໍ່ເຊື່ອຖືເຄືອຂ່າຍໃດ. ລະຫັດທີ່ເຊັນແລ້ວຈະສະແດງ “ເຊັນແລ້ວ, ແຕ່ບໍ່ແມ່ນໂດຍຜູ້ຮັບຮອງທີ່ທ່ານເຊື່ອຖື”.
app-trust-kid = ລາຍນິ້ວມືກະແຈ: { $kid }
app-trust-no-list = ຍັງບໍ່ມີລາຍຊື່ທີ່ເຊື່ອຖືຈາກເຄືອຂ່າຍນີ້. ເພີ່ມໄຟລ໌ຂອງມັນຂ້າງລຸ່ມ.
app-trust-list-line = ລາຍຊື່ທີ່ເຊື່ອຖື ວັນທີ { $date } ({ $days ->
    [0] ມື້ນີ້
   *[other] { $days } ມື້ກ່ອນ
}): { $count ->
   *[other] { $count } ແຫ່ງ
}
app-trust-status-held = ການຮັບຮອງທີ່ຖືກຖອນຄືນ
app-trust-status-line = { $name }: ລາຍການວັນທີ { $date } ({ $days ->
    [0] ມື້ນີ້
   *[other] { $days } ມື້ກ່ອນ
}), { $count ->
    [0] ບໍ່ມີການຖອນຄືນ
   *[other] ຖອນຄືນ { $count } ລາຍການ
}

## Trust a network

app-trust-add-title = ເຊື່ອຖືເຄືອຂ່າຍ
app-trust-add-hint = ພິມ ຫຼື ວາງກະແຈ ແລະ ຊື່ຂອງເຄືອຂ່າຍ, ຫຼື ເປີດໄຟລ໌ທີ່ເຄືອຂ່າຍໃຫ້ທ່ານ.
app-trust-key = ກະແຈຂອງເຄືອຂ່າຍ (ຕົວອັກສອນ ແລະ ຕົວເລກ 64 ຕົວ)
app-trust-name = ຊື່ຂອງເຄືອຂ່າຍ
app-trust-from-file = ເປີດໄຟລ໌ກະແຈຂອງເຄືອຂ່າຍ
app-trust-add = ເຊື່ອຖືເຄືອຂ່າຍນີ້
app-trust-added = ດຽວນີ້ທ່ານເຊື່ອຖື { $name } ແລ້ວ. ຕໍ່ໄປໃຫ້ເພີ່ມລາຍຊື່ທີ່ເຊື່ອຖືຂອງມັນ.

## Stop trusting a network

app-trust-remove = ເຊົາເຊື່ອຖື
app-trust-remove-confirm = ເຊົາເຊື່ອຖື { $name } ບໍ? ລະຫັດທີ່ເຊັນໂດຍບ່ອນຕ່າງໆໃນລາຍຊື່ຂອງມັນ ຈະບໍ່ສະແດງວ່າກວດແລ້ວອີກ. ທ່ານສາມາດເພີ່ມເຄືອຂ່າຍນີ້ຄືນພາຍຫຼັງໄດ້.
app-trust-remove-yes = ແມ່ນ, ເຊົາເຊື່ອຖື
app-trust-removed = ທ່ານບໍ່ເຊື່ອຖື { $name } ອີກແລ້ວ.

## Files

app-trust-bundle-title = ເພີ່ມລາຍຊື່ທີ່ເຊື່ອຖື
app-trust-bundle-hint = ໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .cbor ທີ່ເຄືອຂ່າຍໃຫ້ທ່ານ. ໄຟລ໌ທີ່ໃໝ່ກວ່າຈະແທນໄຟລ໌ເກົ່າ.
app-trust-bundle-open = ເປີດໄຟລ໌ລາຍຊື່ທີ່ເຊື່ອຖື
app-trust-bundle-done = ເພີ່ມລາຍຊື່ທີ່ເຊື່ອຖືຂອງ { $name } ແລ້ວ ({ $date }): { $count ->
   *[other] { $count } ແຫ່ງ
}.
app-trust-status-title = ເພີ່ມລາຍການການຮັບຮອງທີ່ຖືກຖອນຄືນ
app-trust-status-hint = ວິທະຍາໄລ ຫຼື ສູນ ສາມາດຖອນການຮັບຮອງທີ່ເຮັດຜິດພາດຄືນໄດ້. ລາຍການຂອງມັນບອກອຸປະກອນນີ້ວ່າແມ່ນອັນໃດ.
app-trust-status-open = ເປີດໄຟລ໌ລາຍການ
app-trust-status-done = ເພີ່ມລາຍການຂອງ { $name } ແລ້ວ ({ $date }): { $count ->
    [0] ບໍ່ມີການຖອນຄືນ
   *[other] ຖອນການຮັບຮອງຄືນ { $count } ລາຍການ
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ກະແຈຂອງເຄືອຂ່າຍ. ເປີດໄຟລ໌ທີ່ເຄືອຂ່າຍໃຫ້ທ່ານ, ຫຼື ພິມກະແຈ.
error-app-anchor-invalid-key = ນີ້ບໍ່ແມ່ນກະແຈເຄືອຂ່າຍ. ກະແຈມີຕົວອັກສອນ (a ຫາ f) ແລະ ຕົວເລກ 64 ຕົວພໍດີ. ກວດເບິ່ງວ່າສຳເນົາມາຄົບ.
error-app-anchor-name = ຕັ້ງຊື່ເຄືອຂ່າຍຍາວ 1 ຫາ 100 ຕົວອັກສອນ.
error-app-anchor-known = ທ່ານເຊື່ອຖືເຄືອຂ່າຍນີ້ຢູ່ແລ້ວ (ລາຍນິ້ວມືກະແຈ { $kid }). ບໍ່ມີຫຍັງປ່ຽນ.
error-app-trust-bundle-malformed = ໄຟລ໌ນີ້ບໍ່ແມ່ນລາຍຊື່ທີ່ເຊື່ອຖື, ຫຼື ມັນເສຍຫາຍ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-trust-bundle-wrong-file = ນີ້ແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ, ບໍ່ແມ່ນລາຍຊື່ທີ່ເຊື່ອຖື. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-trust-bundle-newer-version = ລາຍຊື່ທີ່ເຊື່ອຖືນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອອ່ານມັນ.
error-app-trust-bundle-unknown-anchor = ລາຍຊື່ທີ່ເຊື່ອຖືນີ້ມາຈາກເຄືອຂ່າຍທີ່ທ່ານບໍ່ເຊື່ອຖື (ລາຍນິ້ວມືກະແຈ { $kid }). ເຊື່ອຖືເຄືອຂ່າຍກ່ອນ, ແລ້ວເພີ່ມລາຍຊື່ຂອງມັນອີກຄັ້ງ.
error-app-trust-bundle-bad-signature = ລາຍເຊັນໃນລາຍຊື່ທີ່ເຊື່ອຖືນີ້ບໍ່ກົງກັນ: ໄຟລ໌ຖືກປ່ຽນ ຫຼື ເສຍຫາຍ. ບໍ່ມີຫຍັງປ່ຽນ. ຂໍໄຟລ໌ຈາກເຄືອຂ່າຍອີກຄັ້ງ.
error-app-trust-bundle-invalid = ໃຊ້ລາຍຊື່ທີ່ເຊື່ອຖືນີ້ບໍ່ໄດ້. ບໍ່ມີຫຍັງປ່ຽນ. ຂໍໄຟລ໌ຈາກເຄືອຂ່າຍອີກຄັ້ງ.
error-app-trust-bundle-too-large = ໄຟລ໌ນີ້ໃຫຍ່ເກີນກວ່າຈະເປັນລາຍຊື່ທີ່ເຊື່ອຖື. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-trust-bundle-not-newer = ທ່ານມີລາຍຊື່ທີ່ເຊື່ອຖືນີ້ ຫຼື ອັນທີ່ໃໝ່ກວ່າຈາກເຄືອຂ່າຍດຽວກັນຢູ່ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-status-list-malformed = ໄຟລ໌ນີ້ບໍ່ແມ່ນລາຍການການຮັບຮອງທີ່ຖືກຖອນຄືນ, ຫຼື ມັນເສຍຫາຍ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-status-list-wrong-file = ນີ້ແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ, ບໍ່ແມ່ນລາຍການການຮັບຮອງທີ່ຖືກຖອນຄືນ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-status-list-newer-version = ລາຍການນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອອ່ານມັນ.
error-app-status-list-wrong-issuer = ລາຍການນີ້ເປັນຂອງຜູ້ເຊັນຄົນອື່ນ ({ $found }, ບໍ່ແມ່ນ { $expected }). ບໍ່ມີຫຍັງປ່ຽນ.
error-app-status-list-bad-signature = ລາຍເຊັນໃນລາຍການນີ້ບໍ່ກົງກັນ: ໄຟລ໌ຖືກປ່ຽນ ຫຼື ເສຍຫາຍ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-status-list-invalid = ໃຊ້ລາຍການນີ້ບໍ່ໄດ້. ບໍ່ມີຫຍັງປ່ຽນ. ຂໍໄຟລ໌ອີກຄັ້ງ.
error-app-status-list-too-large = ໄຟລ໌ນີ້ໃຫຍ່ເກີນກວ່າຈະເປັນລາຍການການຮັບຮອງທີ່ຖືກຖອນຄືນ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-status-list-issuer-unknown = ລາຍການນີ້ມາຈາກຜູ້ເຊັນທີ່ບໍ່ມີຊື່ໃນລາຍຊື່ທີ່ເຊື່ອຖືໃດຂອງທ່ານ (ລາຍນິ້ວມືກະແຈ { $kid }). ເພີ່ມລາຍຊື່ທີ່ເຊື່ອຖືທີ່ມີຊື່ຂອງເຂົາເຈົ້າກ່ອນ.
error-app-status-list-not-newer = ທ່ານມີລາຍການທີ່ໃໝ່ກວ່າຈາກຜູ້ເຊັນນີ້ຢູ່ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-app-verifier-write = Carnet ບັນທຶກໄຟລ໌ໃນ { $path } ບໍ່ໄດ້. ກວດເບິ່ງວ່າອຸປະກອນມີບ່ອນຫວ່າງ. (ສຳລັບຜູ້ຊ່ວຍເຫຼືອ: { $reason })
