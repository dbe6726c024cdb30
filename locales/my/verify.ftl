# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = သင်တန်းဆရာ
issuer-kind-employer = အလုပ်ရှင်
issuer-kind-centre = စင်တာ
issuer-kind-college = ကောလိပ်
issuer-kind-colleague = လုပ်ဖော်ကိုင်ဖက်

## verify: verdicts, one per code

verdict-valid = အကျုံးဝင်သည်- သင်ယုံကြည်သော လက်မှတ်ထိုးသူက လက်မှတ်ထိုးထားသည်၊ သက်တမ်း မကုန်သေး၊ ပြန်မရုပ်သိမ်းရသေးပါ။
verdict-self-declared = ထိုသူကိုယ်တိုင်သာ ပြောထားသည်- မည်သူမျှ လက်မှတ်မထိုးပါ။
verdict-unknown-issuer = လက်မှတ်ထိုးထားသည်၊ သို့သော် သင်ယုံကြည်သော လက်မှတ်ထိုးသူ မဟုတ်ပါ။
verdict-expired = သက်တမ်းကုန်ပြီ။
verdict-revoked = လက်မှတ်ထိုးသူက ပြန်ရုပ်သိမ်းထားသည်။
verdict-tampered = ပြောင်းထားသည် သို့မဟုတ် ကူးယူထားသည်- မယုံကြည်ပါနှင့်။
verdict-malformed = ဤအရာသည် ဖတ်နိုင်သော Carnet ကုဒ် မဟုတ်ပါ။

## verify: reasons, one per code

reason-wrong-prefix = စာသည် CN1: ဖြင့် မစသဖြင့် Carnet ကုဒ် မဟုတ်ပါ။
reason-bad-base45 = ဤစာတွင် Carnet ကုဒ်တွင် မပါနိုင်သော စာလုံးများ ပါသည်။ ဖြတ်တောက်ခံရခြင်း သို့မဟုတ် ရိုက်မှားခြင်း ဖြစ်နိုင်သည်။
reason-bad-zlib = ကုဒ် ဖြတ်တောက်ခံရသည် သို့မဟုတ် ပျက်စီးနေသည်။
reason-too-large = ဤကုဒ်သည် Carnet ကုဒ် ဖြစ်ရန် အလွန် ကြီးလွန်းသည်။
reason-bad-cose = ကုဒ် ပျက်စီးနေသည် သို့မဟုတ် Carnet ကုဒ် မဟုတ်ပါ။
reason-unsupported-header = ဤကုဒ်သည် Carnet မသိသော လက်မှတ်ကို သုံးသည်။ Carnet ဗားရှင်းအသစ်က ဖတ်နိုင်မည်။
reason-bad-payload = ကုဒ်၏ အကြောင်းအရာ ပျက်စီးနေသည်။
reason-holder-signature-invalid = ထိုသူ၏ လက်မှတ် မကိုက်ညီပါ- ကုဒ်ကို ပြောင်းထားသည်။
reason-nonce-mismatch = ဤကုဒ်ကို အခြားတောင်းဆိုချက်အတွက် ပြုလုပ်ထားသည် ({ $expected } မဟုတ်ဘဲ နံပါတ် { $found })။ မိတ္တူ ဖြစ်နိုင်သည်။
reason-audience-mismatch = ဤကုဒ်ကို “{ $expected }” အတွက် မဟုတ်ဘဲ “{ $found }” အတွက် ပြုလုပ်ထားသည်။
reason-presentation-expired = ကုဒ်ကိုယ်တိုင် { $exp } တွင် သက်တမ်းကုန်ခဲ့သည်။ ထိုသူကို အသစ်တစ်ခု ပြုလုပ်ခိုင်းပါ။
reason-presentation-not-yet-valid = ကုဒ်က { $iat } တွင် ပြုလုပ်သည်ဟု ဆိုသော်လည်း ထိုအချိန် မရောက်သေးပါ။ ဤစက်၏ နာရီကို စစ်ပါ။
reason-endorsement-signature-invalid = လက်မှတ်ထိုးသူ၏ လက်မှတ် မကိုက်ညီပါ- ကျွမ်းကျင်မှုကို ပြောင်းထားသည်။
reason-issuer-key-not-sent = လက်မှတ်ထိုးသူကို လက်ဗွေ { $kid } ဖြင့်သာ ဖော်ပြထားပြီး သင် မသိပါ။
reason-endorsement-expired = ကျွမ်းကျင်မှု၏ လက်မှတ်သည် { $exp } တွင် သက်တမ်းကုန်ခဲ့သည်။
reason-endorsement-not-yet-valid = ကျွမ်းကျင်မှုက { $iat } တွင် လက်မှတ်ထိုးသည်ဟု ဆိုသော်လည်း ထိုအချိန် မရောက်သေးပါ။ ဤစက်၏ နာရီကို စစ်ပါ။
reason-issuer-unknown = “{ $name }” (သော့လက်ဗွေ { $kid }) သည် သင့်ယုံကြည်စာရင်းများတွင် မရှိပါ။ မည်သူမဆို မိမိကိုယ်ကို အမည်ပေးနိုင်သည်။
reason-issuer-not-trusted-at-issue = “{ $name }” (သော့လက်ဗွေ { $kid }) ကို ၎င်း လက်မှတ်ထိုးသည့်နေ့တွင် အာမခံထားခြင်း မရှိပါ။
reason-issuer-trusted = လက်မှတ်ထိုးသူသည် သင့်ယုံကြည်စာရင်းတွင် ရှိသည် (သော့လက်ဗွေ { $kid })။
reason-issuer-claims-differ = သင့်ယုံကြည်စာရင်းက ဤလက်မှတ်ထိုးသူသည် { $country } ရှိ { $kind } ဖြစ်သည်ဟု ဆိုသည်၊ လက်မှတ်က အခြားသို့ ဆိုသည်။ ယုံကြည်စာရင်းအတိုင်း ယူပါ။
reason-revoked = လက်မှတ်ထိုးသူက အသိအမှတ်ပြုလက်မှတ် နံပါတ် { $index } ကို ပြန်ရုပ်သိမ်းခဲ့သည်။
reason-no-revocation-list = ဤလက်မှတ်ထိုးသူ ပြန်ရုပ်သိမ်းခဲ့သည့် စာရင်း သင့်တွင် မရှိပါ။
reason-self-declared = ထိုသူက ဤသို့ ပြောသည်၊ မည်သူမျှ လက်မှတ်မထိုးပါ။

