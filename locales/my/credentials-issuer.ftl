# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation and verify.

## Help: commands

cli-cmd-issuer = သင်တန်းဆရာ၊ အလုပ်ရှင်၊ စင်တာ၊ ကောလိပ် သို့မဟုတ် လုပ်ဖော်ကိုင်ဖက်အဖြစ် အခြားသူများ၏ ကျွမ်းကျင်မှုကို လက်မှတ်ထိုးရန်။
cli-cmd-issuer-init = လက်မှတ်ထိုးသူအဖြစ် သင့်လက်မှတ်ထိုးသော့ကို ပြုလုပ်ရန်။ စကားဝှက်ဖြင့် သော့ခတ်ထားသည်။
cli-cmd-issuer-show = လက်မှတ်ထိုးသူအဖြစ် သင့်အမည်၊ အမျိုးအစားနှင့် အများသုံးသော့ကို ပြရန်။ စကားဝှက် မလိုပါ။
cli-cmd-issuer-revoke = သင်လက်မှတ်ထိုးခဲ့သော အသိအမှတ်ပြုလက်မှတ်တစ်ခုကို နံပါတ်ဖြင့် ပြန်ရုပ်သိမ်းရန်။
cli-cmd-issuer-status-list = သင်ပြန်ရုပ်သိမ်းခဲ့သော အသိအမှတ်ပြုလက်မှတ်များ၏ လက်မှတ်ထိုးစာရင်းကို စစ်ဆေးသူများအား ပေးရန် ရေးရန်။
cli-cmd-endorse = တစ်စုံတစ်ဦး ပေးသော တောင်းဆိုချက်ကို လက်မှတ်ထိုးပြီး ပြန်ပေးရန် အသိအမှတ်ပြုလက်မှတ်ကို ရေးရန်။
cli-cmd-trust = QR ကုဒ် စစ်သည့်အခါ မည်သူ၏ လက်မှတ်ကို ယုံကြည်မည်ကို ရွေးရန်။
cli-cmd-trust-anchor = ယုံကြည်မှုအခြေခံများ- လက်မှတ်ထိုးသူများကို အာမခံသော ကွန်ရက်များ သို့မဟုတ် အာဏာပိုင်များ။
cli-cmd-trust-anchor-init = လက်မှတ်ထိုးသူများကို အာမခံရန် ယုံကြည်မှုအခြေခံအဖြစ် လက်မှတ်ထိုးသော့ ပြုလုပ်ရန်။
cli-cmd-trust-anchor-show = သင့်ယုံကြည်မှုအခြေခံ၏ အမည်နှင့် အများသုံးသော့ကို ပြရန်။
cli-cmd-trust-anchor-add = ဤယုံကြည်မှုအခြေခံ၏ သော့ဖြင့် လက်မှတ်ထိုးထားသော စာရင်းများကို ယုံကြည်ရန်။
cli-cmd-trust-bundle = ယုံကြည်မှုအခြေခံအဖြစ် သင်အာမခံသော လက်မှတ်ထိုးသူများ၏ စာရင်းကို လက်မှတ်ထိုးရန်။
cli-cmd-trust-import = ယုံကြည်ရသော လက်မှတ်ထိုးသူများ၏ လက်မှတ်ထိုးစာရင်းကို ဖိုင်မှ ထည့်ရန်။
cli-cmd-trust-list = သင်ယုံကြည်သော လက်မှတ်ထိုးသူများနှင့် စာရင်းတစ်ခုစီ၏ သက်တမ်းကို ပြရန်။
cli-cmd-revocation = လက်မှတ်ထိုးသူများ ပြန်ရုပ်သိမ်းခဲ့သော အသိအမှတ်ပြုလက်မှတ်စာရင်းများ။
cli-cmd-revocation-import = လက်မှတ်ထိုးသူ၏ ပြန်ရုပ်သိမ်းခဲ့သော အသိအမှတ်ပြုလက်မှတ် လက်မှတ်ထိုးစာရင်းကို ထည့်ရန်။
cli-cmd-verify = Carnet QR ကုဒ်ကို စစ်ရန်- ကျွမ်းကျင်မှုတစ်ခုစီကို မည်သူ လက်မှတ်ထိုးသည်၊ အကျုံးဝင်ဆဲလား။

## Help: what to give

