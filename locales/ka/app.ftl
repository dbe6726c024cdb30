# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = აირჩიეთ ენა
app-continue = გაგრძელება

## First run: making a passphrase

app-create-title = დაიცავით თქვენი ჟურნალი
app-create-intro = აირჩიეთ პაროლი. მას მხოლოდ თქვენ იცნობთ. Carnet მას ყოველ ჯერზე მოგთხოვთ, როცა ჟურნალს გახსნით.
app-passphrase = პაროლი
app-passphrase-again = შეიყვანეთ ხელახლა
app-passphrase-show = ჩვენება
app-passphrase-hide = დამალვა
app-strength-too-short = ძალიან მოკლეა: გამოიყენეთ მინიმუმ { $min } სიმბოლო.
app-strength-weak = სუსტია: რამდენიმე სიტყვა ერთად უფრო ადვილი დასამახსოვრებელია და უფრო ძნელი გამოსაცნობი.
app-strength-fair = კარგია. უფრო გრძელი კიდევ უფრო უსაფრთხოა.
app-strength-strong = ძლიერია.
app-passphrase-mismatch = ორი პაროლი ერთნაირი არ არის. შეიყვანეთ ხელახლა.
app-create = ჟურნალის შექმნა
app-working = გთხოვთ, მოიცადოთ…
app-back = უკან

## Unlock

app-unlock-title = გახსენით თქვენი ჟურნალი
app-unlock = გახსნა
app-lock = ჩაკეტვა

## The logbook

app-logbook-title = ჩემი ჟურნალი
app-logbook-empty = თქვენი ჟურნალი ცარიელია. დაამატეთ ის, რისი გაკეთებაც შეგიძლიათ.
app-add = დამატება
app-kind-skill = უნარები
app-kind-qualification = კვალიფიკაციები
app-kind-experience = სამუშაო გამოცდილება
app-kind-language = ენები
app-kind-learning = კურსები
app-self-declared = ჩემი სიტყვით
app-show-more = { $count ->
    [one] კიდევ 1-ის ჩვენება
   *[other] კიდევ { $count }-ის ჩვენება
}
app-endorsed = დადასტურებული

## Adding an entry

app-add-title = ჟურნალში დამატება
app-add-kind = რა არის ეს?
app-add-title-label = სახელი
app-add-title-hint = მაგალითად: შედუღება, სატვირთოს მართვა, არაბული
app-add-level = დონე
app-level-none = დონის გარეშე
app-level-basic = საბაზისო
app-level-intermediate = საშუალო
app-level-advanced = მაღალი
app-level-expert = ექსპერტი
app-level-eqf = დონე { $level }
app-save = შენახვა
app-cancel = გაუქმება

## Moving around

app-settings = პარამეტრები
app-sync = სინქრონიზაცია
app-edit = შეცვლა
app-remove = წაშლა

## The logbook: search and filter

app-search = ძებნა
app-search-hint = შეიყვანეთ სიტყვა, მაგალითად: შედუღება
app-stage-filter = თქვენი გზის ეტაპი
app-stage-any = ყველა ეტაპი
app-stage-recruitment = დასაქმება
app-stage-pre-departure = გამგზავრებამდე
app-stage-arrival = ჩასვლა
app-stage-career = მუშაობა
app-stage-return = დაბრუნება
app-search-none = ვერაფერი მოიძებნა. სცადეთ სხვა სიტყვა ან სხვა ეტაპი.

## Changing and removing an entry

app-edit-title = ამ ჩანაწერის შეცვლა
app-stages = თქვენი გზის ეტაპები
app-remove-confirm = წავშალოთ „{ $title }“ თქვენი ჟურნალიდან? ამის გაუქმება შეუძლებელია.
app-remove-yes = დიახ, წაშალეთ

## Settings

app-settings-title = პარამეტრები
app-settings-language = ენა
app-settings-lock = ჩაკეტვა
app-lock-minutes = { $minutes ->
    [one] { $minutes } წუთი გამოუყენებლობის შემდეგ
   *[other] { $minutes } წუთი გამოუყენებლობის შემდეგ
}
app-settings-passphrase = პაროლის შეცვლა
app-passphrase-current = მიმდინარე პაროლი
app-passphrase-new = ახალი პაროლი
app-passphrase-change = პაროლის შეცვლა
app-passphrase-changed = თქვენი პაროლი შეიცვალა. ამიერიდან გამოიყენეთ ახალი.
app-about = Carnet-ის შესახებ
app-locked-idle = Carnet-მა თქვენი ჟურნალი ჩაკეტა, რადგან დიდხანს არავინ იყენებდა. გახსენით ხელახლა თქვენი პაროლით.

## Sync with a hub

app-sync-title = სინქრონიზაცია სერვერთან
app-sync-intro = სერვერი ინახავს თქვენი ჟურნალის ჩაკეტილ ასლს, რომ სხვა ტელეფონზეც გამოიყენოთ. სერვერს მისი წაკითხვა არ შეუძლია.
app-hub-address = სერვერის მისამართი
app-hub-address-hint = მაგალითად: https://hub.example.org
app-hub-save = მისამართის შენახვა
app-sync-now = სინქრონიზაცია ახლა
app-sync-never = ჯერ არ არის სინქრონიზებული.
app-sync-last = ბოლო სინქრონიზაცია: { $when }
app-sync-pending = { $count ->
    [0] გასაგზავნი არაფერია.
    [one] { $count } ცვლილება ელოდება გაგზავნას.
   *[other] { $count } ცვლილება ელოდება გაგზავნას.
}
app-sync-sending = იგზავნება
app-sync-receiving = მიიღება
app-sync-photos = ფოტოები
app-sync-done = სინქრონიზაცია დასრულდა.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = თქვენი ჟურნალი ჩაკეტილია. გახსენით პაროლით და სცადეთ ხელახლა.
error-unknown-language = Carnet-ს არ აქვს ენა { $tag }. აირჩიეთ სიიდან.

## Settings: how the screens look

app-settings-display = Carnet-ის იერსახე
app-high-contrast = მაღალი კონტრასტი (შავი თეთრზე)
app-text-size = ტექსტის ზომა
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = მოსმენა

## Two languages at once

app-dual-language = ასევე აჩვენე ენაზე
app-dual-none = მეორე ენის გარეშე
