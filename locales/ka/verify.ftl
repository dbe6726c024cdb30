# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ტრენერი
issuer-kind-employer = დამსაქმებელი
issuer-kind-centre = ცენტრი
issuer-kind-college = კოლეჯი
issuer-kind-colleague = კოლეგა

## verify: verdicts, one per code

verdict-valid = ნამდვილია: ხელს აწერს თქვენთვის სანდო გამცემი, ჯერ მოქმედებს, არ არის გაუქმებული.
verdict-self-declared = მხოლოდ ადამიანის საკუთარი სიტყვა: არავის მოუწერია ხელი.
verdict-unknown-issuer = ხელმოწერილია, მაგრამ არა თქვენთვის სანდო გამცემის მიერ.
verdict-expired = ვადაგასულია.
verdict-revoked = ხელმომწერმა გამცემმა გააუქმა.
verdict-tampered = შეცვლილი ან კოპირებულია: ნუ ენდობით.
verdict-malformed = ეს არ არის Carnet-ის წაკითხვადი კოდი.

## verify: reasons, one per code

reason-wrong-prefix = ტექსტი არ იწყება CN1:-ით, ამიტომ Carnet-ის კოდი არ არის.
reason-bad-base45 = ტექსტში არის ასოები, რომლებიც Carnet-ის კოდში ვერ იქნება. შესაძლოა მოჭრილია ან შეცდომითაა აკრეფილი.
reason-bad-zlib = კოდი მოჭრილია ან დაზიანებულია.
reason-too-large = კოდი ძალიან დიდია Carnet-ის კოდისთვის.
reason-bad-cose = კოდი დაზიანებულია ან Carnet-ის კოდი არ არის.
reason-unsupported-header = კოდი იყენებს ხელმოწერას, რომელსაც Carnet არ იცნობს. შესაძლოა Carnet-ის უფრო ახალმა ვერსიამ წაიკითხოს.
reason-bad-payload = კოდის შიგთავსი დაზიანებულია.
reason-holder-signature-invalid = ადამიანის ხელმოწერა არ ემთხვევა: კოდი შეიცვალა.
reason-nonce-mismatch = კოდი სხვა მოთხოვნისთვის შეიქმნა (ნომერი { $found }, და არა { $expected }). შესაძლოა ასლია.
reason-audience-mismatch = კოდი შეიქმნა „{ $found }“-სთვის და არა „{ $expected }“-სთვის.
reason-presentation-expired = თავად კოდს ვადა გაუვიდა { $exp }. სთხოვეთ ადამიანს ახლის შექმნა.
reason-presentation-not-yet-valid = კოდის მიხედვით ის შეიქმნა { $iat }, რაც ჯერ არ დამდგარა. შეამოწმეთ ამ მოწყობილობის საათი.
reason-endorsement-signature-invalid = გამცემის ხელმოწერა არ ემთხვევა: უნარი შეიცვალა.
reason-issuer-key-not-sent = გამცემი დასახელებულია მხოლოდ ანაბეჭდით { $kid } და თქვენ მას არ იცნობთ.
reason-endorsement-expired = უნარის ხელმოწერას ვადა გაუვიდა { $exp }.
reason-endorsement-not-yet-valid = უნარის მიხედვით ხელი მოეწერა { $iat }, რაც ჯერ არ დამდგარა. შეამოწმეთ ამ მოწყობილობის საათი.
reason-issuer-unknown = „{ $name }“ (გასაღების ანაბეჭდი { $kid }) არ არის თქვენს ნდობის სიებში. ნებისმიერს შეუძლია თავს რაიმე სახელი დაარქვას.
reason-issuer-not-trusted-at-issue = „{ $name }“-ზე (გასაღების ანაბეჭდი { $kid }) ხელმოწერის დღეს პასუხს არავინ აგებდა.
reason-issuer-trusted = გამცემი თქვენს ნდობის სიაშია (გასაღების ანაბეჭდი { $kid }).
reason-issuer-claims-differ = თქვენი ნდობის სიის მიხედვით ეს გამცემი არის { $kind }, { $country }; ხელმოწერა სხვას ამბობს. დაეყრდენით ნდობის სიას.
reason-revoked = გამცემმა გააუქმა დადასტურება ნომერი { $index }.
reason-no-revocation-list = ამ გამცემისგან გაუქმებულთა სია არ გაქვთ.
reason-self-declared = ამას ადამიანი თავად ამბობს; არავის მოუწერია ხელი.

## verify: the rest of the report

verify-presentation = ნაჩვენებია ეტაპისთვის „{ $stage }“, შექმნილია { $date }, ადამიანის მიერ, რომლის გასაღებია { $kid }.
verify-audience = შექმნილია: { $audience }-სთვის
verify-stage-recruitment = დასაქმება
verify-stage-pre-departure = გამგზავრებისთვის მზადება
verify-stage-arrival = ჩასვლა
verify-stage-career = მუშაობა და სწავლა
verify-stage-return = სამშობლოში დაბრუნება
verify-endorsed-by = ხელს აწერს { $name }, { $kind }, { $country }.
verify-endorsed-by-unchecked = ხელს აწერს ვინმე, ვინც თავს „{ $name }“-ს უწოდებს, { $kind }, { $country } (შეუმოწმებელი; გასაღების ანაბეჭდი { $kid }).
verify-colleague-note = ეს კოლეგის სიტყვაა: ადამიანი, ვინც ამ პირის გვერდით მუშაობდა, და არა სკოლა ან დამსაქმებელი.
verify-endorsed-on = ხელმოწერილია { $date }; შემოწმების გზა: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}მოქმედებს { $expires }-მდე.
}
verify-how-observation = მუშაობაზე დაკვირვება
verify-how-test = ტესტი
verify-how-document = საბუთი
verify-how-interview = გასაუბრება
verify-hidden = { $count ->
    [one] 1 დეტალი პირმა დამალა.
   *[other] { $count } დეტალი პირმა დამალა.
}
verify-trust-age = { $days ->
    [0] დღევანდელი ნდობის სია.
    [one] ნდობის სია 1 დღის წინანდელი ({ $date }).
   *[other] ნდობის სია { $days } დღის წინანდელი ({ $date }).
}
verify-newer-code = ეს კოდი Carnet-ის უფრო ახალმა ვერსიამ შექმნა. შესამოწმებლად განაახლეთ Carnet.
verify-status-age = { $days ->
    [0] გაუქმებული დადასტურებების სია: დღევანდელი.
    [one] გაუქმებული დადასტურებების სია: 1 დღის წინანდელი ({ $date }).
   *[other] გაუქმებული დადასტურებების სია: { $days } დღის წინანდელი ({ $date }).
}
verify-field-kind = რა:
verify-field-title = სათაური:
verify-field-esco = ESCO:
verify-field-entry-id = ჩანაწერი:
verify-field-level = დონე:
verify-field-from = დან:
verify-field-to = მდე:
verify-field-country = ქვეყანა:
verify-field-context = ნასწავლია:
verify-field-evidence = მტკიცებულება (hash):
verify-field-eqf = EQF დონე:
verify-entry-kind-skill = უნარი
verify-entry-kind-qualification = დიპლომი ან კვალიფიკაცია
verify-entry-kind-experience = სამუშაო გამოცდილება
verify-entry-kind-language = ენა
verify-entry-kind-learning = კურსი
verify-context-formal = სკოლაში ან კოლეჯში
verify-context-non-formal = კურსზე
verify-context-informal = სამსახურში ან დამოუკიდებლად
verify-esco-skill = უნარი
verify-esco-occupation = პროფესია
verify-esco-qualification = კვალიფიკაცია
