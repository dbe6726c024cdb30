# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands a holder uses: carnet request, receive, credentials (wallet) and present.

## Help: commands

cli-cmd-holder-request = ສ້າງໄຟລ໌ຂໍໃຫ້ຄູຝຶກ, ນາຍຈ້າງ ຫຼື ສູນ ຢັ້ງຢືນລາຍການ.
    .long = ສ້າງຄຳຂໍໃຫ້ຄູຝຶກ, ນາຍຈ້າງ, ສູນ, ວິທະຍາໄລ ຫຼື ເພື່ອນຮ່ວມງານ ຢັ້ງຢືນ ("ຮັບຮອງ") ບາງລາຍການຂອງທ່ານ: ເປັນໄຟລ໌, ເປັນລະຫັດ QR (ຊື່ທີ່ລົງທ້າຍດ້ວຍ .png ຫຼື .svg) ເພື່ອສະແດງໃນໂທລະສັບ ຫຼື ພິມອອກ, ຫຼື ໃຊ້ --text ເພື່ອໄດ້ຂໍ້ຄວາມສຳລັບສົ່ງໃນຂໍ້ຄວາມ. ໃຫ້ມັນແກ່ເຂົາເຈົ້າ. ເຂົາເຈົ້າຈະເຊັນ ແລ້ວໃຫ້ໄຟລ໌ໃບຮັບຮອງຄືນມາ, ເຊິ່ງທ່ານເກັບໄວ້ດ້ວຍ: carnet receive
cli-cmd-holder-receive = ເກັບໃບຮັບຮອງທີ່ຄູຝຶກ, ນາຍຈ້າງ ຫຼື ສູນ ເຊັນໃຫ້ທ່ານ.
cli-cmd-holder-credentials = ສະແດງໃບຮັບຮອງທີ່ທ່ານເກັບໄວ້, ເທື່ອລະລາຍການ. ຫຼື: carnet wallet
cli-cmd-holder-present = ສະແດງລາຍການທີ່ເລືອກເປັນລະຫັດ QR ອັນດຽວ ທີ່ໃຜກໍກວດໄດ້ໂດຍບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ.
    .long = ສະແດງລາຍການທີ່ເລືອກເປັນລະຫັດ QR ອັນດຽວ ທີ່ໃຜກໍກວດໄດ້ໂດຍບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ. ລາຍການທີ່ໄດ້ຮັບການຢັ້ງຢືນຈະສະແດງພ້ອມກັບຜູ້ທີ່ຢັ້ງຢືນ; ລາຍການທີ່ໃສ່ດ້ວຍ --self-declared ຈະສະແດງວ່າທ່ານບອກເອງເທົ່ານັ້ນ. ໃນໜ້າຈໍລະຫັດໃຊ້ໄດ້ 24 ຊົ່ວໂມງ; ດ້ວຍ --print, 5 ປີ.
cli-cmd-holder-export = ຂຽນລາຍການທີ່ໄດ້ຮັບການຢັ້ງຢືນເປັນ W3C Verifiable Credential (Open Badges 3.0) ສຳລັບແອັບອື່ນ.
    .long = ຂຽນລາຍການທີ່ໄດ້ຮັບການຢັ້ງຢືນເປັນ W3C Verifiable Credential 2.0 (ຫຼຽນ Open Badges 3.0), ທີ່ເຊັນໂດຍຄົນທີ່ຢັ້ງຢືນ, ເພື່ອໃຫ້ກະເປົາ ແລະ ແອັບອື່ນກວດໄດ້. ຖ້າບໍ່ມີ --out ຈະຂຽນໃນໜ້າຈໍ.

## Help: arguments

