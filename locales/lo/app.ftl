# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app (the window on a phone or a computer).

## First run: choosing a language

app-choose-language = ເລືອກພາສາຂອງທ່ານ
app-continue = ຕໍ່ໄປ

## First run: making a passphrase

app-create-title = ປົກປ້ອງປຶ້ມບັນທຶກຂອງທ່ານ
app-create-intro = ຕັ້ງລະຫັດຜ່ານ. ມີແຕ່ທ່ານທີ່ຮູ້. Carnet ຈະຖາມລະຫັດຜ່ານນີ້ທຸກຄັ້ງທີ່ທ່ານເປີດປຶ້ມບັນທຶກ.
app-passphrase = ລະຫັດຜ່ານ
app-passphrase-again = ພິມອີກຄັ້ງ
app-passphrase-show = ສະແດງ
app-passphrase-hide = ເຊື່ອງ
app-strength-too-short = ສັ້ນເກີນໄປ: ໃຊ້ຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ.
app-strength-weak = ອ່ອນ: ໃຊ້ຫຼາຍຄຳຕໍ່ກັນ ຈະຈື່ງ່າຍກວ່າ ແລະ ເດົາຍາກກວ່າ.
app-strength-fair = ດີ. ຖ້າຍາວກວ່ານີ້ຈະປອດໄພກວ່າເກົ່າ.
app-strength-strong = ແຂງແຮງ.
app-passphrase-mismatch = ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່ອີກຄັ້ງ.
app-create = ສ້າງປຶ້ມບັນທຶກຂອງຂ້ອຍ
app-working = ກະລຸນາລໍຖ້າ…
app-back = ກັບຄືນ

## Unlock

app-unlock-title = ເປີດປຶ້ມບັນທຶກຂອງທ່ານ
app-unlock = ເປີດ
app-lock = ລັອກ

## The logbook

app-logbook-title = ປຶ້ມບັນທຶກຂອງຂ້ອຍ
app-logbook-empty = ປຶ້ມບັນທຶກຂອງທ່ານຍັງຫວ່າງຢູ່. ເພີ່ມສິ່ງທີ່ທ່ານເຮັດໄດ້.
app-add = ເພີ່ມ
app-kind-skill = ທັກສະ
app-kind-qualification = ວຸດທິການສຶກສາ
app-kind-experience = ປະສົບການເຮັດວຽກ
app-kind-language = ພາສາ
app-kind-learning = ຫຼັກສູດ
app-self-declared = ບອກດ້ວຍຕົນເອງ
app-show-more = { $count ->
   *[other] ສະແດງອີກ { $count } ລາຍການ
}
app-endorsed = ໄດ້ຮັບການຮັບຮອງ

## Adding an entry

app-add-title = ເພີ່ມໃສ່ປຶ້ມບັນທຶກຂອງຂ້ອຍ
app-add-kind = ມັນແມ່ນຫຍັງ?
app-add-title-label = ຊື່
app-add-title-hint = ຕົວຢ່າງ: ການເຊື່ອມ, ການຂັບລົດບັນທຸກ, ພາສາອາຣັບ
app-add-level = ລະດັບ
app-level-none = ບໍ່ມີລະດັບ
app-level-basic = ພື້ນຖານ
app-level-intermediate = ປານກາງ
app-level-advanced = ສູງ
app-level-expert = ຊ່ຽວຊານ
app-level-eqf = ລະດັບ { $level }
app-save = ບັນທຶກ
app-cancel = ຍົກເລີກ

## Moving around

app-settings = ການຕັ້ງຄ່າ
app-sync = ຊິງຄ໌
app-edit = ແກ້ໄຂ
app-remove = ລຶບອອກ

## The logbook: search and filter

app-search = ຊອກຫາ
app-search-hint = ພິມຄຳສັບ, ຕົວຢ່າງ: ເຊື່ອມ
app-stage-filter = ໄລຍະຂອງການເດີນທາງຂອງທ່ານ
app-stage-any = ທຸກໄລຍະ
app-stage-recruitment = ການຮັບສະໝັກວຽກ
app-stage-pre-departure = ກ່ອນອອກເດີນທາງ
app-stage-arrival = ເມື່ອໄປຮອດ
app-stage-career = ໃນລະຫວ່າງເຮັດວຽກ
app-stage-return = ກັບບ້ານ
app-search-none = ບໍ່ມີຫຍັງກົງກັນ. ລອງໃຊ້ຄຳອື່ນ ຫຼື ໄລຍະອື່ນ.

