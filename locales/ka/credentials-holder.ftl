# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = ფაილის შექმნა, რომელიც ტრენერს, დამსაქმებელს ან ცენტრს სთხოვს ჩანაწერების დადასტურებას.
    .long = შექმენით თხოვნა, რომელიც ტრენერს, დამსაქმებელს, ცენტრს, კოლეჯს ან კოლეგას სთხოვს თქვენი ზოგიერთი ჩანაწერის დადასტურებას (endorse): ფაილი, QR კოდი (სახელი, რომელიც .png-ით ან .svg-ით მთავრდება) ტელეფონზე საჩვენებლად ან დასაბეჭდად, ან --text-ით ტექსტი შეტყობინებით გასაგზავნად. მიეცით მათ. ისინი ხელს მოაწერენ და დაგიბრუნებენ დადასტურების ფაილს, რომელსაც შეინახავთ ბრძანებით: carnet receive
cli-cmd-holder-receive = დადასტურების შენახვა, რომელსაც ტრენერმა, დამსაქმებელმა ან ცენტრმა თქვენთვის მოაწერა ხელი.
cli-cmd-holder-credentials = თქვენ მიერ შენახული დადასტურებების სია, ჩანაწერების მიხედვით. ასევე: carnet wallet
cli-cmd-holder-present = არჩეული ჩანაწერების ჩვენება ერთი QR კოდით, რომელსაც ნებისმიერი შეამოწმებს ინტერნეტის გარეშე.
    .long = არჩეული ჩანაწერების ჩვენება ერთი QR კოდით, რომელსაც ნებისმიერი შეამოწმებს ინტერნეტის გარეშე. დადასტურებული ჩანაწერები ჩანს დამდასტურებლის მითითებით; --self-declared-ით მოცემული ჩანაწერები ჩანს როგორც მხოლოდ თქვენი სიტყვა. ეკრანზე კოდი მოქმედებს 24 საათი; --print-ით — 5 წელი.
cli-cmd-holder-export = დადასტურებული ჩანაწერის ჩაწერა როგორც W3C Verifiable Credential (Open Badges 3.0) სხვა აპლიკაციებისთვის.
    .long = დადასტურებული ჩანაწერის ჩაწერა როგორც W3C Verifiable Credential 2.0 (Open Badges 3.0 ნიშანი), დამდასტურებლის ხელმოწერით, რომ სხვა საფულეებმა და აპლიკაციებმა შეამოწმონ. --out-ის გარეშე ეკრანზე იწერება.

## Help: arguments

cli-arg-holder-request-ids = დასადასტურებელი ჩანაწერები: მათი id-ები, ან თითოეულის პირველი 4 ან მეტი სიმბოლო. id-ების სანახავად აკრიფეთ: carnet list
cli-arg-holder-request-out = სად ჩაიწეროს თხოვნა: .png-ით ან .svg-ით დამთავრებული სახელი ქმნის QR კოდის სურათს; ნებისმიერი სხვა სახელი, მაგალითად request.cbor — ფაილს.
cli-arg-holder-request-text = თხოვნის ტექსტის (იწყება CNR1:-ით) ეკრანზე ჩაწერა, შეტყობინებით გასაგზავნად.
cli-arg-holder-receive-file = თქვენთვის მოცემული დადასტურების ფაილი, მაგალითად credential.cbor.
cli-arg-holder-present-select = საჩვენებელი დადასტურებული ჩანაწერები: მათი id-ები, ან თითოეულის პირველი 4 ან მეტი სიმბოლო.
cli-arg-holder-present-fields = თითოეული ჩანაწერის მხოლოდ ამ ნაწილების ჩვენება, მძიმით გამოყოფილი, მაგალითად title,level. დანარჩენი დამალული რჩება. ნაწილებია: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. ამის გარეშე ყველაფერი ჩანს.
cli-arg-holder-present-self-declared = ჩანაწერები, რომლებიც ჩანს როგორც მხოლოდ თქვენი სიტყვა, არავის მიერ დადასტურებული.
cli-arg-holder-present-stage = რისთვის აჩვენებთ: recruitment, pre-departure, arrival, career ან return. ამის გარეშე: recruitment.
cli-arg-holder-present-audience = ვის აჩვენებთ, თუ გთხოვეს მათი დასახელება, მაგალითად სააგენტოს სახელი.
cli-arg-holder-present-nonce = კოდი, რომელიც შემმოწმებელმა მოგცათ, თუ მოგცათ (ასოები 0-9 და a-f).
cli-arg-holder-present-print = ქაღალდისთვის შექმნა: კოდი უკეთ უძლებს ნაკაწრებს და დაკეცვას და მოქმედებს 5 წელი 24 საათის ნაცვლად.
cli-arg-holder-present-out = ჩასაწერი სურათი: სახელი, რომელიც .png-ით ან .svg-ით მთავრდება.
cli-arg-holder-present-text = ასევე QR კოდის შიგნით არსებული ტექსტის ჩაწერა, შეტყობინებით გასაგზავნად.
cli-arg-holder-export-id = დადასტურებული ჩანაწერი: მისი id, ან მისი პირველი 4 ან მეტი სიმბოლო.
cli-arg-holder-export-format = ჩასაწერი ფორმატი. მხოლოდ: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = ჩაწერა ხელმოწერილ ტოკენად (VC-JWT) მტკიცებულებიანი JSON-ის ნაცვლად.
cli-arg-holder-export-out = ჩასაწერი ფაილი, მაგალითად badge.json ან badge.jwt.

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
        [one] ეს თხოვნა ითხოვს 1 ჩანაწერის დადასტურებას.
       *[other] ეს თხოვნა ითხოვს { $count } ჩანაწერის დადასტურებას.
    } დამდასტურებელი თითოეულის ამ ნაწილებს დაინახავს:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = თხოვნა ჩაიწერა აქ: { $path }.
