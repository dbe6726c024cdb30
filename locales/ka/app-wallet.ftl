# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = ჩემი დადასტურებები
app-present = ჩემი უნარების ჩვენება
app-verify = კოდის შემოწმება

## Wallet

app-wallet-title = ჩემი დადასტურებები
app-wallet-intro = ეს ის უნარებია, რომლებიც ვინმემ ხელმოწერით დაგიდასტურათ. შეგიძლიათ აჩვენოთ QR კოდით.
app-wallet-empty = ჯერ არავის დაუდასტურებია თქვენი უნარი. სთხოვეთ ტრენერს, დამსაქმებელს ან ცენტრს, დაადასტუროს, რა შეგიძლიათ.
app-wallet-by = ხელმოწერილია: { $name } ({ $kind }, { $country })
app-wallet-issued = ხელმოწერის თარიღი: { $date }
app-wallet-expires = მოქმედებს { $date }-მდე
app-wallet-expired = ვადა გაუვიდა { $date }
app-wallet-no-expiry = ვადა არ გასდის
app-wallet-damaged = ეს დადასტურება დაზიანებულია და ვერ გამოჩნდება. სთხოვეთ ხელმომწერს ახალი.
app-standing-valid = შემოწმებულია: ხელს აწერს ვინმე თქვენი ნდობის სიიდან
app-standing-unknown-issuer = ხელმოწერილია, მაგრამ ხელმომწერი არ არის თქვენს ნდობის სიაში
app-standing-expired = ვადაგასულია
app-standing-revoked = ხელმომწერმა გააუქმა
app-standing-malformed = დაზიანებულია

## Present: choosing what to show

app-present-title = ჩემი უნარების ჩვენება
app-present-endorsed = ვინმეს ხელმოწერით
app-present-self = მხოლოდ ჩემი სიტყვით
app-present-self-hint = შემმოწმებელი ამას დაინახავს როგორც თქვენს სიტყვას და არა ხელმოწერილს.
app-present-details = რა ვაჩვენოთ თითოეულიდან
app-present-details-all = ყველაფერი
app-present-details-short = მხოლოდ სახელი და დონე
app-present-stage = ვისთვისაა?
app-present-print = ქაღალდზე დასაბეჭდად (მოქმედებს 5 წელი)
app-present-make = QR კოდის ჩვენება
app-present-none = აირჩიეთ საჩვენებლად ერთი რამ მაინც.
app-present-nothing-yet = თქვენი ჟურნალი ცარიელია. ჯერ რამე დაამატეთ.

## Present: the QR code

app-qr-title = მიეცით ამ კოდის დასკანერების საშუალება
app-qr-expires = ეს კოდი მოქმედებს { $date }-მდე.
app-qr-preview = რას დაინახავს შემმოწმებელი
app-qr-preview-hide = დამალეთ, რასაც შემმოწმებელი ხედავს
app-qr-done = მზადაა
app-qr-preview-note = ამას დაინახავს შემმოწმებელი, რომელსაც ამ ტელეფონის მსგავსი ნდობის სიები აქვს.

## Verify

app-verify-title = კოდის შემოწმება
app-verify-intro = გადაუღეთ ან აირჩიეთ Carnet-ის QR კოდის სურათი. არაფერი იგზავნება: შემოწმება ამ მოწყობილობაზე ხდება.
app-verify-picture = სურათის გადაღება ან არჩევა
app-verify-text = ან ჩასვით კოდის ტექსტი (იწყება CN1:-ით)
app-verify-check = შემოწმება
app-verify-checking = მოწმდება…
app-verify-again = სხვა კოდის შემოწმება

## The verdict

app-verdict-title = შედეგი
app-verdict-made = შექმნილია ეტაპისთვის „{ $stage }“, { $date }.
app-verdict-expires = კოდი მოქმედებს { $date }-მდე.
app-verdict-newer = ეს კოდი Carnet-ის უფრო ახალმა ვერსიამ შექმნა. შესამოწმებლად განაახლეთ Carnet.
app-item-endorsed = ხელმოწერილი
app-item-self = მათი საკუთარი სიტყვა
app-item-assessed = შემოწმების გზა: { $how }
app-item-hidden = { $count ->
    [one] 1 დეტალი პირმა დამალა.
   *[other] { $count } დეტალი პირმა დამალა.
}

## Errors of these screens