## verify: the rest of the report

verify-presentation = { $stage } အတွက် ပြသည်၊ { $date } တွင် ပြုလုပ်သည်၊ သော့ { $kid } ရှိသူက ပြုလုပ်သည်။
verify-audience = ရည်ရွယ်သူ- { $audience }
verify-stage-recruitment = အလုပ်ခေါ်ယူခြင်း
verify-stage-pre-departure = ထွက်ခွာရန် ပြင်ဆင်ခြင်း
verify-stage-arrival = ရောက်ရှိခြင်း
verify-stage-career = အလုပ်နှင့် သင်တန်း
verify-stage-return = အိမ်ပြန်ခြင်း
verify-endorsed-by = { $country } ရှိ { $kind } { $name } က လက်မှတ်ထိုးသည်။
verify-endorsed-by-unchecked = မိမိကိုယ်ကို “{ $name }” ဟု ခေါ်သူ၊ { $country } ရှိ { $kind } က လက်မှတ်ထိုးသည် (မစစ်ရသေး၊ သော့လက်ဗွေ { $kid })။
verify-colleague-note = ဤအရာသည် လုပ်ဖော်ကိုင်ဖက်၏ စကား ဖြစ်သည်- ထိုသူနှင့် ဘေးချင်းယှဉ် အလုပ်လုပ်ခဲ့သူ၊ ကျောင်း သို့မဟုတ် အလုပ်ရှင် မဟုတ်ပါ။
verify-endorsed-on = { $date } တွင် လက်မှတ်ထိုးသည်၊ { $how } ဖြင့် စစ်ဆေးသည်။{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } အထိ အကျုံးဝင်သည်။
}
verify-how-observation = အလုပ်လုပ်သည်ကို ကြည့်ခြင်း
verify-how-test = စာမေးပွဲ
verify-how-document = စာရွက်စာတမ်း
verify-how-interview = အင်တာဗျူး
verify-hidden = { $count ->
   *[other] အသေးစိတ် { $count } ခုကို ထိုသူက ဖျောက်ထားသည်။
}
verify-trust-age = { $days ->
    [0] ယနေ့မှ ယုံကြည်စာရင်း။
   *[other] လွန်ခဲ့သော { $days } ရက်မှ ယုံကြည်စာရင်း ({ $date })။
}
verify-newer-code = ဤကုဒ်ကို Carnet ဗားရှင်းအသစ်က ပြုလုပ်ထားသည်။ စစ်ရန် Carnet ကို အပ်ဒိတ်လုပ်ပါ။
verify-status-age = { $days ->
    [0] ပြန်ရုပ်သိမ်းထားသော အသိအမှတ်ပြုလက်မှတ်စာရင်း- ယနေ့မှ။
   *[other] ပြန်ရုပ်သိမ်းထားသော အသိအမှတ်ပြုလက်မှတ်စာရင်း- လွန်ခဲ့သော { $days } ရက်မှ ({ $date })။
}
verify-field-kind = ဘာလဲ:
verify-field-title = အမည်:
verify-field-esco = ESCO:
verify-field-entry-id = အချက်:
verify-field-level = အဆင့်:
verify-field-from = မှ:
verify-field-to = အထိ:
verify-field-country = နိုင်ငံ:
verify-field-context = သင်ယူခဲ့ပုံ:
verify-field-evidence = အထောက်အထား (hash):
verify-field-eqf = EQF အဆင့်:
verify-entry-kind-skill = ကျွမ်းကျင်မှု
verify-entry-kind-qualification = ဒီပလိုမာ သို့မဟုတ် အရည်အချင်းလက်မှတ်
verify-entry-kind-experience = လုပ်ငန်းအတွေ့အကြုံ
verify-entry-kind-language = ဘာသာစကား
verify-entry-kind-learning = သင်တန်း
verify-context-formal = ကျောင်း သို့မဟုတ် ကောလိပ်တွင်
verify-context-non-formal = သင်တန်းတွင်
verify-context-informal = အလုပ်ခွင်တွင် သို့မဟုတ် ကိုယ်တိုင်
verify-esco-skill = ကျွမ်းကျင်မှု
verify-esco-occupation = အလုပ်အကိုင်
verify-esco-qualification = အရည်အချင်း