cli-arg-issuer-name = လူများ မြင်သင့်သည့်အတိုင်း သင့်အမည် သို့မဟုတ် သင့်အဖွဲ့အစည်း၏ အမည်။
cli-arg-issuer-country = သင့်နိုင်ငံ၊ စာလုံးနှစ်လုံးဖြင့်၊ ဥပမာ KE သို့မဟုတ် PT။
cli-arg-issuer-kind = သင် ဘာလဲ- trainer, employer, centre, college သို့မဟုတ် colleague။
cli-arg-revoke-index = ပြန်ရုပ်သိမ်းမည့် အသိအမှတ်ပြုလက်မှတ်၏ နံပါတ်။
cli-arg-cred-out = ရေးမည့် ဖိုင်။
cli-arg-endorse-request = ထိုသူ ပေးသော တောင်းဆိုချက်- ဖိုင် (request.cbor)၊ ၎င်း၏ QR ကုဒ်ဓာတ်ပုံ (PNG သို့မဟုတ် JPEG)၊ သို့မဟုတ် CNR1: ဖြင့် စသော စာပါသည့် စာဖိုင်။
cli-arg-endorse-text = ထိုသူက မက်ဆေ့ချ်အဖြစ် ပို့ခဲ့လျှင် CNR1: ဖြင့် စသော တောင်းဆိုချက်၏ စာ။ ဖိုင်အစား။
cli-arg-endorse-assessed-by = ကျွမ်းကျင်မှုကို သင် မည်သို့ စစ်ခဲ့သလဲ- observation, test, document သို့မဟုတ် interview။
cli-arg-endorse-expires = အသိအမှတ်ပြုလက်မှတ် အကျုံးဝင်သော နောက်ဆုံးရက်၊ ဥပမာ 2027-05-14။ မပါလျှင် မကုန်ဆုံးပါ။
cli-arg-endorse-valid-days = ယနေ့မှစ၍ အသိအမှတ်ပြုလက်မှတ် အကျုံးဝင်မည့် ရက်အရေအတွက်။
cli-arg-anchor-name = လူများ မြင်သင့်သည့်အတိုင်း ယုံကြည်မှုအခြေခံ၏ အမည်။
cli-arg-anchor-key = ယုံကြည်မှုအခြေခံ၏ အများသုံးသော့- စာလုံးနှင့် ဂဏန်း ၆၄ လုံး။
cli-arg-bundle-issuer = carnet issuer show --json မှ လက်မှတ်ထိုးသူ၏ ဖိုင်။ လက်မှတ်ထိုးသူ တစ်ဦးလျှင် တစ်ကြိမ် ပေးပါ။
cli-arg-trust-file = ယုံကြည်စာရင်း ဖိုင် (.cbor)။
cli-arg-status-file = လက်မှတ်ထိုးသူ၏ စာရင်းဖိုင် (.cbor)။
cli-arg-verify-image = QR ကုဒ်၏ ဓာတ်ပုံ- PNG, JPEG သို့မဟုတ် WebP။
cli-arg-verify-text = CN1: ဖြင့် စသော QR ကုဒ်၏ စာ
cli-arg-verify-nonce = ကုဒ်ထဲ ထည့်ရန် ထိုသူကို သင်တောင်းခဲ့သော နံပါတ် (hex)။
cli-arg-verify-audience = ကုဒ်ထဲ ထည့်ရန် ထိုသူကို သင်တောင်းခဲ့သော အမည်။

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

issuer-created = { $name } အတွက် သင့်လက်မှတ်ထိုးသူသော့ အသင့်ဖြစ်ပါပြီ။ စကားဝှက်ကို လုံခြုံစွာ ထားပါ- ၎င်းမရှိလျှင် လက်မှတ်ထိုး၍ မရပါ။
issuer-label-name = အမည်:
issuer-label-country = နိုင်ငံ:
issuer-label-kind = အမျိုးအစား:
issuer-label-public-key = အများသုံးသော့:
issuer-label-kid = သော့လက်ဗွေ:
issuer-label-issued = ပေးပြီးသော နံပါတ်များ:
issuer-label-revoked = ပြန်ရုပ်သိမ်းပြီး:
issuer-revoked = အသိအမှတ်ပြုလက်မှတ် နံပါတ် { $index } ကို ပြန်ရုပ်သိမ်းပြီးပါပြီ။
issuer-already-revoked = အသိအမှတ်ပြုလက်မှတ် နံပါတ် { $index } ကို ပြန်ရုပ်သိမ်းပြီးသား ဖြစ်သည်။
issuer-revoked-next-step = စစ်ဆေးသူများသည် သင့်နောက်စာရင်းမှသာ သိရမည်- carnet issuer status-list --out list.cbor ဖြင့် ရေးပြီး ဖိုင်ကို ၎င်းတို့ထံ ပေးပါ။
issuer-status-list-written = { $count ->
   *[other] စာရင်းသည် { $path } တွင် ရှိသည်။ ပြန်ရုပ်သိမ်းထားသော အသိအမှတ်ပြုလက်မှတ် { $count } ခု ပါသည်။
}