holder-request-next = მიეცით ფაილი დამდასტურებელს. როცა დადასტურების ფაილს დაგიბრუნებენ, აკრიფეთ: carnet receive FILE
holder-receive-done = შენახულია: დაადასტურა { $issuer }, { $kind }, { $country }. როგორ შეამოწმეს: { $assessed }.
holder-validity-until = გაცემულია { $issued }. მოქმედებს { $expires }-მდე.
holder-validity-open = გაცემულია { $issued }. დასრულების თარიღის გარეშე.
holder-wallet-empty = ჯერ დადასტურებები არ გაქვთ. მოსათხოვად აკრიფეთ: carnet request ID --out request.cbor
holder-wallet-damaged = დადასტურება, რომელიც აღარ იკითხება. სთხოვეთ გამცემს ახალი.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): გაცემულია { $issued }, მოქმედებს { $expires }-მდე
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): გაცემულია { $issued }, დასრულების თარიღის გარეშე
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): გაცემულია { $issued }, ვადა გაუვიდა { $expires }
holder-present-nothing = მიუთითეთ, რა აჩვენოთ: --select ID დადასტურებული ჩანაწერებისთვის, --self-declared ID სხვებისთვის.
holder-present-done = QR კოდი ჩაიწერა აქ: { $path }: { $endorsed } დადასტურებული, { $declared } თქვენი სიტყვით.
holder-present-size = ზომა: QR ვერსია { $version }, დონე { $ec }, { $chars } სიმბოლო.
holder-present-expires = შემოწმება შეიძლება { $when }-მდე ({ $hours } საათი).
holder-present-by-kid = რომ ჩაეტიოს, გამცემები მოკლე ანაბეჭდით არიან დასახელებული. შემმოწმებელი დაინახავს, ვინ არიან, მხოლოდ თუ ისინი მის სანდო გამცემთა სიაშია.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ტრენერი
holder-issuer-kind-employer = დამსაქმებელი
holder-issuer-kind-centre = ცენტრი
holder-issuer-kind-college = კოლეჯი
holder-issuer-kind-colleague = კოლეგა (ადამიანი, ვინც თქვენთან ერთად მუშაობდა, და არა ორგანიზაცია)

## How they checked

holder-assessed-observation = უყურეს, როგორ მუშაობთ
holder-assessed-test = ტესტი
holder-assessed-document = შეამოწმეს საბუთი
holder-assessed-interview = გასაუბრება

## Errors

error-holder-no-key = ამ ჟურნალს დადასტურებების ხელმოსაწერი გასაღები არ აქვს. არაფერი შეცვლილა. გთხოვთ, შეატყობინოთ ეს პრობლემა.
error-holder-write-file = ფაილი { $path } ვერ ჩაიწერა: { $reason }. შეამოწმეთ, რომ საქაღალდე არსებობს და ადგილი საკმარისია, შემდეგ სცადეთ ხელახლა.
error-holder-entry-unfit = ჩანაწერი "{ $title }" დადასტურებაში ვერ ჩაიდება: მისი ველი { $field } ძალიან გრძელია ან არასწორი ფორმისაა. შეცვალეთ carnet edit-ით და სცადეთ ხელახლა.
error-holder-unknown-field = "{ $value }" არ არის ჩანაწერის საჩვენებელი ნაწილი. ნაწილებია: { $known }.
error-holder-credential-no-entries = დადასტურება { $path } არ ამბობს, თქვენს რომელ ჩანაწერებს ადასტურებს. არაფერი შენახულა. მოითხოვეთ ახალი, თხოვნის ფაილით შექმნილი: carnet request
error-holder-credential-entry-gone = დადასტურება { $path } ადასტურებს ჩანაწერს, რომელიც თქვენს ჟურნალში აღარ არის ({ $id }). არაფერი შენახულა. თუ ამ მოწყობილობაზე წაშალეთ, დაამატეთ ჟურნალის ასლიდან და სცადეთ ხელახლა.
error-holder-credential-damaged = ჩანაწერის "{ $title }" დადასტურება აღარ იკითხება. სთხოვეთ დამდასტურებელს ახალი.
error-holder-not-endorsed = ჩანაწერი "{ $title }" ჯერ არავის დაუდასტურებია. აჩვენეთ --self-declared-ით, ან მოითხოვეთ დადასტურება: carnet request
error-holder-selected-twice = ჩანაწერი "{ $title }" მოცემულია როგორც --select-ით, ისე --self-declared-ით. მიუთითეთ ერთხელ.
error-holder-bad-stage = "{ $value }" ეტაპი არ არის. ეტაპებია: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = ადრესატი უნდა იყოს 1-დან 100 სიმბოლომდე, ერთ ხაზზე.
error-holder-bad-nonce = "{ $value }" არ არის შემმოწმებლის კოდი: უნდა იყოს 2-დან 128-მდე ასო 0-9 და a-f.
error-holder-bad-out = სურათის { $path } სახელი უნდა მთავრდებოდეს .png-ით ან .svg-ით.
error-holder-no-vc = "{ $title }"-ის დადასტურება { $issuer }-ის მიერ გაკეთდა მანამ, სანამ Carnet შეძლებდა მის W3C დადასტურებად ჩაწერას, და ხელის მოწერა მხოლოდ მათ შეუძლიათ. სთხოვეთ ხელახლა დადასტურება: შექმენით ახალი თხოვნა (carnet request ID --out request.cbor), მიეცით მათ და შეინახეთ დაბრუნებული ფაილი (carnet receive FILE).
