# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Ստորագրել ուրիշների հմտությունները՝ որպես դասավանդող, գործատու, կենտրոն, քոլեջ կամ գործընկեր։
cli-cmd-issuer-init = Ստեղծել ձեր ստորագրման բանալին որպես թողարկող։ Այն կողպված է գաղտնաբառով։
cli-cmd-issuer-show = Ցույց տալ ձեր թողարկողի անունը, տեսակը և հանրային բանալին։ Գաղտնաբառ պետք չէ։
cli-cmd-issuer-revoke = Հետ կանչել ձեր ստորագրած մեկ հավաստագիր՝ ըստ համարի։
cli-cmd-issuer-status-list = Գրել ձեր հետ կանչած հավաստագրերի ստորագրված ցուցակը՝ ստուգողներին տալու համար։
cli-cmd-endorse = Ստորագրել ինչ-որ մեկի տված խնդրանքը և գրել վերադարձվող հավաստագիրը։
cli-cmd-trust = Ընտրել, թե ում ստորագրություններին եք վստահում QR կոդ ստուգելիս։
cli-cmd-trust-anchor = Վստահության աղբյուրներ՝ ցանցեր կամ մարմիններ, որոնք երաշխավորում են թողարկողների համար։
cli-cmd-trust-anchor-init = Ստեղծել ստորագրման բանալի որպես վստահության աղբյուր՝ թողարկողների համար երաշխավորելու։
cli-cmd-trust-anchor-show = Ցույց տալ ձեր վստահության աղբյուրի անունը և հանրային բանալին։
cli-cmd-trust-anchor-add = Վստահել այս վստահության աղբյուրի բանալով ստորագրված ցուցակներին։
cli-cmd-trust-bundle = Որպես վստահության աղբյուր՝ ստորագրել այն թողարկողների ցուցակը, որոնց համար երաշխավորում եք։
cli-cmd-trust-import = Ավելացնել վստահելի թողարկողների ստորագրված ցուցակ ֆայլից։
cli-cmd-trust-list = Ցույց տալ ձեր վստահած թողարկողներին և որքան հին է յուրաքանչյուր ցուցակը։
cli-cmd-revocation = Թողարկողների հետ կանչած հավաստագրերի ցուցակներ։
cli-cmd-revocation-import = Ավելացնել թողարկողի հետ կանչած հավաստագրերի ստորագրված ցուցակը։
cli-cmd-verify = Ստուգել Carnet-ի QR կոդը․ ով է ստորագրել յուրաքանչյուր հմտություն և արդյոք այն դեռ գործում է։

## Help: what to give

