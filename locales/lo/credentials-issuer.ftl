# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation and verify.

## Help: commands

cli-cmd-issuer = ເຊັນຮັບຮອງທັກສະຂອງຄົນອື່ນ, ໃນຖານະຄູຝຶກ, ນາຍຈ້າງ, ສູນ, ວິທະຍາໄລ ຫຼື ເພື່ອນຮ່ວມງານ.
cli-cmd-issuer-init = ສ້າງກະແຈເຊັນຂອງທ່ານໃນຖານະຜູ້ຮັບຮອງ. ມັນລັອກດ້ວຍລະຫັດຜ່ານ.
cli-cmd-issuer-show = ສະແດງຊື່, ປະເພດ ແລະ ກະແຈສາທາລະນະຂອງທ່ານໃນຖານະຜູ້ຮັບຮອງ. ບໍ່ຕ້ອງໃຊ້ລະຫັດຜ່ານ.
cli-cmd-issuer-revoke = ຖອນໃບຮັບຮອງໜຶ່ງໃບທີ່ທ່ານເຊັນຄືນ, ຕາມໝາຍເລກຂອງມັນ.
cli-cmd-issuer-status-list = ຂຽນລາຍການໃບຮັບຮອງທີ່ທ່ານຖອນຄືນພ້ອມລາຍເຊັນ, ເພື່ອໃຫ້ຜູ້ກວດ.
cli-cmd-endorse = ເຊັນຄຳຂໍທີ່ມີຄົນໃຫ້ທ່ານ, ແລ້ວຂຽນໃບຮັບຮອງເພື່ອໃຫ້ຄືນ.
cli-cmd-trust = ເລືອກວ່າຈະເຊື່ອຖືລາຍເຊັນຂອງໃຜ ເມື່ອທ່ານກວດລະຫັດ QR.
cli-cmd-trust-anchor = ແຫຼ່ງຄວາມເຊື່ອຖື: ເຄືອຂ່າຍ ຫຼື ອົງການທີ່ຮັບປະກັນຜູ້ຮັບຮອງ.
cli-cmd-trust-anchor-init = ສ້າງກະແຈເຊັນໃນຖານະແຫຼ່ງຄວາມເຊື່ອຖື, ເພື່ອຮັບປະກັນຜູ້ຮັບຮອງ.
cli-cmd-trust-anchor-show = ສະແດງຊື່ ແລະ ກະແຈສາທາລະນະຂອງແຫຼ່ງຄວາມເຊື່ອຖືຂອງທ່ານ.
cli-cmd-trust-anchor-add = ເຊື່ອຖືລາຍຊື່ທີ່ເຊັນດ້ວຍກະແຈຂອງແຫຼ່ງຄວາມເຊື່ອຖືນີ້.
cli-cmd-trust-bundle = ໃນຖານະແຫຼ່ງຄວາມເຊື່ອຖື, ເຊັນລາຍຊື່ຜູ້ຮັບຮອງທີ່ທ່ານຮັບປະກັນ.
cli-cmd-trust-import = ເພີ່ມລາຍຊື່ຜູ້ຮັບຮອງທີ່ເຊື່ອຖືໄດ້ທີ່ເຊັນແລ້ວ, ຈາກໄຟລ໌.
cli-cmd-trust-list = ສະແດງຜູ້ຮັບຮອງທີ່ທ່ານເຊື່ອຖື, ແລະ ອາຍຸຂອງແຕ່ລະລາຍຊື່.
cli-cmd-revocation = ລາຍການໃບຮັບຮອງທີ່ຜູ້ຮັບຮອງຖອນຄືນ.
cli-cmd-revocation-import = ເພີ່ມລາຍການໃບຮັບຮອງທີ່ຜູ້ຮັບຮອງຖອນຄືນ ທີ່ເຊັນແລ້ວ.
cli-cmd-verify = ກວດລະຫັດ QR ຂອງ Carnet: ໃຜເຊັນແຕ່ລະທັກສະ, ແລະ ມັນຍັງໃຊ້ໄດ້ບໍ.

## Help: what to give

