# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = နောက်ထပ်စက်တစ်လုံး ထည့်ရန်
app-pair-intro = သင့်မှတ်တမ်းစာအုပ်ကို သင်၏ အခြားဖုန်း သို့မဟုတ် ကွန်ပျူတာပေါ် ထည့်ပါ။ စက်နှစ်လုံးစလုံး ဟပ်ဗ် လိုအပ်သည်။
app-pair-start = နောက်ထပ်စက်တစ်လုံး ထည့်ရန်
app-pair-passphrase = စက်ထည့်ရန် သင့်စကားဝှက်ကို ရိုက်ပါ။
app-pair-show = ကုဒ်ကို ပြရန်
app-pair-scan = စက်အသစ်ပေါ်တွင် “မှတ်တမ်းစာအုပ်သို့ ဝင်ရန်” ကို ရွေးပြီး ဤစတုရန်းကုဒ်ကို စကင်ဖတ်ပါ၊ သို့မဟုတ် ၎င်းအောက်ရှိ စာကို ရိုက်ပါ။
app-pair-qr-alt = စက်အသစ်ဖြင့် စကင်ဖတ်ရန် စတုရန်းကုဒ်
app-pair-code-label = စာအဖြစ် ကုဒ်
app-pair-expires = ဤကုဒ်သည် နောက်ထပ် { $time } အသုံးပြုနိုင်သည်။
app-pair-waiting = စက်အသစ်ကို စောင့်နေသည်…
app-pair-request = “{ $name }” က သင့်မှတ်တမ်းစာအုပ်ကို လိုချင်သည်။
app-pair-compare = စက်အသစ်တွင် ဤကုဒ်အတိုင်း ပြနေပါသလား။
app-pair-approve = ဟုတ်ကဲ့၊ ခွင့်ပြုပါ
app-pair-refuse = မဟုတ်ပါ
app-pair-approved = “{ $name }” တွင် သင့်မှတ်တမ်းစာအုပ် ရှိသွားပါပြီ။ ချိန်ကိုက်ပြီးနောက် စက်စာရင်းတွင် ပေါ်ပါမည်။
app-pair-refused = သင် ငြင်းလိုက်သည်။ “{ $name }” ဘာမှ မရပါ။
app-pair-again = ကုဒ်အသစ် ပြရန်

## Sync screen: the devices of this logbook

app-devices-title = သင့်စက်များ
app-devices-none = ဤမှတ်တမ်းစာအုပ်ကို မည်သည့်စက်မှ မချိန်ကိုက်ရသေးပါ။ ချိန်ကိုက်လိုက်လျှင် ဤစက် ဤနေရာတွင် ပေါ်ပါမည်။
app-devices-this = ဤစက်
app-devices-added = { $date } တွင် ထည့်ခဲ့သည်
app-devices-removed = { $date } တွင် ဖယ်ရှားခဲ့သည်
app-devices-remove = ဖယ်ရှားရန်
app-devices-remove-confirm = “{ $name }” ကို ဖယ်ရှားမလား။ ဖုန်း ပျောက်သွားလျှင်၊ ရောင်းလိုက်လျှင် သို့မဟုတ် ပေးလိုက်လျှင် ဤအရာကို သုံးပါ။
app-devices-remove-consequences = ၎င်းတွင် ရှိပြီးသားအရာများ ကျန်နေမည်၊ သို့သော် ယခုမှစ၍ သင်ထည့်သည့်အရာကို ရမည်မဟုတ်ပါ။ သင့်မှတ်တမ်းစာအုပ်သည် သော့အသစ် ရမည်ဖြစ်ပြီး သင်၏ အခြားစက်များက ချိန်ကိုက်သည့်အခါ ၎င်းကို ရပါမည်။ ထိုစက်ကို ထပ်သုံးလိုလျှင် ပြန်ထည့်ပါ။
app-devices-remove-yes = ဟုတ်ကဲ့၊ ဖယ်ရှားပါ
app-devices-removed-done = “{ $name }” ကို ဖယ်ရှားပြီးပါပြီ။ သင့်မှတ်တမ်းစာအုပ်တွင် ထိုစက်မှာ မရှိသော သော့အသစ် ရှိသွားပါပြီ။
app-devices-new-sheet = သင့်ပြန်ယူစာရွက်တွင် သော့အဟောင်း ရှိနေသည်။ ဆက်တင်များတွင် အသစ်တစ်ရွက် ယခု ပြုလုပ်ပြီး အဟောင်းကို ဖျက်ဆီးပါ။

## First run: another way to start

app-start-other = မှတ်တမ်းစာအုပ် ရှိပြီးသားလား။
app-start-join = အခြားစက်မှ ဝင်ရန်
app-start-recover = ပြန်ယူစာရွက်ဖြင့် ပြန်ယူရန်

