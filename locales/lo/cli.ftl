# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = ວິທີພິມ:
cli-help-commands = ຄຳສັ່ງ:
cli-help-arguments = ສິ່ງທີ່ຕ້ອງໃສ່:
cli-help-options = ຕົວເລືອກ:
cli-help-examples = ຕົວຢ່າງ:

## Help: the whole program

cli-about = Carnet ເກັບບັນທຶກສິ່ງທີ່ທ່ານເຮັດໄດ້: ທັກສະ, ວຽກ, ພາສາ, ໃບປະກາດ ແລະ ຫຼັກສູດ. ບັນທຶກນີ້ຢູ່ໃນອຸປະກອນຂອງທ່ານ, ລັອກດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.

cli-examples =
    ເລີ່ມປຶ້ມບັນທຶກ:            carnet init
    ເພີ່ມທັກສະ:                carnet add skill --title "Welding" --level advanced
    ເບິ່ງລາຍການຂອງທ່ານ:         carnet list
    ເບິ່ງລາຍການດຽວ:            carnet show 3f2a
    ຄວາມຊ່ວຍເຫຼືອຂອງຄຳສັ່ງ:      carnet add --help

cli-opt-data-dir = ໂຟນເດີທີ່ເກັບປຶ້ມບັນທຶກຂອງທ່ານ. ທ່ານຍັງສາມາດຕັ້ງ CARNET_DATA_DIR ໄດ້.
cli-opt-json = ຕອບເປັນ JSON, ສຳລັບໂປຣແກຣມອື່ນ.
cli-opt-lang = ພາສາຂອງຂໍ້ຄວາມ Carnet, ຕົວຢ່າງ ar, fa, fr, uk ຫຼື en.
cli-opt-help = ສະແດງຄວາມຊ່ວຍເຫຼືອນີ້.
cli-opt-version = ສະແດງລຸ້ນຂອງ Carnet.

## Help: commands

cli-cmd-init = ສ້າງປຶ້ມບັນທຶກໃໝ່, ລັອກດ້ວຍລະຫັດຜ່ານ.
cli-cmd-passphrase = ປ່ຽນລະຫັດຜ່ານຂອງປຶ້ມບັນທຶກຂອງທ່ານ.
cli-cmd-passphrase-change = ປ່ຽນລະຫັດຜ່ານຂອງທ່ານ. ທ່ານພິມອັນເກົ່າ, ແລ້ວພິມອັນໃໝ່ສອງຄັ້ງ.
cli-cmd-profile = ເບິ່ງ ຫຼື ປ່ຽນໂປຣໄຟລ໌ຂອງທ່ານ: ຊື່, ປະເທດ ແລະ ພາສາຂອງທ່ານ.
cli-cmd-profile-show = ສະແດງໂປຣໄຟລ໌ຂອງທ່ານ.
cli-cmd-profile-set = ປ່ຽນໂປຣໄຟລ໌ຂອງທ່ານ. ຖ້າຈະລຶບບາງຢ່າງ, ໃຫ້ໃສ່ຄ່າຫວ່າງ, ຕົວຢ່າງ --contact "".
cli-cmd-add = ເພີ່ມລາຍການ: ທັກສະ, ວຸດທິການສຶກສາ, ປະສົບການເຮັດວຽກ, ພາສາ ຫຼື ຫຼັກສູດ.
cli-cmd-list = ສະແດງລາຍການຂອງທ່ານ.
cli-cmd-show = ສະແດງທຸກຢ່າງຂອງລາຍການດຽວ.
cli-cmd-edit = ແກ້ໄຂລາຍການ.
cli-cmd-rm = ລຶບລາຍການ.
cli-cmd-search = ຊອກຫາລາຍການທີ່ມີຄຳທີ່ຕ້ອງການ.
cli-cmd-detach = ເອົາຮູບ ຫຼື ບັນທຶກສຽງອອກຈາກລາຍການ. ມັນຈະຖືກລຶບອອກຈາກອຸປະກອນນີ້ນຳ, ເວັ້ນເສຍແຕ່ລາຍການອື່ນໃຊ້ມັນຢູ່.
cli-cmd-attach = ເພີ່ມຮູບເອກະສານໃສ່ລາຍການ, ຕົວຢ່າງ ໃບປະກາດ, ໃບຢັ້ງຢືນ ຫຼື ເອກະສານການເຮັດວຽກ. ຫຼື ເພີ່ມບັນທຶກສຽງ: ໄຟລ໌ສຽງທີ່ທ່ານເລົ່າເລື່ອງທັກສະນັ້ນ.
cli-cmd-export = ຂຽນປຶ້ມບັນທຶກທັງໝົດຂອງທ່ານເປັນໄຟລ໌ທີ່ໂປຣແກຣມອື່ນອ່ານໄດ້.
cli-cmd-import = ອ່ານໄຟລ໌ສົ່ງອອກຂອງ Carnet ເຂົ້າໃນປຶ້ມບັນທຶກຂອງທ່ານ. ບໍ່ມີຫຍັງໃນປຶ້ມບັນທຶກຂອງທ່ານຖືກລຶບ.
cli-cmd-devices = ອຸປະກອນທີ່ມີປຶ້ມບັນທຶກຂອງທ່ານ.
cli-cmd-devices-list = ສະແດງອຸປະກອນທີ່ມີປຶ້ມບັນທຶກຂອງທ່ານ.
cli-cmd-devices-remove = ເອົາປຶ້ມບັນທຶກຂອງທ່ານອອກຈາກອຸປະກອນ, ຕົວຢ່າງ ໂທລະສັບທີ່ເສຍ. ມັນຈະອ່ານສິ່ງທີ່ທ່ານເພີ່ມຕໍ່ຈາກນີ້ບໍ່ໄດ້.
cli-cmd-pair = ໃສ່ປຶ້ມບັນທຶກຂອງທ່ານໃນອຸປະກອນອີກເຄື່ອງຂອງທ່ານ, ເຊັ່ນ ໂທລະສັບໃໝ່.
cli-cmd-pair-show = ໃນອຸປະກອນທີ່ມີປຶ້ມບັນທຶກ: ສະແດງລະຫັດໃຫ້ອຸປະກອນໃໝ່, ແລ້ວອະນຸຍາດ.
cli-cmd-pair-join = ໃນອຸປະກອນໃໝ່: ຮັບປຶ້ມບັນທຶກຂອງທ່ານດ້ວຍລະຫັດທີ່ອຸປະກອນອີກເຄື່ອງສະແດງ.
cli-cmd-sync = ສົ່ງການປ່ຽນແປງຂອງທ່ານໄປເຄື່ອງແມ່ຂ່າຍຂອງສູນ ແລະ ຮັບການປ່ຽນແປງທີ່ເຮັດໃນອຸປະກອນອື່ນຂອງທ່ານ. ເຄື່ອງແມ່ຂ່າຍເກັບພຽງແຕ່ສຳເນົາທີ່ລັອກໄວ້ ເຊິ່ງມັນອ່ານບໍ່ໄດ້.

