# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Իմ հաստատումները
app-present = Ցույց տալ իմ հմտությունները
app-verify = Ստուգել կոդը

## Wallet

app-wallet-title = Իմ հաստատումները
app-wallet-intro = Սրանք այն հմտություններն են, որոնք ինչ-որ մեկը ստորագրել է ձեզ համար։ Կարող եք դրանք ցույց տալ QR կոդով։
app-wallet-empty = Դեռ ոչ ոք ձեզ համար հմտություն չի ստորագրել։ Խնդրեք դասավանդողին, գործատուին կամ կենտրոնին հաստատել, թե ինչ կարող եք անել։
app-wallet-by = Ստորագրել է { $name }-ը ({ $kind }, { $country })
app-wallet-issued = Ստորագրված է { $date }
app-wallet-expires = Գործում է մինչև { $date }
app-wallet-expired = Ժամկետը լրացել է { $date }
app-wallet-no-expiry = Ժամկետ չունի
app-wallet-damaged = Այս հաստատումը վնասված է և հնարավոր չէ ցույց տալ։ Խնդրեք ստորագրողից նորը։
app-standing-valid = Ստուգված է․ ստորագրել է ձեր վստահության ցուցակում գտնվող մեկը
app-standing-unknown-issuer = Ստորագրված է, բայց ստորագրողը ձեր վստահության ցուցակում չէ
app-standing-expired = Ժամկետանց
app-standing-revoked = Ստորագրողը հետ է կանչել
app-standing-malformed = Վնասված

## Present: choosing what to show

app-present-title = Ցույց տալ իմ հմտությունները
app-present-endorsed = Ստորագրված ինչ-որ մեկի կողմից
app-present-self = Միայն իմ խոսքով
app-present-self-hint = Ստուգողը սրանք կտեսնի որպես ձեր խոսք, ոչ թե ստորագրված։
app-present-details = Ինչ ցույց տալ յուրաքանչյուրից
app-present-details-all = Ամեն ինչ
app-present-details-short = Միայն անունը և մակարդակը
app-present-stage = Ո՞ւմ համար է
app-present-print = Թղթի վրա տպելու համար (գործում է 5 տարի)
app-present-make = Ցույց տալ QR կոդը
app-present-none = Ընտրեք ցույց տալու առնվազն մեկ բան։
app-present-nothing-yet = Ձեր մատյանը դատարկ է։ Նախ ինչ-որ բան ավելացրեք։

## Present: the QR code

app-qr-title = Թող սկանավորեն այս կոդը
app-qr-expires = Այս կոդը գործում է մինչև { $date }։
app-qr-preview = Ինչ կտեսնի ստուգողը
app-qr-preview-hide = Թաքցնել այն, ինչ տեսնում է ստուգողը
app-qr-done = Պատրաստ է
app-qr-preview-note = Սա այն է, ինչ կտեսնի ստուգողը, որն ունի այս հեռախոսի նույն վստահության ցուցակները։

## Verify

app-verify-title = Ստուգել կոդը
app-verify-intro = Լուսանկարեք կամ ընտրեք Carnet-ի QR կոդի նկարը։ Ոչինչ ոչ մի տեղ չի ուղարկվում․ ստուգումը կատարվում է այս սարքում։
app-verify-picture = Լուսանկարել կամ ընտրել նկար
app-verify-text = Կամ տեղադրեք կոդի տեքստը (սկսվում է CN1:-ով)
app-verify-check = Ստուգել
app-verify-checking = Ստուգվում է…
app-verify-again = Ստուգել այլ կոդ

## The verdict

app-verdict-title = Արդյունք
app-verdict-made = Ստեղծված է «{ $stage }» փուլի համար, { $date }։
app-verdict-expires = Կոդը գործում է մինչև { $date }։
app-verdict-newer = Այս կոդը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։ Թարմացրեք Carnet-ը՝ այն ստուգելու համար։
app-item-endorsed = Ստորագրված
app-item-self = Իր սեփական խոսքը
app-item-assessed = Ստուգված է՝ { $how }
app-item-hidden = { $count ->
    [one] 1 մանրամասն թաքցված է անձի կողմից։
   *[other] { $count } մանրամասն թաքցված է անձի կողմից։
}

## Errors of these screens