## First run: joining a logbook from another device

app-join-title = မှတ်တမ်းစာအုပ်သို့ ဝင်ရန်
app-join-intro = သင်၏ အခြားစက်တွင် ချိန်ကိုက်ရန် ကိုဖွင့်ပြီး “နောက်ထပ်စက်တစ်လုံး ထည့်ရန်” ကို ရွေးပါ။ ကုဒ်တစ်ခု ပေါ်လာပါမည်။
app-join-code = ကုဒ် (CNP1: ဖြင့် စသည်)
app-join-code-hint = ကုဒ်ကို ဤနေရာတွင် ကူးထည့်ပါ သို့မဟုတ် ရိုက်ပါ
app-join-picture = ကုဒ်၏ ဓာတ်ပုံကို ဖွင့်ရန်
app-join-name = ဤစက်အတွက် အမည်
app-join-name-default = ကျွန်ုပ်၏ စက်အသစ်
app-join-passphrase = ဤစက်အတွက် စကားဝှက် ရွေးပါ
app-join-send = ဆက်လုပ်ရန်
app-join-check = သင်၏ အခြားစက်တွင် ဤကုဒ်အတိုင်း ပြရပါမည်။ ထိုစက်တွင် ခွင့်ပြုပါ။
app-join-waiting = သင်၏ အခြားစက်က ခွင့်ပြုရန် စောင့်နေသည်…
app-join-copying = သင့်မှတ်တမ်းစာအုပ်ကို ကူးယူနေသည်…

## First run: recovering a logbook with a recovery sheet

app-recover-title = သင့်မှတ်တမ်းစာအုပ်ကို ပြန်ယူရန်
app-recover-intro = သင့်ပြန်ယူစာရွက်နှင့် စကားဝှက်ကို သုံးပါ။ Carnet က သင့်မှတ်တမ်းစာအုပ်ကို ဟပ်ဗ်မှ ပြန်ယူပေးပါမည်။
app-recover-by-words = စကားလုံး ၁၂ လုံး ရိုက်ရန်
app-recover-by-code = စတုရန်းကုဒ် သုံးရန်
app-recover-words = စကားလုံး ၁၂ လုံး၊ အစဉ်လိုက်
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = စာရွက်ပေါ်ရှိ ဟပ်ဗ် လိပ်စာ
app-recover-code = စတုရန်းကုဒ်၏ စာ (CNS1: ဖြင့် စသည်)
app-recover-picture = စာရွက်၏ ဓာတ်ပုံကို ဖွင့်ရန်
app-recover-passphrase = သင့်စကားဝှက် (ယခင်က သုံးခဲ့သည့်အရာ)
app-recover-start = ကျွန်ုပ်၏ မှတ်တမ်းစာအုပ်ကို ပြန်ယူရန်

## Reading a square code from a picture

app-picture-read = ဓာတ်ပုံမှ ကုဒ်ကို ဖတ်ပြီးပါပြီ။
app-scan-camera = ကင်မရာဖြင့် စကင်ဖတ်ရန်
error-camera-scan = ကုဒ်ကို မဖတ်နိုင်ပါ။ Carnet က ကင်မရာကို မသုံးရလျှင် သင့်ဖုန်း၏ ဆက်တင်တွင် ခွင့်ပြုပါ။ ကုဒ်၏ ဓာတ်ပုံကိုလည်း ဖွင့်နိုင်သည်။

## Settings: the recovery sheet

app-sheet-title = ပြန်ယူစာရွက်
app-sheet-intro = ပြန်ယူစာရွက်ဆိုသည်မှာ စကားလုံး ၁၂ လုံးနှင့် စတုရန်းကုဒ်ပါသော စာရွက်ဖြစ်သည်။ ဤဖုန်း ပျောက်သွားလျှင် စာရွက်နှင့် သင့်စကားဝှက်ဖြင့် ဖုန်းအသစ်ပေါ်တွင် မှတ်တမ်းစာအုပ်ကို ပြန်ရနိုင်သည်။ စာရွက်ကို ဖုန်းနှင့် ဝေးရာတွင် လုံခြုံစွာ သိမ်းပါ။ စကားဝှက်ကို ၎င်းနှင့်အတူ မသိမ်းပါနှင့်။
app-sheet-replaces = စာရွက်အသစ်က အဟောင်းကို အစားထိုးသည်- အဟောင်း အလုပ်မလုပ်တော့ပါ။
app-sheet-needs-hub = စာရွက်သည် ဟပ်ဗ်ကို သုံးသည်။ ချိန်ကိုက်ရန် မျက်နှာပြင်တွင် ဟပ်ဗ် လိပ်စာကို အရင် သတ်မှတ်ပါ။
app-sheet-passphrase = စာရွက် ပြုလုပ်ရန် သင့်စကားဝှက်ကို ရိုက်ပါ
app-sheet-format = ဤပုံစံဖြင့် သိမ်းရန်
app-sheet-pdf = PDF၊ ပုံနှိပ်ရန်
app-sheet-png = ဓာတ်ပုံ
app-sheet-make = ပြန်ယူစာရွက် ပြုလုပ်ရန်
app-sheet-saved = သင့်ပြန်ယူစာရွက်ကို { $path } တွင် သိမ်းပြီးပါပြီ။ ပုံနှိပ်ပါ သို့မဟုတ် အောက်ပါစကားလုံးများကို ချရေးပြီး စာရွက်ကို လုံခြုံစွာ သိမ်းပါ။
app-sheet-english = စာရွက်သည် အင်္ဂလိပ်ဘာသာဖြင့် ဖြစ်သည်- Carnet သည် သင့်ဘာသာ၏ စာလုံးများကို စာရွက်ပေါ်တွင် မရေးနိုင်သေးပါ။
app-sheet-words = သင့်စကားလုံး ၁၂ လုံး