cli-arg-issuer-name = Ձեր կամ ձեր կազմակերպության անունը, ինչպես մարդիկ պետք է տեսնեն։
cli-arg-issuer-country = Ձեր երկիրը՝ երկու տառով, օրինակ՝ KE կամ PT։
cli-arg-issuer-kind = Ով եք դուք՝ trainer, employer, centre, college կամ colleague։
cli-arg-revoke-index = Հետ կանչվող հավաստագրի համարը։
cli-arg-cred-out = Գրվող ֆայլը։
cli-arg-endorse-request = Անձի տված խնդրանքը՝ ֆայլը (request.cbor), դրա QR կոդի նկարը (PNG կամ JPEG) կամ տեքստային ֆայլ՝ CNR1:-ով սկսվող տեքստով
cli-arg-endorse-text = Խնդրանքի տեքստը՝ CNR1:-ով սկսվող, եթե անձը այն ուղարկել է հաղորդագրությամբ։ Ֆայլի փոխարեն։
cli-arg-endorse-assessed-by = Ինչպես եք ստուգել հմտությունը՝ observation, test, document կամ interview։
cli-arg-endorse-expires = Վերջին օրը, երբ հավաստագիրը գործում է, օրինակ՝ 2027-05-14։ Առանց դրա այն չի ավարտվում։
cli-arg-endorse-valid-days = Քանի օր է գործում հավաստագիրը՝ այսօրվանից։
cli-arg-anchor-name = Վստահության աղբյուրի անունը, ինչպես մարդիկ պետք է տեսնեն։
cli-arg-anchor-key = Վստահության աղբյուրի հանրային բանալին՝ 64 տառ և թվանշան։
cli-arg-bundle-issuer = Թողարկողի ֆայլ՝ carnet issuer show --json-ից։ Տվեք մեկ անգամ յուրաքանչյուր թողարկողի համար։
cli-arg-trust-file = Վստահության ցուցակի ֆայլը (.cbor)։
cli-arg-status-file = Թողարկողի ցուցակի ֆայլը (.cbor)։
cli-arg-verify-image = QR կոդի նկար՝ PNG, JPEG կամ WebP։
cli-arg-verify-text = QR կոդի տեքստը՝ CN1:-ով սկսվող
cli-arg-verify-nonce = Թիվը, որը խնդրել եք անձին դնել կոդում (hex)։
cli-arg-verify-audience = Անունը, որը խնդրել եք անձին դնել կոդում։

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Ձեր թողարկողի բանալին { $name }-ի համար պատրաստ է։ Ապահով պահեք գաղտնաբառը․ առանց դրա չեք կարող ստորագրել։
issuer-label-name = Անուն:
issuer-label-country = Երկիր:
issuer-label-kind = Տեսակ:
issuer-label-public-key = Հանրային բանալի:
issuer-label-kid = Բանալու մատնահետք:
issuer-label-issued = Տրված համարներ:
issuer-label-revoked = Հետ կանչված:
issuer-revoked = { $index } համարի հավաստագիրը հետ կանչվեց։
issuer-already-revoked = { $index } համարի հավաստագիրն արդեն հետ էր կանչված։
issuer-revoked-next-step = Ստուգողները դա կիմանան միայն ձեր հաջորդ ցուցակից․ գրեք այն carnet issuer status-list --out list.cbor-ով, ապա տվեք նրանց ֆայլը։
issuer-status-list-written = { $count ->
    [one] Ցուցակը այստեղ է՝ { $path }։ Այն նշում է 1 հետ կանչված հավաստագիր։
   *[other] Ցուցակը այստեղ է՝ { $path }։ Այն նշում է { $count } հետ կանչված հավաստագիր։
}

endorse-intro = { $count ->
    [one] Դուք պատրաստվում եք ստորագրել 1 գրառում { $holder } բանալիով անձի համար:
   *[other] Դուք պատրաստվում եք ստորագրել { $count } գրառում { $holder } բանալիով անձի համար:
}
endorse-entry = { $title } ({ $kind }, մակարդակ { $level }, { $dates })
endorse-untitled = (առանց վերնագրի)
endorse-how-observation = Դուք ասում եք, որ դիտել եք, թե ինչպես են նրանք դա անում։
endorse-how-test = Դուք ասում եք, որ նրանք հանձնել են թեստ։
endorse-how-document = Դուք ասում եք, որ ստուգել եք փաստաթուղթ։
endorse-how-interview = Դուք ասում եք, որ ստուգել եք հարցազրույցում։
endorse-expires-on = Գործում է մինչև { $date }։
endorse-no-expiry = Չի ավարտվում։
endorse-written = { $count ->
    [one] Ստորագրված է։ Վերադարձրեք { $path }-ը անձին։ Դրա համարն է { $first }։
   *[other] Ստորագրված է։ Վերադարձրեք { $path }-ը անձին։ Դրանց համարներն են { $first }-ից { $last }։
}

