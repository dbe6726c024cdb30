# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands a holder uses: carnet request, receive, credentials (wallet) and present.

## Help: commands

cli-cmd-holder-request = သင်တန်းဆရာ၊ အလုပ်ရှင် သို့မဟုတ် စင်တာကို အချက်များ အတည်ပြုပေးရန် တောင်းသော ဖိုင် ပြုလုပ်ရန်။
    .long = သင်တန်းဆရာ၊ အလုပ်ရှင်၊ စင်တာ၊ ကောလိပ် သို့မဟုတ် လုပ်ဖော်ကိုင်ဖက်ကို သင့်အချက်အချို့ကို အတည်ပြုပေးရန် ("အသိအမှတ်ပြုရန်") တောင်းဆိုချက် ပြုလုပ်ရန်- ဖိုင်၊ ဖုန်းပေါ်တွင် ပြရန် သို့မဟုတ် ပုံနှိပ်ရန် QR ကုဒ် (.png သို့မဟုတ် .svg ဖြင့် ဆုံးသော အမည်)၊ သို့မဟုတ် --text ဖြင့် မက်ဆေ့ချ်တွင် ပို့ရန် စာ။ ၎င်းတို့ကို ပေးပါ။ ၎င်းတို့က လက်မှတ်ထိုးပြီး အသိအမှတ်ပြုလက်မှတ်ဖိုင်ကို ပြန်ပေးမည်၊ ၎င်းကို ဤအမိန့်ဖြင့် သိမ်းပါ- carnet receive
cli-cmd-holder-receive = သင်တန်းဆရာ၊ အလုပ်ရှင် သို့မဟုတ် စင်တာက သင့်အတွက် လက်မှတ်ထိုးပေးသော အသိအမှတ်ပြုလက်မှတ်ကို သိမ်းရန်။
cli-cmd-holder-credentials = သင်သိမ်းထားသော အသိအမှတ်ပြုလက်မှတ်များကို အချက်အလိုက် စာရင်းပြရန်။ ဤသို့လည်း- carnet wallet
cli-cmd-holder-present = ရွေးထားသော အချက်များကို အင်တာနက်မလိုဘဲ မည်သူမဆို စစ်နိုင်သော QR ကုဒ်တစ်ခုအဖြစ် ပြရန်။
    .long = ရွေးထားသော အချက်များကို အင်တာနက်မလိုဘဲ မည်သူမဆို စစ်နိုင်သော QR ကုဒ်တစ်ခုအဖြစ် ပြရန်။ အတည်ပြုထားသော အချက်များကို အတည်ပြုသူနှင့်အတူ ပြသည်၊ --self-declared ဖြင့် ပေးသော အချက်များကို သင်ကိုယ်တိုင်သာ ပြောထားသည်ဟု ပြသည်။ မျက်နှာပြင်ပေါ်တွင် ကုဒ်သည် ၂၄ နာရီ အသုံးပြုနိုင်သည်၊ --print ဖြင့် ၅ နှစ်။
cli-cmd-holder-export = အတည်ပြုထားသော အချက်ကို အခြားအက်ပ်များအတွက် W3C Verifiable Credential (Open Badges 3.0) အဖြစ် ရေးရန်။
    .long = အတည်ပြုထားသော အချက်ကို အတည်ပြုသူ လက်မှတ်ထိုးထားသော W3C Verifiable Credential 2.0 (Open Badges 3.0 တံဆိပ်) အဖြစ် ရေးရန်၊ အခြား wallet များနှင့် အက်ပ်များက စစ်နိုင်ရန်။ --out မပါလျှင် မျက်နှာပြင်ပေါ်တွင် ရေးသည်။

## Help: arguments