## Help: what to give to the commands

cli-arg-kind = ປະເພດລາຍການ: skill (ທັກສະ), qualification (ວຸດທິການສຶກສາ), experience (ວຽກ), language (ພາສາ) ຫຼື learning (ຫຼັກສູດ).
cli-arg-title = ຊື່ສັ້ນໆ, ຕົວຢ່າງ "ການເຊື່ອມ" ຫຼື "ໃບຂັບຂີ່ B".
cli-arg-description = ລາຍລະອຽດເພີ່ມເຕີມ, ຖ້າຕ້ອງການ.
cli-arg-level = ທ່ານເກັ່ງປານໃດ. ສຳລັບທັກສະ ຫຼື ວຽກ: basic, intermediate, advanced ຫຼື expert. ສຳລັບພາສາ: A1 (ເລີ່ມຕົ້ນ) ຫາ C2 (ດີຫຼາຍ). ສຳລັບວຸດທິການສຶກສາ ຫຼື ຫຼັກສູດ: ລະດັບ EQF ຂອງມັນ, ຈາກ 1 ຫາ 8.
cli-arg-eqf = ລະດັບ EQF ຂອງໃບປະກາດ ຫຼື ຫຼັກສູດ, ຈາກ 1 ຫາ 8, ຖ້າທ່ານຮູ້.
cli-arg-from = ເລີ່ມເມື່ອໃດ: ປີ (2019), ເດືອນ (2019-05) ຫຼື ມື້ (2019-05-14).
cli-arg-to = ສິ້ນສຸດເມື່ອໃດ, ຂຽນແບບດຽວກັນ. ຖ້າຍັງເຮັດຢູ່ ບໍ່ຕ້ອງໃສ່.
cli-arg-organisation = ນາຍຈ້າງ, ໂຮງຮຽນ ຫຼື ສູນຝຶກອົບຮົມ.
cli-arg-place = ເມືອງ ຫຼື ສະຖານທີ່.
cli-arg-country = ປະເທດ, ເປັນຕົວອັກສອນສອງຕົວ, ຕົວຢ່າງ SY, AF, DE.
cli-arg-context = ທ່ານຮຽນຮູ້ມາແນວໃດ: formal (ໂຮງຮຽນ, ໃບປະກາດ), non-formal (ຫຼັກສູດ) ຫຼື informal (ໂດຍການເຮັດແທ້).
cli-arg-written-in = ພາສາທີ່ທ່ານໃຊ້ຂຽນລາຍການນີ້, ເປັນລະຫັດສັ້ນ, ຕົວຢ່າງ ar ຫຼື en.
cli-arg-esco = ທີ່ຢູ່ ESCO ຂອງທັກສະ ຫຼື ວຽກ, ຖ້າທ່ານຮູ້.
cli-arg-isco = ລະຫັດອາຊີບ ISCO-08 (1 ຫາ 4 ຕົວເລກ), ຖ້າທ່ານຮູ້.
cli-arg-stage = ເລື່ອງນີ້ສຳຄັນໃນໄລຍະໃດຂອງການເດີນທາງ: recruitment, pre-departure, arrival, career ຫຼື return. ໃສ່ໄດ້ຫຼາຍກວ່າໜຶ່ງ.

