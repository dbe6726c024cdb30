# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = ရိုက်ပုံ:
cli-help-commands = အမိန့်များ:
cli-help-arguments = ပေးရမည့်အရာ:
cli-help-options = ရွေးစရာများ:
cli-help-examples = ဥပမာများ:

## Help: the whole program

cli-about = Carnet သည် သင်လုပ်နိုင်သည့်အရာများကို မှတ်တမ်းတင်ထားသည်- ကျွမ်းကျင်မှု၊ အလုပ်၊ ဘာသာစကား၊ ဒီပလိုမာနှင့် သင်တန်းများ။ မှတ်တမ်းသည် သင့်စက်ပေါ်တွင်သာ ရှိပြီး သင့်စကားဝှက်ဖြင့် သော့ခတ်ထားသည်။

cli-examples =
    မှတ်တမ်းစာအုပ် စတင်ရန်:       carnet init
    ကျွမ်းကျင်မှု ထည့်ရန်:         carnet add skill --title "Welding" --level advanced
    သင့်အချက်များ ကြည့်ရန်:        carnet list
    အချက်တစ်ခု ကြည့်ရန်:          carnet show 3f2a
    အမိန့်တစ်ခုအတွက် အကူအညီ:     carnet add --help

cli-opt-data-dir = သင့်မှတ်တမ်းစာအုပ် သိမ်းထားသော ဖိုင်တွဲ။ CARNET_DATA_DIR ဖြင့်လည်း သတ်မှတ်နိုင်သည်။
cli-opt-json = အခြားပရိုဂရမ်များအတွက် JSON ဖြင့် ဖြေရန်။
cli-opt-lang = Carnet ၏ စာတိုများ၏ ဘာသာစကား၊ ဥပမာ ar, fa, fr, uk သို့မဟုတ် en။
cli-opt-help = ဤအကူအညီကို ပြရန်။
cli-opt-version = Carnet ၏ ဗားရှင်းကို ပြရန်။

## Help: commands

cli-cmd-init = စကားဝှက်ဖြင့် သော့ခတ်ထားသော မှတ်တမ်းစာအုပ်အသစ် ပြုလုပ်ရန်။
cli-cmd-passphrase = သင့်မှတ်တမ်းစာအုပ်၏ စကားဝှက်ကို ပြောင်းရန်။
cli-cmd-passphrase-change = သင့်စကားဝှက်ကို ပြောင်းရန်။ အဟောင်းကို ရိုက်ပြီး အသစ်ကို နှစ်ကြိမ် ရိုက်ပါ။
cli-cmd-profile = သင့်ကိုယ်ရေးအချက်အလက်ကို ကြည့်ရန် သို့မဟုတ် ပြောင်းရန်- သင့်အမည်၊ နိုင်ငံများ၊ ဘာသာစကားများ။
cli-cmd-profile-show = သင့်ကိုယ်ရေးအချက်အလက်ကို ပြရန်။
cli-cmd-profile-set = သင့်ကိုယ်ရေးအချက်အလက်ကို ပြောင်းရန်။ တစ်ခုခုကို ရှင်းလိုလျှင် တန်ဖိုးအလွတ် ပေးပါ၊ ဥပမာ --contact ""။
cli-cmd-add = အချက်တစ်ခု ထည့်ရန်- ကျွမ်းကျင်မှု၊ အရည်အချင်းလက်မှတ်၊ လုပ်ငန်းအတွေ့အကြုံ၊ ဘာသာစကား သို့မဟုတ် သင်တန်း။
cli-cmd-list = သင့်အချက်များကို စာရင်းပြရန်။
cli-cmd-show = အချက်တစ်ခု၏ အရာအားလုံးကို ပြရန်။
cli-cmd-edit = အချက်တစ်ခုကို ပြင်ရန်။
cli-cmd-rm = အချက်တစ်ခုကို ဖျက်ရန်။
cli-cmd-search = စကားလုံးအချို့ ပါသော အချက်များကို ရှာရန်။
cli-cmd-detach = ဓာတ်ပုံ သို့မဟုတ် အသံမှတ်စုကို အချက်မှ ဖယ်ရှားရန်။ အခြားအချက်က မပြလျှင် ဤစက်မှလည်း ဖျက်ပါမည်။
cli-cmd-attach = အချက်တစ်ခုတွင် စာရွက်စာတမ်း၏ ဓာတ်ပုံ ထည့်ရန်၊ ဥပမာ ဒီပလိုမာ၊ လက်မှတ် သို့မဟုတ် အလုပ်စာရွက်။ သို့မဟုတ် အသံမှတ်စု ထည့်ရန်- ကျွမ်းကျင်မှုအကြောင်း သင်ပြောထားသော အသံဖိုင်။
cli-cmd-export = သင့်မှတ်တမ်းစာအုပ် တစ်ခုလုံးကို အခြားပရိုဂရမ်များ ဖတ်နိုင်သော ဖိုင်အဖြစ် ရေးရန်။
cli-cmd-import = Carnet ထုတ်ယူဖိုင်ကို သင့်မှတ်တမ်းစာအုပ်ထဲ ဖတ်သွင်းရန်။ သင့်မှတ်တမ်းစာအုပ်မှ ဘာမှ မဖျက်ပါ။
cli-cmd-devices = သင့်မှတ်တမ်းစာအုပ် ရှိသော စက်များ။
cli-cmd-devices-list = သင့်မှတ်တမ်းစာအုပ် ရှိသော စက်များကို ပြရန်။
cli-cmd-devices-remove = စက်တစ်လုံးမှ သင့်မှတ်တမ်းစာအုပ်ကို ဖယ်ရှားရန်၊ ဥပမာ ပျောက်သွားသော ဖုန်း။ ယခုမှစ၍ သင်ထည့်သည့်အရာကို ၎င်း မဖတ်နိုင်တော့ပါ။
cli-cmd-pair = သင့်မှတ်တမ်းစာအုပ်ကို သင်၏ အခြားစက်ပေါ် ထည့်ရန်၊ ဥပမာ ဖုန်းအသစ်။
cli-cmd-pair-show = မှတ်တမ်းစာအုပ် ရှိသော စက်ပေါ်တွင်- စက်အသစ်အတွက် ကုဒ်ပြပြီး ခွင့်ပြုပါ။
cli-cmd-pair-join = စက်အသစ်ပေါ်တွင်- သင်၏ အခြားစက် ပြသော ကုဒ်ဖြင့် မှတ်တမ်းစာအုပ်ကို ရယူပါ။
cli-cmd-sync = သင့်အပြောင်းအလဲများကို စင်တာ၏ ဟပ်ဗ်သို့ ပို့ပြီး သင်၏ အခြားစက်များတွင် လုပ်ခဲ့သော အပြောင်းအလဲများကို ရယူရန်။ ဟပ်ဗ်သည် ၎င်း မဖတ်နိုင်သော သော့ခတ်ထားသည့် မိတ္တူကိုသာ သိမ်းသည်။

