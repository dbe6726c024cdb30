# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app (the window on a phone or a computer).

## First run: choosing a language

app-choose-language = သင့်ဘာသာစကားကို ရွေးပါ
app-continue = ဆက်လုပ်ရန်

## First run: making a passphrase

app-create-title = သင့်မှတ်တမ်းစာအုပ်ကို ကာကွယ်ပါ
app-create-intro = စကားဝှက်တစ်ခု ရွေးပါ။ သင်တစ်ယောက်တည်းသာ သိရပါမည်။ မှတ်တမ်းစာအုပ်ကို ဖွင့်တိုင်း Carnet က ၎င်းကို မေးပါမည်။
app-passphrase = စကားဝှက်
app-passphrase-again = ထပ်ရိုက်ပါ
app-passphrase-show = ပြရန်
app-passphrase-hide = ဖျောက်ရန်
app-strength-too-short = တိုလွန်းသည်- အနည်းဆုံး စာလုံး { $min } လုံး သုံးပါ။
app-strength-weak = အားနည်းသည်- စကားလုံးအနည်းငယ်ကို တွဲသုံးလျှင် မှတ်ရလွယ်ပြီး ခန့်မှန်းရခက်သည်။
app-strength-fair = ကောင်းပါသည်။ ပိုရှည်လျှင် ပိုလုံခြုံသည်။
app-strength-strong = ခိုင်မာသည်။
app-passphrase-mismatch = စကားဝှက်နှစ်ခု မတူပါ။ ထပ်ရိုက်ပါ။
app-create = ကျွန်ုပ်၏ မှတ်တမ်းစာအုပ် ဖန်တီးရန်
app-working = ခဏစောင့်ပါ…
app-back = နောက်သို့

## Unlock

app-unlock-title = သင့်မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ
app-unlock = ဖွင့်ရန်
app-lock = ပိတ်ရန်

## The logbook

app-logbook-title = ကျွန်ုပ်၏ မှတ်တမ်းစာအုပ်
app-logbook-empty = သင့်မှတ်တမ်းစာအုပ်တွင် ဘာမှမရှိသေးပါ။ သင်လုပ်နိုင်သည့်အရာကို ထည့်ပါ။
app-add = ထည့်ရန်
app-kind-skill = ကျွမ်းကျင်မှုများ
app-kind-qualification = အရည်အချင်းလက်မှတ်များ
app-kind-experience = လုပ်ငန်းအတွေ့အကြုံ
app-kind-language = ဘာသာစကားများ
app-kind-learning = သင်တန်းများ
app-self-declared = ကိုယ်တိုင်ပြောထားသည်
app-show-more = { $count ->
   *[other] နောက်ထပ် { $count } ခု ပြရန်
}
app-endorsed = အသိအမှတ်ပြုပြီး

## Adding an entry

app-add-title = ကျွန်ုပ်၏ မှတ်တမ်းစာအုပ်ထဲ ထည့်ရန်
app-add-kind = ဘာလဲ။
app-add-title-label = အမည်
app-add-title-hint = ဥပမာ- ဂဟေဆော်ခြင်း၊ ကုန်တင်ကား မောင်းခြင်း၊ အာရပ်ဘာသာ
app-add-level = အဆင့်
app-level-none = အဆင့်မရှိ
app-level-basic = အခြေခံ
app-level-intermediate = အလယ်အလတ်
app-level-advanced = အဆင့်မြင့်
app-level-expert = ကျွမ်းကျင်သူ
app-level-eqf = အဆင့် { $level }
app-save = သိမ်းရန်
app-cancel = မလုပ်တော့ပါ

## Moving around

app-settings = ဆက်တင်များ
app-sync = ချိန်ကိုက်ရန်
app-edit = ပြင်ရန်
app-remove = ဖယ်ရှားရန်

## The logbook: search and filter