cli-arg-holder-request-ids = ລາຍການທີ່ຈະຂໍໃຫ້ຢັ້ງຢືນ: id ຂອງມັນ, ຫຼື 4 ຕົວທຳອິດ ຫຼື ຫຼາຍກວ່າຂອງແຕ່ລະອັນ. ຖ້າຈະເບິ່ງ id, ໃຫ້ພິມ: carnet list
cli-arg-holder-request-out = ບ່ອນທີ່ຈະຂຽນຄຳຂໍ: ຊື່ທີ່ລົງທ້າຍດ້ວຍ .png ຫຼື .svg ຈະໄດ້ຮູບລະຫັດ QR; ຊື່ອື່ນ, ເຊັ່ນ request.cbor, ຈະໄດ້ໄຟລ໌.
cli-arg-holder-request-text = ຂຽນຂໍ້ຄວາມຂອງຄຳຂໍ (ເລີ່ມດ້ວຍ CNR1:) ໃນໜ້າຈໍ, ເພື່ອສົ່ງເປັນຂໍ້ຄວາມ.
cli-arg-holder-receive-file = ໄຟລ໌ໃບຮັບຮອງທີ່ທ່ານໄດ້ຮັບ, ຕົວຢ່າງ credential.cbor.
cli-arg-holder-present-select = ລາຍການທີ່ໄດ້ຮັບການຢັ້ງຢືນທີ່ຈະສະແດງ: id ຂອງມັນ, ຫຼື 4 ຕົວທຳອິດ ຫຼື ຫຼາຍກວ່າຂອງແຕ່ລະອັນ.
cli-arg-holder-present-fields = ສະແດງສະເພາະສ່ວນເຫຼົ່ານີ້ຂອງແຕ່ລະລາຍການ, ຂັ້ນດ້ວຍຈຸດ, ຕົວຢ່າງ title,level. ສ່ວນອື່ນຈະຖືກເຊື່ອງ. ສ່ວນທີ່ມີແມ່ນ: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. ຖ້າບໍ່ໃສ່, ຈະສະແດງທຸກຢ່າງ.
cli-arg-holder-present-self-declared = ລາຍການທີ່ຈະສະແດງວ່າທ່ານບອກເອງເທົ່ານັ້ນ, ບໍ່ມີໃຜຢັ້ງຢືນ.
cli-arg-holder-present-stage = ທ່ານສະແດງເພື່ອຫຍັງ: recruitment, pre-departure, arrival, career ຫຼື return. ຖ້າບໍ່ໃສ່: recruitment.
cli-arg-holder-present-audience = ຄົນທີ່ທ່ານສະແດງໃຫ້ເບິ່ງ, ຖ້າເຂົາເຈົ້າຂໍໃຫ້ໃສ່ຊື່, ຕົວຢ່າງ ຊື່ຂອງບໍລິສັດຈັດຫາງານ.
cli-arg-holder-present-nonce = ລະຫັດທີ່ຜູ້ກວດໃຫ້ທ່ານ, ຖ້າເຂົາເຈົ້າໃຫ້ມາ (ຕົວອັກສອນ 0-9 ແລະ a-f).
cli-arg-holder-present-print = ເຮັດສຳລັບເຈ້ຍ: ລະຫັດທົນຮອຍຂີດ ແລະ ຮອຍພັບໄດ້ດີກວ່າ, ແລະ ໃຊ້ໄດ້ 5 ປີ ແທນ 24 ຊົ່ວໂມງ.
cli-arg-holder-present-out = ຮູບທີ່ຈະຂຽນ: ຊື່ທີ່ລົງທ້າຍດ້ວຍ .png ຫຼື .svg.
cli-arg-holder-present-text = ຂຽນຂໍ້ຄວາມທີ່ຢູ່ໃນລະຫັດ QR ນຳ, ເພື່ອສົ່ງເປັນຂໍ້ຄວາມ.
cli-arg-holder-export-id = ລາຍການທີ່ໄດ້ຮັບການຢັ້ງຢືນ: id ຂອງມັນ, ຫຼື 4 ຕົວທຳອິດ ຫຼື ຫຼາຍກວ່າ.
cli-arg-holder-export-format = ຮູບແບບທີ່ຈະຂຽນ. ມີແຕ່: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = ຂຽນເປັນໂທເຄັນທີ່ເຊັນແລ້ວ (VC-JWT) ແທນ JSON ທີ່ມີຫຼັກຖານ.
cli-arg-holder-export-out = ໄຟລ໌ທີ່ຈະຂຽນ, ຕົວຢ່າງ badge.json ຫຼື badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] ຄຳຂໍນີ້ຂໍໃຫ້ຢັ້ງຢືນ { $count } ລາຍການ.
    } ຄົນທີ່ຢັ້ງຢືນຈະເຫັນສ່ວນເຫຼົ່ານີ້ຂອງແຕ່ລະລາຍການ:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = ຂຽນຄຳຂໍໄວ້ທີ່ { $path } ແລ້ວ.
