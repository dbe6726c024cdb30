# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = ຮູບພາບ ແລະ ບັນທຶກສຽງ
app-evidence-hint = ສະແດງສິ່ງທີ່ທ່ານເຮັດໄດ້: ຖ່າຍຮູບເອກະສານ, ຫຼື ເລົ່າດ້ວຍສຽງຂອງທ່ານ.
app-evidence-add-photo = ເພີ່ມຮູບໃບຢັ້ງຢືນ
app-evidence-record = ອັດບັນທຶກສຽງ
app-evidence-attach-sound = ແນບໄຟລ໌ສຽງ
app-evidence-adding-photo = ກຳລັງເພີ່ມຮູບພາບ…
app-evidence-adding-voice = ກຳລັງເພີ່ມບັນທຶກສຽງ…
app-evidence-recording = ກຳລັງອັດ: { $time } ຈາກ { $max }
app-evidence-stop = ຢຸດ ແລະ ເກັບໄວ້
app-evidence-starting = ກຳລັງເປີດໄມໂຄຣໂຟນ…
app-evidence-photo = ຮູບທີ { $number }
app-evidence-voice = ບັນທຶກສຽງທີ { $number }
app-evidence-view = ເບິ່ງຮູບໃຫຍ່
app-evidence-close = ປິດ
app-evidence-missing = ຍັງບໍ່ມີໃນໂທລະສັບເຄື່ອງນີ້. ຊິງຄ໌ເພື່ອຮັບມາ.
app-evidence-other = ໄຟລ໌ຈາກ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອເບິ່ງມັນ.
app-evidence-saved = ບັນທຶກແລ້ວ. ທ່ານເພີ່ມໄດ້ອີກ.
app-evidence-remove-confirm = ເອົາອັນນີ້ອອກຈາກລາຍການບໍ? ມັນຈະຖືກລຶບອອກຈາກອຸປະກອນນີ້ນຳ.