## Help: what to give to the commands

cli-arg-kind = အချက်အမျိုးအစား- skill (ကျွမ်းကျင်မှု)၊ qualification (အရည်အချင်း)၊ experience (အလုပ်)၊ language (ဘာသာစကား) သို့မဟုတ် learning (သင်တန်း)။
cli-arg-title = အမည်တို၊ ဥပမာ "ဂဟေဆော်ခြင်း" သို့မဟုတ် "ယာဉ်မောင်းလိုင်စင် B"။
cli-arg-description = လိုလျှင် ၎င်းအကြောင်း နောက်ထပ်စကားများ။
cli-arg-level = သင် မည်မျှ တော်သလဲ။ ကျွမ်းကျင်မှု သို့မဟုတ် အလုပ်အတွက်- basic, intermediate, advanced သို့မဟုတ် expert။ ဘာသာစကားအတွက်- A1 (အစပြု) မှ C2 (အလွန်ကောင်း)။ အရည်အချင်း သို့မဟုတ် သင်တန်းအတွက်- ၎င်း၏ EQF အဆင့်၊ ၁ မှ ၈။
cli-arg-eqf = ဒီပလိုမာ သို့မဟုတ် သင်တန်း၏ EQF အဆင့်၊ ၁ မှ ၈၊ သိလျှင်။
cli-arg-from = စတင်ချိန်- နှစ် (2019)၊ လ (2019-05) သို့မဟုတ် ရက် (2019-05-14)။
cli-arg-to = ပြီးဆုံးချိန်၊ တူညီသောပုံစံဖြင့်။ ဆက်လုပ်နေဆဲဖြစ်လျှင် မထည့်ပါနှင့်။
cli-arg-organisation = အလုပ်ရှင်၊ ကျောင်း သို့မဟုတ် သင်တန်းစင်တာ။
cli-arg-place = မြို့ သို့မဟုတ် နေရာ။
cli-arg-country = နိုင်ငံ၊ စာလုံးနှစ်လုံးဖြင့်၊ ဥပမာ SY, AF, DE။
cli-arg-context = သင် မည်သို့ သင်ယူခဲ့သလဲ- formal (ကျောင်း၊ ဒီပလိုမာ)၊ non-formal (သင်တန်း) သို့မဟုတ် informal (လုပ်ရင်း)။
cli-arg-written-in = ဤအချက်ကို ရေးခဲ့သော ဘာသာစကား၊ ကုဒ်တိုဖြင့်၊ ဥပမာ ar သို့မဟုတ် en။
cli-arg-esco = ကျွမ်းကျင်မှု သို့မဟုတ် အလုပ်၏ ESCO လိပ်စာ၊ သိလျှင်။
cli-arg-isco = ISCO-08 အလုပ်ကုဒ် (ဂဏန်း ၁ မှ ၄ လုံး)၊ သိလျှင်။
cli-arg-stage = သင့်ခရီး၏ မည်သည့်အချိန်တွင် ဤအရာ အရေးကြီးသလဲ- recruitment, pre-departure, arrival, career သို့မဟုတ် return။ တစ်ခုထက်ပို ပေးနိုင်သည်။

