# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ຄູຝຶກ
issuer-kind-employer = ນາຍຈ້າງ
issuer-kind-centre = ສູນ
issuer-kind-college = ວິທະຍາໄລ
issuer-kind-colleague = ເພື່ອນຮ່ວມງານ

## verify: verdicts, one per code

verdict-valid = ໃຊ້ໄດ້: ເຊັນໂດຍຜູ້ຮັບຮອງທີ່ທ່ານເຊື່ອຖື, ຍັງບໍ່ໝົດອາຍຸ, ບໍ່ຖືກຖອນຄືນ.
verdict-self-declared = ເຈົ້າຕົວບອກເອງເທົ່ານັ້ນ: ບໍ່ມີໃຜເຊັນ.
verdict-unknown-issuer = ເຊັນແລ້ວ, ແຕ່ບໍ່ແມ່ນໂດຍຜູ້ຮັບຮອງທີ່ທ່ານເຊື່ອຖື.
verdict-expired = ໝົດອາຍຸແລ້ວ.
verdict-revoked = ຜູ້ຮັບຮອງທີ່ເຊັນຖອນຄືນແລ້ວ.
verdict-tampered = ຖືກແກ້ໄຂ ຫຼື ສຳເນົາ: ຢ່າເຊື່ອຖືມັນ.
verdict-malformed = ນີ້ບໍ່ແມ່ນລະຫັດ Carnet ທີ່ອ່ານໄດ້.

## verify: reasons, one per code

reason-wrong-prefix = ຂໍ້ຄວາມບໍ່ໄດ້ເລີ່ມດ້ວຍ CN1:, ສະນັ້ນມັນບໍ່ແມ່ນລະຫັດຂອງ Carnet.
reason-bad-base45 = ຂໍ້ຄວາມມີຕົວອັກສອນທີ່ລະຫັດ Carnet ມີບໍ່ໄດ້. ມັນອາດຖືກຕັດ ຫຼື ພິມຜິດ.
reason-bad-zlib = ລະຫັດຖືກຕັດ ຫຼື ເສຍຫາຍ.
reason-too-large = ລະຫັດນີ້ໃຫຍ່ເກີນກວ່າຈະເປັນລະຫັດຂອງ Carnet ຫຼາຍ.
reason-bad-cose = ລະຫັດເສຍຫາຍ ຫຼື ບໍ່ແມ່ນລະຫັດຂອງ Carnet.
reason-unsupported-header = ລະຫັດນີ້ໃຊ້ລາຍເຊັນທີ່ Carnet ບໍ່ຮູ້ຈັກ. Carnet ລຸ້ນໃໝ່ກວ່າອາດອ່ານມັນໄດ້.
reason-bad-payload = ເນື້ອຫາຂອງລະຫັດເສຍຫາຍ.
reason-holder-signature-invalid = ລາຍເຊັນຂອງເຈົ້າຕົວບໍ່ກົງກັນ: ລະຫັດຖືກແກ້ໄຂ.
reason-nonce-mismatch = ລະຫັດນີ້ເຮັດສຳລັບຄຳຂໍອື່ນ (ໝາຍເລກ { $found }, ບໍ່ແມ່ນ { $expected }). ມັນອາດເປັນສຳເນົາ.
reason-audience-mismatch = ລະຫັດນີ້ເຮັດສຳລັບ “{ $found }”, ບໍ່ແມ່ນສຳລັບ “{ $expected }”.
reason-presentation-expired = ຕົວລະຫັດເອງໝົດອາຍຸເມື່ອ { $exp }. ຂໍໃຫ້ເຈົ້າຕົວເຮັດລະຫັດໃໝ່.
reason-presentation-not-yet-valid = ລະຫັດບອກວ່າເຮັດເມື່ອ { $iat }, ເຊິ່ງຍັງມາບໍ່ຮອດ. ກວດໂມງຂອງອຸປະກອນນີ້.
reason-endorsement-signature-invalid = ລາຍເຊັນຂອງຜູ້ຮັບຮອງບໍ່ກົງກັນ: ທັກສະຖືກແກ້ໄຂ.
reason-issuer-key-not-sent = ຜູ້ຮັບຮອງຖືກລະບຸພຽງແຕ່ດ້ວຍລາຍນິ້ວມື { $kid }, ແລະ ທ່ານບໍ່ຮູ້ຈັກມັນ.
reason-endorsement-expired = ລາຍເຊັນຂອງທັກສະໝົດອາຍຸເມື່ອ { $exp }.
reason-endorsement-not-yet-valid = ທັກສະບອກວ່າເຊັນເມື່ອ { $iat }, ເຊິ່ງຍັງມາບໍ່ຮອດ. ກວດໂມງຂອງອຸປະກອນນີ້.
reason-issuer-unknown = “{ $name }” (ລາຍນິ້ວມືກະແຈ { $kid }) ບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື. ໃຜກໍຕັ້ງຊື່ໃຫ້ຕົນເອງໄດ້.
reason-issuer-not-trusted-at-issue = “{ $name }” (ລາຍນິ້ວມືກະແຈ { $kid }) ບໍ່ໄດ້ຮັບການຮັບປະກັນໃນມື້ທີ່ມັນເຊັນ.
reason-issuer-trusted = ຜູ້ຮັບຮອງຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື (ລາຍນິ້ວມືກະແຈ { $kid }).
reason-issuer-claims-differ = ລາຍຊື່ທີ່ທ່ານເຊື່ອຖືບອກວ່າຜູ້ຮັບຮອງນີ້ແມ່ນ { $kind } ໃນ { $country }; ລາຍເຊັນບອກບໍ່ຄືກັນ. ໃຫ້ຖືຕາມລາຍຊື່ທີ່ເຊື່ອຖື.
reason-revoked = ຜູ້ຮັບຮອງຖອນໃບຮັບຮອງໝາຍເລກ { $index } ຄືນແລ້ວ.
reason-no-revocation-list = ທ່ານບໍ່ມີລາຍການສິ່ງທີ່ຜູ້ຮັບຮອງນີ້ຖອນຄືນ.
reason-self-declared = ເຈົ້າຕົວບອກເອງ; ບໍ່ມີໃຜເຊັນ.

