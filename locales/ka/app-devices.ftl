# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = სხვა მოწყობილობის დამატება
app-pair-intro = გადაიტანეთ ჟურნალი თქვენს სხვა ტელეფონზე ან კომპიუტერზე. ორივე მოწყობილობას სჭირდება სერვერი.
app-pair-start = სხვა მოწყობილობის დამატება
app-pair-passphrase = მოწყობილობის დასამატებლად შეიყვანეთ პაროლი.
app-pair-show = კოდის ჩვენება
app-pair-scan = ახალ მოწყობილობაზე აირჩიეთ „ჟურნალთან შეერთება“, შემდეგ დაასკანერეთ ეს კვადრატული კოდი ან შეიყვანეთ მის ქვემოთ მოცემული ტექსტი.
app-pair-qr-alt = კვადრატული კოდი ახალი მოწყობილობით დასასკანერებლად
app-pair-code-label = კოდი ტექსტის სახით
app-pair-expires = კოდი იმუშავებს კიდევ { $time }.
app-pair-waiting = ველოდებით ახალ მოწყობილობას…
app-pair-request = „{ $name }“ ითხოვს თქვენს ჟურნალს.
app-pair-compare = ახალი მოწყობილობა იგივე კოდს აჩვენებს?
app-pair-approve = დიახ, დავუშვათ
app-pair-refuse = არა
app-pair-approved = „{ $name }“-ს ახლა აქვს თქვენი ჟურნალი. სინქრონიზაციის შემდეგ ის მოწყობილობების სიაში გამოჩნდება.
app-pair-refused = თქვენ უარი თქვით. „{ $name }“-მა ვერაფერი მიიღო.
app-pair-again = ახალი კოდის ჩვენება

## Sync screen: the devices of this logbook

app-devices-title = თქვენი მოწყობილობები
app-devices-none = ამ ჟურნალის სინქრონიზაცია ჯერ არცერთ მოწყობილობას არ გაუკეთებია. გააკეთეთ სინქრონიზაცია და ეს მოწყობილობა აქ გამოჩნდება.
app-devices-this = ეს მოწყობილობა
app-devices-added = დამატებულია { $date }
app-devices-removed = წაშლილია { $date }
app-devices-remove = წაშლა
app-devices-remove-confirm = წავშალოთ „{ $name }“? გამოიყენეთ ეს, როცა ტელეფონი დაიკარგა, გაიყიდა ან ვინმეს გადაეცა.
app-devices-remove-consequences = ის შეინარჩუნებს იმას, რაც უკვე აქვს, მაგრამ ვერ მიიღებს ვერაფერს, რასაც ამიერიდან დაამატებთ. თქვენი ჟურნალი ახალ გასაღებს იღებს, ხოლო თქვენი სხვა მოწყობილობები მას სინქრონიზაციისას მიიღებენ. იმ მოწყობილობის ხელახლა გამოსაყენებლად, დაამატეთ ის ხელახლა.
app-devices-remove-yes = დიახ, წაშალეთ
app-devices-removed-done = „{ $name }“ წაიშალა. თქვენს ჟურნალს ახლა ახალი გასაღები აქვს, რომელიც იმ მოწყობილობას არ აქვს.
app-devices-new-sheet = თქვენს აღდგენის ფურცელზე ძველი გასაღებია. შექმენით ახალი ახლავე პარამეტრებში და გაანადგურეთ ძველი.

## First run: another way to start

app-start-other = უკვე გაქვთ ჟურნალი?
app-start-join = შეერთება სხვა მოწყობილობიდან
app-start-recover = აღდგენა ფურცლით

## First run: joining a logbook from another device

app-join-title = ჟურნალთან შეერთება
app-join-intro = თქვენს სხვა მოწყობილობაზე გახსენით სინქრონიზაცია და აირჩიეთ „სხვა მოწყობილობის დამატება“. ის აჩვენებს კოდს.
app-join-code = კოდი (იწყება CNP1:-ით)
app-join-code-hint = ჩასვით ან შეიყვანეთ კოდი აქ
app-join-picture = კოდის სურათის გახსნა
app-join-name = ამ მოწყობილობის სახელი
app-join-name-default = ჩემი ახალი მოწყობილობა
app-join-passphrase = აირჩიეთ პაროლი ამ მოწყობილობისთვის
app-join-send = გაგრძელება
app-join-check = თქვენმა სხვა მოწყობილობამ იგივე კოდი უნდა აჩვენოს. დაუშვით იქ.
app-join-waiting = ველოდებით თქვენი სხვა მოწყობილობის თანხმობას…
app-join-copying = თქვენი ჟურნალი კოპირდება…

## First run: recovering a logbook with a recovery sheet

app-recover-title = ჟურნალის აღდგენა
app-recover-intro = გამოიყენეთ აღდგენის ფურცელი და პაროლი. Carnet თქვენს ჟურნალს სერვერიდან დააბრუნებს.
app-recover-by-words = 12 სიტყვის შეყვანა
app-recover-by-code = კვადრატული კოდის გამოყენება
app-recover-words = 12 სიტყვა, თანმიმდევრობით
app-recover-words-hint = სიტყვა1 სიტყვა2 სიტყვა3 …
app-recover-hub = სერვერის მისამართი ფურცელზე
app-recover-code = კვადრატული კოდის ტექსტი (იწყება CNS1:-ით)
app-recover-picture = ფურცლის ფოტოს გახსნა
app-recover-passphrase = თქვენი პაროლი (რომელსაც ადრე იყენებდით)
app-recover-start = ჟურნალის აღდგენა