cli-arg-list-kind = ဤအမျိုးအစား အချက်များကိုသာ ပြရန်- skill, qualification, experience, language သို့မဟုတ် learning။
cli-arg-list-stage = ဤအဆင့်အတွက် အချက်များကိုသာ ပြရန်- recruitment, pre-departure, arrival, career သို့မဟုတ် return။

cli-arg-id = အချက်၏ id။ ပထမ စာလုံး ၄ လုံး သို့မဟုတ် ပို၍ လုံလောက်သည်။ id များကို ကြည့်ရန် ရိုက်ပါ- carnet list
cli-arg-set = အပြောင်းအလဲ၊ FIELD=VALUE ဟု ရေးပါ၊ ဥပမာ level=advanced။ ပိုပြောင်းလိုလျှင် ထပ်ပေးပါ။ တန်ဖိုးအလွတ်က အကွက်ကို ရှင်းပေးသည်။ အကွက်များမှာ- title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco။
cli-arg-text = ရှာမည့် စကားလုံးများ။
cli-arg-evidence = ဖယ်ရှားမည့် ဓာတ်ပုံ သို့မဟုတ် အသံမှတ်စု- carnet show နှင့် carnet attach ပြသည့်အတိုင်း ၎င်း၏ id (ပထမ စာလုံး ၈ လုံး သို့မဟုတ် ပို၍ လုံလောက်သည်)။
cli-arg-photo = ဓာတ်ပုံ (JPEG, PNG သို့မဟုတ် WebP) သို့မဟုတ် အသံဖိုင် (WebM, Ogg, MP4, M4A, AAC, MP3 သို့မဟုတ် WAV၊ 5 MB အထိ)။ မည်သည့်အမျိုးအစားလဲ သိရန် Carnet က ဖိုင်ထဲကို ကြည့်သည်။ ဓာတ်ပုံ ရိုက်ခဲ့သည့်နေရာကဲ့သို့ ဝှက်ထားသော ဒေတာများကို ဖယ်ရှားသည်။
cli-arg-format = ဖိုင်အမျိုးအစား။ လောလောဆယ် json သာ။
cli-arg-file = ဖတ်မည့် ထုတ်ယူဖိုင်။