## Changing and removing an entry

app-edit-title = ແກ້ໄຂລາຍການນີ້
app-stages = ໄລຍະຂອງການເດີນທາງຂອງທ່ານ
app-remove-confirm = ລຶບ “{ $title }” ອອກຈາກປຶ້ມບັນທຶກຂອງທ່ານບໍ? ລຶບແລ້ວເອົາຄືນບໍ່ໄດ້.
app-remove-yes = ແມ່ນ, ລຶບອອກ

## Settings

app-settings-title = ການຕັ້ງຄ່າ
app-settings-language = ພາສາ
app-settings-lock = ລັອກຫຼັງຈາກ
app-lock-minutes = { $minutes ->
   *[other] ບໍ່ໄດ້ໃຊ້ { $minutes } ນາທີ
}
app-settings-passphrase = ປ່ຽນລະຫັດຜ່ານ
app-passphrase-current = ລະຫັດຜ່ານປັດຈຸບັນ
app-passphrase-new = ລະຫັດຜ່ານໃໝ່
app-passphrase-change = ປ່ຽນລະຫັດຜ່ານ
app-passphrase-changed = ປ່ຽນລະຫັດຜ່ານແລ້ວ. ຕໍ່ຈາກນີ້ໃຫ້ໃຊ້ລະຫັດຜ່ານໃໝ່.
app-about = ກ່ຽວກັບ Carnet
app-locked-idle = Carnet ໄດ້ລັອກປຶ້ມບັນທຶກຂອງທ່ານ ເພາະບໍ່ມີໃຜໃຊ້ມາໄລຍະໜຶ່ງ. ເປີດອີກຄັ້ງດ້ວຍລະຫັດຜ່ານຂອງທ່ານ.

## Sync with a hub

app-sync-title = ຊິງຄ໌ກັບເຄື່ອງແມ່ຂ່າຍ
app-sync-intro = ເຄື່ອງແມ່ຂ່າຍເກັບສຳເນົາປຶ້ມບັນທຶກຂອງທ່ານແບບລັອກໄວ້ ເພື່ອໃຫ້ທ່ານໃຊ້ໃນໂທລະສັບເຄື່ອງອື່ນໄດ້. ເຄື່ອງແມ່ຂ່າຍອ່ານມັນບໍ່ໄດ້.
app-hub-address = ທີ່ຢູ່ເຄື່ອງແມ່ຂ່າຍ
app-hub-address-hint = ຕົວຢ່າງ: https://hub.example.org
app-hub-save = ບັນທຶກທີ່ຢູ່
app-sync-now = ຊິງຄ໌ດຽວນີ້
app-sync-never = ຍັງບໍ່ເຄີຍຊິງຄ໌.
app-sync-last = ຊິງຄ໌ຄັ້ງລ່າສຸດ: { $when }
app-sync-pending = { $count ->
    [0] ບໍ່ມີຫຍັງລໍຖ້າສົ່ງ.
   *[other] ມີ { $count } ການປ່ຽນແປງລໍຖ້າສົ່ງ.
}
app-sync-sending = ກຳລັງສົ່ງ
app-sync-receiving = ກຳລັງຮັບ
app-sync-photos = ຮູບພາບ
app-sync-done = ຊິງຄ໌ສຳເລັດແລ້ວ.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = ປຶ້ມບັນທຶກຂອງທ່ານຖືກລັອກຢູ່. ເປີດດ້ວຍລະຫັດຜ່ານຂອງທ່ານ ແລ້ວລອງອີກຄັ້ງ.
error-unknown-language = Carnet ບໍ່ມີພາສາ { $tag }. ກະລຸນາເລືອກຈາກລາຍການ.

## Settings: how the screens look

app-settings-display = ໜ້າຕາຂອງ Carnet
app-high-contrast = ສີຕັດກັນຊັດເຈນ (ດຳເທິງຂາວ)
app-text-size = ຂະໜາດຕົວອັກສອນ
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = ຟັງ

## Two languages at once

app-dual-language = ສະແດງເປັນພາສານີ້ນຳ
app-dual-none = ບໍ່ມີພາສາທີສອງ
