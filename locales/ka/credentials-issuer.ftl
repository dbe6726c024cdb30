# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = სხვების უნარებზე ხელის მოწერა, როგორც ტრენერი, დამსაქმებელი, ცენტრი, კოლეჯი ან კოლეგა.
cli-cmd-issuer-init = გამცემის ხელმოწერის გასაღების შექმნა. ის პაროლითაა ჩაკეტილი.
cli-cmd-issuer-show = გამცემის სახელის, ტიპისა და საჯარო გასაღების ჩვენება. პაროლი არ არის საჭირო.
cli-cmd-issuer-revoke = თქვენ მიერ ხელმოწერილი ერთი დადასტურების გაუქმება, მისი ნომრით.
cli-cmd-issuer-status-list = გაუქმებული დადასტურებების ხელმოწერილი სიის ჩაწერა, შემმოწმებლებისთვის მისაცემად.
cli-cmd-endorse = ვინმეს მიერ მოცემულ თხოვნაზე ხელის მოწერა და დასაბრუნებელი დადასტურების ჩაწერა.
cli-cmd-trust = აირჩიეთ, ვისი ხელმოწერების გჯერათ QR კოდის შემოწმებისას.
cli-cmd-trust-anchor = ნდობის წყაროები: ქსელები ან ორგანოები, რომლებიც გამცემებზე პასუხს აგებენ.
cli-cmd-trust-anchor-init = ხელმოწერის გასაღების შექმნა ნდობის წყაროდ, გამცემებზე პასუხისმგებლობისთვის.
cli-cmd-trust-anchor-show = თქვენი ნდობის წყაროს სახელისა და საჯარო გასაღების ჩვენება.
cli-cmd-trust-anchor-add = ამ ნდობის წყაროს გასაღებით ხელმოწერილი სიების ნდობა.
cli-cmd-trust-bundle = როგორც ნდობის წყარო, მოაწერეთ ხელი გამცემთა სიას, რომლებზეც პასუხს აგებთ.
cli-cmd-trust-import = სანდო გამცემთა ხელმოწერილი სიის დამატება ფაილიდან.
cli-cmd-trust-list = სანდო გამცემების ჩვენება და რამდენად ძველია თითოეული სია.
cli-cmd-revocation = დადასტურებების სიები, რომლებიც გამცემებმა გააუქმეს.
cli-cmd-revocation-import = გამცემის გაუქმებული დადასტურებების ხელმოწერილი სიის დამატება.
cli-cmd-verify = Carnet-ის QR კოდის შემოწმება: ვინ მოაწერა ხელი თითოეულ უნარს და ისევ მოქმედებს თუ არა.

## Help: what to give

cli-arg-issuer-name = თქვენი ან თქვენი ორგანიზაციის სახელი, როგორც ხალხმა უნდა დაინახოს.
cli-arg-issuer-country = თქვენი ქვეყანა, ორი ასოთი, მაგალითად KE ან PT.
cli-arg-issuer-kind = ვინ ხართ: trainer, employer, centre, college ან colleague.
cli-arg-revoke-index = გასაუქმებელი დადასტურების ნომერი.
cli-arg-cred-out = ჩასაწერი ფაილი.
cli-arg-endorse-request = ადამიანის მიერ მოცემული თხოვნა: ფაილი (request.cbor), მისი QR კოდის სურათი (PNG ან JPEG), ან ტექსტური ფაილი CNR1:-ით დაწყებული ტექსტით
cli-arg-endorse-text = თხოვნის ტექსტი, CNR1:-ით დაწყებული, თუ ადამიანმა შეტყობინებით გამოგიგზავნათ. ფაილის ნაცვლად.
cli-arg-endorse-assessed-by = როგორ შეამოწმეთ უნარი: observation, test, document ან interview.
cli-arg-endorse-expires = ბოლო დღე, როცა დადასტურება მოქმედებს, მაგალითად 2027-05-14. ამის გარეშე ვადა არ გასდის.
cli-arg-endorse-valid-days = რამდენი დღე მოქმედებს დადასტურება, დღეიდან.
cli-arg-anchor-name = ნდობის წყაროს სახელი, როგორც ხალხმა უნდა დაინახოს.
cli-arg-anchor-key = ნდობის წყაროს საჯარო გასაღები: 64 ასო და ციფრი.
cli-arg-bundle-issuer = გამცემის ფაილი, carnet issuer show --json-იდან. მიუთითეთ თითო გამცემზე ერთხელ.
cli-arg-trust-file = ნდობის სიის ფაილი (.cbor).
cli-arg-status-file = გამცემის სიის ფაილი (.cbor).
cli-arg-verify-image = QR კოდის სურათი: PNG, JPEG ან WebP.
cli-arg-verify-text = QR კოდის ტექსტი, CN1:-ით დაწყებული
cli-arg-verify-nonce = რიცხვი, რომელიც ადამიანს სთხოვეთ კოდში ჩაესვა (hex).
cli-arg-verify-audience = სახელი, რომელიც ადამიანს სთხოვეთ კოდში ჩაესვა.

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

