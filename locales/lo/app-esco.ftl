# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = ຊອກຫາຊື່ມາດຕະຖານ (ESCO)
app-esco-find-hint = ພິມຕົວອັກສອນສອງສາມຕົວ, ຕົວຢ່າງ “ເຊື່ອມ”
app-esco-why = ນາຍຈ້າງໃນປະເທດອື່ນຮູ້ຈັກຊື່ເຫຼົ່ານີ້. ເລືອກຊື່ທີ່ໃກ້ຄຽງກັບວຽກທີ່ທ່ານເຮັດທີ່ສຸດ.
app-esco-none = ບໍ່ພົບຊື່ມາດຕະຖານ. ລອງໃຊ້ຄຳອື່ນ ຫຼື ຄຳທີ່ສັ້ນກວ່ານີ້.
app-esco-english = ພາສາອັງກິດ: { $english }
app-esco-linked = ຊື່ມາດຕະຖານ
app-esco-unlink = ເອົາອອກ
app-esco-choose = ເລືອກ
app-esco-searching = ກຳລັງຊອກຫາ…
app-esco-kind-skill = ທັກສະ
app-esco-kind-occupation = ວຽກ

## Comparing with a job

app-match = ວຽກສຳລັບຂ້ອຍ
app-match-title = ວຽກສຳລັບຂ້ອຍ
app-match-intro = ເລືອກວຽກ ເພື່ອເບິ່ງວ່າປຶ້ມບັນທຶກຂອງທ່ານມີທັກສະໃດຂອງວຽກນັ້ນແລ້ວ, ແລະ ຍັງຂາດທັກສະໃດ.
app-match-find = ຊອກຫາວຽກ
app-match-chosen = ວຽກທີ່ທ່ານເລືອກ
app-match-find-hint = ຕົວຢ່າງ “ພໍ່ຄົວ” ຫຼື “ຊ່າງເຊື່ອມ”
app-match-fit = ວຽກທີ່ເຂົ້າກັບປຶ້ມບັນທຶກຂອງຂ້ອຍ
app-match-fit-none = ຍັງບໍ່ມີລາຍການໃດຂອງທ່ານທີ່ມີຊື່ມາດຕະຖານ. ເພີ່ມຊື່ໃຫ້ລາຍການກ່ອນ: ແກ້ໄຂ, ແລ້ວ “ຊອກຫາຊື່ມາດຕະຖານ”.
app-match-fit-line = ທັກສະຫຼັກ { $covered } ຈາກ { $total } ({ $percent }%)
app-match-summary = { $total ->
    [0] ວຽກນີ້ບໍ່ມີທັກສະຫຼັກໃນ ESCO.
   *[other] ປຶ້ມບັນທຶກຂອງທ່ານສະແດງທັກສະຫຼັກ { $covered } ຈາກ { $total } ທັກສະຂອງວຽກນີ້.
}
app-match-essential = ທັກສະຫຼັກ
app-match-optional = ທັກສະອື່ນທີ່ມີປະໂຫຍດ
app-match-endorsed = ເຊັນແລ້ວ
app-match-self-declared = ທ່ານບອກເອງ
app-match-missing = ຍັງຂາດ
app-match-maybe = ນີ້ແມ່ນລາຍການ “{ $title }” ຂອງທ່ານບໍ?
app-match-link = ແມ່ນ, ເຊື່ອມໂຍງ
app-match-other-job = ວຽກອື່ນ

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = ເລືອກສຳລັບໄລຍະນີ້
app-stage-template-hint = Carnet ຈະໝາຍສິ່ງທີ່ສຳຄັນໃນໄລຍະນີ້ໃຫ້. ທ່ານປ່ຽນໄດ້.
app-stage-target = ວຽກທີ່ທ່ານສະໝັກ (ຂ້າມໄດ້)