cli-arg-holder-request-ids = အတည်ပြုခိုင်းမည့် အချက်များ- ၎င်းတို့၏ id များ၊ သို့မဟုတ် တစ်ခုစီ၏ ပထမ စာလုံး ၄ လုံး သို့မဟုတ် ပို၍။ id များကို ကြည့်ရန် ရိုက်ပါ- carnet list
cli-arg-holder-request-out = တောင်းဆိုချက်ကို ရေးမည့်နေရာ- .png သို့မဟုတ် .svg ဖြင့် ဆုံးသော အမည်က QR ကုဒ်ဓာတ်ပုံ ပြုလုပ်သည်၊ request.cbor ကဲ့သို့ အခြားအမည်က ဖိုင် ပြုလုပ်သည်။
cli-arg-holder-request-text = တောင်းဆိုချက်၏ စာ (CNR1: ဖြင့် စသည်) ကို မက်ဆေ့ချ်အဖြစ် ပို့ရန် မျက်နှာပြင်ပေါ်တွင် ရေးရန်။
cli-arg-holder-receive-file = သင်ရရှိသော အသိအမှတ်ပြုလက်မှတ်ဖိုင်၊ ဥပမာ credential.cbor။
cli-arg-holder-present-select = ပြမည့် အတည်ပြုထားသော အချက်များ- ၎င်းတို့၏ id များ၊ သို့မဟုတ် တစ်ခုစီ၏ ပထမ စာလုံး ၄ လုံး သို့မဟုတ် ပို၍။
cli-arg-holder-present-fields = အချက်တစ်ခုစီ၏ ဤအပိုင်းများကိုသာ ပြရန်၊ ကော်မာဖြင့် ခွဲပါ၊ ဥပမာ title,level။ ကျန်အပိုင်းများ ဝှက်ထားမည်။ အပိုင်းများမှာ- kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf။ မပါလျှင် အားလုံး ပြသည်။
cli-arg-holder-present-self-declared = မည်သူမျှ အတည်မပြုဘဲ သင်ကိုယ်တိုင်သာ ပြောထားသည်ဟု ပြမည့် အချက်များ။
cli-arg-holder-present-stage = ဘာအတွက် ပြသလဲ- recruitment, pre-departure, arrival, career သို့မဟုတ် return။ မပါလျှင်- recruitment။
cli-arg-holder-present-audience = သင်ပြမည့်သူ၊ ၎င်းတို့က အမည်ထည့်ခိုင်းလျှင်၊ ဥပမာ အေဂျင်စီ၏ အမည်။
cli-arg-holder-present-nonce = စစ်ဆေးသူ ပေးသော ကုဒ်၊ ပေးခဲ့လျှင် (စာလုံး 0-9 နှင့် a-f)။
cli-arg-holder-present-print = စာရွက်အတွက် ပြုလုပ်ရန်- ကုဒ်သည် ခြစ်ရာနှင့် ခေါက်ရာများကို ပိုခံနိုင်ပြီး ၂၄ နာရီအစား ၅ နှစ် အသုံးပြုနိုင်သည်။
cli-arg-holder-present-out = ရေးမည့် ဓာတ်ပုံ- .png သို့မဟုတ် .svg ဖြင့် ဆုံးသော အမည်။
cli-arg-holder-present-text = QR ကုဒ်ထဲရှိ စာကိုလည်း မက်ဆေ့ချ်အဖြစ် ပို့ရန် ရေးရန်။
cli-arg-holder-export-id = အတည်ပြုထားသော အချက်- ၎င်း၏ id၊ သို့မဟုတ် ပထမ စာလုံး ၄ လုံး သို့မဟုတ် ပို၍။
cli-arg-holder-export-format = ရေးမည့် ပုံစံ။ ဤတစ်ခုသာ- vc (W3C Verifiable Credential, Open Badges 3.0)။
cli-arg-holder-export-jwt = အထောက်အထားပါ JSON အစား လက်မှတ်ထိုးထားသော token (VC-JWT) အဖြစ် ရေးရန်။
cli-arg-holder-export-out = ရေးမည့် ဖိုင်၊ ဥပမာ badge.json သို့မဟုတ် badge.jwt။

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] ဤတောင်းဆိုချက်သည် အချက် { $count } ခုကို အတည်ပြုရန် တောင်းသည်။
    } အတည်ပြုသူသည် အချက်တစ်ခုစီ၏ ဤအပိုင်းများကို မြင်ရပါမည်-
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = တောင်းဆိုချက်ကို { $path } တွင် ရေးပြီးပါပြီ။
holder-request-next = ဖိုင်ကို အတည်ပြုမည့်သူထံ ပေးပါ။ ၎င်းတို့က အသိအမှတ်ပြုလက်မှတ်ဖိုင် ပြန်ပေးသည့်အခါ ရိုက်ပါ- carnet receive FILE
holder-receive-done = သိမ်းပြီး- { $issuer }, { $kind }, { $country } က အတည်ပြုထားသည်။ စစ်ဆေးခဲ့ပုံ- { $assessed }။
holder-validity-until = { $issued } တွင် ထုတ်ပေးသည်။ { $expires } အထိ အကျုံးဝင်သည်။
holder-validity-open = { $issued } တွင် ထုတ်ပေးသည်။ ကုန်ဆုံးရက် မရှိပါ။
holder-wallet-empty = သင့်တွင် အသိအမှတ်ပြုလက်မှတ် မရှိသေးပါ။ တောင်းရန် ရိုက်ပါ- carnet request ID --out request.cbor
holder-wallet-damaged = မဖတ်နိုင်တော့သော အသိအမှတ်ပြုလက်မှတ်။ ပေးခဲ့သူထံ အသစ်တစ်ခု တောင်းပါ။
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): { $issued } ထုတ်ပေး၊ { $expires } အထိ အကျုံးဝင်
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): { $issued } ထုတ်ပေး၊ ကုန်ဆုံးရက် မရှိ
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): { $issued } ထုတ်ပေး၊ { $expires } တွင် ကုန်ဆုံးခဲ့
holder-present-nothing = ဘာပြမည်ကို ပြောပါ- အတည်ပြုထားသော အချက်များအတွက် --select ID၊ အခြားအချက်များအတွက် --self-declared ID။
holder-present-done = QR ကုဒ်ကို { $path } တွင် ရေးပြီး- အတည်ပြုပြီး { $endorsed } ခု၊ သင်ကိုယ်တိုင် ပြောထားသည် { $declared } ခု။
holder-present-size = အရွယ်- QR ဗားရှင်း { $version }၊ အဆင့် { $ec }၊ စာလုံး { $chars } လုံး။
holder-present-expires = { $when } အထိ စစ်နိုင်သည် ({ $hours } နာရီ)။
holder-present-by-kid = ဆံ့အောင် လက်မှတ်ထိုးသူများကို လက်ဗွေတိုဖြင့် ဖော်ပြထားသည်။ စစ်ဆေးသူ၏ ယုံကြည်ရသော လက်မှတ်ထိုးသူစာရင်းတွင် ပါမှသာ ၎င်းတို့ မည်သူဖြစ်သည်ကို မြင်ရမည်။

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = သင်တန်းဆရာ
holder-issuer-kind-employer = အလုပ်ရှင်
holder-issuer-kind-centre = စင်တာ
holder-issuer-kind-college = ကောလိပ်
holder-issuer-kind-colleague = လုပ်ဖော်ကိုင်ဖက် (သင်နှင့်အတူ အလုပ်လုပ်ခဲ့သူ၊ အဖွဲ့အစည်း မဟုတ်)

