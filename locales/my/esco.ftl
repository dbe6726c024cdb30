# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = ဤဝန်ဆောင်မှုသည် ဥရောပကော်မရှင်၏ ESCO အမျိုးအစားခွဲခြားမှုကို အသုံးပြုသည်။
esco-attribution-version = { esco-attribution } ESCO v{ $version }၊ ပြင်ဆင်ထားသည်- အော့ဖ်လိုင်း အသုံးပြုရန် ပြောင်းထားသော အစိတ်အပိုင်း။

## Help

cli-cmd-esco = ဥရောပ ကျွမ်းကျင်မှုနှင့် အလုပ်အကိုင်စာရင်း ESCO တွင် ကျွမ်းကျင်မှုများနှင့် အလုပ်အကိုင်များကို အင်တာနက်မလိုဘဲ ရှာရန်။
cli-cmd-esco-search = ESCO ကျွမ်းကျင်မှုများနှင့် အလုပ်အကိုင်များကို ၎င်းတို့၏ အမည်ဖြင့်၊ သင့်ဘာသာ သို့မဟုတ် အင်္ဂလိပ်ဘာသာဖြင့် ရှာရန်။ ရိုက်မှားမှု အသေးအဖွဲကို ခွင့်လွှတ်သည်။
cli-cmd-match = သင့်မှတ်တမ်းစာအုပ်ကို အလုပ်အကိုင်တစ်ခုနှင့် နှိုင်းယှဉ်ရန်- ၎င်း၏ ကျွမ်းကျင်မှုများထဲမှ မည်သည်တို့ သင့်တွင် ရှိပြီး မည်သည်တို့ မရှိသေးသလဲ။
cli-arg-esco-text = ရှာမည့် စကားလုံးများ၊ ဥပမာ "welding" သို့မဟုတ် "carpenter"။
cli-arg-esco-kind = skill သာ သို့မဟုတ် occupation သာ။
cli-arg-esco-limit = ပြမည့် ရလဒ် အများဆုံး အရေအတွက်။ မူလတန်ဖိုးမှာ 10။
cli-arg-esco-taxonomy = Carnet နှင့်အတူ ပါလာသော ဖိုင်အစား သုံးမည့် ESCO ဒေတာဖိုင်။
cli-arg-match-occupation = ESCO အလုပ်အကိုင်- ၎င်း၏ လိပ်စာ (http://data.europa.eu/esco/occupation/…) သို့မဟုတ် အဆုံးရှိ ကုဒ်။
cli-arg-match-rank = ယင်းအစား သင့်မှတ်တမ်းစာအုပ်က အဓိကကျွမ်းကျင်မှုများကို အကောင်းဆုံး ဖုံးလွှမ်းသော အလုပ်အကိုင် ၁၀ ခုကို ပြရန်။
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = သင့်ခရီး၏ အဆင့်တစ်ခုတွင် သင့်အချက်များထဲမှ မည်သည်တို့ အရေးကြီးသည်နှင့် အကြောင်းရင်းကို ပြရန်။ အလုပ်ခေါ်ယူခြင်းအတွက် သင်လျှောက်သည့်အလုပ်ကို ဖော်ပြနိုင်သည်။
cli-arg-stage-view-stage = အဆင့်- recruitment, pre-departure, arrival, career သို့မဟုတ် return။
cli-arg-stage-view-occupation = အလုပ်ခေါ်ယူခြင်းအတွက်- သင်လျှောက်သည့်အလုပ်၊ ၎င်း၏ ESCO လိပ်စာ (http://data.europa.eu/esco/occupation/…) သို့မဟုတ် အဆုံးရှိ ကုဒ်အဖြစ်။
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ကျွမ်းကျင်မှု
esco-kind-occupation = အလုပ်အကိုင်
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = “{ $text }” နှင့် ကိုက်ညီသော ESCO ကျွမ်းကျင်မှု သို့မဟုတ် အလုပ်အကိုင် မရှိပါ။
esco-match-summary = { $total ->
    [0] ဤအလုပ်အကိုင်တွင် ESCO ၌ အဓိကကျွမ်းကျင်မှု မရှိပါ။
   *[other] သင့်မှတ်တမ်းစာအုပ်သည် ၎င်း၏ အဓိကကျွမ်းကျင်မှု { $total } ခုအနက် { $covered } ခုကို ဖုံးလွှမ်းသည်။
}
esco-match-essential = အဓိကကျွမ်းကျင်မှုများ:
esco-match-optional = ရွေးချယ်နိုင်သော ကျွမ်းကျင်မှုများ:
esco-coverage-endorsed = အသိအမှတ်ပြုပြီး
esco-coverage-self-declared = သင်ကိုယ်တိုင် ပြောထားသည်
esco-coverage-missing = လိုနေသည်
esco-match-maybe = သင့်အချက် “{ $title }” ({ $id }) ဖြစ်နိုင်သလား။
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = သင့်အချက်များတွင် ESCO ကျွမ်းကျင်မှု တစ်ခုမှ မရှိသေးပါ။ carnet add skill --title … --esco ADDRESS ဖြင့် ထည့်ပါ (carnet esco search ဖြင့် လိပ်စာကို ရှာပါ)။

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] { $stage } အတွက် ဤအချက် { $count } ခု အရေးကြီးသည်-
}
stage-view-none = { $stage } အတွက် သင့်အချက်များထဲမှ တစ်ခုမှ အရေးမကြီးသေးပါ။ အချက်များကို ဤအဆင့်ဖြင့် အမှတ်အသားပြုပါ- carnet edit ID --set stages={ $stage }
stage-view-present = ၎င်းတို့ကို QR ကုဒ်အဖြစ် ပြရန်- { $command }
stage-why-target-essential = ဤအလုပ်အတွက် အဓိကကျွမ်းကျင်မှု
stage-why-target-optional = ဤအလုပ်အတွက် အသုံးဝင်သည်
stage-why-target-maybe = ဤအလုပ်၏ ကျွမ်းကျင်မှုနှင့် ကိုက်ညီနိုင်သည်
stage-why-marked = ဤအဆင့်အတွက် သင် အမှတ်အသားပြုထားသည်
stage-why-abroad = နိုင်ငံခြားတွင် သင်ယူခဲ့သည် သို့မဟုတ် လုပ်ခဲ့သည်
stage-why-endorsed = လက်မှတ်ထိုးပြီး
stage-why-qualification = ဒီပလိုမာ သို့မဟုတ် လက်မှတ်
stage-why-language = ဘာသာစကား
stage-why-experience = သင်လုပ်ခဲ့သော အလုပ်
stage-why-learning = သင်တန်း
stage-why-skill = ကျွမ်းကျင်မှု
