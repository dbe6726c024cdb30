# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Ավելացնել այլ սարք
app-pair-intro = Տեղադրեք ձեր մատյանը ձեր մեկ այլ հեռախոսում կամ համակարգչում։ Երկու սարքերին էլ սերվեր է պետք։
app-pair-start = Ավելացնել այլ սարք
app-pair-passphrase = Սարք ավելացնելու համար մուտքագրեք ձեր գաղտնաբառը։
app-pair-show = Ցույց տալ կոդը
app-pair-scan = Նոր սարքում ընտրեք «Միանալ մատյանին», ապա սկանավորեք այս քառակուսի կոդը կամ մուտքագրեք դրա տակի տեքստը։
app-pair-qr-alt = Քառակուսի կոդ՝ նոր սարքով սկանավորելու համար
app-pair-code-label = Կոդը տեքստով
app-pair-expires = Կոդը կաշխատի ևս { $time }։
app-pair-waiting = Սպասում ենք նոր սարքին…
app-pair-request = «{ $name }»-ը ցանկանում է ձեր մատյանը։
app-pair-compare = Նոր սարքը ցույց տալի՞ս է նույն կոդը
app-pair-approve = Այո, թույլ տալ
app-pair-refuse = Ոչ
app-pair-approved = «{ $name }»-ն այժմ ունի ձեր մատյանը։ Համաժամեցումից հետո այն կհայտնվի սարքերի ցուցակում։
app-pair-refused = Դուք մերժեցիք։ «{ $name }»-ը ոչինչ չստացավ։
app-pair-again = Ցույց տալ նոր կոդ

## Sync screen: the devices of this logbook

app-devices-title = Ձեր սարքերը
app-devices-none = Ոչ մի սարք դեռ չի համաժամեցրել այս մատյանը։ Համաժամեցրեք, և այս սարքը կհայտնվի այստեղ։
app-devices-this = Այս սարքը
app-devices-added = Ավելացվել է { $date }
app-devices-removed = Հեռացվել է { $date }
app-devices-remove = Հեռացնել
app-devices-remove-confirm = Հեռացնե՞լ «{ $name }»-ը։ Օգտագործեք սա, երբ հեռախոսը կորել է, վաճառվել կամ նվիրվել։
app-devices-remove-consequences = Այն կպահի այն, ինչ արդեն ունի, բայց չի կարող ստանալ ոչինչ, ինչ այսուհետ կավելացնեք։ Ձեր մատյանը նոր բանալի է ստանում, և ձեր մյուս սարքերը այն կստանան համաժամեցման ժամանակ։ Այդ սարքը կրկին օգտագործելու համար նորից ավելացրեք այն։
app-devices-remove-yes = Այո, հեռացնել
app-devices-removed-done = «{ $name }»-ը հեռացվեց։ Ձեր մատյանն այժմ ունի նոր բանալի, որը այդ սարքը չունի։
app-devices-new-sheet = Ձեր վերականգնման թերթիկում հին բանալին է։ Հիմա ստեղծեք նորը Կարգավորումներում և ոչնչացրեք հինը։

## First run: another way to start

app-start-other = Արդեն ունե՞ք մատյան
app-start-join = Միանալ այլ սարքից
app-start-recover = Վերականգնել թերթիկով

## First run: joining a logbook from another device

app-join-title = Միանալ մատյանին
app-join-intro = Ձեր մյուս սարքում բացեք Համաժամեցումը և ընտրեք «Ավելացնել այլ սարք»։ Այն ցույց կտա կոդ։
app-join-code = Կոդը (սկսվում է CNP1:-ով)
app-join-code-hint = Տեղադրեք կամ մուտքագրեք կոդն այստեղ
app-join-picture = Բացել կոդի նկարը
app-join-name = Այս սարքի անունը
app-join-name-default = Իմ նոր սարքը
app-join-passphrase = Ընտրեք գաղտնաբառ այս սարքի համար
app-join-send = Շարունակել
app-join-check = Ձեր մյուս սարքը պետք է ցույց տա նույն կոդը։ Թույլ տվեք այնտեղ։
app-join-waiting = Սպասում ենք ձեր մյուս սարքի թույլտվությանը…
app-join-copying = Ձեր մատյանը պատճենվում է…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Վերականգնել ձեր մատյանը
app-recover-intro = Օգտագործեք ձեր վերականգնման թերթիկը և գաղտնաբառը։ Carnet-ը ձեր մատյանը կվերադարձնի սերվերից։
app-recover-by-words = Մուտքագրել 12 բառերը
app-recover-by-code = Օգտագործել քառակուսի կոդը
app-recover-words = 12 բառերը՝ հերթականությամբ
app-recover-words-hint = բառ1 բառ2 բառ3 …
app-recover-hub = Սերվերի հասցեն թերթիկի վրա
app-recover-code = Քառակուսի կոդի տեքստը (սկսվում է CNS1:-ով)
app-recover-picture = Բացել թերթիկի լուսանկարը
app-recover-passphrase = Ձեր գաղտնաբառը (որը նախկինում օգտագործում էիք)
app-recover-start = Վերականգնել իմ մատյանը