issuer-created = თქვენი გამცემის გასაღები { $name }-სთვის მზადაა. შეინახეთ პაროლი უსაფრთხოდ: მის გარეშე ხელს ვერ მოაწერთ.
issuer-label-name = სახელი:
issuer-label-country = ქვეყანა:
issuer-label-kind = ტიპი:
issuer-label-public-key = საჯარო გასაღები:
issuer-label-kid = გასაღების ანაბეჭდი:
issuer-label-issued = გაცემული ნომრები:
issuer-label-revoked = გაუქმებული:
issuer-revoked = დადასტურება ნომერი { $index } გაუქმდა.
issuer-already-revoked = დადასტურება ნომერი { $index } უკვე გაუქმებული იყო.
issuer-revoked-next-step = შემმოწმებლები ამას მხოლოდ თქვენი შემდეგი სიიდან გაიგებენ: ჩაწერეთ carnet issuer status-list --out list.cbor-ით და მიეცით მათ ფაილი.
issuer-status-list-written = { $count ->
    [one] სია აქაა: { $path }. მასში 1 გაუქმებული დადასტურებაა.
   *[other] სია აქაა: { $path }. მასში { $count } გაუქმებული დადასტურებაა.
}

endorse-intro = { $count ->
    [one] თქვენ ხელს აწერთ 1 ჩანაწერს ადამიანისთვის, რომლის გასაღებია { $holder }:
   *[other] თქვენ ხელს აწერთ { $count } ჩანაწერს ადამიანისთვის, რომლის გასაღებია { $holder }:
}
endorse-entry = { $title } ({ $kind }, დონე { $level }, { $dates })
endorse-untitled = (სათაურის გარეშე)
endorse-how-observation = თქვენ ამბობთ, რომ უყურეთ, როგორ აკეთებდნენ.
endorse-how-test = თქვენ ამბობთ, რომ ტესტი ჩააბარეს.
endorse-how-document = თქვენ ამბობთ, რომ საბუთი შეამოწმეთ.
endorse-how-interview = თქვენ ამბობთ, რომ გასაუბრებაზე შეამოწმეთ.
endorse-expires-on = მოქმედებს { $date }-მდე.
endorse-no-expiry = ვადა არ გასდის.
endorse-written = { $count ->
    [one] ხელმოწერილია. დაუბრუნეთ { $path } ადამიანს. მისი ნომერია { $first }.
   *[other] ხელმოწერილია. დაუბრუნეთ { $path } ადამიანს. მისი ნომრებია { $first }-დან { $last }-მდე.
}