## verify: the rest of the report

verify-presentation = ສະແດງສຳລັບ { $stage }, ເຮັດເມື່ອ { $date }, ໂດຍຄົນທີ່ມີກະແຈ { $kid }.
verify-audience = ເຮັດໃຫ້: { $audience }
verify-stage-recruitment = ການຮັບສະໝັກວຽກ
verify-stage-pre-departure = ການກຽມຕົວອອກເດີນທາງ
verify-stage-arrival = ເມື່ອໄປຮອດ
verify-stage-career = ການເຮັດວຽກ ແລະ ການຝຶກອົບຮົມ
verify-stage-return = ການກັບບ້ານ
verify-endorsed-by = ເຊັນໂດຍ { $name }, { $kind } ໃນ { $country }.
verify-endorsed-by-unchecked = ເຊັນໂດຍຄົນທີ່ເອີ້ນຕົນເອງວ່າ “{ $name }”, { $kind } ໃນ { $country } (ຍັງບໍ່ໄດ້ກວດ; ລາຍນິ້ວມືກະແຈ { $kid }).
verify-colleague-note = ນີ້ແມ່ນຄຳຢັ້ງຢືນຂອງເພື່ອນຮ່ວມງານ: ຄົນທີ່ເຄີຍເຮັດວຽກຂ້າງເຈົ້າຕົວ, ບໍ່ແມ່ນໂຮງຮຽນ ຫຼື ນາຍຈ້າງ.
verify-endorsed-on = ເຊັນເມື່ອ { $date }; ກວດໂດຍ { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}ໃຊ້ໄດ້ຮອດ { $expires }.
}
verify-how-observation = ການເບິ່ງເຂົາເຈົ້າເຮັດວຽກ
verify-how-test = ການທົດສອບ
verify-how-document = ເອກະສານ
verify-how-interview = ການສຳພາດ
verify-hidden = { $count ->
   *[other] ເຈົ້າຕົວເຊື່ອງລາຍລະອຽດໄວ້ { $count } ຢ່າງ.
}
verify-trust-age = { $days ->
    [0] ລາຍຊື່ທີ່ເຊື່ອຖືຈາກມື້ນີ້.
   *[other] ລາຍຊື່ທີ່ເຊື່ອຖືຈາກ { $days } ມື້ກ່ອນ ({ $date }).
}
verify-newer-code = ລະຫັດນີ້ສ້າງດ້ວຍ Carnet ລຸ້ນໃໝ່ກວ່າ. ອັບເດດ Carnet ເພື່ອກວດມັນ.
verify-status-age = { $days ->
    [0] ລາຍການໃບຮັບຮອງທີ່ຖືກຖອນຄືນ: ຈາກມື້ນີ້.
   *[other] ລາຍການໃບຮັບຮອງທີ່ຖືກຖອນຄືນ: ຈາກ { $days } ມື້ກ່ອນ ({ $date }).
}
verify-field-kind = ຫຍັງ:
verify-field-title = ຊື່:
verify-field-esco = ESCO:
verify-field-entry-id = ລາຍການ:
verify-field-level = ລະດັບ:
verify-field-from = ຈາກ:
verify-field-to = ຫາ:
verify-field-country = ປະເທດ:
verify-field-context = ຮຽນຮູ້ມາ:
verify-field-evidence = ຫຼັກຖານ (hash):
verify-field-eqf = ລະດັບ EQF:
verify-entry-kind-skill = ທັກສະ
verify-entry-kind-qualification = ໃບປະກາດ ຫຼື ວຸດທິການສຶກສາ
verify-entry-kind-experience = ປະສົບການເຮັດວຽກ
verify-entry-kind-language = ພາສາ
verify-entry-kind-learning = ຫຼັກສູດ
verify-context-formal = ຢູ່ໂຮງຮຽນ ຫຼື ວິທະຍາໄລ
verify-context-non-formal = ໃນຫຼັກສູດ
verify-context-informal = ຈາກການເຮັດວຽກ ຫຼື ຮຽນຮູ້ດ້ວຍຕົນເອງ
verify-esco-skill = ທັກສະ
verify-esco-occupation = ອາຊີບ
verify-esco-qualification = ວຸດທິການສຶກສາ