trust-anchor-added = Այժմ վստահում եք { $name }-ի ստորագրած ցուցակներին (բանալու մատնահետք { $kid })։
trust-bundle-written = { $count ->
    [one] 1 թողարկողի ստորագրված ցուցակը այստեղ է՝ { $path }։
   *[other] { $count } թողարկողի ստորագրված ցուցակը այստեղ է՝ { $path }։
}
trust-imported = { $count ->
    [one] Ավելացվեց 1 թողարկողի վստահության ցուցակ՝ ստեղծված { $date }։
   *[other] Ավելացվեց { $count } թողարկողի վստահության ցուցակ՝ ստեղծված { $date }։
}
trust-list-empty = Դուք դեռ ոչ մի թողարկողի չեք վստահում։ Ավելացրեք վստահության ցուցակ carnet trust import-ով։
trust-list-bundle = { $days ->
    [0] Վստահության ցուցակ { $anchor }-ից, ստեղծված այսօր ({ $date }):
    [one] Վստահության ցուցակ { $anchor }-ից, ստեղծված 1 օր առաջ ({ $date }):
   *[other] Վստահության ցուցակ { $anchor }-ից, ստեղծված { $days } օր առաջ ({ $date }):
}
trust-list-issuer =   { $name }՝ { $kind }, { $country }, բանալու մատնահետք { $kid }
revocation-imported = { $count ->
    [one] Ավելացվեց { $name }-ի ցուցակը՝ ստեղծված { $date }․ 1 հավաստագիր հետ է կանչված։
   *[other] Ավելացվեց { $name }-ի ցուցակը՝ ստեղծված { $date }․ { $count } հավաստագիր հետ է կանչված։
}

## Errors of these commands

