# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = আপনার ভাষা বেছে নিন
app-continue = এগিয়ে যান

## First run: making a passphrase

app-create-title = আপনার লগবুক সুরক্ষিত করুন
app-create-intro = একটি পাসফ্রেজ বেছে নিন। এটি শুধু আপনিই জানেন। আপনি যখনই লগবুক খুলবেন, Carnet এটি চাইবে।
app-passphrase = পাসফ্রেজ
app-passphrase-again = আবার লিখুন
app-passphrase-show = দেখান
app-passphrase-hide = লুকান
app-strength-too-short = খুব ছোট: অন্তত { $min }টি অক্ষর ব্যবহার করুন।
app-strength-weak = দুর্বল: কয়েকটি শব্দ একসাথে মনে রাখা সহজ আর অনুমান করা কঠিন।
app-strength-fair = ভালো। আরও লম্বা হলে আরও নিরাপদ।
app-strength-strong = শক্তিশালী।
app-passphrase-mismatch = দুটি পাসফ্রেজ এক নয়। আবার লিখুন।
app-create = আমার লগবুক তৈরি করুন
app-working = অনুগ্রহ করে অপেক্ষা করুন…
app-back = ফিরে যান

## Unlock

app-unlock-title = আপনার লগবুক খুলুন
app-unlock = খুলুন
app-lock = বন্ধ করুন

## The logbook

app-logbook-title = আমার লগবুক
app-logbook-empty = আপনার লগবুক খালি। আপনি পারেন এমন কোনো কাজ যোগ করুন।
app-add = যোগ করুন
app-kind-skill = দক্ষতা
app-kind-qualification = যোগ্যতা
app-kind-experience = কাজের অভিজ্ঞতা
app-kind-language = ভাষা
app-kind-learning = কোর্স
app-self-declared = নিজে বলা
app-show-more = { $count ->
    [one] আরও 1টি দেখান
   *[other] আরও { $count }টি দেখান
}
app-endorsed = স্বীকৃত

## Adding an entry

app-add-title = আমার লগবুকে যোগ করুন
app-add-kind = এটা কী?
app-add-title-label = নাম
app-add-title-hint = যেমন: ওয়েল্ডিং, ট্রাক চালানো, আরবি
app-add-level = স্তর
app-level-none = কোনো স্তর নেই
app-level-basic = প্রাথমিক
app-level-intermediate = মাঝারি
app-level-advanced = ভালো
app-level-expert = দক্ষ
app-level-eqf = স্তর { $level }
app-save = সংরক্ষণ করুন
app-cancel = বাতিল

## Moving around

app-settings = সেটিংস
app-sync = সিঙ্ক
app-edit = বদলান
app-remove = সরান

## The logbook: search and filter

app-search = খুঁজুন
app-search-hint = একটি শব্দ লিখুন, যেমন: ওয়েল্ড
app-stage-filter = আপনার যাত্রার ধাপ
app-stage-any = সব ধাপ
app-stage-recruitment = নিয়োগ
app-stage-pre-departure = যাওয়ার আগে
app-stage-arrival = পৌঁছানো
app-stage-career = কাজ
app-stage-return = ফেরা
app-search-none = কিছু মেলেনি। অন্য শব্দ বা অন্য ধাপ চেষ্টা করুন।

## Changing and removing an entry

app-edit-title = এই এন্ট্রি বদলান
app-stages = আপনার যাত্রার ধাপগুলো
app-remove-confirm = «{ $title }» আপনার লগবুক থেকে সরাবেন? এটি আর ফেরানো যাবে না।
app-remove-yes = হ্যাঁ, সরান

## Settings

app-settings-title = সেটিংস
app-settings-language = ভাষা
app-settings-lock = বন্ধ হবে
app-lock-minutes = { $minutes ->
    [one] { $minutes } মিনিট ব্যবহার না হলে
   *[other] { $minutes } মিনিট ব্যবহার না হলে
}
app-settings-passphrase = পাসফ্রেজ বদলান
app-passphrase-current = বর্তমান পাসফ্রেজ
app-passphrase-new = নতুন পাসফ্রেজ
app-passphrase-change = পাসফ্রেজ বদলান
app-passphrase-changed = আপনার পাসফ্রেজ বদলানো হয়েছে। এখন থেকে নতুনটি ব্যবহার করুন।
app-about = Carnet সম্পর্কে
app-locked-idle = কিছুক্ষণ কেউ ব্যবহার না করায় Carnet আপনার লগবুক বন্ধ করেছে। আপনার পাসফ্রেজ দিয়ে আবার খুলুন।

## Sync with a hub

app-sync-title = হাবের সাথে সিঙ্ক
app-sync-intro = হাব আপনার লগবুকের একটি তালাবদ্ধ কপি রাখে, যাতে আপনি অন্য ফোনে এটি ব্যবহার করতে পারেন। হাব এটি পড়তে পারে না।
app-hub-address = হাবের ঠিকানা
app-hub-address-hint = যেমন: https://hub.example.org
app-hub-save = ঠিকানা সংরক্ষণ করুন
app-sync-now = এখন সিঙ্ক করুন
app-sync-never = এখনও সিঙ্ক হয়নি।
app-sync-last = শেষ সিঙ্ক: { $when }
app-sync-pending = { $count ->
    [0] পাঠানোর মতো কিছু বাকি নেই।
    [one] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়।
   *[other] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়।
}
app-sync-sending = পাঠানো হচ্ছে
app-sync-receiving = আনা হচ্ছে
app-sync-photos = ছবি
app-sync-done = সিঙ্ক শেষ।

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = আপনার লগবুক বন্ধ। আপনার পাসফ্রেজ দিয়ে খুলুন, তারপর আবার চেষ্টা করুন।
error-unknown-language = Carnet-এ { $tag } ভাষা নেই। তালিকা থেকে একটি বেছে নিন।

## Settings: how the screens look

app-settings-display = Carnet দেখতে কেমন
app-high-contrast = গাঢ় পার্থক্য (সাদার ওপর কালো)
app-text-size = লেখার আকার
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = শুনুন

## Two languages at once

app-dual-language = এতেও দেখান
app-dual-none = দ্বিতীয় ভাষা নেই