cli-arg-issuer-name = ຊື່ຂອງທ່ານ ຫຼື ຊື່ອົງການຂອງທ່ານ, ຕາມທີ່ຄົນອື່ນຄວນເຫັນ.
cli-arg-issuer-country = ປະເທດຂອງທ່ານ, ເປັນຕົວອັກສອນສອງຕົວ, ເຊັ່ນ KE ຫຼື PT.
cli-arg-issuer-kind = ທ່ານແມ່ນໃຜ: trainer, employer, centre, college ຫຼື colleague.
cli-arg-revoke-index = ໝາຍເລກຂອງໃບຮັບຮອງທີ່ຈະຖອນຄືນ.
cli-arg-cred-out = ໄຟລ໌ທີ່ຈະຂຽນ.
cli-arg-endorse-request = ຄຳຂໍທີ່ເຂົາເຈົ້າໃຫ້ທ່ານ: ໄຟລ໌ (request.cbor), ຮູບລະຫັດ QR ຂອງມັນ (PNG ຫຼື JPEG), ຫຼື ໄຟລ໌ຂໍ້ຄວາມທີ່ມີຂໍ້ຄວາມເລີ່ມດ້ວຍ CNR1:
cli-arg-endorse-text = ຂໍ້ຄວາມຂອງຄຳຂໍ, ເລີ່ມດ້ວຍ CNR1:, ຖ້າເຂົາເຈົ້າສົ່ງມາເປັນຂໍ້ຄວາມ. ໃຊ້ແທນໄຟລ໌.
cli-arg-endorse-assessed-by = ທ່ານກວດທັກສະແນວໃດ: observation, test, document ຫຼື interview.
cli-arg-endorse-expires = ມື້ສຸດທ້າຍທີ່ໃບຮັບຮອງໃຊ້ໄດ້, ເຊັ່ນ 2027-05-14. ຖ້າບໍ່ໃສ່, ມັນບໍ່ມີວັນໝົດອາຍຸ.
cli-arg-endorse-valid-days = ໃບຮັບຮອງໃຊ້ໄດ້ຈັກມື້, ນັບຈາກມື້ນີ້.
cli-arg-anchor-name = ຊື່ຂອງແຫຼ່ງຄວາມເຊື່ອຖື, ຕາມທີ່ຄົນອື່ນຄວນເຫັນ.
cli-arg-anchor-key = ກະແຈສາທາລະນະຂອງແຫຼ່ງຄວາມເຊື່ອຖື: ຕົວອັກສອນ ແລະ ຕົວເລກ 64 ຕົວ.
cli-arg-bundle-issuer = ໄຟລ໌ຂອງຜູ້ຮັບຮອງ, ຈາກ carnet issuer show --json. ໃສ່ໜຶ່ງຄັ້ງຕໍ່ຜູ້ຮັບຮອງໜຶ່ງຄົນ.
cli-arg-trust-file = ໄຟລ໌ລາຍຊື່ທີ່ເຊື່ອຖື (.cbor).
cli-arg-status-file = ໄຟລ໌ລາຍການຂອງຜູ້ຮັບຮອງ (.cbor).
cli-arg-verify-image = ຮູບຂອງລະຫັດ QR: PNG, JPEG ຫຼື WebP.
cli-arg-verify-text = ຂໍ້ຄວາມຂອງລະຫັດ QR, ເລີ່ມດ້ວຍ CN1:
cli-arg-verify-nonce = ຕົວເລກທີ່ທ່ານຂໍໃຫ້ເຈົ້າຕົວໃສ່ໃນລະຫັດ (hex).
cli-arg-verify-audience = ຊື່ທີ່ທ່ານຂໍໃຫ້ເຈົ້າຕົວໃສ່ໃນລະຫັດ.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = ກະແຈຜູ້ຮັບຮອງຂອງທ່ານສຳລັບ { $name } ພ້ອມແລ້ວ. ເກັບລະຫັດຜ່ານໄວ້ໃຫ້ດີ: ຖ້າບໍ່ມີມັນ ທ່ານຈະເຊັນບໍ່ໄດ້.
issuer-label-name = ຊື່:
issuer-label-country = ປະເທດ:
issuer-label-kind = ປະເພດ:
issuer-label-public-key = ກະແຈສາທາລະນະ:
issuer-label-kid = ລາຍນິ້ວມືກະແຈ:
issuer-label-issued = ໝາຍເລກທີ່ໃຫ້ໄປແລ້ວ:
issuer-label-revoked = ຖອນຄືນແລ້ວ:
issuer-revoked = ຖອນໃບຮັບຮອງໝາຍເລກ { $index } ຄືນແລ້ວ.
issuer-already-revoked = ໃບຮັບຮອງໝາຍເລກ { $index } ຖືກຖອນຄືນໄປແລ້ວ.
issuer-revoked-next-step = ຜູ້ກວດຈະຮູ້ກໍຕໍ່ເມື່ອໄດ້ລາຍການຕໍ່ໄປຂອງທ່ານ: ຂຽນມັນດ້ວຍ carnet issuer status-list --out list.cbor, ແລ້ວໃຫ້ໄຟລ໌ແກ່ເຂົາເຈົ້າ.
issuer-status-list-written = { $count ->
   *[other] ລາຍການຢູ່ທີ່ { $path }. ມັນມີໃບຮັບຮອງທີ່ຖືກຖອນຄືນ { $count } ໃບ.
}