endorse-intro = { $count ->
   *[other] { $holder } သော့ရှိသူအတွက် အချက် { $count } ခုကို သင် လက်မှတ်ထိုးတော့မည်-
}
endorse-entry = { $title } ({ $kind }, အဆင့် { $level }, { $dates })
endorse-untitled = (အမည်မရှိ)
endorse-how-observation = ၎င်းတို့ လုပ်သည်ကို ကြည့်ခဲ့သည်ဟု သင်ပြောသည်။
endorse-how-test = ၎င်းတို့ စာမေးပွဲ အောင်သည်ဟု သင်ပြောသည်။
endorse-how-document = စာရွက်စာတမ်းကို စစ်ခဲ့သည်ဟု သင်ပြောသည်။
endorse-how-interview = အင်တာဗျူးဖြင့် စစ်ခဲ့သည်ဟု သင်ပြောသည်။
endorse-expires-on = { $date } အထိ အကျုံးဝင်သည်။
endorse-no-expiry = မကုန်ဆုံးပါ။
endorse-written = { $count ->
    [1] လက်မှတ်ထိုးပြီး။ { $path } ကို ထိုသူထံ ပြန်ပေးပါ။ ၎င်း၏ နံပါတ်မှာ { $first } ဖြစ်သည်။
   *[other] လက်မှတ်ထိုးပြီး။ { $path } ကို ထိုသူထံ ပြန်ပေးပါ။ ၎င်းတို့၏ နံပါတ်များမှာ { $first } မှ { $last } အထိ ဖြစ်သည်။
}