## Reading a square code from a picture

app-picture-read = Կոդը կարդացվեց նկարից։
app-scan-camera = Սկանավորել տեսախցիկով
error-camera-scan = Ոչ մի կոդ չկարդացվեց։ Եթե Carnet-ը չի կարող օգտագործել տեսախցիկը, թույլ տվեք դա ձեր հեռախոսի կարգավորումներում։ Կարող եք նաև բացել կոդի լուսանկարը։

## Settings: the recovery sheet

app-sheet-title = Վերականգնման թերթիկ
app-sheet-intro = Վերականգնման թերթիկը թուղթ է՝ 12 բառով և քառակուսի կոդով։ Եթե կորցնեք այս հեռախոսը, թերթիկը և ձեր գաղտնաբառը կվերադարձնեն ձեր մատյանը նոր հեռախոսում։ Պահեք թերթիկը ապահով տեղում, հեռախոսից հեռու։ Մի պահեք գաղտնաբառը դրա հետ։
app-sheet-replaces = Նոր թերթիկը փոխարինում է հինը․ հին թերթիկն այլևս չի աշխատում։
app-sheet-needs-hub = Թերթիկն օգտագործում է սերվերը։ Նախ նշեք սերվերի հասցեն Համաժամեցման էկրանին։
app-sheet-passphrase = Թերթիկ ստեղծելու համար մուտքագրեք գաղտնաբառը
app-sheet-format = Պահել որպես
app-sheet-pdf = PDF՝ տպելու համար
app-sheet-png = Նկար
app-sheet-make = Ստեղծել վերականգնման թերթիկ
app-sheet-saved = Ձեր վերականգնման թերթիկը պահված է այստեղ՝ { $path }։ Տպեք այն կամ գրի առեք ստորև բերված բառերը և ապահով պահեք թուղթը։
app-sheet-english = Թերթիկը անգլերեն է․ Carnet-ը դեռ չի կարող դրա վրա գրել ձեր լեզվի տառերը։
app-sheet-words = Ձեր 12 բառերը

## Settings: export and import

app-export-title = Արտահանում և ներմուծում
app-export-intro = Արտահանումը պահում է ձեր ամբողջ մատյանը մեկ ֆայլում՝ պահելու կամ ձեր ընտրած մարդուն տալու համար։
app-export-consent = Այս ֆայլում ձեր մատյանը ընթեռնելի տեսքով է․ այն կողպված չէ ձեր գաղտնաբառով։ Ով ստանա ֆայլը, կարող է կարդալ ամբողջը։ Լուսանկարները ֆայլում չեն։
app-export-agree = Հասկանում եմ։ Պահել ֆայլը
app-export = Արտահանել
app-export-saved = { $count ->
    [one] { $count } գրառում պահվեց այստեղ՝ { $path }։
   *[other] { $count } գրառում պահվեց այստեղ՝ { $path }։
}
app-import-intro = Ներմուծումը այս մատյանին ավելացնում է այն, ինչ կա արտահանված ֆայլում։ Ձեր մատյանից ոչինչ չի ջնջվում։
app-import = Ներմուծել ֆայլ
app-import-added = { $count ->
    [0] Նոր գրառումներ չկան։
    [one] Ավելացվեց { $count } նոր գրառում։
   *[other] Ավելացվեց { $count } նոր գրառում։
}
app-import-updated = { $count ->
    [0] Ոչ մի գրառում չփոխվեց։
    [one] Փոխվեց { $count } գրառում։
   *[other] Փոխվեց { $count } գրառում։
}
app-import-unchanged = { $count ->
    [0] Ոչ մի գրառում արդեն նույնը չէր։
    [one] { $count } գրառում արդեն նույնն էր։
   *[other] { $count } գրառում արդեն նույնն էր։
}
app-import-profile = Ձեր պրոֆիլը թարմացվեց։
app-import-missing-photos = { $count ->
    [one] Ֆայլում նշված { $count } լուսանկար այս սարքում չէ։
   *[other] Ֆայլում նշված { $count } լուսանկար այս սարքում չեն։
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Ձեր վերականգնման թերթիկը դեռ աշխատում է՝ ձեր նոր գաղտնաբառով։
app-passphrase-sheet-not-updated = Ձեր վերականգնման թերթիկը չհաջողվեց թարմացնել սերվերում։ Մինչև նորը ստեղծելը դրան պետք է ձեր հին գաղտնաբառը։ Ստեղծեք նոր թերթիկ, երբ միացված լինեք։

## This device's name

app-device-name = Այս սարքի անունը
app-device-name-hint = Անունը, որով ձեր մյուս սարքերը ցույց են տալիս այս մեկը, օրինակ՝ «Ամինայի հեռախոսը»։
app-device-name-saved = Պահված է։ Ձեր մյուս սարքերը այն ցույց կտան այս սարքի համաժամեցումից հետո։
