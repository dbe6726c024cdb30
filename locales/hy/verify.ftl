# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = դասավանդող
issuer-kind-employer = գործատու
issuer-kind-centre = կենտրոն
issuer-kind-college = քոլեջ
issuer-kind-colleague = գործընկեր

## verify: verdicts, one per code

verdict-valid = Վավեր է․ ստորագրել է ձեր վստահած թողարկողը, դեռ գործում է, հետ կանչված չէ։
verdict-self-declared = Միայն անձի խոսքով․ ոչ ոք սա չի ստորագրել։
verdict-unknown-issuer = Ստորագրված է, բայց ոչ ձեր վստահած թողարկողի կողմից։
verdict-expired = Ժամկետանց է։
verdict-revoked = Հետ է կանչվել ստորագրած թողարկողի կողմից։
verdict-tampered = Փոխված կամ պատճենված է․ մի վստահեք դրան։
verdict-malformed = Սա Carnet-ի ընթեռնելի կոդ չէ։

## verify: reasons, one per code

reason-wrong-prefix = Տեքստը չի սկսվում CN1:-ով, ուստի Carnet-ի կոդ չէ։
reason-bad-base45 = Տեքստում կան տառեր, որոնք Carnet-ի կոդը չի կարող ունենալ։ Հնարավոր է՝ այն կտրված է կամ սխալ մուտքագրված։
reason-bad-zlib = Կոդը կտրված է կամ վնասված։
reason-too-large = Կոդը չափազանց մեծ է Carnet-ի կոդ լինելու համար։
reason-bad-cose = Կոդը վնասված է կամ Carnet-ի կոդ չէ։
reason-unsupported-header = Կոդն օգտագործում է ստորագրություն, որը Carnet-ը չգիտի։ Carnet-ի ավելի նոր տարբերակը կարող է այն կարդալ։
reason-bad-payload = Կոդի բովանդակությունը վնասված է։
reason-holder-signature-invalid = Անձի ստորագրությունը չի համապատասխանում․ կոդը փոխվել է։
reason-nonce-mismatch = Կոդը ստեղծվել է այլ հարցման համար (համար { $found }, ոչ թե { $expected })։ Այն կարող է պատճեն լինել։
reason-audience-mismatch = Կոդը ստեղծվել է «{ $found }»-ի համար, ոչ թե «{ $expected }»-ի։
reason-presentation-expired = Կոդի ժամկետը լրացել է { $exp }։ Խնդրեք անձին ստեղծել նորը։
reason-presentation-not-yet-valid = Կոդն ասում է, որ ստեղծվել է { $iat }, որը դեռ չի եկել։ Ստուգեք այս սարքի ժամացույցը։
reason-endorsement-signature-invalid = Թողարկողի ստորագրությունը չի համապատասխանում․ հմտությունը փոխվել է։
reason-issuer-key-not-sent = Թողարկողը նշված է միայն { $kid } մատնահետքով, և դուք այն չգիտեք։
reason-endorsement-expired = Հմտության ստորագրության ժամկետը լրացել է { $exp }։
reason-endorsement-not-yet-valid = Հմտությունն ասում է, որ ստորագրվել է { $iat }, որը դեռ չի եկել։ Ստուգեք այս սարքի ժամացույցը։
reason-issuer-unknown = «{ $name }»-ը (բանալու մատնահետք { $kid }) ձեր վստահության ցուցակներում չէ։ Յուրաքանչյուր ոք կարող է իրեն անուն տալ։
reason-issuer-not-trusted-at-issue = «{ $name }»-ի (բանալու մատնահետք { $kid }) համար ոչ ոք չէր երաշխավորում ստորագրելու օրը։
reason-issuer-trusted = Թողարկողը ձեր վստահության ցուցակում է (բանալու մատնահետք { $kid })։
reason-issuer-claims-differ = Ձեր վստահության ցուցակն ասում է, որ այս թողարկողը { $kind } է { $country }-ում, իսկ ստորագրությունն այլ բան է ասում։ Հետևեք վստահության ցուցակին։
reason-revoked = Թողարկողը հետ է կանչել { $index } համարի հավաստագիրը։
reason-no-revocation-list = Այս թողարկողից հետ կանչվածների ցուցակ չունեք։
reason-self-declared = Սա անձն է ասում․ ոչ ոք չի ստորագրել։

## verify: the rest of the report

verify-presentation = Ցույց է տրված «{ $stage }» փուլի համար, ստեղծված { $date }, { $kid } բանալիով անձի կողմից։
verify-audience = Ստեղծված է՝ { $audience }-ի համար
verify-stage-recruitment = աշխատանքի ընդունում
verify-stage-pre-departure = մեկնելու նախապատրաստում
verify-stage-arrival = ժամանում
verify-stage-career = աշխատանք և ուսուցում
verify-stage-return = վերադարձ հայրենիք
verify-endorsed-by = Ստորագրել է { $name }-ը, { $kind }, { $country }։
verify-endorsed-by-unchecked = Ստորագրել է մեկը, ով իրեն անվանում է «{ $name }», { $kind }, { $country } (չստուգված․ բանալու մատնահետք { $kid })։
verify-colleague-note = Սա գործընկերոջ խոսքն է․ մարդ, ով աշխատել է անձի կողքին, ոչ թե դպրոց կամ գործատու։
verify-endorsed-on = Ստորագրված է { $date }․ ստուգված է՝ { $how }։{ $expires ->
    [none] {""}
   *[other] {" "}Գործում է մինչև { $expires }։
}
verify-how-observation = աշխատանքի դիտարկում
verify-how-test = թեստ
verify-how-document = փաստաթուղթ
verify-how-interview = հարցազրույց
verify-hidden = { $count ->
    [one] 1 մանրամասն թաքցված է անձի կողմից։
   *[other] { $count } մանրամասն թաքցված է անձի կողմից։
}
verify-trust-age = { $days ->
    [0] Այսօրվա վստահության ցուցակ։
    [one] Վստահության ցուցակ 1 օր առաջվանից ({ $date })։
   *[other] Վստահության ցուցակ { $days } օր առաջվանից ({ $date })։
}
verify-newer-code = Այս կոդը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։ Թարմացրեք Carnet-ը՝ այն ստուգելու համար։
verify-status-age = { $days ->
    [0] Հետ կանչված հավաստագրերի ցուցակ՝ այսօրվա։
    [one] Հետ կանչված հավաստագրերի ցուցակ՝ 1 օր առաջվանից ({ $date })։
   *[other] Հետ կանչված հավաստագրերի ցուցակ՝ { $days } օր առաջվանից ({ $date })։
}
verify-field-kind = Ինչ:
verify-field-title = Վերնագիր:
verify-field-esco = ESCO:
verify-field-entry-id = Գրառում:
verify-field-level = Մակարդակ:
verify-field-from = Սկսած:
verify-field-to = Մինչև:
verify-field-country = Երկիր:
verify-field-context = Սովորել է:
verify-field-evidence = Ապացույց (hash):
verify-field-eqf = EQF մակարդակ:
verify-entry-kind-skill = հմտություն
verify-entry-kind-qualification = դիպլոմ կամ որակավորում
verify-entry-kind-experience = աշխատանքային փորձ
verify-entry-kind-language = լեզու
verify-entry-kind-learning = դասընթաց
verify-context-formal = դպրոցում կամ քոլեջում
verify-context-non-formal = դասընթացում
verify-context-informal = աշխատանքում կամ ինքնուրույն
verify-esco-skill = հմտություն
verify-esco-occupation = մասնագիտություն
verify-esco-qualification = որակավորում