app-search = ရှာရန်
app-search-hint = စကားလုံးတစ်လုံး ရိုက်ပါ၊ ဥပမာ- ဂဟေ
app-stage-filter = သင့်ခရီး၏ အဆင့်
app-stage-any = အဆင့်အားလုံး
app-stage-recruitment = အလုပ်ခေါ်ယူခြင်း
app-stage-pre-departure = မထွက်ခွာမီ
app-stage-arrival = ရောက်ရှိခြင်း
app-stage-career = အလုပ်လုပ်နေစဉ်
app-stage-return = ပြန်လာခြင်း
app-search-none = ကိုက်ညီသည့်အရာ မရှိပါ။ အခြားစကားလုံး သို့မဟုတ် အခြားအဆင့်ကို စမ်းကြည့်ပါ။

## Changing and removing an entry

app-edit-title = ဤအချက်ကို ပြင်ရန်
app-stages = သင့်ခရီး၏ အဆင့်များ
app-remove-confirm = “{ $title }” ကို သင့်မှတ်တမ်းစာအုပ်မှ ဖယ်ရှားမလား။ ပြန်ယူ၍ မရပါ။
app-remove-yes = ဟုတ်ကဲ့၊ ဖယ်ရှားပါ

## Settings

app-settings-title = ဆက်တင်များ
app-settings-language = ဘာသာစကား
app-settings-lock = ပိတ်မည့်အချိန်
app-lock-minutes = { $minutes ->
   *[other] မသုံးဘဲ { $minutes } မိနစ်ကြာလျှင်
}
app-settings-passphrase = စကားဝှက် ပြောင်းရန်
app-passphrase-current = လက်ရှိ စကားဝှက်
app-passphrase-new = စကားဝှက်အသစ်
app-passphrase-change = စကားဝှက် ပြောင်းရန်
app-passphrase-changed = သင့်စကားဝှက် ပြောင်းပြီးပါပြီ။ ယခုမှစ၍ အသစ်ကို သုံးပါ။
app-about = Carnet အကြောင်း
app-locked-idle = အချိန်အတော်ကြာ မည်သူမျှ မသုံးသောကြောင့် Carnet က သင့်မှတ်တမ်းစာအုပ်ကို ပိတ်ထားပါသည်။ သင့်စကားဝှက်ဖြင့် ပြန်ဖွင့်ပါ။

## Sync with a hub

app-sync-title = ဟပ်ဗ်နှင့် ချိန်ကိုက်ရန်
app-sync-intro = ဟပ်ဗ်သည် သင့်မှတ်တမ်းစာအုပ်၏ သော့ခတ်ထားသော မိတ္တူကို သိမ်းထားသဖြင့် အခြားဖုန်းတွင် သုံးနိုင်ပါသည်။ ဟပ်ဗ်က ၎င်းကို ဖတ်၍ မရပါ။
app-hub-address = ဟပ်ဗ် လိပ်စာ
app-hub-address-hint = ဥပမာ- https://hub.example.org
app-hub-save = လိပ်စာ သိမ်းရန်
app-sync-now = ယခု ချိန်ကိုက်ရန်
app-sync-never = မချိန်ကိုက်ရသေးပါ။
app-sync-last = နောက်ဆုံး ချိန်ကိုက်ချိန်- { $when }
app-sync-pending = { $count ->
    [0] ပို့ရန် စောင့်နေသည့်အရာ မရှိပါ။
   *[other] အပြောင်းအလဲ { $count } ခု ပို့ရန် စောင့်နေသည်။
}
app-sync-sending = ပို့နေသည်
app-sync-receiving = လက်ခံနေသည်
app-sync-photos = ဓာတ်ပုံများ
app-sync-done = ချိန်ကိုက်ပြီးပါပြီ။

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = သင့်မှတ်တမ်းစာအုပ် ပိတ်ထားသည်။ သင့်စကားဝှက်ဖြင့် ဖွင့်ပြီး ထပ်စမ်းပါ။
error-unknown-language = Carnet တွင် { $tag } ဘာသာစကား မရှိပါ။ စာရင်းထဲမှ တစ်ခု ရွေးပါ။

## Settings: how the screens look

app-settings-display = Carnet ၏ ပုံစံ
app-high-contrast = အရောင်ခြားနားမှု ပြင်းပြင်း (အဖြူပေါ် အနက်)
app-text-size = စာလုံးအရွယ်
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = နားထောင်ရန်

## Two languages at once

app-dual-language = ဤဘာသာဖြင့်လည်း ပြရန်
app-dual-none = ဒုတိယဘာသာ မရှိ