error-wallet-no-key = ამ ჟურნალს ხელმოსაწერი გასაღები არ აქვს. არაფერი გამოჩენილა. გთხოვთ, შეატყობინოთ ეს პრობლემა.
error-wallet-not-endorsed = „{ $title }“ ჯერ არავის მოუწერია ხელი. აჩვენეთ როგორც „მხოლოდ ჩემი სიტყვით“, ან სთხოვეთ ვინმეს დადასტურება.
error-wallet-credential-damaged = „{ $title }“-ის დადასტურება დაზიანებულია. აჩვენეთ როგორც „მხოლოდ ჩემი სიტყვით“, ან მოითხოვეთ ახალი.
error-wallet-entry-unfit = „{ $title }“ კოდში ვერ ჩაჯდება: მისი ველი „{ $field }“ ძალიან გრძელია ან არასწორი ფორმისაა. შეცვალეთ ჩანაწერი და სცადეთ ხელახლა.
error-wallet-selected-twice = „{ $title }“ ორჯერაა არჩეული. აირჩიეთ ერთხელ.
error-wallet-nothing-chosen = აირჩიეთ საჩვენებლად ერთი რამ მაინც.
error-wallet-too-large = ეს ძალიან ბევრია ერთი QR კოდისთვის ({ $chars } სიმბოლო). აირჩიეთ ნაკლები, ან აჩვენეთ მხოლოდ სახელი და დონე.
error-wallet-credential = კოდი ვერ შეიქმნა. არაფერი გამოჩენილა. გთხოვთ, შეატყობინოთ ეს პრობლემა. (დამხმარისთვის: { $reason })
error-wallet-no-code = ამ სურათში Carnet-ის QR კოდი ვერ მოიძებნა. გადაიღეთ ხელახლა, უფრო ახლოდან და მკაფიოდ, მთელი კოდით.
error-wallet-not-a-picture = ეს ფაილი არ არის სურათი, რომელსაც Carnet წაიკითხავს. გამოიყენეთ ფოტო (JPEG ან PNG).
error-wallet-picture-too-large = სურათი ძალიან დიდია ({ $width } × { $height } პიქსელი). გადაიღეთ უფრო პატარა და სცადეთ ხელახლა.
error-wallet-got-request = ეს არის ვინმეს უნარების ხელმოწერის თხოვნა და არა უნარების საჩვენებელი კოდი. არაფერი შემოწმებულა.
error-wallet-trust-damaged = თქვენი ნდობის სიები დაზიანებულია ან შეცვლილია. ხელახლა შემოიტანეთ. მანამდე არცერთი ხელმომწერი არ ითვლება სანდოდ.
error-wallet-trust-unreadable = Carnet-მა ვერ წაიკითხა თქვენი ნდობის სიები აქ: { $path }. შეამოწმეთ, აქვს თუ არა მოწყობილობას თავისუფალი ადგილი. (დამხმარისთვის: { $reason })
error-wallet-not-yours = ეს დადასტურება სხვისი ჟურნალისთვისაა შექმნილი და არა თქვენისთვის. არაფერი შენახულა. დარწმუნდით, რომ საკუთარი ფაილი მიიღეთ.
error-wallet-bad-signature = ამ ფაილის ხელმოწერა არ ემთხვევა: ის შეიცვალა ან დაზიანდა. არაფერი შენახულა. მოითხოვეთ ფაილი ხელახლა.
error-wallet-not-a-credential = ეს ფაილი Carnet-ის ხელმოწერილი დადასტურება არ არის. არაფერი შენახულა. სთხოვეთ ხელმომწერს მის მიერ შექმნილი ფაილი.
error-wallet-too-many = ერთდროულად მოითხოვეთ მაქსიმუმ { $max }. აირჩიეთ ნაკლები.
error-wallet-not-from-request = ეს დადასტურება არ ამბობს, თქვენს რომელ ჩანაწერს ადასტურებს. არაფერი შენახულა. მოითხოვეთ ახალი, თქვენი თხოვნის კოდით შექმნილი.
error-wallet-entry-gone = ეს დადასტურება ადასტურებს ჩანაწერს, რომელიც თქვენს ჟურნალში აღარ არის. არაფერი შენახულა. თუ წაშალეთ, დაამატეთ ხელახლა ასლიდან, შემდეგ მოითხოვეთ ახალი დადასტურება.

## Asking for a signature, and keeping it

app-request = ხელმოწერის თხოვნა
app-request-title = ხელმოწერის თხოვნა
app-request-intro = აჩვენეთ ეს კოდი ტრენერს, დამსაქმებელს ან ცენტრს, რომელიც დაადასტურებს, რა შეგიძლიათ. ისინი Carnet-ით დაასკანერებენ და ხელმოწერილ ფაილს დაგიბრუნებენ.
app-request-key = თქვენი გასაღები: { $kid }. ხელმომწერი იგივე კოდს ხედავს.
app-request-text = იგივე კოდი ტექსტად, შეტყობინებით გასაგზავნად
app-request-next = როცა ხელმოწერილ ფაილს მიიღებთ, გახსენით „ჩემი დადასტურებები“ და შეეხეთ „ხელმოწერილი ფაილის დამატებას“.
app-receive = ხელმოწერილი ფაილის დამატება
app-received = შენახულია: { $name } ({ $kind }) ხელს აწერს: { $titles }.
