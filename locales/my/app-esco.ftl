# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = စံအမည်ကို ရှာရန် (ESCO)
app-esco-find-hint = စာလုံးအနည်းငယ် ရိုက်ပါ၊ ဥပမာ “ဂဟေ”
app-esco-why = အခြားနိုင်ငံများရှိ အလုပ်ရှင်များ ဤအမည်များကို သိကြသည်။ သင်လုပ်သည့်အလုပ်နှင့် အနီးစပ်ဆုံးကို ရွေးပါ။
app-esco-none = စံအမည် မတွေ့ပါ။ အခြားစကားလုံး သို့မဟုတ် ပိုတိုသော စကားလုံးကို စမ်းကြည့်ပါ။
app-esco-english = အင်္ဂလိပ်လို- { $english }
app-esco-linked = စံအမည်
app-esco-unlink = ဖယ်ရှားရန်
app-esco-choose = ရွေးရန်
app-esco-searching = ရှာနေသည်…
app-esco-kind-skill = ကျွမ်းကျင်မှု
app-esco-kind-occupation = အလုပ်

## Comparing with a job

app-match = ကျွန်ုပ်အတွက် အလုပ်များ
app-match-title = ကျွန်ုပ်အတွက် အလုပ်များ
app-match-intro = အလုပ်တစ်ခု ရွေးပြီး ၎င်း၏ ကျွမ်းကျင်မှုများထဲမှ မည်သည်တို့ကို သင့်မှတ်တမ်းစာအုပ်က ပြထားသည်၊ မည်သည်တို့ လိုနေသည်ကို ကြည့်ပါ။
app-match-find = အလုပ် ရှာရန်
app-match-chosen = သင်ရွေးထားသော အလုပ်
app-match-find-hint = ဥပမာ “စားဖိုမှူး” သို့မဟုတ် “ဂဟေဆရာ”
app-match-fit = ကျွန်ုပ်၏ မှတ်တမ်းစာအုပ်နှင့် ကိုက်ညီသော အလုပ်များ
app-match-fit-none = သင့်အချက်များတွင် စံအမည် တစ်ခုမှ မရှိသေးပါ။ အချက်တစ်ခုတွင် အရင်ထည့်ပါ- ပြင်ရန်၊ ထို့နောက် “စံအမည်ကို ရှာရန်”။
app-match-fit-line = အဓိကကျွမ်းကျင်မှု { $total } ခုအနက် { $covered } ခု ({ $percent }%)
app-match-summary = { $total ->
    [0] ဤအလုပ်တွင် ESCO ၌ အဓိကကျွမ်းကျင်မှု မရှိပါ။
   *[other] သင့်မှတ်တမ်းစာအုပ်က ၎င်း၏ အဓိကကျွမ်းကျင်မှု { $total } ခုအနက် { $covered } ခုကို ပြထားသည်။
}
app-match-essential = အဓိကကျွမ်းကျင်မှုများ
app-match-optional = အခြား အသုံးဝင်သော ကျွမ်းကျင်မှုများ
app-match-endorsed = လက်မှတ်ထိုးပြီး
app-match-self-declared = သင်ကိုယ်တိုင် ပြောထားသည်
app-match-missing = လိုနေသည်
app-match-maybe = ဤအရာသည် သင့်အချက် “{ $title }” လား။
app-match-link = ဟုတ်ကဲ့၊ ချိတ်ပါ
app-match-other-job = အခြားအလုပ်

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = ဤအဆင့်အတွက် ရွေးရန်
app-stage-template-hint = ဤအဆင့်တွင် အရေးကြီးသည့်အရာများကို Carnet က အမှတ်ခြစ်ပေးသည်။ သင် ပြောင်းနိုင်သည်။
app-stage-target = သင်လျှောက်သည့်အလုပ် (ကျော်နိုင်သည်)
