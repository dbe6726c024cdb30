# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = আরেকটি ডিভাইস যোগ করুন
app-pair-intro = আপনার লগবুক আপনার অন্য ফোন বা কম্পিউটারে রাখুন। দুটি ডিভাইসেরই হাব দরকার।
app-pair-start = আরেকটি ডিভাইস যোগ করুন
app-pair-passphrase = ডিভাইস যোগ করতে আপনার পাসফ্রেজ লিখুন।
app-pair-show = কোড দেখান
app-pair-scan = নতুন ডিভাইসে «লগবুকে যুক্ত হন» বেছে নিন, তারপর এই চৌকো কোডটি স্ক্যান করুন বা নিচের লেখাটি লিখুন।
app-pair-qr-alt = নতুন ডিভাইস দিয়ে স্ক্যান করার চৌকো কোড
app-pair-code-label = কোডটি লেখা হিসেবে
app-pair-expires = কোডটি আর { $time } চলবে।
app-pair-waiting = নতুন ডিভাইসের অপেক্ষায়…
app-pair-request = «{ $name }» আপনার লগবুক চাইছে।
app-pair-compare = নতুন ডিভাইস কি এই একই কোড দেখাচ্ছে?
app-pair-approve = হ্যাঁ, অনুমতি দিন
app-pair-refuse = না
app-pair-approved = «{ $name }»-এ এখন আপনার লগবুক আছে। সিঙ্কের পরে এটি ডিভাইসের তালিকায় দেখা যাবে।
app-pair-refused = আপনি না বলেছেন। «{ $name }» কিছুই পায়নি।
app-pair-again = নতুন কোড দেখান

## Sync screen: the devices of this logbook

app-devices-title = আপনার ডিভাইসগুলো
app-devices-none = এখনও কোনো ডিভাইস এই লগবুক সিঙ্ক করেনি। সিঙ্ক করুন, এই ডিভাইসটি এখানে দেখা যাবে।
app-devices-this = এই ডিভাইস
app-devices-added = যোগ হয়েছে { $date }
app-devices-removed = সরানো হয়েছে { $date }
app-devices-remove = সরান
app-devices-remove-confirm = «{ $name }» সরাবেন? ফোন হারালে, বিক্রি করলে বা কাউকে দিয়ে দিলে এটি ব্যবহার করুন।
app-devices-remove-consequences = এর কাছে যা আগে থেকে আছে তা থাকবে, কিন্তু এখন থেকে আপনি যা যোগ করবেন তা এটি পাবে না। আপনার লগবুক একটি নতুন চাবি পায়, আর আপনার অন্য ডিভাইসগুলো সিঙ্ক করলে সেটি পায়। ওই ডিভাইস আবার ব্যবহার করতে, আবার যোগ করুন।
app-devices-remove-yes = হ্যাঁ, সরান
app-devices-removed-done = «{ $name }» সরানো হয়েছে। আপনার লগবুকের এখন নতুন চাবি আছে, যা ওই ডিভাইসের কাছে নেই।
app-devices-new-sheet = আপনার রিকভারি শিটে পুরোনো চাবি আছে। এখনই সেটিংসে নতুন একটি বানান, আর পুরোনোটি নষ্ট করে ফেলুন।

## First run: another way to start

app-start-other = আপনার কি আগে থেকেই লগবুক আছে?
app-start-join = অন্য ডিভাইস থেকে যুক্ত হন
app-start-recover = শিট দিয়ে ফিরিয়ে আনুন

## First run: joining a logbook from another device

app-join-title = লগবুকে যুক্ত হন
app-join-intro = আপনার অন্য ডিভাইসে সিঙ্ক খুলুন এবং «আরেকটি ডিভাইস যোগ করুন» বেছে নিন। সেটি একটি কোড দেখাবে।
app-join-code = কোড (এটি CNP1: দিয়ে শুরু হয়)
app-join-code-hint = কোডটি এখানে পেস্ট করুন বা লিখুন
app-join-picture = কোডের ছবি খুলুন
app-join-name = এই ডিভাইসের একটি নাম
app-join-name-default = আমার নতুন ডিভাইস
app-join-passphrase = এই ডিভাইসের জন্য একটি পাসফ্রেজ বেছে নিন
app-join-send = এগিয়ে যান
app-join-check = আপনার অন্য ডিভাইসে এই একই কোড দেখাতে হবে। সেখানে অনুমতি দিন।
app-join-waiting = অন্য ডিভাইসের অনুমতির অপেক্ষায়…
app-join-copying = আপনার লগবুক কপি হচ্ছে…

## First run: recovering a logbook with a recovery sheet

app-recover-title = আপনার লগবুক ফিরিয়ে আনুন
app-recover-intro = আপনার রিকভারি শিট আর পাসফ্রেজ ব্যবহার করুন। Carnet হাব থেকে আপনার লগবুক ফিরিয়ে আনে।
app-recover-by-words = 12টি শব্দ লিখুন
app-recover-by-code = চৌকো কোড ব্যবহার করুন
app-recover-words = 12টি শব্দ, ক্রম অনুযায়ী
app-recover-words-hint = শব্দ1 শব্দ2 শব্দ3 …
app-recover-hub = শিটে লেখা হাবের ঠিকানা
app-recover-code = চৌকো কোডের লেখা (এটি CNS1: দিয়ে শুরু হয়)
app-recover-picture = শিটের ছবি খুলুন
app-recover-passphrase = আপনার পাসফ্রেজ (আগে যেটি ব্যবহার করতেন)
app-recover-start = আমার লগবুক ফিরিয়ে আনুন