trust-anchor-added = ახლა ენდობით { $name }-ის ხელმოწერილ სიებს (გასაღების ანაბეჭდი { $kid }).
trust-bundle-written = { $count ->
    [one] 1 გამცემის ხელმოწერილი სია აქაა: { $path }.
   *[other] { $count } გამცემის ხელმოწერილი სია აქაა: { $path }.
}
trust-imported = { $count ->
    [one] დაემატა 1 გამცემის ნდობის სია, შექმნილი { $date }.
   *[other] დაემატა { $count } გამცემის ნდობის სია, შექმნილი { $date }.
}
trust-list-empty = ჯერ არცერთ გამცემს არ ენდობით. დაამატეთ ნდობის სია carnet trust import-ით.
trust-list-bundle = { $days ->
    [0] ნდობის სია { $anchor }-იდან, შექმნილი დღეს ({ $date }):
    [one] ნდობის სია { $anchor }-იდან, შექმნილი 1 დღის წინ ({ $date }):
   *[other] ნდობის სია { $anchor }-იდან, შექმნილი { $days } დღის წინ ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, გასაღების ანაბეჭდი { $kid }
revocation-imported = { $count ->
    [one] დაემატა { $name }-ის სია, შექმნილი { $date }: 1 დადასტურება გაუქმებულია.
   *[other] დაემატა { $name }-ის სია, შექმნილი { $date }: { $count } დადასტურება გაუქმებულია.
}

## Errors of these commands

error-issuer-exists = ამ საქაღალდეში უკვე არის გამცემის გასაღები. არაფერი შეცვლილა.
error-no-issuer = ამ საქაღალდეში ჯერ გამცემის გასაღები არ არის. შექმენით carnet issuer init-ით.
error-issuer-damaged = ამ საქაღალდეში გამცემის გასაღები დაზიანებულია ან არ ემთხვევა თავის მონაცემებს. აღადგინეთ სარეზერვო ასლიდან.
error-anchor-exists = ამ საქაღალდეში უკვე არის ნდობის წყაროს გასაღები. არაფერი შეცვლილა.
error-no-anchor = ამ საქაღალდეში ჯერ ნდობის წყაროს გასაღები არ არის. შექმენით carnet trust anchor init-ით.
error-anchor-damaged = ამ საქაღალდეში ნდობის წყაროს გასაღები დაზიანებულია ან არ ემთხვევა თავის მონაცემებს. აღადგინეთ სარეზერვო ასლიდან.
error-identity-too-new = ეს გასაღები Carnet-ის უფრო ახალმა ვერსიამ შექმნა. გამოსაყენებლად განაახლეთ Carnet.
error-storage-file = Carnet-მა ვერ ჩაწერა ან ვერ წაიკითხა { $path }. შეამოწმეთ, რომ ადგილი საკმარისია და იქ ჩაწერის უფლება გაქვთ. (დამხმარისთვის: { $reason })
error-file-too-big = { $path } ძალიან დიდია Carnet-ის ფაილისთვის.
error-issuer-kind = „{ $value }“ გამცემის ტიპი არ არის. დაწერეთ trainer, employer, centre, college ან colleague.
error-assessed-by = „{ $value }“ შემოწმების გზა არ არის. დაწერეთ observation, test, document ან interview.
error-expires-date = „{ $value }“ დღე არ არის. დაწერეთ როგორც წელი-თვე-დღე, მაგალითად 2027-05-14.
error-expires-past = დასრულების დღე დღევანდელის შემდეგ უნდა იყოს.
error-issuer-indexes-used-up = ამ გამცემის გასაღებმა ყველა ნომერი გასცა. შექმენით გამცემის ახალი გასაღები.
error-revoke-not-issued = თქვენ არ მოგიწერიათ ხელი დადასტურებაზე ნომრით { $index }. თქვენი ნომრები 0-დან { $next }-მდეა (არაჩათვლით).
error-anchor-name = სახელი უნდა იყოს 1-დან 100 სიმბოლომდე.
error-anchor-known = თქვენ უკვე ენდობით ამ ნდობის წყაროს (გასაღების ანაბეჭდი { $kid }).
error-issuer-file = { $path } გამცემის ფაილი არ არის. სთხოვეთ გამცემს carnet issuer show --json-ის შედეგი.
error-trust-bundle-not-newer = თქვენ უკვე გაქვთ ეს ნდობის სია ან უფრო ახალი იმავე ნდობის წყაროდან. არაფერი შეცვლილა.
error-status-list-not-newer = თქვენ უკვე გაქვთ ამ გამცემის უფრო ახალი სია. არაფერი შეცვლილა.
error-status-list-issuer-unknown = ეს სია არის გამცემისგან, რომელსაც ჯერ არ ენდობით (გასაღების ანაბეჭდი { $kid }). ჯერ შემოიტანეთ ნდობის სია, რომელიც მას ასახელებს.
error-verifier-damaged = თქვენი შენახული ნდობის სიები დაზიანებულია ან შეცვლილია. შემოიტანეთ ხელახლა.
error-verify-nonce = „{ $value }“ არ არის hex რიცხვი, მაგალითად 3fa9.
error-verify-got-request = ეს არის ვინმეს ჩანაწერების დადასტურების თხოვნა (მისი ტექსტი იწყება CNR1:-ით) და არა უნარების საჩვენებელი კოდი. არაფერი შემოწმებულა. დამდასტურებელი მას ხელს აწერს ბრძანებით: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = ეს არის ვინმეს უნარების საჩვენებელი კოდი (მისი ტექსტი იწყება CN1:-ით) და არა მათი დადასტურების თხოვნა. ხელი არაფერზე მოწერილა. შესამოწმებლად აკრიფეთ: carnet verify PICTURE, ან carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = ნდობის სია დაზიანებულია ან ნდობის სია არ არის.
error-trust-bundle-wrong-file = ეს Carnet-ის სხვა ტიპის ფაილია და არა ნდობის სია.
error-trust-bundle-newer-version = ეს ნდობის სია Carnet-ის უფრო ახალმა ვერსიამ შექმნა. წასაკითხად განაახლეთ Carnet.
error-trust-bundle-unknown-anchor = ეს ნდობის სია ხელმოწერილია ნდობის წყაროს მიერ, რომელსაც არ ენდობით (გასაღების ანაბეჭდი { $kid }). ჯერ დაამატეთ carnet trust anchor add-ით, თუ იცნობთ.
error-trust-bundle-bad-signature = ამ ნდობის სიის ხელმოწერა არ ემთხვევა. ფაილი შეიცვალა ან დაზიანდა.
error-trust-bundle-invalid = ნდობის სიაში მნიშვნელობა ვერ გამოიყენება ({ $field }).
error-trust-bundle-too-large = ნდობის სია ძალიან დიდია.
error-status-list-malformed = სია დაზიანებულია ან არ არის გაუქმებული დადასტურებების სია.
error-status-list-wrong-file = ეს Carnet-ის სხვა ტიპის ფაილია და არა გაუქმებული დადასტურებების სია.
error-status-list-newer-version = ეს სია Carnet-ის უფრო ახალმა ვერსიამ შექმნა. წასაკითხად განაახლეთ Carnet.
error-status-list-wrong-issuer = ეს სია სხვა გამცემს ეკუთვნის ({ $found }, და არა { $expected }).
error-status-list-bad-signature = ამ სიის ხელმოწერა არ ემთხვევა. ფაილი შეიცვალა ან დაზიანდა.
error-status-list-invalid = სიაში მნიშვნელობა ვერ გამოიყენება ({ $field }).
error-status-list-too-large = სია ძალიან დიდია.