error-issuer-exists = Այս թղթապանակում արդեն կա թողարկողի բանալի։ Ոչինչ չփոխվեց։
error-no-issuer = Այս թղթապանակում դեռ թողարկողի բանալի չկա։ Ստեղծեք այն carnet issuer init-ով։
error-issuer-damaged = Այս թղթապանակի թողարկողի բանալին վնասված է կամ չի համապատասխանում իր տվյալներին։ Վերականգնեք պահուստային պատճենից։
error-anchor-exists = Այս թղթապանակում արդեն կա վստահության աղբյուրի բանալի։ Ոչինչ չփոխվեց։
error-no-anchor = Այս թղթապանակում դեռ վստահության աղբյուրի բանալի չկա։ Ստեղծեք այն carnet trust anchor init-ով։
error-anchor-damaged = Այս թղթապանակի վստահության աղբյուրի բանալին վնասված է կամ չի համապատասխանում իր տվյալներին։ Վերականգնեք պահուստային պատճենից։
error-identity-too-new = Այս բանալին ստեղծվել է Carnet-ի ավելի նոր տարբերակով։ Թարմացրեք Carnet-ը՝ այն օգտագործելու համար։
error-storage-file = Carnet-ը չկարողացավ գրել կամ կարդալ { $path }-ը։ Ստուգեք, որ տեղ կա և որ այնտեղ գրելու իրավունք ունեք։ (Օգնականի համար՝ { $reason })
error-file-too-big = { $path }-ը չափազանց մեծ է Carnet-ի ֆայլ լինելու համար։
error-issuer-kind = «{ $value }»-ը թողարկողի տեսակ չէ։ Գրեք trainer, employer, centre, college կամ colleague։
error-assessed-by = «{ $value }»-ը ստուգման եղանակ չէ։ Գրեք observation, test, document կամ interview։
error-expires-date = «{ $value }»-ը օր չէ։ Գրեք տարի-ամիս-օր ձևով, օրինակ՝ 2027-05-14։
error-expires-past = Ավարտի օրը պետք է լինի այսօրվանից հետո։
error-issuer-indexes-used-up = Այս թողարկողի բանալին տվել է իր բոլոր համարները։ Ստեղծեք թողարկողի նոր բանալի։
error-revoke-not-issued = Դուք չեք ստորագրել { $index } համարով հավաստագիր։ Ձեր համարները 0-ից մինչև { $next }-ից փոքր են։
error-anchor-name = Անունը պետք է լինի 1-ից 100 նիշ։
error-anchor-known = Դուք արդեն վստահում եք այս վստահության աղբյուրին (բանալու մատնահետք { $kid })։
error-issuer-file = { $path }-ը թողարկողի ֆայլ չէ։ Խնդրեք թողարկողից carnet issuer show --json-ի արդյունքը։
error-trust-bundle-not-newer = Դուք արդեն ունեք այս վստահության ցուցակը կամ ավելի նորը նույն վստահության աղբյուրից։ Ոչինչ չփոխվեց։
error-status-list-not-newer = Դուք արդեն ունեք այս թողարկողի ավելի նոր ցուցակը։ Ոչինչ չփոխվեց։
error-status-list-issuer-unknown = Այս ցուցակը թողարկողից է, որին դեռ չեք վստահում (բանալու մատնահետք { $kid })։ Նախ ներմուծեք վստահության ցուցակ, որը նրան նշում է։
error-verifier-damaged = Ձեր պահված վստահության ցուցակները վնասված են կամ փոխված։ Ներմուծեք դրանք կրկին։
error-verify-nonce = «{ $value }»-ը hex թիվ չէ, օրինակ՝ 3fa9։
error-verify-got-request = Սա ինչ-որ մեկի գրառումները հաստատելու խնդրանք է (դրա տեքստը սկսվում է CNR1:-ով), ոչ թե հմտություններ ցույց տվող կոդ։ Ոչինչ չստուգվեց։ Հաստատողը ստորագրում է այն այս հրամանով՝ carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Սա ինչ-որ մեկի հմտությունները ցույց տվող կոդ է (դրա տեքստը սկսվում է CN1:-ով), ոչ թե դրանք հաստատելու խնդրանք։ Ոչինչ չստորագրվեց։ Այն ստուգելու համար մուտքագրեք՝ carnet verify PICTURE, կամ carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Վստահության ցուցակը վնասված է կամ վստահության ցուցակ չէ։
error-trust-bundle-wrong-file = Սա Carnet-ի այլ տեսակի ֆայլ է, ոչ թե վստահության ցուցակ։
error-trust-bundle-newer-version = Այս վստահության ցուցակը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։ Թարմացրեք Carnet-ը՝ այն կարդալու համար։
error-trust-bundle-unknown-anchor = Այս վստահության ցուցակը ստորագրված է վստահության աղբյուրի կողմից, որին չեք վստահում (բանալու մատնահետք { $kid })։ Նախ ավելացրեք այն carnet trust anchor add-ով, եթե այն ճանաչում եք։
error-trust-bundle-bad-signature = Այս վստահության ցուցակի ստորագրությունը չի համապատասխանում։ Ֆայլը փոխվել կամ վնասվել է։
error-trust-bundle-invalid = Վստահության ցուցակում արժեքը հնարավոր չէ օգտագործել ({ $field })։
error-trust-bundle-too-large = Վստահության ցուցակը չափազանց մեծ է։
error-status-list-malformed = Ցուցակը վնասված է կամ հետ կանչված հավաստագրերի ցուցակ չէ։
error-status-list-wrong-file = Սա Carnet-ի այլ տեսակի ֆայլ է, ոչ թե հետ կանչված հավաստագրերի ցուցակ։
error-status-list-newer-version = Այս ցուցակը ստեղծվել է Carnet-ի ավելի նոր տարբերակով։ Թարմացրեք Carnet-ը՝ այն կարդալու համար։
error-status-list-wrong-issuer = Այս ցուցակը պատկանում է այլ թողարկողի ({ $found }, ոչ թե { $expected })։
error-status-list-bad-signature = Այս ցուցակի ստորագրությունը չի համապատասխանում։ Ֆայլը փոխվել կամ վնասվել է։
error-status-list-invalid = Ցուցակում արժեքը հնարավոր չէ օգտագործել ({ $field })։
error-status-list-too-large = Ցուցակը չափազանց մեծ է։
