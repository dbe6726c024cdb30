# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device, its setting, and its errors.

## Settings

app-pin-title = PIN ဖြင့် ဖွင့်ရန်
app-pin-intro = PIN ဆိုသည်မှာ ဤစက်ပေါ်တွင်သာ သင့်မှတ်တမ်းစာအုပ်ကို ဖွင့်ပေးသော နံပါတ်တို ဖြစ်သည်။ သင့်စကားဝှက် ဆက်အလုပ်လုပ်ပြီး အခြားစက်များတွင် ၎င်းကို လိုအပ်ဆဲ ဖြစ်သည်။
app-pin-unavailable = ဤစက်တွင် PIN ကို သိမ်းရန် လုံခြုံသောနေရာ မရှိပါ။ သင့်စကားဝှက်ဖြင့် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။
app-pin-on = PIN က ဤစက်ပေါ်တွင် သင့်မှတ်တမ်းစာအုပ်ကို ဖွင့်ပေးသည်။
app-pin-new = PIN အသစ် (ဂဏန်း ၆ မှ ၁၂ လုံး)
app-pin-again = PIN ကို ထပ်ရိုက်ပါ
app-pin-set = ဤ PIN ကို သုံးရန်
app-pin-set-done = သင့် PIN အသင့်ဖြစ်ပါပြီ။ နောက်တစ်ကြိမ် ၎င်းဖြင့် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။
app-pin-remove = PIN မသုံးတော့ရန်
app-pin-removed = PIN ပိတ်ထားပါပြီ။ သင့်စကားဝှက်ဖြင့် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။
app-pin-mismatch = PIN နှစ်ခု မတူပါ။ ထပ်ရိုက်ပါ။

## Unlock

app-pin = PIN
app-pin-unlock = ကျွန်ုပ်၏ PIN ဖြင့် ဖွင့်ရန်
app-pin-use-passphrase = ယင်းအစား စကားဝှက် သုံးရန်
app-pin-use-pin = ကျွန်ုပ်၏ PIN သုံးရန်

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN တွင် ဂဏန်း ၆ မှ ၁၂ လုံးသာ ပါရမည်၊ အခြားဘာမှ မပါရပါ။
error-pin-wrong = ဤ PIN မမှန်ပါ။ { $left ->
   *[other] နောက်ထပ် { $left } ကြိမ် စမ်းနိုင်သည်၊ ထို့နောက် စကားဝှက် လိုအပ်ပါမည်။
}
error-pin-locked = PIN မှားသည်မှာ အကြိမ်များလွန်းသဖြင့် PIN ကို ပိတ်လိုက်သည်။ သင့်စကားဝှက်ဖြင့် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။ ထို့နောက် PIN အသစ် ပြုလုပ်နိုင်သည်။
error-pin-none = ဤစက်ပေါ်တွင် PIN မရှိပါ။ သင့်စကားဝှက်ဖြင့် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။
error-pin-keystore = ဤစက်၏ လုံခြုံသော သိုလှောင်ရာက မတုံ့ပြန်သဖြင့် PIN ကို ယခု သုံး၍ မရပါ။ သင့်စကားဝှက်ဖြင့် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။