cli-arg-list-kind = ສະແດງສະເພາະລາຍການປະເພດນີ້: skill, qualification, experience, language ຫຼື learning.
cli-arg-list-stage = ສະແດງສະເພາະລາຍການຂອງໄລຍະນີ້: recruitment, pre-departure, arrival, career ຫຼື return.

cli-arg-id = id ຂອງລາຍການ. 4 ຕົວທຳອິດ ຫຼື ຫຼາຍກວ່າກໍພໍ. ຖ້າຈະເບິ່ງ id, ໃຫ້ພິມ: carnet list
cli-arg-set = ການປ່ຽນແປງ, ຂຽນເປັນ FIELD=VALUE, ຕົວຢ່າງ level=advanced. ໃສ່ຊ້ຳຖ້າຈະປ່ຽນຫຼາຍຢ່າງ. ຄ່າຫວ່າງຈະລຶບຊ່ອງນັ້ນ. ຊ່ອງທີ່ມີແມ່ນ: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = ຄຳທີ່ຕ້ອງການຊອກຫາ.
cli-arg-evidence = ຮູບ ຫຼື ບັນທຶກສຽງທີ່ຈະເອົາອອກ: id ຂອງມັນ, ຕາມທີ່ carnet show ແລະ carnet attach ສະແດງ (8 ຕົວທຳອິດ ຫຼື ຫຼາຍກວ່າກໍພໍ).
cli-arg-photo = ຮູບຖ່າຍ (JPEG, PNG ຫຼື WebP) ຫຼື ໄຟລ໌ສຽງ (WebM, Ogg, MP4, M4A, AAC, MP3 ຫຼື WAV, ບໍ່ເກີນ 5 MB). Carnet ຈະເບິ່ງພາຍໃນໄຟລ໌ເພື່ອຮູ້ວ່າແມ່ນແບບໃດ. ມັນລຶບຂໍ້ມູນທີ່ເຊື່ອງໄວ້, ເຊັ່ນ ສະຖານທີ່ທີ່ຖ່າຍຮູບ.
cli-arg-format = ປະເພດໄຟລ໌. ຕອນນີ້ມີແຕ່ json.
cli-arg-file = ໄຟລ໌ສົ່ງອອກທີ່ຈະອ່ານ.