endorse-intro = { $count ->
   *[other] ທ່ານກຳລັງຈະເຊັນ { $count } ລາຍການ ໃຫ້ຄົນທີ່ມີກະແຈ { $holder }:
}
endorse-entry = { $title } ({ $kind }, ລະດັບ { $level }, { $dates })
endorse-untitled = (ບໍ່ມີຊື່)
endorse-how-observation = ທ່ານບອກວ່າທ່ານເບິ່ງເຂົາເຈົ້າເຮັດແທ້.
endorse-how-test = ທ່ານບອກວ່າເຂົາເຈົ້າຜ່ານການທົດສອບ.
endorse-how-document = ທ່ານບອກວ່າທ່ານກວດເອກະສານແລ້ວ.
endorse-how-interview = ທ່ານບອກວ່າທ່ານກວດມັນໃນການສຳພາດ.
endorse-expires-on = ມັນໃຊ້ໄດ້ຮອດ { $date }.
endorse-no-expiry = ມັນບໍ່ມີວັນໝົດອາຍຸ.
endorse-written = { $count ->
    [1] ເຊັນແລ້ວ. ໃຫ້ { $path } ຄືນແກ່ເຈົ້າຕົວ. ໝາຍເລກຂອງມັນແມ່ນ { $first }.
   *[other] ເຊັນແລ້ວ. ໃຫ້ { $path } ຄືນແກ່ເຈົ້າຕົວ. ໝາຍເລກແມ່ນ { $first } ຫາ { $last }.
}

