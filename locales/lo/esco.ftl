# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = ບໍລິການນີ້ໃຊ້ການຈັດປະເພດ ESCO ຂອງຄະນະກຳມາທິການເອີຣົບ.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, ດັດແປງແລ້ວ: ເປັນສ່ວນໜຶ່ງທີ່ປ່ຽນໄວ້ໃຊ້ແບບອອບລາຍ.

## Help

cli-cmd-esco = ຊອກຫາທັກສະ ແລະ ອາຊີບໃນ ESCO, ລາຍການທັກສະ ແລະ ອາຊີບຂອງເອີຣົບ, ໂດຍບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ.
cli-cmd-esco-search = ຊອກຫາທັກສະ ແລະ ອາຊີບໃນ ESCO ຕາມຊື່, ເປັນພາສາຂອງທ່ານ ຫຼື ພາສາອັງກິດ. ພິມຜິດໜ້ອຍໜຶ່ງກໍບໍ່ເປັນຫຍັງ.
cli-cmd-match = ປຽບທຽບປຶ້ມບັນທຶກຂອງທ່ານກັບອາຊີບໜຶ່ງ: ທ່ານມີທັກສະໃດຂອງມັນແລ້ວ, ແລະ ຍັງບໍ່ມີທັກສະໃດ.
cli-arg-esco-text = ຄຳທີ່ຕ້ອງການຊອກຫາ, ຕົວຢ່າງ "welding" ຫຼື "carpenter".
cli-arg-esco-kind = ສະເພາະ skill ຫຼື ສະເພາະ occupation.
cli-arg-esco-limit = ຈຳນວນຜົນທີ່ຈະສະແດງຫຼາຍທີ່ສຸດ. ຄ່າເລີ່ມຕົ້ນແມ່ນ 10.
cli-arg-esco-taxonomy = ໄຟລ໌ຂໍ້ມູນ ESCO ທີ່ຈະໃຊ້ແທນໄຟລ໌ທີ່ມາກັບ Carnet.
cli-arg-match-occupation = ອາຊີບໃນ ESCO: ທີ່ຢູ່ຂອງມັນ (http://data.europa.eu/esco/occupation/…) ຫຼື ລະຫັດທີ່ຢູ່ທ້າຍມັນ.
cli-arg-match-rank = ແທນທີ່ຈະເປັນແນວນັ້ນ, ສະແດງ 10 ອາຊີບທີ່ປຶ້ມບັນທຶກຂອງທ່ານມີທັກສະຫຼັກຄົບທີ່ສຸດ.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = ສະແດງວ່າລາຍການໃດຂອງທ່ານສຳຄັນໃນໄລຍະໜຶ່ງຂອງການເດີນທາງ, ແລະ ເປັນຫຍັງ. ສຳລັບການຮັບສະໝັກວຽກ, ທ່ານໃສ່ຊື່ວຽກທີ່ສະໝັກໄດ້.
cli-arg-stage-view-stage = ໄລຍະ: recruitment, pre-departure, arrival, career ຫຼື return.
cli-arg-stage-view-occupation = ສຳລັບການຮັບສະໝັກວຽກ: ວຽກທີ່ທ່ານສະໝັກ, ເປັນທີ່ຢູ່ ESCO (http://data.europa.eu/esco/occupation/…) ຫຼື ລະຫັດທີ່ຢູ່ທ້າຍມັນ.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ທັກສະ
esco-kind-occupation = ອາຊີບ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = ບໍ່ມີທັກສະ ຫຼື ອາຊີບໃນ ESCO ທີ່ກົງກັບ “{ $text }”.
esco-match-summary = { $total ->
    [0] ອາຊີບນີ້ບໍ່ມີທັກສະຫຼັກໃນ ESCO.
   *[other] ປຶ້ມບັນທຶກຂອງທ່ານມີທັກສະຫຼັກ { $covered } ຈາກ { $total } ທັກສະຂອງອາຊີບນີ້.
}
esco-match-essential = ທັກສະຫຼັກ:
esco-match-optional = ທັກສະເສີມ:
esco-coverage-endorsed = ໄດ້ຮັບການຮັບຮອງ
esco-coverage-self-declared = ທ່ານບອກເອງ
esco-coverage-missing = ຍັງຂາດ
esco-match-maybe = ອາດແມ່ນລາຍການ “{ $title }” ຂອງທ່ານ ({ $id }) ບໍ?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ຍັງບໍ່ມີລາຍການໃດຂອງທ່ານທີ່ມີທັກສະ ESCO. ເພີ່ມດ້ວຍ carnet add skill --title … --esco ADDRESS (ຊອກຫາທີ່ຢູ່ດ້ວຍ carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] ສຳລັບ { $stage }, { $count } ລາຍການນີ້ສຳຄັນ:
}
stage-view-none = ຍັງບໍ່ມີລາຍການໃດຂອງທ່ານທີ່ສຳຄັນສຳລັບ { $stage }. ໝາຍລາຍການດ້ວຍໄລຍະນີ້: carnet edit ID --set stages={ $stage }
stage-view-present = ຖ້າຈະສະແດງເປັນລະຫັດ QR: { $command }
stage-why-target-essential = ທັກສະຫຼັກຂອງວຽກນີ້
stage-why-target-optional = ມີປະໂຫຍດສຳລັບວຽກນີ້
stage-why-target-maybe = ອາດກົງກັບທັກສະຂອງວຽກນີ້
stage-why-marked = ທ່ານໝາຍມັນໄວ້ສຳລັບໄລຍະນີ້
stage-why-abroad = ຮຽນຮູ້ ຫຼື ເຮັດຢູ່ຕ່າງປະເທດ
stage-why-endorsed = ເຊັນແລ້ວ
stage-why-qualification = ໃບປະກາດ ຫຼື ໃບຢັ້ງຢືນ
stage-why-language = ພາສາ
stage-why-experience = ວຽກທີ່ທ່ານເຄີຍເຮັດ
stage-why-learning = ຫຼັກສູດ
stage-why-skill = ທັກສະ