cli-arg-name = ຊື່ຂອງທ່ານ, ຕາມທີ່ຢາກໃຫ້ຄົນອື່ນເຫັນ.
cli-arg-birth-date = ວັນເດືອນປີເກີດຂອງທ່ານ: 1990, 1990-05 ຫຼື 1990-05-14.
cli-arg-origin = ປະເທດທີ່ທ່ານມາຈາກ, ເປັນຕົວອັກສອນສອງຕົວ, ຕົວຢ່າງ SY, AF, ER.
cli-arg-current = ປະເທດທີ່ທ່ານອາໄສຢູ່ດຽວນີ້, ເປັນຕົວອັກສອນສອງຕົວ, ຕົວຢ່າງ DE, FR.
cli-arg-contact = ວິທີທີ່ຄົນອື່ນຕິດຕໍ່ທ່ານໄດ້, ຕົວຢ່າງ ເບີໂທລະສັບ ຫຼື ອີເມວ.
cli-arg-language = ພາສາທີ່ທ່ານຮູ້, ເປັນລະຫັດສັ້ນ, ຕົວຢ່າງ ar, fa-AF ຫຼື en. ຕົວເລືອກຂ້າງລຸ່ມແມ່ນກ່ຽວກັບພາສານີ້.
cli-arg-mother-tongue = ພາສານີ້ແມ່ນພາສາແມ່ຂອງທ່ານ.
cli-arg-not-mother-tongue = ພາສານີ້ບໍ່ແມ່ນພາສາແມ່ຂອງທ່ານ.
cli-arg-listening = ທ່ານຟັງຄົນອື່ນເວົ້າເຂົ້າໃຈປານໃດ: A1 (ເລີ່ມຕົ້ນ) ຫາ C2 (ດີຫຼາຍ).
cli-arg-reading = ທ່ານອ່ານໄດ້ດີປານໃດ: A1 ຫາ C2.
cli-arg-spoken-interaction = ທ່ານລົມໂຕ້ຕອບກັບຄົນອື່ນໄດ້ດີປານໃດ: A1 ຫາ C2.
cli-arg-spoken-production = ທ່ານເວົ້າຄົນດຽວໄດ້ດີປານໃດ: A1 ຫາ C2.
cli-arg-writing = ທ່ານຂຽນໄດ້ດີປານໃດ: A1 ຫາ C2.
cli-arg-remove-language = ເອົາພາສາອອກຈາກໂປຣໄຟລ໌ຂອງທ່ານ.
cli-arg-hub = ທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍຂອງສູນ, ຕົວຢ່າງ http://192.168.1.10:8470. Carnet ຈະຈື່ມັນໄວ້.
cli-arg-device-id = id ຂອງອຸປະກອນ, ຕາມທີ່ສະແດງໂດຍ: carnet devices list (4 ຕົວທຳອິດ ຫຼື ຫຼາຍກວ່າກໍພໍ).
cli-arg-pair-approve = ອະນຸຍາດອຸປະກອນໃໝ່ໂດຍບໍ່ຖາມ, ຖ້າມັນສະແດງລະຫັດນີ້ (ສຳລັບຜູ້ຊ່ວຍເຫຼືອ ແລະ ສະຄຣິບ).
cli-arg-pair-code = ລະຫັດທີ່ອຸປະກອນອີກເຄື່ອງຂອງທ່ານສະແດງ. ມັນເລີ່ມດ້ວຍ CNP1:
cli-arg-pair-name = ຊື່ສຳລັບອຸປະກອນນີ້, ເພື່ອໃຫ້ທ່ານຈື່ໄດ້ໃນອີກເຄື່ອງ (ຕົວຢ່າງ "ໂທລະສັບຂອງອາມານ").
cli-arg-sync-status = ສະແດງພຽງແຕ່ວ່າຊິງຄ໌ຄັ້ງລ່າສຸດເມື່ອໃດ ແລະ ມີການປ່ຽນແປງລໍຖ້າຢູ່ຈັກອັນ. ບໍ່ມີຫຍັງຖືກສົ່ງ.
cli-arg-sync-watch = ຊິງຄ໌ໄປເລື້ອຍໆ. ເມື່ອຕິດຕໍ່ເຄື່ອງແມ່ຂ່າຍບໍ່ໄດ້, ລອງໃໝ່ພາຍຫຼັງ, ໂດຍລໍຖ້າດົນຂຶ້ນທຸກຄັ້ງ.
cli-arg-sync-every = ໃຊ້ກັບ --watch: ລໍຖ້າຈັກວິນາທີລະຫວ່າງການຊິງຄ໌ (300 ຖ້າບໍ່ໄດ້ໃສ່).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = ຕັ້ງລະຫັດຜ່ານຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ. ທ່ານຕ້ອງໃຊ້ມັນທຸກຄັ້ງທີ່ເປີດປຶ້ມບັນທຶກ. ບໍ່ມີໃຜເອົາມັນຄືນໃຫ້ທ່ານໄດ້.
cli-passphrase-prompt = ລະຫັດຜ່ານ:
cli-passphrase-new-prompt = ລະຫັດຜ່ານໃໝ່:
cli-passphrase-repeat-prompt = ພິມລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ:
cli-passphrase-changed = ປ່ຽນລະຫັດຜ່ານແລ້ວ. ຕໍ່ຈາກນີ້ໃຫ້ໃຊ້ລະຫັດຜ່ານໃໝ່.

## Answers

cli-init-done = ປຶ້ມບັນທຶກຂອງທ່ານພ້ອມແລ້ວ. ມັນຢູ່ໃນໂຟນເດີນີ້: { $dir }
cli-init-next = ເກັບລະຫັດຜ່ານໄວ້ໃຫ້ດີ. ຖ້າບໍ່ມີມັນ, ບໍ່ມີໃຜເປີດປຶ້ມບັນທຶກຂອງທ່ານໄດ້, ແມ່ນແຕ່ຕົວທ່ານເອງ. ຕໍ່ໄປ, ເພີ່ມສິ່ງທີ່ທ່ານເຮັດໄດ້, ຕົວຢ່າງ: carnet add skill --title "Cooking"

cli-list-empty = ປຶ້ມບັນທຶກຂອງທ່ານຍັງບໍ່ມີລາຍການ. ຖ້າຈະເພີ່ມ, ໃຫ້ພິມ: carnet add skill --title "Cooking"
cli-list-none-match = ບໍ່ມີລາຍການທີ່ກົງກັບສິ່ງທີ່ທ່ານຂໍ.
cli-search-none = ບໍ່ມີລາຍການທີ່ມີຄຳເຫຼົ່ານີ້. ລອງໃຊ້ຄຳອື່ນ, ຫຼື ພິມ: carnet list

cli-edit-saved = ບັນທຶກການປ່ຽນແປງຂອງທ່ານແລ້ວ.
cli-rm-done = ລຶບແລ້ວ: { $title }
cli-detached = ເອົາຮູບ ຫຼື ບັນທຶກສຽງອອກຈາກລາຍການແລ້ວ.

cli-profile-saved = ບັນທຶກໂປຣໄຟລ໌ຂອງທ່ານແລ້ວ.
cli-profile-empty = ໂປຣໄຟລ໌ຂອງທ່ານຍັງຫວ່າງຢູ່. ຖ້າຈະເພີ່ມຊື່, ໃຫ້ພິມ: carnet profile set --name "ຊື່ຂອງທ່ານ"