## Reading a square code from a picture

app-picture-read = ছবি থেকে কোড পড়া হয়েছে।
app-scan-camera = ক্যামেরা দিয়ে স্ক্যান করুন
error-camera-scan = কোনো কোড পড়া যায়নি। Carnet ক্যামেরা ব্যবহার করতে না পারলে, ফোনের সেটিংসে অনুমতি দিন। আপনি কোডের একটি ছবিও খুলতে পারেন।

## Settings: the recovery sheet

app-sheet-title = রিকভারি শিট
app-sheet-intro = রিকভারি শিট হলো 12টি শব্দ আর একটি চৌকো কোড লেখা একটি কাগজ। এই ফোন হারালে, শিট আর আপনার পাসফ্রেজ দিয়ে নতুন ফোনে লগবুক ফিরে পাবেন। শিটটি নিরাপদে রাখুন, ফোন থেকে দূরে। পাসফ্রেজ এর সাথে রাখবেন না।
app-sheet-replaces = নতুন শিট পুরোনোটির জায়গা নেয়: পুরোনো শিট আর কাজ করে না।
app-sheet-needs-hub = শিট হাব ব্যবহার করে। আগে সিঙ্ক পাতায় হাবের ঠিকানা দিন।
app-sheet-passphrase = শিট বানাতে আপনার পাসফ্রেজ লিখুন
app-sheet-format = এভাবে সংরক্ষণ করুন
app-sheet-pdf = PDF, ছাপার জন্য
app-sheet-png = ছবি
app-sheet-make = রিকভারি শিট বানান
app-sheet-saved = আপনার রিকভারি শিট { $path }-এ সংরক্ষিত হয়েছে। এটি ছাপুন, বা নিচের শব্দগুলো লিখে রাখুন, আর কাগজটি নিরাপদে রাখুন।
app-sheet-english = শিটটি ইংরেজিতে: Carnet এখনও এতে আপনার ভাষার অক্ষর আঁকতে পারে না।
app-sheet-words = আপনার 12টি শব্দ

## Settings: export and import

app-export-title = এক্সপোর্ট ও ইমপোর্ট
app-export-intro = এক্সপোর্ট আপনার পুরো লগবুক একটি ফাইলে সংরক্ষণ করে, নিজের কাছে রাখতে বা আপনার পছন্দের কাউকে দিতে।
app-export-consent = এই ফাইলে আপনার লগবুক পড়ার মতো আকারে আছে: এটি আপনার পাসফ্রেজ দিয়ে বন্ধ নয়। যে কেউ এই ফাইল পেলে এর সবকিছু পড়তে পারবে। ছবিগুলো ফাইলে নেই।
app-export-agree = আমি বুঝেছি। ফাইল সংরক্ষণ করুন
app-export = এক্সপোর্ট
app-export-saved = { $count ->
    [one] { $count }টি এন্ট্রি { $path }-এ সংরক্ষিত হয়েছে।
   *[other] { $count }টি এন্ট্রি { $path }-এ সংরক্ষিত হয়েছে।
}
app-import-intro = ইমপোর্ট একটি এক্সপোর্ট করা ফাইলের জিনিস এই লগবুকে যোগ করে। আপনার লগবুক থেকে কিছুই মোছে না।
app-import = ফাইল ইমপোর্ট করুন
app-import-added = { $count ->
    [0] কোনো নতুন এন্ট্রি নেই।
    [one] { $count }টি নতুন এন্ট্রি যোগ হয়েছে।
   *[other] { $count }টি নতুন এন্ট্রি যোগ হয়েছে।
}
app-import-updated = { $count ->
    [0] কোনো এন্ট্রি বদলায়নি।
    [one] { $count }টি এন্ট্রি বদলেছে।
   *[other] { $count }টি এন্ট্রি বদলেছে।
}
app-import-unchanged = { $count ->
    [0] কোনো এন্ট্রি আগে থেকে একই ছিল না।
    [one] { $count }টি এন্ট্রি আগে থেকেই একই ছিল।
   *[other] { $count }টি এন্ট্রি আগে থেকেই একই ছিল।
}
app-import-profile = আপনার প্রোফাইল হালনাগাদ হয়েছে।
app-import-missing-photos = { $count ->
    [one] ফাইলে নাম থাকা { $count }টি ছবি এই ডিভাইসে নেই।
   *[other] ফাইলে নাম থাকা { $count }টি ছবি এই ডিভাইসে নেই।
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = আপনার রিকভারি শিট এখনও কাজ করে, আপনার নতুন পাসফ্রেজ দিয়ে।
app-passphrase-sheet-not-updated = আপনার রিকভারি শিট হাবে হালনাগাদ করা যায়নি। নতুন না বানানো পর্যন্ত এর জন্য আপনার পুরোনো পাসফ্রেজ লাগবে। সংযুক্ত থাকলে নতুন শিট বানান।

## This device's name

app-device-name = এই ডিভাইসের নাম
app-device-name-hint = আপনার অন্য ডিভাইসগুলো এর জন্য যে নাম দেখায়, যেমন «আমিনার ফোন»।
app-device-name-saved = সংরক্ষিত হয়েছে। এই ডিভাইস সিঙ্ক হলে আপনার অন্য ডিভাইসগুলো এটি দেখাবে।