holder-request-next = ໃຫ້ໄຟລ໌ແກ່ຄົນທີ່ຈະຢັ້ງຢືນ. ເມື່ອເຂົາເຈົ້າໃຫ້ໄຟລ໌ໃບຮັບຮອງຄືນມາ, ໃຫ້ພິມ: carnet receive FILE
holder-receive-done = ເກັບແລ້ວ: ຢັ້ງຢືນໂດຍ { $issuer }, { $kind }, { $country }. ວິທີທີ່ເຂົາເຈົ້າກວດ: { $assessed }.
holder-validity-until = ອອກໃຫ້ເມື່ອ { $issued }. ໃຊ້ໄດ້ຮອດ { $expires }.
holder-validity-open = ອອກໃຫ້ເມື່ອ { $issued }. ບໍ່ມີວັນໝົດອາຍຸ.
holder-wallet-empty = ທ່ານຍັງບໍ່ມີໃບຮັບຮອງ. ຖ້າຈະຂໍ, ໃຫ້ພິມ: carnet request ID --out request.cbor
holder-wallet-damaged = ໃບຮັບຮອງທີ່ອ່ານບໍ່ໄດ້ແລ້ວ. ຂໍອັນໃໝ່ຈາກຄົນທີ່ໃຫ້ມາ.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ອອກໃຫ້ { $issued }, ໃຊ້ໄດ້ຮອດ { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ອອກໃຫ້ { $issued }, ບໍ່ມີວັນໝົດອາຍຸ
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ອອກໃຫ້ { $issued }, ໝົດອາຍຸເມື່ອ { $expires }
holder-present-nothing = ບອກວ່າຈະສະແດງຫຍັງ: --select ID ສຳລັບລາຍການທີ່ໄດ້ຮັບການຢັ້ງຢືນ, --self-declared ID ສຳລັບລາຍການອື່ນ.
holder-present-done = ຂຽນລະຫັດ QR ໄວ້ທີ່ { $path }: ຢັ້ງຢືນແລ້ວ { $endorsed }, ທ່ານບອກເອງ { $declared }.
holder-present-size = ຂະໜາດ: QR ລຸ້ນ { $version }, ລະດັບ { $ec }, { $chars } ຕົວອັກສອນ.
holder-present-expires = ກວດໄດ້ຮອດ { $when } ({ $hours } ຊົ່ວໂມງ).
holder-present-by-kid = ເພື່ອໃຫ້ພໍດີ, ຜູ້ຮັບຮອງຈະຖືກລະບຸດ້ວຍລາຍນິ້ວມືສັ້ນ. ຜູ້ກວດຈະຮູ້ວ່າແມ່ນໃຜກໍຕໍ່ເມື່ອລາຍຊື່ຜູ້ຮັບຮອງທີ່ເຂົາເຈົ້າເຊື່ອຖືມີຊື່ເຂົາເຈົ້າ.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ຄູຝຶກ
holder-issuer-kind-employer = ນາຍຈ້າງ
holder-issuer-kind-centre = ສູນ
holder-issuer-kind-college = ວິທະຍາໄລ
holder-issuer-kind-colleague = ເພື່ອນຮ່ວມງານ (ຄົນທີ່ເຄີຍເຮັດວຽກກັບທ່ານ, ບໍ່ແມ່ນອົງການ)

## How they checked

holder-assessed-observation = ເຂົາເຈົ້າເບິ່ງທ່ານເຮັດວຽກ
holder-assessed-test = ການທົດສອບ
holder-assessed-document = ເຂົາເຈົ້າກວດເອກະສານ
holder-assessed-interview = ການສຳພາດ

## Errors

error-holder-no-key = ປຶ້ມບັນທຶກນີ້ບໍ່ມີກະແຈສຳລັບເຊັນໃບຮັບຮອງ. ບໍ່ມີຫຍັງປ່ຽນ. ກະລຸນາແຈ້ງບັນຫານີ້.
error-holder-write-file = ຂຽນໄຟລ໌ { $path } ບໍ່ໄດ້: { $reason }. ກວດເບິ່ງວ່າມີໂຟນເດີ ແລະ ມີບ່ອນຫວ່າງ, ແລ້ວລອງອີກຄັ້ງ.
error-holder-entry-unfit = ໃສ່ລາຍການ "{ $title }" ໃນໃບຮັບຮອງບໍ່ໄດ້: { $field } ຂອງມັນຍາວເກີນໄປ ຫຼື ຮູບແບບບໍ່ຖືກຕ້ອງ. ແກ້ໄຂດ້ວຍ carnet edit, ແລ້ວລອງອີກຄັ້ງ.
error-holder-unknown-field = "{ $value }" ບໍ່ແມ່ນສ່ວນຂອງລາຍການທີ່ສະແດງໄດ້. ສ່ວນທີ່ມີແມ່ນ: { $known }.
error-holder-credential-no-entries = ໃບຮັບຮອງ { $path } ບໍ່ໄດ້ບອກວ່າຢັ້ງຢືນລາຍການໃດຂອງທ່ານ. ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຂໍອັນໃໝ່ທີ່ເຮັດຈາກໄຟລ໌ຄຳຂໍ: carnet request
error-holder-credential-entry-gone = ໃບຮັບຮອງ { $path } ຢັ້ງຢືນລາຍການທີ່ບໍ່ຢູ່ໃນປຶ້ມບັນທຶກຂອງທ່ານແລ້ວ ({ $id }). ບໍ່ໄດ້ເກັບຫຍັງໄວ້. ຖ້າທ່ານລຶບມັນໃນອຸປະກອນນີ້, ໃຫ້ເພີ່ມມັນຄືນຈາກສຳເນົາຂອງປຶ້ມບັນທຶກ, ແລ້ວລອງອີກຄັ້ງ.
error-holder-credential-damaged = ອ່ານໃບຮັບຮອງຂອງລາຍການ "{ $title }" ບໍ່ໄດ້ແລ້ວ. ຂໍອັນໃໝ່ຈາກຄົນທີ່ຢັ້ງຢືນ.
error-holder-not-endorsed = ລາຍການ "{ $title }" ຍັງບໍ່ມີໃຜຢັ້ງຢືນ. ສະແດງມັນດ້ວຍ --self-declared, ຫຼື ຂໍການຢັ້ງຢືນ: carnet request
error-holder-selected-twice = ລາຍການ "{ $title }" ໃສ່ໄວ້ທັງໃນ --select ແລະ --self-declared. ໃສ່ພຽງຄັ້ງດຽວ.
error-holder-bad-stage = "{ $value }" ບໍ່ແມ່ນໄລຍະ. ໄລຍະທີ່ມີແມ່ນ: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = ຊື່ຜູ້ຮັບຕ້ອງຍາວ 1 ຫາ 100 ຕົວອັກສອນ, ຢູ່ໃນແຖວດຽວ.
error-holder-bad-nonce = "{ $value }" ບໍ່ແມ່ນລະຫັດຈາກຜູ້ກວດ: ມັນຕ້ອງມີ 2 ຫາ 128 ຕົວ ເປັນ 0-9 ແລະ a-f.
error-holder-bad-out = ຮູບ { $path } ຕ້ອງມີຊື່ທີ່ລົງທ້າຍດ້ວຍ .png ຫຼື .svg.
error-holder-no-vc = ການຢັ້ງຢືນ "{ $title }" ໂດຍ { $issuer } ເຮັດກ່ອນທີ່ Carnet ຈະຂຽນເປັນໃບຮັບຮອງ W3C ໄດ້, ແລະ ມີແຕ່ເຂົາເຈົ້າທີ່ເຊັນໄດ້. ຂໍໃຫ້ເຂົາເຈົ້າຢັ້ງຢືນໃໝ່: ເຮັດຄຳຂໍໃໝ່ (carnet request ID --out request.cbor), ໃຫ້ເຂົາເຈົ້າ, ແລະ ເກັບໄຟລ໌ທີ່ເຂົາເຈົ້າໃຫ້ຄືນມາ (carnet receive FILE).
