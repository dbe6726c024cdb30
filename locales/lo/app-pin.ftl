# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device, its setting, and its errors.

## Settings

app-pin-title = ເປີດດ້ວຍ PIN
app-pin-intro = PIN ແມ່ນຕົວເລກສັ້ນໆ ທີ່ເປີດປຶ້ມບັນທຶກຂອງທ່ານໄດ້ສະເພາະໃນອຸປະກອນນີ້. ລະຫັດຜ່ານຂອງທ່ານຍັງໃຊ້ໄດ້, ແລະ ອຸປະກອນອື່ນຍັງຕ້ອງໃຊ້ມັນ.
app-pin-unavailable = ອຸປະກອນນີ້ບໍ່ມີບ່ອນປອດໄພສຳລັບເກັບ PIN. ເປີດປຶ້ມບັນທຶກດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.
app-pin-on = PIN ເປີດປຶ້ມບັນທຶກຂອງທ່ານໃນອຸປະກອນນີ້.
app-pin-new = PIN ໃໝ່ (ຕົວເລກ 6 ຫາ 12 ຕົວ)
app-pin-again = ພິມ PIN ອີກຄັ້ງ
app-pin-set = ໃຊ້ PIN ນີ້
app-pin-set-done = PIN ຂອງທ່ານພ້ອມແລ້ວ. ຄັ້ງໜ້າ, ເປີດປຶ້ມບັນທຶກດ້ວຍມັນ.
app-pin-remove = ເຊົາໃຊ້ PIN
app-pin-removed = ປິດ PIN ແລ້ວ. ເປີດປຶ້ມບັນທຶກດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.
app-pin-mismatch = PIN ທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່ອີກຄັ້ງ.

## Unlock

app-pin = PIN
app-pin-unlock = ເປີດດ້ວຍ PIN ຂອງຂ້ອຍ
app-pin-use-passphrase = ໃຊ້ລະຫັດຜ່ານແທນ
app-pin-use-pin = ໃຊ້ PIN ຂອງຂ້ອຍ

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ມີຕົວເລກ 6 ຫາ 12 ຕົວ, ແລະ ບໍ່ມີຫຍັງອື່ນ.
error-pin-wrong = PIN ນີ້ບໍ່ຖືກຕ້ອງ. { $left ->
   *[other] ລອງໄດ້ອີກ { $left } ຄັ້ງ, ຫຼັງຈາກນັ້ນທ່ານຕ້ອງໃຊ້ລະຫັດຜ່ານ.
}
error-pin-locked = ໃສ່ PIN ຜິດຫຼາຍຄັ້ງເກີນໄປ, ສະນັ້ນ PIN ຖືກປິດແລ້ວ. ເປີດປຶ້ມບັນທຶກດ້ວຍລະຫັດຜ່ານຂອງທ່ານ. ຫຼັງຈາກນັ້ນທ່ານສາມາດຕັ້ງ PIN ໃໝ່ໄດ້.
error-pin-none = ບໍ່ມີ PIN ໃນອຸປະກອນນີ້. ເປີດປຶ້ມບັນທຶກດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.
error-pin-keystore = ບ່ອນເກັບຂໍ້ມູນປອດໄພຂອງອຸປະກອນນີ້ບໍ່ຕອບສະໜອງ, ສະນັ້ນຕອນນີ້ໃຊ້ PIN ບໍ່ໄດ້. ເປີດປຶ້ມບັນທຶກດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.
