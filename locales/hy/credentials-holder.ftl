# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Ստեղծել ֆայլ, որը խնդրում է դասավանդողին, գործատուին կամ կենտրոնին հաստատել գրառումներ։
    .long = Ստեղծեք խնդրանք, որը խնդրում է դասավանդողին, գործատուին, կենտրոնին, քոլեջին կամ գործընկերոջը հաստատել ("endorse") ձեր որոշ գրառումներ՝ ֆայլ, QR կոդ (.png կամ .svg-ով ավարտվող անուն)՝ հեռախոսում ցույց տալու կամ տպելու համար, կամ --text-ով տեքստ՝ հաղորդագրությամբ ուղարկելու համար։ Տվեք այն նրանց։ Նրանք կստորագրեն այն և կվերադարձնեն հավաստագրի ֆայլ, որը կպահեք այս հրամանով՝ carnet receive
cli-cmd-holder-receive = Պահել հավաստագիր, որը դասավանդողը, գործատուն կամ կենտրոնը ստորագրել է ձեզ համար։
cli-cmd-holder-credentials = Ձեր պահած հավաստագրերի ցուցակը՝ ըստ գրառումների։ Նաև՝ carnet wallet
cli-cmd-holder-present = Ցույց տալ ընտրված գրառումները մեկ QR կոդով, որը յուրաքանչյուրը կարող է ստուգել առանց ինտերնետի։
    .long = Ցույց տալ ընտրված գրառումները մեկ QR կոդով, որը յուրաքանչյուրը կարող է ստուգել առանց ինտերնետի։ Հաստատված գրառումները ցույց են տրվում հաստատողի նշումով․ --self-declared-ով տրված գրառումները ցույց են տրվում որպես միայն ձեր խոսքը։ Էկրանին կոդը գործում է 24 ժամ, --print-ով՝ 5 տարի։
cli-cmd-holder-export = Գրել հաստատված գրառումը որպես W3C Verifiable Credential (Open Badges 3.0) այլ հավելվածների համար։
    .long = Գրել հաստատված գրառումը որպես W3C Verifiable Credential 2.0 (Open Badges 3.0 կրծքանշան)՝ ստորագրված հաստատողի կողմից, որպեսզի այլ դրամապանակներ և հավելվածներ կարողանան ստուգել այն։ Առանց --out-ի այն գրվում է էկրանին։

## Help: arguments

cli-arg-holder-request-ids = Հաստատվող գրառումները՝ դրանց id-ները կամ յուրաքանչյուրի առաջին 4 կամ ավելի նիշը։ id-ները տեսնելու համար մուտքագրեք՝ carnet list
cli-arg-holder-request-out = Որտեղ գրել խնդրանքը․ .png կամ .svg-ով ավարտվող անունը ստեղծում է QR կոդի նկար, ցանկացած այլ անուն, օրինակ՝ request.cbor, ֆայլ։
cli-arg-holder-request-text = Գրել խնդրանքի տեքստը (սկսվում է CNR1:-ով) էկրանին՝ հաղորդագրությամբ ուղարկելու համար։
cli-arg-holder-receive-file = Ձեզ տրված հավաստագրի ֆայլը, օրինակ՝ credential.cbor։
cli-arg-holder-present-select = Ցույց տրվող հաստատված գրառումները՝ դրանց id-ները կամ յուրաքանչյուրի առաջին 4 կամ ավելի նիշը։
cli-arg-holder-present-fields = Ցույց տալ յուրաքանչյուր գրառման միայն այս մասերը՝ ստորակետով բաժանված, օրինակ՝ title,level։ Մյուսները մնում են թաքնված։ Մասերն են՝ kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf։ Առանց դրա ամեն ինչ ցույց է տրվում։
cli-arg-holder-present-self-declared = Գրառումներ, որոնք ցույց են տրվում որպես միայն ձեր խոսքը, ոչ ոքի կողմից չհաստատված։
cli-arg-holder-present-stage = Ինչի համար եք ցույց տալիս՝ recruitment, pre-departure, arrival, career կամ return։ Առանց դրա՝ recruitment։
cli-arg-holder-present-audience = Ում եք ցույց տալիս, եթե խնդրել են նշել իրենց, օրինակ՝ գործակալության անունը։
cli-arg-holder-present-nonce = Ստուգողի տված կոդը, եթե տվել է (նիշեր 0-9 և a-f)։
cli-arg-holder-present-print = Պատրաստել թղթի համար․ կոդն ավելի լավ է դիմանում քերծվածքներին և ծալքերին և գործում է 5 տարի՝ 24 ժամի փոխարեն։
cli-arg-holder-present-out = Գրվող նկարը՝ .png կամ .svg-ով ավարտվող անուն։
cli-arg-holder-present-text = Գրել նաև QR կոդի ներսի տեքստը՝ հաղորդագրությամբ ուղարկելու համար։
cli-arg-holder-export-id = Հաստատված գրառումը՝ դրա id-ն կամ դրա առաջին 4 կամ ավելի նիշը։
cli-arg-holder-export-format = Գրվող ձևաչափը։ Միայն՝ vc (W3C Verifiable Credential, Open Badges 3.0)։
cli-arg-holder-export-jwt = Գրել որպես ստորագրված թոքեն (VC-JWT)՝ ապացույցով JSON-ի փոխարեն։
cli-arg-holder-export-out = Գրվող ֆայլը, օրինակ՝ badge.json կամ badge.jwt։

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
        [one] Այս խնդրանքը խնդրում է հաստատել 1 գրառում։
       *[other] Այս խնդրանքը խնդրում է հաստատել { $count } գրառում։
    } Հաստատողը կտեսնի յուրաքանչյուրի այս մասերը:
holder-request-entry = { $title } ({ $kind })՝ { $fields }
holder-request-written = Խնդրանքը գրվեց այստեղ՝ { $path }։
holder-request-next = Տվեք ֆայլը հաստատողին։ Երբ նրանք ձեզ վերադարձնեն հավաստագրի ֆայլ, մուտքագրեք՝ carnet receive FILE
holder-receive-done = Պահված է․ հաստատել է { $issuer }, { $kind }, { $country }։ Ինչպես են ստուգել՝ { $assessed }։
holder-validity-until = Տրված է { $issued }։ Գործում է մինչև { $expires }։
holder-validity-open = Տրված է { $issued }։ Ավարտի ամսաթիվ չկա։
holder-wallet-empty = Դուք դեռ հավաստագրեր չունեք։ Խնդրելու համար մուտքագրեք՝ carnet request ID --out request.cbor
holder-wallet-damaged = Հավաստագիր, որն այլևս հնարավոր չէ կարդալ։ Խնդրեք տվողից նորը։
holder-wallet-line-until = { $issuer } ({ $kind }, { $country })՝ տրված { $issued }, գործում է մինչև { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country })՝ տրված { $issued }, առանց ավարտի ամսաթվի
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country })՝ տրված { $issued }, ավարտվել է { $expires }
holder-present-nothing = Նշեք, թե ինչ ցույց տալ՝ --select ID հաստատված գրառումների համար, --self-declared ID մյուսների համար։
holder-present-done = QR կոդը գրվեց այստեղ՝ { $path }․ { $endorsed } հաստատված, { $declared } ձեր խոսքով։
holder-present-size = Չափ՝ QR տարբերակ { $version }, մակարդակ { $ec }, { $chars } նիշ։
holder-present-expires = Այն կարելի է ստուգել մինչև { $when } ({ $hours } ժամ)։
holder-present-by-kid = Տեղավորելու համար թողարկողները նշված են կարճ մատնահետքով։ Ստուգողը կտեսնի, թե ովքեր են նրանք, միայն եթե նրանք իր վստահելի թողարկողների ցուցակում են։

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = դասավանդող
holder-issuer-kind-employer = գործատու
holder-issuer-kind-centre = կենտրոն
holder-issuer-kind-college = քոլեջ
holder-issuer-kind-colleague = գործընկեր (մարդ, ով աշխատել է ձեզ հետ, ոչ թե կազմակերպություն)

## How they checked

holder-assessed-observation = նրանք դիտել են, թե ինչպես եք աշխատում
holder-assessed-test = թեստ
holder-assessed-document = նրանք ստուգել են փաստաթուղթ
holder-assessed-interview = հարցազրույց

## Errors

error-holder-no-key = Այս մատյանը հավաստագրեր ստորագրելու բանալի չունի։ Ոչինչ չփոխվեց։ Խնդրում ենք հաղորդել այս խնդրի մասին։
error-holder-write-file = { $path } ֆայլը չհաջողվեց գրել՝ { $reason }։ Ստուգեք, որ թղթապանակը գոյություն ունի և ազատ տեղ կա, ապա նորից փորձեք։
error-holder-entry-unfit = "{ $title }" գրառումը հնարավոր չէ դնել հավաստագրում․ դրա { $field } դաշտը չափազանց երկար է կամ ճիշտ ձևաչափով չէ։ Փոխեք այն carnet edit-ով, ապա նորից փորձեք։
error-holder-unknown-field = "{ $value }"-ը գրառման ցույց տրվող մաս չէ։ Մասերն են՝ { $known }։
error-holder-credential-no-entries = { $path } հավաստագիրը չի ասում, թե ձեր որ գրառումներն է հաստատում։ Ոչինչ չպահվեց։ Խնդրեք նորը՝ ստեղծված խնդրանքի ֆայլից՝ carnet request
error-holder-credential-entry-gone = { $path } հավաստագիրը հաստատում է գրառում, որն այլևս ձեր մատյանում չէ ({ $id })։ Ոչինչ չպահվեց։ Եթե ջնջել եք այն այս սարքում, ավելացրեք մատյանի պատճենից, ապա նորից փորձեք։
error-holder-credential-damaged = "{ $title }" գրառման հավաստագիրն այլևս հնարավոր չէ կարդալ։ Խնդրեք հաստատողից նորը։
error-holder-not-endorsed = "{ $title }" գրառումը դեռ ոչ ոք չի հաստատել։ Ցույց տվեք այն --self-declared-ով, կամ խնդրեք հաստատում՝ carnet request
error-holder-selected-twice = "{ $title }" գրառումը տրված է և՛ --select-ով, և՛ --self-declared-ով։ Տվեք մեկ անգամ։
error-holder-bad-stage = "{ $value }"-ը փուլ չէ։ Փուլերն են՝ recruitment, pre-departure, arrival, career, return։
error-holder-bad-audience = Ստացողը պետք է լինի 1-ից 100 նիշ՝ մեկ տողում։
error-holder-bad-nonce = "{ $value }"-ը ստուգողի կոդ չէ․ այն պետք է լինի 2-ից 128 նիշ՝ 0-9 և a-f։
error-holder-bad-out = { $path } նկարի անունը պետք է ավարտվի .png-ով կամ .svg-ով։
error-holder-no-vc = "{ $title }"-ի հաստատումը { $issuer }-ի կողմից արվել է նախքան Carnet-ը կկարողանար այն գրել որպես W3C հավաստագիր, և միայն նրանք կարող են այն ստորագրել։ Խնդրեք նրանց կրկին հաստատել․ ստեղծեք նոր խնդրանք (carnet request ID --out request.cbor), տվեք նրանց և պահեք նրանց վերադարձրած ֆայլը (carnet receive FILE)։
