# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = ဓာတ်ပုံများနှင့် အသံမှတ်စုများ
app-evidence-hint = သင်လုပ်နိုင်သည်ကို ပြပါ- စာရွက်စာတမ်း၏ ဓာတ်ပုံ ရိုက်ပါ၊ သို့မဟုတ် သင့်အသံဖြင့် ပြောပြပါ။
app-evidence-add-photo = လက်မှတ်၏ ဓာတ်ပုံ ထည့်ရန်
app-evidence-record = အသံမှတ်စု သွင်းရန်
app-evidence-attach-sound = အသံဖိုင် တွဲရန်
app-evidence-adding-photo = ဓာတ်ပုံ ထည့်နေသည်…
app-evidence-adding-voice = အသံမှတ်စု ထည့်နေသည်…
app-evidence-recording = အသံသွင်းနေသည်- { $max } အနက် { $time }
app-evidence-stop = ရပ်ပြီး သိမ်းရန်
app-evidence-starting = မိုက်ခရိုဖုန်း ဖွင့်နေသည်…
app-evidence-photo = ဓာတ်ပုံ { $number }
app-evidence-voice = အသံမှတ်စု { $number }
app-evidence-view = အကြီး ကြည့်ရန်
app-evidence-close = ပိတ်ရန်
app-evidence-missing = ဤဖုန်းပေါ်တွင် မရှိသေးပါ။ ရယူရန် ချိန်ကိုက်ပါ။
app-evidence-other = Carnet ဗားရှင်းအသစ်မှ ဖိုင်ဖြစ်သည်။ ကြည့်ရန် Carnet ကို အပ်ဒိတ်လုပ်ပါ။
app-evidence-saved = သိမ်းပြီးပါပြီ။ ထပ်ထည့်နိုင်သည်။
app-evidence-remove-confirm = ဤအရာကို အချက်မှ ဖယ်ရှားမလား။ ဤစက်မှလည်း ဖျက်ပါမည်။
