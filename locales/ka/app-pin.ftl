# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = გახსნა PIN-ით
app-pin-intro = PIN არის მოკლე რიცხვი, რომელიც თქვენს ჟურნალს მხოლოდ ამ მოწყობილობაზე ხსნის. თქვენი პაროლი კვლავ მუშაობს და სხვა მოწყობილობებს ის კვლავ სჭირდებათ.
app-pin-unavailable = ამ მოწყობილობას არ აქვს PIN-ის შესანახი უსაფრთხო ადგილი. გახსენით ჟურნალი პაროლით.
app-pin-on = PIN ხსნის თქვენს ჟურნალს ამ მოწყობილობაზე.
app-pin-new = ახალი PIN (6-დან 12 ციფრამდე)
app-pin-again = შეიყვანეთ PIN ხელახლა
app-pin-set = ამ PIN-ის გამოყენება
app-pin-set-done = თქვენი PIN მზადაა. შემდეგ ჯერზე ჟურნალი მისით გახსენით.
app-pin-remove = PIN-ის გამორთვა
app-pin-removed = PIN გამორთულია. გახსენით ჟურნალი პაროლით.
app-pin-mismatch = ორი PIN ერთნაირი არ არის. შეიყვანეთ ხელახლა.

## Unlock

app-pin = PIN
app-pin-unlock = გახსნა ჩემი PIN-ით
app-pin-use-passphrase = ამის ნაცვლად პაროლის გამოყენება
app-pin-use-pin = ჩემი PIN-ის გამოყენება

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN შედგება 6-დან 12 ციფრამდე და მეტი არაფრისგან.
error-pin-wrong = ეს PIN არასწორია. { $left ->
    [one] დარჩა 1 ცდა, შემდეგ დაგჭირდებათ პაროლი.
   *[other] დარჩა { $left } ცდა, შემდეგ დაგჭირდებათ პაროლი.
}
error-pin-locked = ძალიან ბევრი არასწორი PIN, ამიტომ PIN გამოირთო. გახსენით ჟურნალი პაროლით. შემდეგ შეგიძლიათ ახალი PIN შექმნათ.
error-pin-none = ამ მოწყობილობაზე PIN არ არის. გახსენით ჟურნალი პაროლით.
error-pin-keystore = ამ მოწყობილობის უსაფრთხო საცავმა არ უპასუხა, ამიტომ PIN ახლა ვერ გამოიყენება. გახსენით ჟურნალი პაროლით.