## Reading a square code from a picture

app-picture-read = კოდი სურათიდან წაიკითხა.
app-scan-camera = კამერით დასკანერება
error-camera-scan = კოდი ვერ წაიკითხა. თუ Carnet-ს კამერის გამოყენების ნებართვა არ აქვს, დაუშვით ეს ტელეფონის პარამეტრებში. შეგიძლიათ ასევე გახსნათ კოდის ფოტო.

## Settings: the recovery sheet

app-sheet-title = აღდგენის ფურცელი
app-sheet-intro = აღდგენის ფურცელი არის ქაღალდი 12 სიტყვით და კვადრატული კოდით. თუ ამ ტელეფონს დაკარგავთ, ფურცელი და პაროლი თქვენს ჟურნალს ახალ ტელეფონზე დააბრუნებს. შეინახეთ ფურცელი უსაფრთხოდ, ტელეფონისგან მოშორებით. პაროლი მასთან ერთად არ შეინახოთ.
app-sheet-replaces = ახალი ფურცელი ძველს ცვლის: ძველი ფურცელი აღარ იმუშავებს.
app-sheet-needs-hub = ფურცელი სერვერს იყენებს. ჯერ სინქრონიზაციის ეკრანზე მიუთითეთ სერვერის მისამართი.
app-sheet-passphrase = ფურცლის შესაქმნელად შეიყვანეთ პაროლი
app-sheet-format = შენახვა როგორც
app-sheet-pdf = PDF, დასაბეჭდად
app-sheet-png = სურათი
app-sheet-make = აღდგენის ფურცლის შექმნა
app-sheet-saved = თქვენი აღდგენის ფურცელი შენახულია აქ: { $path }. დაბეჭდეთ ან ჩაიწერეთ ქვემოთ მოცემული სიტყვები და შეინახეთ ქაღალდი უსაფრთხოდ.
app-sheet-english = ფურცელი ინგლისურადაა: Carnet ჯერ ვერ ხატავს თქვენი ენის ასოებს მასზე.
app-sheet-words = თქვენი 12 სიტყვა

## Settings: export and import

app-export-title = ექსპორტი და იმპორტი
app-export-intro = ექსპორტი მთელ ჟურნალს ერთ ფაილში ინახავს, რომ შეინახოთ ან მისცეთ ვინმეს, ვისაც თავად აირჩევთ.
app-export-consent = ამ ფაილში თქვენი ჟურნალი წასაკითხი სახითაა: ის პაროლით არ არის ჩაკეტილი. ვისაც ფაილი ჩაუვარდება, შეუძლია ყველაფერი წაიკითხოს. ფოტოები ფაილში არ არის.
app-export-agree = მესმის. ფაილის შენახვა
app-export = ექსპორტი
app-export-saved = { $count ->
    [one] { $count } ჩანაწერი შენახულია აქ: { $path }.
   *[other] { $count } ჩანაწერი შენახულია აქ: { $path }.
}
app-import-intro = იმპორტი ამ ჟურნალს ამატებს იმას, რაც ექსპორტირებულ ფაილშია. თქვენი ჟურნალიდან არაფერი წაიშლება.
app-import = ფაილის იმპორტი
app-import-added = { $count ->
    [0] ახალი ჩანაწერები არ არის.
    [one] დაემატა { $count } ახალი ჩანაწერი.
   *[other] დაემატა { $count } ახალი ჩანაწერი.
}
app-import-updated = { $count ->
    [0] არცერთი ჩანაწერი არ შეცვლილა.
    [one] შეიცვალა { $count } ჩანაწერი.
   *[other] შეიცვალა { $count } ჩანაწერი.
}
app-import-unchanged = { $count ->
    [0] არცერთი ჩანაწერი არ იყო უკვე იგივე.
    [one] { $count } ჩანაწერი უკვე იგივე იყო.
   *[other] { $count } ჩანაწერი უკვე იგივე იყო.
}
app-import-profile = თქვენი პროფილი განახლდა.
app-import-missing-photos = { $count ->
    [one] ფაილში დასახელებული { $count } ფოტო ამ მოწყობილობაზე არ არის.
   *[other] ფაილში დასახელებული { $count } ფოტო ამ მოწყობილობაზე არ არის.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = თქვენი აღდგენის ფურცელი კვლავ მუშაობს, ახალი პაროლით.
app-passphrase-sheet-not-updated = თქვენი აღდგენის ფურცელი სერვერზე ვერ განახლდა. სანამ ახალს არ შექმნით, მას ძველი პაროლი სჭირდება. შექმენით ახალი ფურცელი, როცა ინტერნეტთან იქნებით დაკავშირებული.

## This device's name

app-device-name = ამ მოწყობილობის სახელი
app-device-name-hint = სახელი, რომლითაც თქვენი სხვა მოწყობილობები ამას აჩვენებენ, მაგალითად „ამინას ტელეფონი“.
app-device-name-saved = შენახულია. თქვენი სხვა მოწყობილობები მას აჩვენებენ ამ მოწყობილობის სინქრონიზაციის შემდეგ.