cli-arg-name = အခြားသူများ မြင်စေလိုသည့် သင့်အမည်။
cli-arg-birth-date = သင့်မွေးနေ့- 1990, 1990-05 သို့မဟုတ် 1990-05-14။
cli-arg-origin = သင် လာခဲ့သော နိုင်ငံ၊ စာလုံးနှစ်လုံးဖြင့်၊ ဥပမာ SY, AF, ER။
cli-arg-current = သင် ယခု နေထိုင်သော နိုင်ငံ၊ စာလုံးနှစ်လုံးဖြင့်၊ ဥပမာ DE, FR။
cli-arg-contact = လူများ သင့်ကို ဆက်သွယ်နိုင်ပုံ၊ ဥပမာ ဖုန်းနံပါတ် သို့မဟုတ် အီးမေးလ်။
cli-arg-language = သင်သိသော ဘာသာစကား၊ ကုဒ်တိုဖြင့်၊ ဥပမာ ar, fa-AF သို့မဟုတ် en။ အောက်ပါ ရွေးစရာများသည် ဤဘာသာစကားအကြောင်း ဖြစ်သည်။
cli-arg-mother-tongue = ဤဘာသာစကားသည် သင့်မိခင်ဘာသာစကား ဖြစ်သည်။
cli-arg-not-mother-tongue = ဤဘာသာစကားသည် သင့်မိခင်ဘာသာစကား မဟုတ်ပါ။
cli-arg-listening = ပြောသူများကို သင် မည်မျှ နားလည်သလဲ- A1 (အစပြု) မှ C2 (အလွန်ကောင်း)။
cli-arg-reading = သင် မည်မျှ ဖတ်နိုင်သလဲ- A1 မှ C2။
cli-arg-spoken-interaction = စကားပြောဆိုမှုတွင် သင် မည်မျှ ပါဝင်နိုင်သလဲ- A1 မှ C2။
cli-arg-spoken-production = သင်တစ်ယောက်တည်း မည်မျှ ပြောနိုင်သလဲ- A1 မှ C2။
cli-arg-writing = သင် မည်မျှ ရေးနိုင်သလဲ- A1 မှ C2။
cli-arg-remove-language = သင့်ကိုယ်ရေးအချက်အလက်မှ ဘာသာစကားတစ်ခု ဖယ်ရှားရန်။
cli-arg-hub = စင်တာ၏ ဟပ်ဗ် လိပ်စာ၊ ဥပမာ http://192.168.1.10:8470။ Carnet က မှတ်ထားပါမည်။
cli-arg-device-id = စက်၏ id၊ ဤအမိန့်က ပြသည့်အတိုင်း- carnet devices list (ပထမ စာလုံး ၄ လုံး သို့မဟုတ် ပို၍ လုံလောက်သည်)။
cli-arg-pair-approve = ဤကုဒ်ကို ပြလျှင် မမေးဘဲ စက်အသစ်ကို ခွင့်ပြုရန် (ကူညီသူများနှင့် script များအတွက်)။
cli-arg-pair-code = သင်၏ အခြားစက် ပြသော ကုဒ်။ CNP1: ဖြင့် စသည်
cli-arg-pair-name = ဤစက်အတွက် အမည်၊ အခြားစက်တွင် သင် သိနိုင်ရန် (ဥပမာ "အမာလ်၏ ဖုန်း")။
cli-arg-sync-status = နောက်ဆုံး ချိန်ကိုက်ချိန်နှင့် စောင့်နေသော အပြောင်းအလဲ အရေအတွက်ကိုသာ ပြရန်။ ဘာမှ မပို့ပါ။
cli-arg-sync-watch = ဆက်တိုက် ချိန်ကိုက်ရန်။ ဟပ်ဗ်ကို မဆက်သွယ်နိုင်လျှင် နောက်မှ ထပ်စမ်းပြီး အကြိမ်တိုင်း ပိုကြာကြာ စောင့်ပါမည်။
cli-arg-sync-every = --watch နှင့်အတူ- ချိန်ကိုက်မှုတစ်ခုနှင့်တစ်ခုကြား စောင့်ရမည့် စက္ကန့် (မပေးလျှင် 300)။

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = အနည်းဆုံး စာလုံး { $min } လုံးပါသော စကားဝှက် ရွေးပါ။ မှတ်တမ်းစာအုပ် ဖွင့်တိုင်း လိုအပ်သည်။ မည်သူမျှ သင့်အတွက် ပြန်ယူပေး၍ မရပါ။
cli-passphrase-prompt = စကားဝှက်:
cli-passphrase-new-prompt = စကားဝှက်အသစ်:
cli-passphrase-repeat-prompt = စကားဝှက်အသစ်ကို ထပ်ရိုက်ပါ:
cli-passphrase-changed = သင့်စကားဝှက် ပြောင်းပြီးပါပြီ။ ယခုမှစ၍ အသစ်ကို သုံးပါ။

## Answers

cli-init-done = သင့်မှတ်တမ်းစာအုပ် အသင့်ဖြစ်ပါပြီ။ ဤဖိုင်တွဲထဲတွင် ရှိသည်- { $dir }
cli-init-next = သင့်စကားဝှက်ကို လုံခြုံစွာ ထားပါ။ ၎င်းမရှိလျှင် မည်သူမျှ၊ သင်ကိုယ်တိုင်ပင် မှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်ပါ။ နောက်တစ်ဆင့်၊ သင်လုပ်နိုင်သည့်အရာကို ထည့်ပါ၊ ဥပမာ- carnet add skill --title "Cooking"

cli-list-empty = သင့်မှတ်တမ်းစာအုပ်တွင် အချက် မရှိသေးပါ။ ထည့်ရန် ရိုက်ပါ- carnet add skill --title "Cooking"
cli-list-none-match = သင်တောင်းသည်နှင့် ကိုက်ညီသော အချက် မရှိပါ။
cli-search-none = ဤစကားလုံးများ ပါသော အချက် မရှိပါ။ အခြားစကားလုံးများ စမ်းပါ၊ သို့မဟုတ် ရိုက်ပါ- carnet list

cli-edit-saved = သင့်အပြောင်းအလဲကို သိမ်းပြီးပါပြီ။
cli-rm-done = ဖျက်ပြီး- { $title }
cli-detached = ဓာတ်ပုံ သို့မဟုတ် အသံမှတ်စုကို အချက်မှ ဖယ်ရှားပြီးပါပြီ။

cli-profile-saved = သင့်ကိုယ်ရေးအချက်အလက်ကို သိမ်းပြီးပါပြီ။
cli-profile-empty = သင့်ကိုယ်ရေးအချက်အလက်တွင် ဘာမှ မရှိသေးပါ။ သင့်အမည် ထည့်ရန် ရိုက်ပါ- carnet profile set --name "သင့်အမည်"