## How they checked

holder-assessed-observation = သင်အလုပ်လုပ်သည်ကို ကြည့်ခဲ့သည်
holder-assessed-test = စာမေးပွဲ
holder-assessed-document = စာရွက်စာတမ်းကို စစ်ခဲ့သည်
holder-assessed-interview = အင်တာဗျူး

## Errors

error-holder-no-key = ဤမှတ်တမ်းစာအုပ်တွင် အသိအမှတ်ပြုလက်မှတ်များ လက်မှတ်ထိုးရန် သော့ မရှိပါ။ ဘာမှ မပြောင်းပါ။ ဤပြဿနာကို အစီရင်ခံပါ။
error-holder-write-file = { $path } ဖိုင်ကို မရေးနိုင်ပါ- { $reason }။ ဖိုင်တွဲ ရှိကြောင်းနှင့် နေရာလွတ် ရှိကြောင်း စစ်ပြီး ထပ်စမ်းပါ။
error-holder-entry-unfit = "{ $title }" အချက်ကို အသိအမှတ်ပြုလက်မှတ်ထဲ ထည့်၍ မရပါ- ၎င်း၏ { $field } သည် ရှည်လွန်းသည် သို့မဟုတ် ပုံစံ မမှန်ပါ။ carnet edit ဖြင့် ပြင်ပြီး ထပ်စမ်းပါ။
error-holder-unknown-field = "{ $value }" သည် ပြနိုင်သော အချက်၏ အပိုင်း မဟုတ်ပါ။ အပိုင်းများမှာ- { $known }။
error-holder-credential-no-entries = { $path } အသိအမှတ်ပြုလက်မှတ်က သင့်အချက်များထဲမှ မည်သည်ကို အတည်ပြုသည်ကို မပြောပါ။ ဘာမှ မသိမ်းခဲ့ပါ။ တောင်းဆိုချက်ဖိုင်မှ ပြုလုပ်သော အသစ်တစ်ခု တောင်းပါ- carnet request
error-holder-credential-entry-gone = { $path } အသိအမှတ်ပြုလက်မှတ်သည် သင့်မှတ်တမ်းစာအုပ်တွင် မရှိတော့သော အချက်ကို အတည်ပြုသည် ({ $id })။ ဘာမှ မသိမ်းခဲ့ပါ။ ဤစက်ပေါ်တွင် ဖျက်ခဲ့လျှင် မှတ်တမ်းစာအုပ်မိတ္တူမှ ပြန်ထည့်ပြီး ထပ်စမ်းပါ။
error-holder-credential-damaged = "{ $title }" အချက်၏ အသိအမှတ်ပြုလက်မှတ်ကို မဖတ်နိုင်တော့ပါ။ အတည်ပြုခဲ့သူထံ အသစ်တစ်ခု တောင်းပါ။
error-holder-not-endorsed = "{ $title }" အချက်ကို မည်သူမျှ အတည်မပြုရသေးပါ။ --self-declared ဖြင့် ပြပါ၊ သို့မဟုတ် အတည်ပြုချက် တောင်းပါ- carnet request
error-holder-selected-twice = "{ $title }" အချက်ကို --select နှင့် --self-declared နှစ်ခုစလုံးဖြင့် ပေးထားသည်။ တစ်ကြိမ်သာ ပေးပါ။
error-holder-bad-stage = "{ $value }" သည် အဆင့် မဟုတ်ပါ။ အဆင့်များမှာ- recruitment, pre-departure, arrival, career, return။
error-holder-bad-audience = ပြမည့်သူ၏ အမည်သည် စာလုံး ၁ မှ ၁၀၀ အထိ ရှည်ရမည်၊ တစ်ကြောင်းတည်း။
error-holder-bad-nonce = "{ $value }" သည် စစ်ဆေးသူထံမှ ကုဒ် မဟုတ်ပါ- 0-9 နှင့် a-f စာလုံး ၂ မှ ၁၂၈ လုံး ဖြစ်ရမည်။
error-holder-bad-out = { $path } ဓာတ်ပုံ၏ အမည်သည် .png သို့မဟုတ် .svg ဖြင့် ဆုံးရမည်။
error-holder-no-vc = { $issuer } ၏ "{ $title }" အတည်ပြုချက်ကို Carnet က W3C အသိအမှတ်ပြုလက်မှတ်အဖြစ် မရေးနိုင်မီ ပြုလုပ်ခဲ့ပြီး ၎င်းတို့သာ လက်မှတ်ထိုးနိုင်သည်။ ထပ်အတည်ပြုခိုင်းပါ- တောင်းဆိုချက်အသစ် ပြုလုပ်ပါ (carnet request ID --out request.cbor)၊ ၎င်းတို့ကို ပေးပြီး ပြန်ပေးသော ဖိုင်ကို သိမ်းပါ (carnet receive FILE)။