error-wallet-no-key = Այս մատյանը ստորագրելու բանալի չունի։ Ոչինչ ցույց չտրվեց։ Խնդրում ենք հաղորդել այս խնդրի մասին։
error-wallet-not-endorsed = «{ $title }»-ը դեռ ոչ ոք չի ստորագրել։ Ցույց տվեք այն որպես «միայն իմ խոսքով», կամ խնդրեք մեկին հաստատել այն։
error-wallet-credential-damaged = «{ $title }»-ի հաստատումը վնասված է։ Ցույց տվեք այն որպես «միայն իմ խոսքով», կամ խնդրեք նորը։
error-wallet-entry-unfit = «{ $title }»-ը չի կարող տեղավորվել կոդում․ դրա { $field } դաշտը չափազանց երկար է կամ ճիշտ ձևաչափով չէ։ Փոխեք գրառումը, ապա նորից փորձեք։
error-wallet-selected-twice = «{ $title }»-ն ընտրված է երկու անգամ։ Ընտրեք մեկ անգամ։
error-wallet-nothing-chosen = Ընտրեք ցույց տալու առնվազն մեկ բան։
error-wallet-too-large = Սա չափազանց շատ է մեկ QR կոդի համար ({ $chars } նիշ)։ Ընտրեք ավելի քիչ բան, կամ ցույց տվեք միայն անունը և մակարդակը։
error-wallet-credential = Կոդը չհաջողվեց ստեղծել։ Ոչինչ ցույց չտրվեց։ Խնդրում ենք հաղորդել այս խնդրի մասին։ (Օգնականի համար՝ { $reason })
error-wallet-no-code = Այս նկարում Carnet-ի QR կոդ չգտնվեց։ Լուսանկարեք կրկին՝ ավելի մոտիկից և հստակ, ամբողջ կոդով։
error-wallet-not-a-picture = Այս ֆայլը նկար չէ, որը Carnet-ը կարող է կարդալ։ Օգտագործեք լուսանկար (JPEG կամ PNG)։
error-wallet-picture-too-large = Նկարը չափազանց մեծ է ({ $width } × { $height } պիքսել)։ Լուսանկարեք ավելի փոքր և նորից փորձեք։
error-wallet-got-request = Սա ինչ-որ մեկի հմտությունները ստորագրելու խնդրանք է, ոչ թե հմտություններ ցույց տվող կոդ։ Ոչինչ չստուգվեց։
error-wallet-trust-damaged = Ձեր վստահության ցուցակները վնասված են կամ փոխված։ Ներմուծեք դրանք կրկին։ Մինչ այդ ոչ մի ստորագրող վստահելի չի համարվում։
error-wallet-trust-unreadable = Carnet-ը չկարողացավ կարդալ ձեր վստահության ցուցակները այստեղ՝ { $path }։ Ստուգեք, որ սարքում տեղ կա։ (Օգնականի համար՝ { $reason })
error-wallet-not-yours = Այս հաստատումը ստեղծվել է ուրիշի մատյանի համար, ոչ թե ձերի։ Ոչինչ չպահվեց։ Համոզվեք, որ ստացել եք ձեր սեփական ֆայլը։
error-wallet-bad-signature = Այս ֆայլի ստորագրությունը չի համապատասխանում․ այն փոխվել կամ վնասվել է։ Ոչինչ չպահվեց։ Խնդրեք ֆայլը կրկին։
error-wallet-not-a-credential = Այս ֆայլը Carnet-ի ստորագրված հաստատում չէ։ Ոչինչ չպահվեց։ Խնդրեք ստորագրողից իր ստեղծած ֆայլը։
error-wallet-too-many = Միանգամից խնդրեք առավելագույնը { $max } բան։ Ընտրեք ավելի քիչ։
error-wallet-not-from-request = Այս հաստատումը չի ասում, թե ձեր որ գրառումն է հաստատում։ Ոչինչ չպահվեց։ Խնդրեք նորը՝ ստեղծված ձեր խնդրանքի կոդից։
error-wallet-entry-gone = Այս հաստատումը հաստատում է գրառում, որն այլևս ձեր մատյանում չէ։ Ոչինչ չպահվեց։ Եթե հեռացրել եք այն, նորից ավելացրեք պատճենից, ապա խնդրեք նոր հաստատում։

## Asking for a signature, and keeping it

app-request = Խնդրել ստորագրություն
app-request-title = Խնդրել ստորագրություն
app-request-intro = Ցույց տվեք այս կոդը դասավանդողին, գործատուին կամ կենտրոնին, որը կհաստատի, թե ինչ կարող եք անել։ Նրանք կսկանավորեն այն Carnet-ով և կվերադարձնեն ստորագրված ֆայլ։
app-request-key = Ձեր բանալին՝ { $kid }։ Ստորագրողը տեսնում է նույն կոդը։
app-request-text = Նույն կոդը տեքստով՝ հաղորդագրությամբ ուղարկելու համար
app-request-next = Երբ ստանաք ստորագրված ֆայլը, բացեք «Իմ հաստատումները» և սեղմեք «Ավելացնել ստորագրված ֆայլ»։
app-receive = Ավելացնել ստորագրված ֆայլ
app-received = Պահված է․ { $name }-ը ({ $kind }) ստորագրեց՝ { $titles }։