trust-anchor-added = { $name } လက်မှတ်ထိုးထားသော စာရင်းများကို သင် ယခု ယုံကြည်ပါပြီ (သော့လက်ဗွေ { $kid })။
trust-bundle-written = { $count ->
   *[other] လက်မှတ်ထိုးသူ { $count } ဦး၏ လက်မှတ်ထိုးစာရင်းသည် { $path } တွင် ရှိသည်။
}
trust-imported = { $count ->
   *[other] { $date } တွင် ပြုလုပ်ထားသော လက်မှတ်ထိုးသူ { $count } ဦး၏ ယုံကြည်စာရင်းကို ထည့်ပြီးပါပြီ။
}
trust-list-empty = သင် မည်သည့်လက်မှတ်ထိုးသူကိုမျှ မယုံကြည်ရသေးပါ။ carnet trust import ဖြင့် ယုံကြည်စာရင်း ထည့်ပါ။
trust-list-bundle = { $days ->
    [0] { $anchor } ထံမှ ယုံကြည်စာရင်း၊ ယနေ့ ပြုလုပ်သည် ({ $date }):
   *[other] { $anchor } ထံမှ ယုံကြည်စာရင်း၊ လွန်ခဲ့သော { $days } ရက်က ပြုလုပ်သည် ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, သော့လက်ဗွေ { $kid }
revocation-imported = { $count ->
   *[other] { $date } တွင် ပြုလုပ်ထားသော { $name } ၏ စာရင်းကို ထည့်ပြီး- အသိအမှတ်ပြုလက်မှတ် { $count } ခု ပြန်ရုပ်သိမ်းထားသည်။
}

## Errors of these commands

error-issuer-exists = ဤဖိုင်တွဲတွင် လက်မှတ်ထိုးသူသော့ ရှိပြီးသား ဖြစ်သည်။ ဘာမှ မပြောင်းပါ။
error-no-issuer = ဤဖိုင်တွဲတွင် လက်မှတ်ထိုးသူသော့ မရှိသေးပါ။ carnet issuer init ဖြင့် ပြုလုပ်ပါ။
error-issuer-damaged = ဤဖိုင်တွဲရှိ လက်မှတ်ထိုးသူသော့ ပျက်စီးနေသည် သို့မဟုတ် ၎င်း၏ အသေးစိတ်နှင့် မကိုက်ညီပါ။ အရန်သိမ်းထားသော မိတ္တူကို ပြန်ထည့်ပါ။
error-anchor-exists = ဤဖိုင်တွဲတွင် ယုံကြည်မှုအခြေခံသော့ ရှိပြီးသား ဖြစ်သည်။ ဘာမှ မပြောင်းပါ။
error-no-anchor = ဤဖိုင်တွဲတွင် ယုံကြည်မှုအခြေခံသော့ မရှိသေးပါ။ carnet trust anchor init ဖြင့် ပြုလုပ်ပါ။
error-anchor-damaged = ဤဖိုင်တွဲရှိ ယုံကြည်မှုအခြေခံသော့ ပျက်စီးနေသည် သို့မဟုတ် ၎င်း၏ အသေးစိတ်နှင့် မကိုက်ညီပါ။ အရန်သိမ်းထားသော မိတ္တူကို ပြန်ထည့်ပါ။
error-identity-too-new = ဤသော့ကို Carnet ဗားရှင်းအသစ်က ပြုလုပ်ထားသည်။ သုံးရန် Carnet ကို အပ်ဒိတ်လုပ်ပါ။
error-storage-file = Carnet သည် { $path } ကို မရေးနိုင် သို့မဟုတ် မဖတ်နိုင်ပါ။ နေရာလွတ် ရှိကြောင်းနှင့် ထိုနေရာတွင် ရေးခွင့် ရှိကြောင်း စစ်ပါ။ (ကူညီသူအတွက်- { $reason })
error-file-too-big = { $path } သည် Carnet ဖိုင် ဖြစ်ရန် အလွန် ကြီးလွန်းသည်။
error-issuer-kind = “{ $value }” သည် လက်မှတ်ထိုးသူ အမျိုးအစား မဟုတ်ပါ။ trainer, employer, centre, college သို့မဟုတ် colleague ဟု ရေးပါ။
error-assessed-by = “{ $value }” သည် စစ်ဆေးနည်း မဟုတ်ပါ။ observation, test, document သို့မဟုတ် interview ဟု ရေးပါ။
error-expires-date = “{ $value }” သည် ရက်စွဲ မဟုတ်ပါ။ နှစ်-လ-ရက် ဟု ရေးပါ၊ ဥပမာ 2027-05-14။
error-expires-past = ကုန်ဆုံးရက်သည် ယနေ့ နောက်ပိုင်း ဖြစ်ရမည်။
error-issuer-indexes-used-up = ဤလက်မှတ်ထိုးသူသော့သည် ၎င်း၏ နံပါတ်အားလုံးကို ပေးပြီးပါပြီ။ လက်မှတ်ထိုးသူသော့အသစ် ပြုလုပ်ပါ။
error-revoke-not-issued = နံပါတ် { $index } ပါ အသိအမှတ်ပြုလက်မှတ်ကို သင် လက်မှတ်မထိုးခဲ့ပါ။ သင့်နံပါတ်များသည် 0 မှ { $next } အောက်အထိ ဖြစ်သည်။
error-anchor-name = အမည်သည် စာလုံး ၁ မှ ၁၀၀ အထိ ရှည်ရမည်။
error-anchor-known = ဤယုံကြည်မှုအခြေခံကို သင် ယုံကြည်ပြီးသား ဖြစ်သည် (သော့လက်ဗွေ { $kid })။
error-issuer-file = { $path } သည် လက်မှတ်ထိုးသူ၏ ဖိုင် မဟုတ်ပါ။ လက်မှတ်ထိုးသူထံ carnet issuer show --json ၏ ရလဒ်ကို တောင်းပါ။
error-trust-bundle-not-newer = ဤယုံကြည်စာရင်း သို့မဟုတ် ယုံကြည်မှုအခြေခံတစ်ခုတည်းမှ ပိုသစ်သောစာရင်း သင့်တွင် ရှိပြီးသား ဖြစ်သည်။ ဘာမှ မပြောင်းပါ။
error-status-list-not-newer = ဤလက်မှတ်ထိုးသူထံမှ ပိုသစ်သောစာရင်း သင့်တွင် ရှိပြီးသား ဖြစ်သည်။ ဘာမှ မပြောင်းပါ။
error-status-list-issuer-unknown = ဤစာရင်းသည် သင် မယုံကြည်ရသေးသော လက်မှတ်ထိုးသူထံမှ ဖြစ်သည် (သော့လက်ဗွေ { $kid })။ ၎င်း၏ အမည်ပါသော ယုံကြည်စာရင်းကို အရင် သွင်းပါ။
error-verifier-damaged = သင်သိမ်းထားသော ယုံကြည်စာရင်းများ ပျက်စီးနေသည် သို့မဟုတ် ပြောင်းထားသည်။ ပြန်သွင်းပါ။
error-verify-nonce = “{ $value }” သည် hex နံပါတ် မဟုတ်ပါ၊ ဥပမာ 3fa9။
error-verify-got-request = ဤအရာသည် တစ်စုံတစ်ဦး၏ အချက်များကို အတည်ပြုရန် တောင်းဆိုချက် ဖြစ်သည် (၎င်း၏စာသည် CNR1: ဖြင့် စသည်)၊ ကျွမ်းကျင်မှုများ ပြသော ကုဒ် မဟုတ်ပါ။ ဘာမှ မစစ်ခဲ့ပါ။ အတည်ပြုသူက ဤအမိန့်ဖြင့် လက်မှတ်ထိုးသည်- carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = ဤအရာသည် တစ်စုံတစ်ဦး၏ ကျွမ်းကျင်မှုများ ပြသော ကုဒ် ဖြစ်သည် (၎င်း၏စာသည် CN1: ဖြင့် စသည်)၊ အတည်ပြုရန် တောင်းဆိုချက် မဟုတ်ပါ။ ဘာမှ လက်မှတ်မထိုးခဲ့ပါ။ စစ်ရန် ရိုက်ပါ- carnet verify PICTURE၊ သို့မဟုတ် carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = ယုံကြည်စာရင်း ပျက်စီးနေသည် သို့မဟုတ် ယုံကြည်စာရင်း မဟုတ်ပါ။
error-trust-bundle-wrong-file = ဤအရာသည် အခြားအမျိုးအစား Carnet ဖိုင်ဖြစ်ပြီး ယုံကြည်စာရင်း မဟုတ်ပါ။
error-trust-bundle-newer-version = ဤယုံကြည်စာရင်းကို Carnet ဗားရှင်းအသစ်က ပြုလုပ်ထားသည်။ ဖတ်ရန် Carnet ကို အပ်ဒိတ်လုပ်ပါ။
error-trust-bundle-unknown-anchor = ဤယုံကြည်စာရင်းကို သင် မယုံကြည်သော ယုံကြည်မှုအခြေခံက လက်မှတ်ထိုးထားသည် (သော့လက်ဗွေ { $kid })။ သိလျှင် carnet trust anchor add ဖြင့် အရင် ထည့်ပါ။
error-trust-bundle-bad-signature = ဤယုံကြည်စာရင်းပေါ်ရှိ လက်မှတ် မကိုက်ညီပါ။ ဖိုင်ကို ပြောင်းထားသည် သို့မဟုတ် ပျက်စီးနေသည်။
error-trust-bundle-invalid = ယုံကြည်စာရင်းထဲရှိ တန်ဖိုးတစ်ခုကို သုံး၍ မရပါ ({ $field })။
error-trust-bundle-too-large = ယုံကြည်စာရင်း ကြီးလွန်းသည်။
error-status-list-malformed = စာရင်း ပျက်စီးနေသည် သို့မဟုတ် ပြန်ရုပ်သိမ်းထားသော အသိအမှတ်ပြုလက်မှတ်စာရင်း မဟုတ်ပါ။
error-status-list-wrong-file = ဤအရာသည် အခြားအမျိုးအစား Carnet ဖိုင်ဖြစ်ပြီး ပြန်ရုပ်သိမ်းထားသော အသိအမှတ်ပြုလက်မှတ်စာရင်း မဟုတ်ပါ။
error-status-list-newer-version = ဤစာရင်းကို Carnet ဗားရှင်းအသစ်က ပြုလုပ်ထားသည်။ ဖတ်ရန် Carnet ကို အပ်ဒိတ်လုပ်ပါ။
error-status-list-wrong-issuer = ဤစာရင်းသည် အခြားလက်မှတ်ထိုးသူ၏ စာရင်း ဖြစ်သည် ({ $expected } မဟုတ်ဘဲ { $found })။
error-status-list-bad-signature = ဤစာရင်းပေါ်ရှိ လက်မှတ် မကိုက်ညီပါ။ ဖိုင်ကို ပြောင်းထားသည် သို့မဟုတ် ပျက်စီးနေသည်။
error-status-list-invalid = စာရင်းထဲရှိ တန်ဖိုးတစ်ခုကို သုံး၍ မရပါ ({ $field })။
error-status-list-too-large = စာရင်း ကြီးလွန်းသည်။
