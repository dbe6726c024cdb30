# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] ეს თხოვნა დაზიანებულია, ან Carnet-ის თხოვნა არ არის. მოითხოვეთ ხელახლა.
        [credential] ეს დადასტურების ფაილი დაზიანებულია, ან Carnet-ის დადასტურება არ არის. სთხოვეთ ჩანაწერების დამდასტურებელს, ხელახლა გამოგიგზავნოთ.
       *[other] ეს დაზიანებულია, ან Carnet-ის ფაილი არ არის.
    }
error-credential-wrong-file = { $expected ->
        [request] ეს Carnet-ის თხოვნა არ არის: ეს Carnet-ის სხვა ტიპის ფაილია. თხოვნა იქმნება ბრძანებით carnet request.
        [credential] ეს Carnet-ის დადასტურება არ არის: ეს Carnet-ის სხვა ტიპის ფაილია. შეამოწმეთ, რომ აირჩიეთ ფაილი, რომელიც ჩანაწერების დამდასტურებელმა მოგცათ.
       *[other] ეს Carnet-ის სხვა ტიპის ფაილია. შეამოწმეთ, რომ სწორი ფაილი აირჩიეთ.
    }
error-credential-newer-version = { $what ->
        [request] ეს თხოვნა Carnet-ის უფრო ახალმა ვერსიამ შექმნა.
        [credential] ეს დადასტურება Carnet-ის უფრო ახალმა ვერსიამ შექმნა.
        [text] ეს კოდი Carnet-ის უფრო ახალმა ვერსიამ შექმნა.
       *[other] ეს Carnet-ის უფრო ახალმა ვერსიამ შექმნა.
    } განაახლეთ Carnet და სცადეთ ხელახლა.
error-credential-invalid-field = მნიშვნელობა ვერ გამოიყენება ({ $field }): ძალიან გრძელია ან არასწორი ფორმისაა. არაფერი ჩაწერილა.
error-credential-entry-count = თხოვნა შეიცავს 1-დან { $max } ჩანაწერამდე და არა { $found }-ს. მეტის დასადასტურებლად შექმენით ორი თხოვნა.
error-credential-invalid-key = ეს სწორი საჯარო გასაღები არ არის. შეამოწმეთ, რომ სრულად დაკოპირდა.
error-credential-bad-signature = ამ დადასტურების ხელმოწერა არ ემთხვევა: ხელმოწერის შემდეგ შეიცვალა ან დაზიანდა. არაფერი შენახულა. მოითხოვეთ ფაილი ხელახლა.
error-credential-not-yours = ეს დადასტურება სხვისი ჟურნალისთვისაა შექმნილი და არა თქვენისთვის. არაფერი შენახულა. დარწმუნდით, რომ საკუთარი ფაილი მიიღეთ.
error-credential-no-such-entry = ამ დადასტურებაში ჩანაწერი { $index } არ არის.
error-credential-duplicate-entry = ჩანაწერი { $index } ორჯერაა არჩეული.
error-credential-wrong-prefix = ეს ტექსტი Carnet-ის კოდი არ არის: ის არ იწყება CN1:-ით (შესამოწმებელი უნარები) ან CNR1:-ით (დადასტურების თხოვნა).
error-credential-base45 = ტექსტში არის ასოები, რომლებიც Carnet-ის კოდში ვერ იქნება. შესაძლოა მოჭრილია ან შეცდომითაა აკრეფილი.
error-credential-zlib = კოდი მოჭრილია ან დაზიანებულია.
error-credential-too-large = კოდი ძალიან დიდია Carnet-ის კოდისთვის.

## QR codes

error-qr-not-alphanumeric = ტექსტში არის სიმბოლოები, რომლებსაც Carnet-ის QR კოდი ვერ დაიტევს. ეს Carnet-ის შეცდომაა; გთხოვთ, შეატყობინოთ.
error-qr-too-large = ეს ძალიან ბევრია ერთი QR კოდისთვის: { $chars } სიმბოლო, ხოლო QR კოდი, რომელსაც ტელეფონები კარგად კითხულობენ (ვერსია { $version }, დონე { $ec }), იტევს { $capacity }-ს. არაფერი ჩაწერილა. { $what ->
        [request] მოითხოვეთ ერთდროულად ნაკლები ჩანაწერი, ან ჩაწერეთ თხოვნა .cbor-ით დამთავრებულ ფაილში.
       *[other] აირჩიეთ ნაკლები ჩანაწერი, ან აჩვენეთ ნაკლები ნაწილი --fields-ით.
    }
error-qr-bad-version = QR კოდის ასეთი ზომა არ არსებობს.
error-qr-bad-module-size = წერტილის ასეთი ზომა შეუძლებელია.
error-qr-not-an-image = ფაილი არ არის სურათი, რომელსაც Carnet წაიკითხავს. გამოიყენეთ PNG, JPEG ან WebP.
error-qr-image-too-large = სურათი ძალიან დიდია ({ $width } × { $height } პიქსელი). შეამცირეთ და სცადეთ ხელახლა.
error-qr-not-found = სურათში QR კოდი ვერ წაიკითხა. გადაიღეთ უფრო მკაფიო და ახლო ფოტო, მთელი კოდით.
error-qr-render-failed = QR სურათი ვერ შეიქმნა. ეს Carnet-ის შეცდომაა; გთხოვთ, შეატყობინოთ.