cli-import-added = { $count ->
   *[other] ເພີ່ມ { $count } ລາຍການແລ້ວ.
}
cli-import-updated = { $count ->
   *[other] ອັບເດດ { $count } ລາຍການແລ້ວ.
}
cli-import-unchanged = { $count ->
   *[other] { $count } ລາຍການຄືເກົ່າຢູ່ແລ້ວ.
}
cli-import-profile-updated = ອັບເດດໂປຣໄຟລ໌ຂອງທ່ານນຳແລ້ວ.
cli-import-missing-photos = { $count ->
   *[other] ຮູບ { $count } ຮູບບໍ່ໄດ້ຢູ່ໃນອຸປະກອນນີ້. ໄຟລ໌ສົ່ງອອກບໍ່ມີຮູບພາບ. ເພີ່ມຄືນດ້ວຍ: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = id
cli-show-kind = ປະເພດ
cli-show-added = ເພີ່ມເມື່ອ
cli-show-changed = ປ່ຽນເມື່ອ
cli-show-evidence = ຮູບພາບ ແລະ ບັນທຶກສຽງ
cli-show-photo = { $sha }  { $width } × { $height } ພິກເຊວ, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } ພິກເຊວ, ບໍ່ຢູ່ໃນອຸປະກອນນີ້
cli-show-voice = { $sha }  ບັນທຶກສຽງ, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ບັນທຶກສຽງ, ບໍ່ຢູ່ໃນອຸປະກອນນີ້
cli-show-conflicts = ອຸປະກອນອື່ນກໍຂຽນໄວ້ຄືກັນ:
cli-show-conflicts-hint = ຖ້າຈະເກັບອັນໃດອັນໜຶ່ງ, ໃຫ້ພິມ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = ຊື່
cli-field-description = ລາຍລະອຽດ
cli-field-written-in = ຂຽນເປັນພາສາ
cli-field-esco = ESCO
cli-field-isco = ລະຫັດອາຊີບ ISCO-08
cli-field-level = ລະດັບ
cli-field-eqf = ລະດັບ EQF
cli-field-organisation = ອົງການ
cli-field-place = ສະຖານທີ່
cli-field-country = ປະເທດ
cli-field-from = ຈາກ
cli-field-to = ຫາ
cli-field-context = ຮຽນຮູ້ມາແນວໃດ
cli-field-stages = ໄລຍະ

cli-kind-skill = ທັກສະ
cli-kind-qualification = ວຸດທິການສຶກສາ
cli-kind-experience = ປະສົບການ
cli-kind-language = ພາສາ
cli-kind-learning = ຫຼັກສູດ

cli-context-formal = ໃນລະບົບ (ໂຮງຮຽນ, ໃບປະກາດ)
cli-context-non-formal = ນອກລະບົບ (ຫຼັກສູດ)
cli-context-informal = ຕາມອັດທະຍາໄສ (ໂດຍການເຮັດແທ້)

cli-stage-recruitment = ການຮັບສະໝັກວຽກ
cli-stage-pre-departure = ກ່ອນອອກເດີນທາງ
cli-stage-arrival = ເມື່ອໄປຮອດ
cli-stage-career = ໃນລະຫວ່າງເຮັດວຽກ
cli-stage-return = ກັບບ້ານ

cli-proficiency-basic = ພື້ນຖານ
cli-proficiency-intermediate = ປານກາງ
cli-proficiency-advanced = ສູງ
cli-proficiency-expert = ຊ່ຽວຊານ

cli-level-eqf = ລະດັບ EQF { $level }