trust-anchor-added = ດຽວນີ້ທ່ານເຊື່ອຖືລາຍຊື່ທີ່ເຊັນໂດຍ { $name } ແລ້ວ (ລາຍນິ້ວມືກະແຈ { $kid }).
trust-bundle-written = { $count ->
   *[other] ລາຍຊື່ຜູ້ຮັບຮອງ { $count } ຄົນທີ່ເຊັນແລ້ວຢູ່ທີ່ { $path }.
}
trust-imported = { $count ->
   *[other] ເພີ່ມລາຍຊື່ທີ່ເຊື່ອຖືຂອງຜູ້ຮັບຮອງ { $count } ຄົນ, ເຮັດເມື່ອ { $date } ແລ້ວ.
}
trust-list-empty = ທ່ານຍັງບໍ່ເຊື່ອຖືຜູ້ຮັບຮອງໃດ. ເພີ່ມລາຍຊື່ທີ່ເຊື່ອຖືດ້ວຍ carnet trust import.
trust-list-bundle = { $days ->
    [0] ລາຍຊື່ທີ່ເຊື່ອຖືຈາກ { $anchor }, ເຮັດມື້ນີ້ ({ $date }):
   *[other] ລາຍຊື່ທີ່ເຊື່ອຖືຈາກ { $anchor }, ເຮັດເມື່ອ { $days } ມື້ກ່ອນ ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, ລາຍນິ້ວມືກະແຈ { $kid }
revocation-imported = { $count ->
   *[other] ເພີ່ມລາຍການຂອງ { $name }, ເຮັດເມື່ອ { $date } ແລ້ວ: ຖອນໃບຮັບຮອງຄືນ { $count } ໃບ.
}

## Errors of these commands

error-issuer-exists = ມີກະແຈຜູ້ຮັບຮອງຢູ່ໃນໂຟນເດີນີ້ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-no-issuer = ຍັງບໍ່ມີກະແຈຜູ້ຮັບຮອງໃນໂຟນເດີນີ້. ສ້າງດ້ວຍ carnet issuer init.
error-issuer-damaged = ກະແຈຜູ້ຮັບຮອງໃນໂຟນເດີນີ້ເສຍຫາຍ ຫຼື ບໍ່ກົງກັບລາຍລະອຽດຂອງມັນ. ໃສ່ສຳເນົາຈາກຂໍ້ມູນສຳຮອງຄືນ.
error-anchor-exists = ມີກະແຈແຫຼ່ງຄວາມເຊື່ອຖືຢູ່ໃນໂຟນເດີນີ້ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-no-anchor = ຍັງບໍ່ມີກະແຈແຫຼ່ງຄວາມເຊື່ອຖືໃນໂຟນເດີນີ້. ສ້າງດ້ວຍ carnet trust anchor init.
error-anchor-damaged = ກະແຈແຫຼ່ງຄວາມເຊື່ອຖືໃນໂຟນເດີນີ້ເສຍຫາຍ ຫຼື ບໍ່ກົງກັບລາຍລະອຽດຂອງມັນ. ໃສ່ສຳເນົາຈາກຂໍ້ມູນສຳຮອງຄືນ.
error-identity-too-new = ກະແຈນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອໃຊ້ມັນ.
error-storage-file = Carnet ຂຽນ ຫຼື ອ່ານ { $path } ບໍ່ໄດ້. ກວດເບິ່ງວ່າມີບ່ອນຫວ່າງ ແລະ ທ່ານມີສິດຂຽນຢູ່ບ່ອນນັ້ນ. (ສຳລັບຜູ້ຊ່ວຍເຫຼືອ: { $reason })
error-file-too-big = { $path } ໃຫຍ່ເກີນກວ່າຈະເປັນໄຟລ໌ຂອງ Carnet ຫຼາຍ.
error-issuer-kind = “{ $value }” ບໍ່ແມ່ນປະເພດຂອງຜູ້ຮັບຮອງ. ຂຽນ trainer, employer, centre, college ຫຼື colleague.
error-assessed-by = “{ $value }” ບໍ່ແມ່ນວິທີກວດ. ຂຽນ observation, test, document ຫຼື interview.
error-expires-date = “{ $value }” ບໍ່ແມ່ນວັນທີ. ຂຽນເປັນ ປີ-ເດືອນ-ມື້, ເຊັ່ນ 2027-05-14.
error-expires-past = ວັນສິ້ນສຸດຕ້ອງຢູ່ຫຼັງມື້ນີ້.
error-issuer-indexes-used-up = ກະແຈຜູ້ຮັບຮອງນີ້ໃຫ້ໝາຍເລກໝົດແລ້ວ. ສ້າງກະແຈຜູ້ຮັບຮອງໃໝ່.
error-revoke-not-issued = ທ່ານຍັງບໍ່ໄດ້ເຊັນໃບຮັບຮອງໝາຍເລກ { $index }. ໝາຍເລກຂອງທ່ານເລີ່ມຈາກ 0 ຫາ ນ້ອຍກວ່າ { $next }.
error-anchor-name = ຊື່ຕ້ອງຍາວ 1 ຫາ 100 ຕົວອັກສອນ.
error-anchor-known = ທ່ານເຊື່ອຖືແຫຼ່ງຄວາມເຊື່ອຖືນີ້ຢູ່ແລ້ວ (ລາຍນິ້ວມືກະແຈ { $kid }).
error-issuer-file = { $path } ບໍ່ແມ່ນໄຟລ໌ຂອງຜູ້ຮັບຮອງ. ຂໍຜົນຂອງ carnet issuer show --json ຈາກຜູ້ຮັບຮອງ.
error-trust-bundle-not-newer = ທ່ານມີລາຍຊື່ທີ່ເຊື່ອຖືນີ້ ຫຼື ອັນທີ່ໃໝ່ກວ່າຈາກແຫຼ່ງຄວາມເຊື່ອຖືດຽວກັນຢູ່ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-status-list-not-newer = ທ່ານມີລາຍການທີ່ໃໝ່ກວ່າຈາກຜູ້ຮັບຮອງນີ້ຢູ່ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນ.
error-status-list-issuer-unknown = ລາຍການນີ້ມາຈາກຜູ້ຮັບຮອງທີ່ທ່ານຍັງບໍ່ເຊື່ອຖື (ລາຍນິ້ວມືກະແຈ { $kid }). ນຳເຂົ້າລາຍຊື່ທີ່ເຊື່ອຖືທີ່ມີຊື່ມັນກ່ອນ.
error-verifier-damaged = ລາຍຊື່ທີ່ເຊື່ອຖືທີ່ທ່ານບັນທຶກໄວ້ເສຍຫາຍ ຫຼື ຖືກປ່ຽນ. ນຳເຂົ້າມັນໃໝ່.
error-verify-nonce = “{ $value }” ບໍ່ແມ່ນຕົວເລກແບບ hex, ເຊັ່ນ 3fa9.
error-verify-got-request = ນີ້ແມ່ນຄຳຂໍໃຫ້ຢັ້ງຢືນລາຍການຂອງໃຜຜູ້ໜຶ່ງ (ຂໍ້ຄວາມຂອງມັນເລີ່ມດ້ວຍ CNR1:), ບໍ່ແມ່ນລະຫັດທີ່ສະແດງທັກສະ. ບໍ່ໄດ້ກວດຫຍັງ. ຄົນທີ່ຢັ້ງຢືນຈະເຊັນມັນດ້ວຍ: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = ນີ້ແມ່ນລະຫັດທີ່ສະແດງທັກສະຂອງໃຜຜູ້ໜຶ່ງ (ຂໍ້ຄວາມຂອງມັນເລີ່ມດ້ວຍ CN1:), ບໍ່ແມ່ນຄຳຂໍໃຫ້ຢັ້ງຢືນ. ບໍ່ໄດ້ເຊັນຫຍັງ. ຖ້າຈະກວດມັນ, ໃຫ້ພິມ: carnet verify PICTURE, ຫຼື carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = ລາຍຊື່ທີ່ເຊື່ອຖືເສຍຫາຍ ຫຼື ບໍ່ແມ່ນລາຍຊື່ທີ່ເຊື່ອຖື.
error-trust-bundle-wrong-file = ນີ້ແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ, ບໍ່ແມ່ນລາຍຊື່ທີ່ເຊື່ອຖື.
error-trust-bundle-newer-version = ລາຍຊື່ທີ່ເຊື່ອຖືນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອອ່ານມັນ.
error-trust-bundle-unknown-anchor = ລາຍຊື່ທີ່ເຊື່ອຖືນີ້ເຊັນໂດຍແຫຼ່ງຄວາມເຊື່ອຖືທີ່ທ່ານບໍ່ເຊື່ອຖື (ລາຍນິ້ວມືກະແຈ { $kid }). ເພີ່ມມັນກ່ອນດ້ວຍ carnet trust anchor add, ຖ້າທ່ານຮູ້ຈັກມັນ.
error-trust-bundle-bad-signature = ລາຍເຊັນໃນລາຍຊື່ທີ່ເຊື່ອຖືນີ້ບໍ່ກົງກັນ. ໄຟລ໌ຖືກປ່ຽນ ຫຼື ເສຍຫາຍ.
error-trust-bundle-invalid = ໃຊ້ຄ່າໜຶ່ງໃນລາຍຊື່ທີ່ເຊື່ອຖືບໍ່ໄດ້ ({ $field }).
error-trust-bundle-too-large = ລາຍຊື່ທີ່ເຊື່ອຖືໃຫຍ່ເກີນໄປ.
error-status-list-malformed = ລາຍການເສຍຫາຍ ຫຼື ບໍ່ແມ່ນລາຍການໃບຮັບຮອງທີ່ຖືກຖອນຄືນ.
error-status-list-wrong-file = ນີ້ແມ່ນໄຟລ໌ Carnet ປະເພດອື່ນ, ບໍ່ແມ່ນລາຍການໃບຮັບຮອງທີ່ຖືກຖອນຄືນ.
error-status-list-newer-version = ລາຍການນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອອ່ານມັນ.
error-status-list-wrong-issuer = ລາຍການນີ້ເປັນຂອງຜູ້ຮັບຮອງຄົນອື່ນ ({ $found }, ບໍ່ແມ່ນ { $expected }).
error-status-list-bad-signature = ລາຍເຊັນໃນລາຍການນີ້ບໍ່ກົງກັນ. ໄຟລ໌ຖືກປ່ຽນ ຫຼື ເສຍຫາຍ.
error-status-list-invalid = ໃຊ້ຄ່າໜຶ່ງໃນລາຍການບໍ່ໄດ້ ({ $field }).
error-status-list-too-large = ລາຍການໃຫຍ່ເກີນໄປ.
