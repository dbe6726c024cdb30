# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN দিয়ে খুলুন
app-pin-intro = PIN হলো একটি ছোট নম্বর যা শুধু এই ডিভাইসে আপনার লগবুক খোলে। আপনার পাসফ্রেজ এখনও কাজ করে, আর অন্য ডিভাইসে এখনও সেটি লাগে।
app-pin-unavailable = এই ডিভাইসে PIN রাখার কোনো নিরাপদ জায়গা নেই। পাসফ্রেজ দিয়ে আপনার লগবুক খুলুন।
app-pin-on = PIN এই ডিভাইসে আপনার লগবুক খোলে।
app-pin-new = নতুন PIN (6 থেকে 12 অঙ্ক)
app-pin-again = PIN আবার লিখুন
app-pin-set = এই PIN ব্যবহার করুন
app-pin-set-done = আপনার PIN তৈরি। পরের বার এটি দিয়ে লগবুক খুলুন।
app-pin-remove = PIN ব্যবহার বন্ধ করুন
app-pin-removed = PIN বন্ধ হয়েছে। পাসফ্রেজ দিয়ে আপনার লগবুক খুলুন।
app-pin-mismatch = দুটি PIN এক নয়। আবার লিখুন।

## Unlock

app-pin = PIN
app-pin-unlock = আমার PIN দিয়ে খুলুন
app-pin-use-passphrase = বরং আমার পাসফ্রেজ ব্যবহার করুন
app-pin-use-pin = আমার PIN ব্যবহার করুন

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN-এ 6 থেকে 12টি অঙ্ক থাকে, আর কিছু না।
error-pin-wrong = এই PIN ঠিক নয়। { $left ->
    [one] আর 1 বার চেষ্টা, তারপর আপনার পাসফ্রেজ লাগবে।
   *[other] আর { $left } বার চেষ্টা, তারপর আপনার পাসফ্রেজ লাগবে।
}
error-pin-locked = অনেকবার ভুল PIN, তাই PIN বন্ধ হয়ে গেছে। পাসফ্রেজ দিয়ে আপনার লগবুক খুলুন। তারপর নতুন PIN বানাতে পারবেন।
error-pin-none = এই ডিভাইসে কোনো PIN নেই। পাসফ্রেজ দিয়ে আপনার লগবুক খুলুন।
error-pin-keystore = এই ডিভাইসের নিরাপদ ভাণ্ডার সাড়া দেয়নি, তাই এখন PIN ব্যবহার করা যাচ্ছে না। পাসফ্রেজ দিয়ে আপনার লগবুক খুলুন।