## Settings: export and import

app-export-title = ထုတ်ယူခြင်းနှင့် သွင်းခြင်း
app-export-intro = ထုတ်ယူခြင်းသည် သင့်မှတ်တမ်းစာအုပ် တစ်ခုလုံးကို ဖိုင်တစ်ခုတည်းတွင် သိမ်းပေးသည်၊ သိမ်းထားရန် သို့မဟုတ် သင်ရွေးသူကို ပေးရန်။
app-export-consent = ဤဖိုင်တွင် သင့်မှတ်တမ်းစာအုပ်ကို ဖတ်နိုင်သောပုံစံဖြင့် သိမ်းထားသည်- စကားဝှက်ဖြင့် သော့မခတ်ထားပါ။ ဖိုင်ကို ရသူ မည်သူမဆို အထဲရှိ အရာအားလုံးကို ဖတ်နိုင်သည်။ ဓာတ်ပုံများ ဖိုင်ထဲတွင် မပါပါ။
app-export-agree = နားလည်ပါသည်။ ဖိုင်ကို သိမ်းပါ
app-export = ထုတ်ယူရန်
app-export-saved = { $count ->
   *[other] အချက် { $count } ခုကို { $path } တွင် သိမ်းပြီးပါပြီ။
}
app-import-intro = သွင်းခြင်းသည် ထုတ်ယူထားသောဖိုင်ထဲရှိ အရာများကို ဤမှတ်တမ်းစာအုပ်ထဲ ထည့်ပေးသည်။ သင့်မှတ်တမ်းစာအုပ်မှ ဘာမှ မဖျက်ပါ။
app-import = ဖိုင် သွင်းရန်
app-import-added = { $count ->
    [0] အချက်အသစ် မရှိပါ။
   *[other] အချက်အသစ် { $count } ခု ထည့်ပြီးပါပြီ။
}
app-import-updated = { $count ->
    [0] ပြောင်းသည့်အချက် မရှိပါ။
   *[other] အချက် { $count } ခု ပြောင်းပြီးပါပြီ။
}
app-import-unchanged = { $count ->
    [0] တူပြီးသားအချက် မရှိပါ။
   *[other] အချက် { $count } ခု တူပြီးသား ဖြစ်သည်။
}
app-import-profile = သင့်ကိုယ်ရေးအချက်အလက် အပ်ဒိတ်လုပ်ပြီးပါပြီ။
app-import-missing-photos = { $count ->
   *[other] ဖိုင်တွင် အမည်ပါသော ဓာတ်ပုံ { $count } ပုံ ဤစက်ပေါ်တွင် မရှိပါ။
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = သင့်ပြန်ယူစာရွက်သည် စကားဝှက်အသစ်ဖြင့် ဆက်အလုပ်လုပ်ပါသည်။
app-passphrase-sheet-not-updated = ဟပ်ဗ်တွင် သင့်ပြန်ယူစာရွက်ကို အပ်ဒိတ်လုပ်၍ မရပါ။ အသစ်တစ်ရွက် မပြုလုပ်မချင်း ၎င်းသည် စကားဝှက်အဟောင်းကို လိုအပ်သည်။ ချိတ်ဆက်မိသည့်အခါ စာရွက်အသစ် ပြုလုပ်ပါ။

## This device's name

app-device-name = ဤစက်၏ အမည်
app-device-name-hint = သင်၏ အခြားစက်များတွင် ဤစက်အတွက် ပြမည့်အမည်၊ ဥပမာ “အမီနာ၏ ဖုန်း”။
app-device-name-saved = သိမ်းပြီးပါပြီ။ ဤစက် ချိန်ကိုက်ပြီးနောက် သင်၏ အခြားစက်များတွင် ပြပါမည်။