cli-import-added = { $count ->
   *[other] အချက် { $count } ခု ထည့်ပြီးပါပြီ။
}
cli-import-updated = { $count ->
   *[other] အချက် { $count } ခု အပ်ဒိတ်လုပ်ပြီးပါပြီ။
}
cli-import-unchanged = { $count ->
   *[other] အချက် { $count } ခု တူပြီးသား ဖြစ်သည်။
}
cli-import-profile-updated = သင့်ကိုယ်ရေးအချက်အလက်လည်း အပ်ဒိတ်လုပ်ပြီးပါပြီ။
cli-import-missing-photos = { $count ->
   *[other] ဓာတ်ပုံ { $count } ပုံ ဤစက်ပေါ်တွင် မရှိပါ။ ထုတ်ယူဖိုင်များတွင် ဓာတ်ပုံ မပါပါ။ ဤအမိန့်ဖြင့် ပြန်ထည့်ပါ- carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = id
cli-show-kind = အမျိုးအစား
cli-show-added = ထည့်ခဲ့သည်
cli-show-changed = ပြောင်းခဲ့သည်
cli-show-evidence = ဓာတ်ပုံများနှင့် အသံမှတ်စုများ
cli-show-photo = { $sha }  { $width } × { $height } pixel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixel, ဤစက်ပေါ်တွင် မရှိ
cli-show-voice = { $sha }  အသံမှတ်စု, { $kilobytes } KB
cli-show-voice-missing = { $sha }  အသံမှတ်စု, ဤစက်ပေါ်တွင် မရှိ
cli-show-conflicts = အခြားစက်ကလည်း ရေးခဲ့သည်:
cli-show-conflicts-hint = ဤအရာများထဲမှ တစ်ခုကို ထားလိုလျှင် ရိုက်ပါ- carnet edit { $id } --set FIELD=VALUE

cli-field-title = အမည်
cli-field-description = ဖော်ပြချက်
cli-field-written-in = ရေးသားသည့်ဘာသာ
cli-field-esco = ESCO
cli-field-isco = ISCO-08 အလုပ်ကုဒ်
cli-field-level = အဆင့်
cli-field-eqf = EQF အဆင့်
cli-field-organisation = အဖွဲ့အစည်း
cli-field-place = နေရာ
cli-field-country = နိုင်ငံ
cli-field-from = မှ
cli-field-to = အထိ
cli-field-context = သင်ယူခဲ့ပုံ
cli-field-stages = အဆင့်များ

cli-kind-skill = ကျွမ်းကျင်မှု
cli-kind-qualification = အရည်အချင်း
cli-kind-experience = အတွေ့အကြုံ
cli-kind-language = ဘာသာစကား
cli-kind-learning = သင်တန်း

cli-context-formal = ပုံမှန်ပညာရေး (ကျောင်း၊ ဒီပလိုမာ)
cli-context-non-formal = ပုံမှန်မဟုတ်သော (သင်တန်း)
cli-context-informal = လုပ်ရင်းသင် (လုပ်ကိုင်ရင်း)

cli-stage-recruitment = အလုပ်ခေါ်ယူခြင်း
cli-stage-pre-departure = မထွက်ခွာမီ
cli-stage-arrival = ရောက်ရှိခြင်း
cli-stage-career = အလုပ်အကိုင်
cli-stage-return = ပြန်လာခြင်း

cli-proficiency-basic = အခြေခံ
cli-proficiency-intermediate = အလယ်အလတ်
cli-proficiency-advanced = အဆင့်မြင့်
cli-proficiency-expert = ကျွမ်းကျင်သူ

cli-level-eqf = EQF အဆင့် { $level }

cli-profile-name = အမည်
cli-profile-birth-date = မွေးနေ့
cli-profile-origin = လာရာနိုင်ငံ
cli-profile-current = နေထိုင်ရာ
cli-profile-contact = ဆက်သွယ်ရန်
cli-profile-languages = ဘာသာစကားများ
cli-profile-mother-tongue = { $language } (မိခင်ဘာသာ)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = နားထောင်ခြင်း { $level }
cli-cefr-reading = ဖတ်ခြင်း { $level }
cli-cefr-spoken-interaction = အပြန်အလှန် ပြောဆိုခြင်း { $level }
cli-cefr-spoken-production = ပြောခြင်း { $level }
cli-cefr-writing = ရေးခြင်း { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = ဤနေရာတွင် Carnet က “{ $arg }” ကို မသိပါ။
cli-error-unknown-command = “{ $command }” ဟူသော အမိန့် မရှိပါ။
cli-error-invalid-value = “{ $value }” ကို { $arg } အတွက် သုံး၍ မရပါ။
cli-error-missing-value = { $arg } ၏ နောက်တွင် တန်ဖိုး လိုအပ်သည်။
cli-error-valid-values = သုံးနိုင်သည်- { $values }
cli-error-missing-argument = တစ်ခုခု လိုနေသည်- { $arg }
cli-error-missing-command = “{ $command }” နောက်တွင် Carnet ဘာလုပ်ရမည်ကို ပြောပါ။
cli-error-valid-commands = အမိန့်များမှာ- { $commands }
cli-error-conflict = { $arg } ကို { $other } နှင့် တွဲသုံး၍ မရပါ။
cli-error-no-equals = { $arg } ကို ညီမျှခြင်းလက္ခဏာနှင့် ၎င်းနောက်တွင် တန်ဖိုးကို ချက်ချင်း ရေးပါ။
cli-error-too-many-values = { $arg } သည် တန်ဖိုး ပိုနည်းနည်းသာ ယူသည်။ “{ $value }” သည် တစ်ခု ပိုနေသည်။
cli-error-wrong-number-of-values = { $arg } တွင် တန်ဖိုး အရေအတွက် မှားနေသည်။
cli-error-invalid-utf8 = သင်ရိုက်ထားသော စာလုံးအချို့ကို Carnet မဖတ်နိုင်ပါ။ ထပ်ရိုက်ပါ။
cli-error-did-you-mean = { $suggestion } ကို ဆိုလိုပါသလား။
cli-error-usage = Carnet သည် ဤအမိန့်ကို နားမလည်ပါ။
cli-error-usage-hint = ဘာရိုက်နိုင်သည်ကို ကြည့်ရန် { $command } --help ဟု ရိုက်ပါ။
cli-error-set-format = “{ $value }” သည် အပြောင်းအလဲ မဟုတ်ပါ။ FIELD=VALUE ဟု ရေးပါ၊ ဥပမာ --set level=advanced
cli-error-nothing-to-change = ပြောင်းစရာ ဘာမှ မရှိပါ။ အနည်းဆုံး ရွေးစရာတစ်ခု ပေးပါ၊ ဥပမာ --name "သင့်အမည်"။

cli-error-passphrase-unavailable = Carnet သည် စကားဝှက် လိုအပ်သော်လည်း ဤနေရာတွင် မမေးနိုင်ပါ။ Carnet ကို terminal တွင် ဖွင့်ပါ၊ သို့မဟုတ် { $variable } ကို သတ်မှတ်ပါ။
cli-error-passphrase-mismatch = စကားဝှက်နှစ်ခု မတူပါ။ ဘာမှ မပြောင်းပါ။ ထပ်စမ်းပါ။
cli-error-read-file = Carnet သည် { $path } ဖိုင်ကို မဖတ်နိုင်ပါ။ ဖိုင်အမည်နှင့် ဖိုင်တွဲကို စစ်ပြီး ထပ်စမ်းပါ။
cli-error-no-data-dir = Carnet သည် သင့်မှတ်တမ်းစာအုပ်အတွက် ဖိုင်တွဲ ရှာမတွေ့ပါ။ --data-dir ဖြင့် ရွေးပါ၊ ဥပမာ --data-dir ./carnet
cli-error-output = Carnet သည် ၎င်း၏ အဖြေကို မရေးနိုင်ပါ။ disk မပြည့်ကြောင်း စစ်ပြီး ထပ်စမ်းပါ။
cli-error-details = ကူညီသူအတွက် အသေးစိတ်- { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ပြုလုပ်ရန် ရိုက်ပါ- carnet init
cli-hint-already-exists = အထဲမှာ ဘာရှိသလဲ ကြည့်ရန် ရိုက်ပါ- carnet list။ ဒုတိယ မှတ်တမ်းစာအုပ်အတွက် --data-dir ဖြင့် အခြားဖိုင်တွဲ ရွေးပါ။
cli-hint-not-found = id များကို ကြည့်ရန် ရိုက်ပါ- carnet list
cli-hint-ambiguous-id = id များကို ကြည့်ရန် ရိုက်ပါ- carnet list
cli-hint-import-format = ဤအမိန့်ဖြင့် ပြုလုပ်ထားသော ဖိုင်ကို ရွေးပါ- carnet export --format json
cli-hint-invalid-field = အကွက်စာရင်းအတွက် ရိုက်ပါ- carnet edit --help

## carnet sync

cli-sync-phase-sending = ပို့နေသည်
cli-sync-phase-receiving = လက်ခံနေသည်
cli-sync-phase-photos = ဓာတ်ပုံများ
cli-sync-done = { $hub } နှင့် ချိန်ကိုက်ပြီးပါပြီ။
cli-sync-changes = { $sent ->
   *[other] အပြောင်းအလဲ { $sent } ခု ပို့ပြီး
}, { $received ->
   *[other] အပြောင်းအလဲ { $received } ခု လက်ခံပြီး။
}
cli-sync-photos = { $sent ->
   *[other] ဓာတ်ပုံ { $sent } ပုံ ပို့ပြီး
}, { $received ->
   *[other] ဓာတ်ပုံ { $received } ပုံ လက်ခံပြီး။
}
cli-sync-bytes = သုံးထားသော ဒေတာ- ပို့ { $up } KB၊ လက်ခံ { $down } KB။
cli-sync-retry = { $seconds ->
   *[other] { $seconds } စက္ကန့်အတွင်း ထပ်စမ်းပါမည်။
}
cli-sync-status-hub = ဟပ်ဗ်- { $hub }
cli-sync-status-last = နောက်ဆုံး ချိန်ကိုက်ချိန်- { $when }
cli-sync-status-pending = { $count ->
    [0] စောင့်နေသော အပြောင်းအလဲ မရှိပါ။
   *[other] အပြောင်းအလဲ { $count } ခု ပို့ရန် စောင့်နေသည်။
}
cli-sync-no-hub = မရှိသေးပါ
cli-sync-never = တစ်ခါမှ မရှိ
cli-hint-sync-no-hub = သတ်မှတ်ရန် ရိုက်ပါ- carnet sync --hub ADDRESS
cli-hint-sync-unreachable = သင့်အပြောင်းအလဲများကို သိမ်းထားသည်။ နောက်မှ ထပ်စမ်းရန် ရိုက်ပါ- carnet sync

## carnet pair

cli-pair-show-scan = ဤကုဒ်ကို စက်အသစ်ဖြင့် စကင်ဖတ်ပါ၊ သို့မဟုတ် အောက်ပါစာကို ထိုစက်တွင် ရိုက်ပါ။
cli-pair-show-expires = ဤကုဒ်သည် ၁၀ မိနစ် အသုံးပြုနိုင်သည်။
cli-pair-show-request = “{ $name }” စက်က သင့်မှတ်တမ်းစာအုပ်ကို လိုချင်သည်။ ၎င်း၏ကုဒ်မှာ { $fingerprint } ဖြစ်သည်။
cli-pair-show-ask = သင့်စက်အသစ်တွင် တူညီသောကုဒ် ပြနေပါသလား။ ခွင့်ပြုရန် ဟုတ် (သို့မဟုတ် yes) ဟု ရိုက်ပါ၊ သို့မဟုတ် မဟုတ် ဟု ရိုက်ပါ။
cli-pair-yes = ဟုတ်
cli-pair-show-approved = “{ $name }” တွင် သင့်မှတ်တမ်းစာအုပ် ရှိသွားပါပြီ။
cli-pair-show-refused = သင် ငြင်းလိုက်သည်။ “{ $name }” ဘာမှ မရပါ။
cli-pair-default-name = စက်အသစ်
cli-pair-join-check = သင်၏ အခြားစက်တွင် ဤကုဒ် ပြရပါမည်- { $fingerprint }။ ထိုစက်တွင် ခွင့်ပြုပါ။
cli-pair-join-done = { $count ->
   *[other] ဤစက်တွင် သင့်မှတ်တမ်းစာအုပ် ရှိသွားပါပြီ၊ အချက် { $count } ခုနှင့်။
}

## carnet devices

cli-devices-none = ဤမှတ်တမ်းစာအုပ်ကို မည်သည့်စက်မှ မချိန်ကိုက်ရသေးပါ။
cli-devices-line = { $id }  { $name }  ({ $added } မှစ၍)
cli-devices-this = ← ဤစက်
cli-devices-removed = ({ $when } တွင် ဖယ်ရှားခဲ့သည်)
cli-devices-removed-done = “{ $name }” ကို ဖယ်ရှားပြီးပါပြီ။ သင့်မှတ်တမ်းစာအုပ်တွင် ထိုစက်မှာ မရှိသော သော့အသစ် ရှိသွားပါပြီ။
cli-devices-new-sheet = သင့်ပြန်ယူစာရွက်တွင် သော့အဟောင်း ရှိနေသည်။ အသစ်တစ်ရွက် ယခု ပုံနှိပ်ပြီး အဟောင်းကို ဖျက်ဆီးပါ- carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = ပြန်ယူစာရွက် ပုံနှိပ်ရန်- ဤဖုန်း ပျောက်လျှင် ၎င်းနှင့် သင့်စကားဝှက်ဖြင့် ဖုန်းအသစ်ပေါ်တွင် မှတ်တမ်းစာအုပ်ကို ပြန်ရနိုင်သည်။
cli-cmd-recover = စက်အသစ်ပေါ်တွင်- ပြန်ယူစာရွက်နှင့် စကားဝှက်ဖြင့် သင့်မှတ်တမ်းစာအုပ်ကို ပြန်ယူရန်။
cli-arg-recovery-out = စာရွက်ကို ရေးမည့် ဖိုင်။ .png သို့မဟုတ် .pdf ဖြင့် ဆုံးရမည်။
cli-arg-recover-sheet = သင့်ပြန်ယူစာရွက်၏ ဓာတ်ပုံ သို့မဟုတ် စကင်ဖတ်ထားသည့်ပုံ (PNG သို့မဟုတ် JPEG)။ Carnet က ၎င်း၏ စတုရန်းကုဒ်ကို ဖတ်သည်။
cli-arg-recover-words = သင့်ပြန်ယူစာရွက်ရှိ စကားလုံး ၁၂ လုံး၊ အစဉ်လိုက်၊ မျက်တောင်အဖွင့်အပိတ်ထဲတွင်။ --hub ကိုလည်း ပေးပါ။
cli-arg-recover-hub = သင့်ပြန်ယူစာရွက်ပေါ်တွင် ပုံနှိပ်ထားသော ဟပ်ဗ် လိပ်စာ၊ ဥပမာ http://192.168.1.10:8470။
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet သည် စာရွက်ကို .png သို့မဟုတ် .pdf ဖိုင်အဖြစ် ရေးနိုင်သည်၊ “{ $path }” အဖြစ် မရေးနိုင်ပါ။
cli-recovery-sheet-done = သင့်ပြန်ယူစာရွက်သည် { $path } တွင် ရှိသည်။ ပုံနှိပ်ပြီး စာရွက်ကို ဖုန်းနှင့် ဝေးရာ လုံခြုံသောနေရာတွင် သိမ်းပါ။
cli-recovery-sheet-english = စာရွက်သည် အင်္ဂလိပ်ဘာသာဖြင့် ဖြစ်သည်- Carnet သည် သင့်ဘာသာ၏ စာလုံးများကို စာရွက်ပေါ်တွင် မှန်ကန်စွာ မရေးနိုင်သေးပါ။
cli-recovery-sheet-replaced = ယခင်က ပုံနှိပ်ခဲ့သော စာရွက်မှန်သမျှ အလုပ်မလုပ်တော့ပါ။ ဖျက်ဆီးပါ။
cli-recover-done = { $count ->
   *[other] သင့်မှတ်တမ်းစာအုပ် ဤစက်ပေါ်သို့ ပြန်ရောက်ပါပြီ- အချက် { $count } ခု။
}
cli-passphrase-sheet-updated = သင့်ပြန်ယူစာရွက်သည် စကားဝှက်အသစ်ဖြင့် ဆက်အလုပ်လုပ်ပါသည်။
cli-passphrase-sheet-not-updated = ဟပ်ဗ်တွင် သင့်ပြန်ယူစာရွက်ကို အပ်ဒိတ်လုပ်၍ မရပါ။ အသစ်တစ်ရွက် မပုံနှိပ်မချင်း ၎င်းသည် စကားဝှက်အဟောင်းကို လိုအပ်သည်။ ချိတ်ဆက်မိသည့်အခါ စာရွက်အသစ် ပုံနှိပ်ပါ- carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet ပြန်ယူစာရွက်
cli-sheet-made = { $date } တွင် ပြုလုပ်သည်
cli-sheet-hub = ဟပ်ဗ်- { $hub }
cli-sheet-words = သင့်စကားလုံး ၁၂ လုံး
cli-sheet-instructions =
    ဤစာရွက်ကို လုံခြုံစွာ သိမ်းပါ။ ၎င်းနှင့် သင့်စကားဝှက်ဖြင့် ဖုန်းအသစ်ပေါ်တွင် မှတ်တမ်းစာအုပ်ကို ပြန်ရနိုင်သည်-
    1. ဖုန်းအသစ်တွင် Carnet ထည့်ပြီး မှတ်တမ်းစာအုပ် ပြန်ယူရန် ရွေးပါ။
    2. စတုရန်းကုဒ်ကို စကင်ဖတ်ပါ၊ သို့မဟုတ် စကားလုံး ၁၂ လုံးနှင့် ဟပ်ဗ် လိပ်စာကို ရိုက်ပါ။
    3. သင့်စကားဝှက်ကို ရိုက်ပါ။ မှတ်တမ်းစာအုပ်သည် ဟပ်ဗ်မှ ပြန်ရောက်လာပါမည်။
    ကွန်ပျူတာပေါ်တွင်- carnet recover --sheet photo.jpg
cli-sheet-warning = ဤစာရွက်တစ်ခုတည်းဖြင့် မှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်ပါ- စကားဝှက်လည်း လိုအပ်သည်။ ၎င်းတို့ကို အတူတကွ မသိမ်းပါနှင့်။ စာရွက်အသစ် ပုံနှိပ်လျှင် ဤစာရွက် အလုပ်မလုပ်တော့ပါ။