cli-profile-name = ຊື່
cli-profile-birth-date = ວັນເດືອນປີເກີດ
cli-profile-origin = ມາຈາກ
cli-profile-current = ອາໄສຢູ່
cli-profile-contact = ຕິດຕໍ່
cli-profile-languages = ພາສາ
cli-profile-mother-tongue = { $language } (ພາສາແມ່)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ການຟັງ { $level }
cli-cefr-reading = ການອ່ານ { $level }
cli-cefr-spoken-interaction = ການລົມໂຕ້ຕອບ { $level }
cli-cefr-spoken-production = ການເວົ້າ { $level }
cli-cefr-writing = ການຂຽນ { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet ບໍ່ຮູ້ຈັກ “{ $arg }” ຢູ່ບ່ອນນີ້.
cli-error-unknown-command = ບໍ່ມີຄຳສັ່ງ “{ $command }”.
cli-error-invalid-value = ໃຊ້ “{ $value }” ສຳລັບ { $arg } ບໍ່ໄດ້.
cli-error-missing-value = { $arg } ຕ້ອງມີຄ່າຕາມຫຼັງ.
cli-error-valid-values = ທ່ານໃຊ້ໄດ້: { $values }
cli-error-missing-argument = ຂາດບາງຢ່າງ: { $arg }
cli-error-missing-command = ບອກວ່າ Carnet ຕ້ອງເຮັດຫຍັງຕໍ່ຈາກ “{ $command }”.
cli-error-valid-commands = ຄຳສັ່ງທີ່ມີແມ່ນ: { $commands }
cli-error-conflict = ໃຊ້ { $arg } ຮ່ວມກັບ { $other } ບໍ່ໄດ້.
cli-error-no-equals = ຂຽນ { $arg } ຕາມດ້ວຍເຄື່ອງໝາຍເທົ່າກັບ ແລະ ຄ່າຕໍ່ທ້າຍທັນທີ.
cli-error-too-many-values = { $arg } ຮັບຄ່າໄດ້ໜ້ອຍກວ່ານີ້. “{ $value }” ເກີນມາໜຶ່ງອັນ.
cli-error-wrong-number-of-values = { $arg } ມີຈຳນວນຄ່າບໍ່ຖືກຕ້ອງ.
cli-error-invalid-utf8 = Carnet ອ່ານຕົວອັກສອນບາງຕົວທີ່ທ່ານພິມບໍ່ໄດ້. ກະລຸນາພິມໃໝ່.
cli-error-did-you-mean = ທ່ານໝາຍເຖິງ { $suggestion } ບໍ?
cli-error-usage = Carnet ບໍ່ເຂົ້າໃຈຄຳສັ່ງນີ້.
cli-error-usage-hint = ພິມ { $command } --help ເພື່ອເບິ່ງວ່າພິມຫຍັງໄດ້ແດ່.
cli-error-set-format = “{ $value }” ບໍ່ແມ່ນການປ່ຽນແປງ. ຂຽນເປັນ FIELD=VALUE, ຕົວຢ່າງ --set level=advanced
cli-error-nothing-to-change = ບໍ່ມີຫຍັງໃຫ້ປ່ຽນ. ໃສ່ຕົວເລືອກຢ່າງໜ້ອຍໜຶ່ງອັນ, ຕົວຢ່າງ --name "ຊື່ຂອງທ່ານ".

cli-error-passphrase-unavailable = Carnet ຕ້ອງໃຊ້ລະຫັດຜ່ານ ແຕ່ຖາມຢູ່ບ່ອນນີ້ບໍ່ໄດ້. ເປີດ Carnet ໃນ terminal, ຫຼື ຕັ້ງ { $variable }.
cli-error-passphrase-mismatch = ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ບໍ່ມີຫຍັງປ່ຽນ. ກະລຸນາລອງອີກຄັ້ງ.
cli-error-read-file = Carnet ອ່ານໄຟລ໌ { $path } ບໍ່ໄດ້. ກວດຊື່ໄຟລ໌ ແລະ ໂຟນເດີ, ແລ້ວລອງອີກຄັ້ງ.
cli-error-no-data-dir = Carnet ຊອກຫາໂຟນເດີສຳລັບປຶ້ມບັນທຶກຂອງທ່ານບໍ່ພົບ. ເລືອກໂຟນເດີດ້ວຍ --data-dir, ຕົວຢ່າງ --data-dir ./carnet
cli-error-output = Carnet ຂຽນຄຳຕອບບໍ່ໄດ້. ກວດເບິ່ງວ່າດິສກ໌ບໍ່ເຕັມ, ແລ້ວລອງອີກຄັ້ງ.
cli-error-details = ລາຍລະອຽດສຳລັບຜູ້ຊ່ວຍເຫຼືອ: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ຖ້າຈະສ້າງ, ໃຫ້ພິມ: carnet init
cli-hint-already-exists = ຖ້າຈະເບິ່ງວ່າມີຫຍັງຢູ່ໃນນັ້ນ, ໃຫ້ພິມ: carnet list. ສຳລັບປຶ້ມບັນທຶກເຫຼັ້ມທີສອງ, ເລືອກໂຟນເດີອື່ນດ້ວຍ --data-dir.
cli-hint-not-found = ຖ້າຈະເບິ່ງ id, ໃຫ້ພິມ: carnet list
cli-hint-ambiguous-id = ຖ້າຈະເບິ່ງ id, ໃຫ້ພິມ: carnet list
cli-hint-import-format = ເລືອກໄຟລ໌ທີ່ສ້າງດ້ວຍ: carnet export --format json
cli-hint-invalid-field = ຖ້າຈະເບິ່ງລາຍຊື່ຊ່ອງ, ໃຫ້ພິມ: carnet edit --help

## carnet sync

cli-sync-phase-sending = ກຳລັງສົ່ງ
cli-sync-phase-receiving = ກຳລັງຮັບ
cli-sync-phase-photos = ຮູບພາບ
cli-sync-done = ຊິງຄ໌ກັບ { $hub } ແລ້ວ.
cli-sync-changes = { $sent ->
   *[other] ສົ່ງ { $sent } ການປ່ຽນແປງ
}, { $received ->
   *[other] ຮັບ { $received } ການປ່ຽນແປງ.
}
cli-sync-photos = { $sent ->
   *[other] ສົ່ງຮູບ { $sent } ຮູບ
}, { $received ->
   *[other] ຮັບຮູບ { $received } ຮູບ.
}
cli-sync-bytes = ຂໍ້ມູນທີ່ໃຊ້: ສົ່ງ { $up } KB, ຮັບ { $down } KB.
cli-sync-retry = { $seconds ->
   *[other] ຈະລອງອີກຄັ້ງໃນ { $seconds } ວິນາທີ.
}
cli-sync-status-hub = ເຄື່ອງແມ່ຂ່າຍ: { $hub }
cli-sync-status-last = ຊິງຄ໌ຄັ້ງລ່າສຸດ: { $when }
cli-sync-status-pending = { $count ->
    [0] ບໍ່ມີການປ່ຽນແປງທີ່ລໍຖ້າຢູ່.
   *[other] ມີ { $count } ການປ່ຽນແປງລໍຖ້າສົ່ງ.
}
cli-sync-no-hub = ຍັງບໍ່ມີ
cli-sync-never = ບໍ່ເຄີຍ
cli-hint-sync-no-hub = ຖ້າຈະຕັ້ງ, ໃຫ້ພິມ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ການປ່ຽນແປງຂອງທ່ານຍັງເກັບໄວ້. ຖ້າຈະລອງອີກຄັ້ງພາຍຫຼັງ, ໃຫ້ພິມ: carnet sync

## carnet pair

cli-pair-show-scan = ສະແກນລະຫັດນີ້ດ້ວຍອຸປະກອນໃໝ່ຂອງທ່ານ, ຫຼື ພິມຂໍ້ຄວາມຂ້າງລຸ່ມໃສ່ເຄື່ອງນັ້ນ.
cli-pair-show-expires = ລະຫັດນີ້ໃຊ້ໄດ້ 10 ນາທີ.
cli-pair-show-request = ອຸປະກອນ “{ $name }” ຕ້ອງການປຶ້ມບັນທຶກຂອງທ່ານ. ລະຫັດຂອງມັນແມ່ນ { $fingerprint }.
cli-pair-show-ask = ອຸປະກອນໃໝ່ຂອງທ່ານສະແດງລະຫັດດຽວກັນບໍ? ພິມ ແມ່ນ (ຫຼື yes) ເພື່ອອະນຸຍາດ, ຫຼື ບໍ່.
cli-pair-yes = ແມ່ນ
cli-pair-show-approved = ດຽວນີ້ “{ $name }” ມີປຶ້ມບັນທຶກຂອງທ່ານແລ້ວ.
cli-pair-show-refused = ທ່ານຕອບວ່າບໍ່. “{ $name }” ບໍ່ໄດ້ຮັບຫຍັງ.
cli-pair-default-name = ອຸປະກອນໃໝ່
cli-pair-join-check = ອຸປະກອນອີກເຄື່ອງຂອງທ່ານຕ້ອງສະແດງລະຫັດນີ້: { $fingerprint }. ອະນຸຍາດຢູ່ເຄື່ອງນັ້ນ.
cli-pair-join-done = { $count ->
   *[other] ດຽວນີ້ອຸປະກອນນີ້ມີປຶ້ມບັນທຶກຂອງທ່ານແລ້ວ, ມີ { $count } ລາຍການ.
}

## carnet devices

cli-devices-none = ຍັງບໍ່ມີອຸປະກອນໃດຊິງຄ໌ປຶ້ມບັນທຶກນີ້.
cli-devices-line = { $id }  { $name }  (ຕັ້ງແຕ່ { $added })
cli-devices-this = ← ອຸປະກອນນີ້
cli-devices-removed = (ລຶບເມື່ອ { $when })
cli-devices-removed-done = ລຶບ “{ $name }” ແລ້ວ. ດຽວນີ້ປຶ້ມບັນທຶກຂອງທ່ານມີກະແຈໃໝ່ ທີ່ອຸປະກອນນັ້ນບໍ່ມີ.
cli-devices-new-sheet = ແຜ່ນກູ້ຄືນຂອງທ່ານຍັງມີກະແຈເກົ່າ. ພິມແຜ່ນໃໝ່ດຽວນີ້ ແລ້ວທຳລາຍແຜ່ນເກົ່າ: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = ພິມແຜ່ນກູ້ຄືນ: ຖ້າໂທລະສັບເຄື່ອງນີ້ເສຍ, ແຜ່ນນີ້ ແລະ ລະຫັດຜ່ານຂອງທ່ານຈະເອົາປຶ້ມບັນທຶກຄືນມາໃນໂທລະສັບໃໝ່ໄດ້.
cli-cmd-recover = ໃນອຸປະກອນໃໝ່: ເອົາປຶ້ມບັນທຶກຂອງທ່ານຄືນມາດ້ວຍແຜ່ນກູ້ຄືນ ແລະ ລະຫັດຜ່ານຂອງທ່ານ.
cli-arg-recovery-out = ໄຟລ໌ທີ່ຈະຂຽນແຜ່ນລົງໄປ. ມັນຕ້ອງລົງທ້າຍດ້ວຍ .png ຫຼື .pdf.
cli-arg-recover-sheet = ຮູບຖ່າຍ ຫຼື ຮູບສະແກນຂອງແຜ່ນກູ້ຄືນຂອງທ່ານ (PNG ຫຼື JPEG). Carnet ຈະອ່ານລະຫັດສີ່ຫຼ່ຽມຂອງມັນ.
cli-arg-recover-words = 12 ຄຳໃນແຜ່ນກູ້ຄືນຂອງທ່ານ, ຕາມລຳດັບ, ຢູ່ໃນເຄື່ອງໝາຍວົງຢືມ. ໃສ່ --hub ນຳ.
cli-arg-recover-hub = ທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍທີ່ພິມຢູ່ໃນແຜ່ນກູ້ຄືນຂອງທ່ານ, ຕົວຢ່າງ http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ຂຽນແຜ່ນເປັນໄຟລ໌ .png ຫຼື .pdf ໄດ້, ແຕ່ເປັນ “{ $path }” ບໍ່ໄດ້.
cli-recovery-sheet-done = ແຜ່ນກູ້ຄືນຂອງທ່ານຢູ່ທີ່ { $path }. ພິມມັນອອກ ແລ້ວເກັບເຈ້ຍໄວ້ບ່ອນປອດໄພ, ຫ່າງຈາກໂທລະສັບ.
cli-recovery-sheet-english = ແຜ່ນນີ້ເປັນພາສາອັງກິດ: Carnet ຍັງຂຽນຕົວອັກສອນພາສາຂອງທ່ານໃສ່ແຜ່ນໄດ້ບໍ່ຖືກຕ້ອງ.
cli-recovery-sheet-replaced = ແຜ່ນທີ່ທ່ານເຄີຍພິມກ່ອນໜ້ານີ້ໃຊ້ບໍ່ໄດ້ແລ້ວ. ທຳລາຍມັນຖິ້ມ.
cli-recover-done = { $count ->
   *[other] ປຶ້ມບັນທຶກຂອງທ່ານກັບມາຢູ່ໃນອຸປະກອນນີ້ແລ້ວ: { $count } ລາຍການ.
}
cli-passphrase-sheet-updated = ແຜ່ນກູ້ຄືນຂອງທ່ານຍັງໃຊ້ໄດ້, ກັບລະຫັດຜ່ານໃໝ່ຂອງທ່ານ.
cli-passphrase-sheet-not-updated = ອັບເດດແຜ່ນກູ້ຄືນຂອງທ່ານທີ່ເຄື່ອງແມ່ຂ່າຍບໍ່ໄດ້. ຈົນກວ່າທ່ານຈະພິມແຜ່ນໃໝ່, ມັນຍັງຕ້ອງໃຊ້ລະຫັດຜ່ານເກົ່າ. ພິມແຜ່ນໃໝ່ເມື່ອທ່ານເຊື່ອມຕໍ່ໄດ້: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = ແຜ່ນກູ້ຄືນ Carnet
cli-sheet-made = ເຮັດເມື່ອ { $date }
cli-sheet-hub = ເຄື່ອງແມ່ຂ່າຍ: { $hub }
cli-sheet-words = 12 ຄຳຂອງທ່ານ
cli-sheet-instructions =
    ເກັບເຈ້ຍນີ້ໄວ້ໃຫ້ດີ. ເຈ້ຍນີ້ ແລະ ລະຫັດຜ່ານຂອງທ່ານຈະເອົາປຶ້ມບັນທຶກຄືນມາໃນໂທລະສັບໃໝ່ໄດ້:
    1. ຕິດຕັ້ງ Carnet ໃນໂທລະສັບໃໝ່ ແລ້ວເລືອກກູ້ຄືນປຶ້ມບັນທຶກ.
    2. ສະແກນລະຫັດສີ່ຫຼ່ຽມ, ຫຼື ພິມ 12 ຄຳ ແລະ ທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍ.
    3. ພິມລະຫັດຜ່ານຂອງທ່ານ. ປຶ້ມບັນທຶກຈະກັບມາຈາກເຄື່ອງແມ່ຂ່າຍ.
    ໃນຄອມພິວເຕີ: carnet recover --sheet photo.jpg
cli-sheet-warning = ເຈ້ຍນີ້ຢ່າງດຽວເປີດປຶ້ມບັນທຶກຂອງທ່ານບໍ່ໄດ້: ຕ້ອງໃຊ້ລະຫັດຜ່ານນຳ. ຢ່າເກັບໄວ້ນຳກັນ. ຖ້າທ່ານພິມແຜ່ນໃໝ່, ແຜ່ນນີ້ຈະໃຊ້ບໍ່ໄດ້ອີກ.
