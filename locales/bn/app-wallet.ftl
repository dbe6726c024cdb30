# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = আমার স্বীকৃতি
app-present = আমার দক্ষতা দেখান
app-verify = কোড যাচাই করুন

## Wallet

app-wallet-title = আমার স্বীকৃতি
app-wallet-intro = এগুলো সেই দক্ষতা যেগুলোতে কেউ আপনার জন্য স্বাক্ষর করেছে। আপনি QR কোড দিয়ে এগুলো দেখাতে পারেন।
app-wallet-empty = এখনও কেউ আপনার কোনো দক্ষতায় স্বাক্ষর করেনি। আপনি কী পারেন তা নিশ্চিত করতে কোনো প্রশিক্ষক, নিয়োগকর্তা বা কেন্দ্রকে বলুন।
app-wallet-by = স্বাক্ষর: { $name } ({ $kind }, { $country })
app-wallet-issued = স্বাক্ষরের তারিখ { $date }
app-wallet-expires = { $date } পর্যন্ত বৈধ
app-wallet-expired = { $date }-এ মেয়াদ শেষ
app-wallet-no-expiry = মেয়াদ শেষ হয় না
app-wallet-damaged = এই স্বীকৃতিটি নষ্ট, দেখানো যাবে না। যিনি স্বাক্ষর করেছেন তার কাছে নতুন একটি চান।
app-standing-valid = যাচাই করা: আপনার আস্থার তালিকার কারও স্বাক্ষর
app-standing-unknown-issuer = স্বাক্ষরিত, কিন্তু স্বাক্ষরকারী আপনার আস্থার তালিকায় নেই
app-standing-expired = মেয়াদ শেষ
app-standing-revoked = স্বাক্ষরকারী ফিরিয়ে নিয়েছেন
app-standing-malformed = নষ্ট

## Present: choosing what to show

app-present-title = আমার দক্ষতা দেখান
app-present-endorsed = কারও স্বাক্ষর করা
app-present-self = শুধু আমার বলা
app-present-self-hint = যাচাইকারী এগুলোকে আপনার নিজের কথা হিসেবে দেখবেন, স্বাক্ষরিত হিসেবে নয়।
app-present-details = প্রতিটির কী দেখাবেন
app-present-details-all = সবকিছু
app-present-details-short = শুধু নাম আর স্তর
app-present-stage = এটি কার জন্য?
app-present-print = কাগজে ছাপার জন্য (5 বছর বৈধ)
app-present-make = QR কোড দেখান
app-present-none = দেখানোর জন্য অন্তত একটি জিনিস বেছে নিন।
app-present-nothing-yet = আপনার লগবুক খালি। আগে কিছু যোগ করুন।

## Present: the QR code

app-qr-title = তাদের এই কোডটি স্ক্যান করতে দিন
app-qr-expires = এই কোড { $date } পর্যন্ত কাজ করবে।
app-qr-preview = যাচাইকারী কী দেখবেন
app-qr-preview-hide = যাচাইকারীর দৃশ্য লুকান
app-qr-done = হয়ে গেছে
app-qr-preview-note = এই ফোনের মতো আস্থার তালিকা থাকা একজন যাচাইকারী এটাই দেখবেন।

## Verify

app-verify-title = কোড যাচাই করুন
app-verify-intro = Carnet-এর QR কোডের ছবি তুলুন বা বেছে নিন। কিছুই কোথাও পাঠানো হয় না: যাচাই এই ডিভাইসেই হয়।
app-verify-picture = ছবি তুলুন বা বেছে নিন
app-verify-text = অথবা কোডের লেখা পেস্ট করুন (এটি CN1: দিয়ে শুরু হয়)
app-verify-check = যাচাই করুন
app-verify-checking = যাচাই হচ্ছে…
app-verify-again = আরেকটি কোড যাচাই করুন

## The verdict

app-verdict-title = ফলাফল
app-verdict-made = { $stage }-এর জন্য { $date }-এ তৈরি।
app-verdict-expires = কোডটি { $date } পর্যন্ত কাজ করবে।
app-verdict-newer = এই কোড Carnet-এর নতুন সংস্করণে তৈরি। যাচাই করতে Carnet হালনাগাদ করুন।
app-item-endorsed = স্বাক্ষরিত
app-item-self = তাদের নিজের কথা
app-item-assessed = যাচাইয়ের উপায়: { $how }
app-item-hidden = { $count ->
    [one] ব্যক্তিটি 1টি তথ্য লুকিয়েছেন।
   *[other] ব্যক্তিটি { $count }টি তথ্য লুকিয়েছেন।
}

## Errors of these screens

error-wallet-no-key = এই লগবুকে স্বাক্ষর করার চাবি নেই। কিছুই দেখানো হয়নি। অনুগ্রহ করে এই সমস্যাটি জানান।
error-wallet-not-endorsed = «{ $title }»-এ এখনও কেউ স্বাক্ষর করেনি। এটি «শুধু আমার বলা» হিসেবে দেখান, বা কাউকে নিশ্চিত করতে বলুন।
error-wallet-credential-damaged = «{ $title }»-এর স্বীকৃতি নষ্ট। এটি «শুধু আমার বলা» হিসেবে দেখান, বা নতুন একটি চান।
error-wallet-entry-unfit = «{ $title }» কোডে রাখা যায় না: এর { $field } খুব লম্বা বা সঠিক আকারে নেই। এন্ট্রিটি বদলান, তারপর আবার চেষ্টা করুন।
error-wallet-selected-twice = «{ $title }» দুবার বেছে নেওয়া হয়েছে। একবার বেছে নিন।
error-wallet-nothing-chosen = দেখানোর জন্য অন্তত একটি জিনিস বেছে নিন।
error-wallet-too-large = এটি একটি QR কোডের জন্য খুব বেশি ({ $chars }টি অক্ষর)। কম জিনিস বেছে নিন, বা শুধু নাম আর স্তর দেখান।
error-wallet-credential = কোড তৈরি করা যায়নি। কিছুই দেখানো হয়নি। অনুগ্রহ করে এই সমস্যাটি জানান। (সাহায্যকারীর জন্য: { $reason })
error-wallet-no-code = এই ছবিতে Carnet-এর কোনো QR কোড পাওয়া যায়নি। কাছ থেকে, পরিষ্কার করে, পুরো কোডটি ভেতরে রেখে আবার ছবি তুলুন।
error-wallet-not-a-picture = এই ফাইলটি এমন ছবি নয় যা Carnet পড়তে পারে। একটি ফটো ব্যবহার করুন (JPEG বা PNG)।
error-wallet-picture-too-large = ছবিটি খুব বড় ({ $width } × { $height } পিক্সেল)। ছোট একটি ছবি তুলে আবার চেষ্টা করুন।
error-wallet-got-request = এটি কারও দক্ষতায় স্বাক্ষরের অনুরোধ, দক্ষতা দেখানোর কোড নয়। কিছুই যাচাই করা হয়নি।
error-wallet-trust-damaged = আপনার আস্থার তালিকা নষ্ট বা বদলানো হয়েছে। আবার ইমপোর্ট করুন। ততক্ষণ কোনো স্বাক্ষরকারীকে বিশ্বস্ত ধরা হবে না।
error-wallet-trust-unreadable = Carnet { $path }-এ আপনার আস্থার তালিকা পড়তে পারেনি। ডিভাইসে জায়গা আছে কিনা দেখুন। (সাহায্যকারীর জন্য: { $reason })
error-wallet-not-yours = এই স্বীকৃতি অন্য কারও লগবুকের জন্য তৈরি, আপনার নয়। কিছুই রাখা হয়নি। নিশ্চিত হন যে আপনি নিজের ফাইল পেয়েছেন।
error-wallet-bad-signature = এই ফাইলের স্বাক্ষর মেলে না: এটি বদলানো বা নষ্ট। কিছুই রাখা হয়নি। আবার ফাইলটি চান।
error-wallet-not-a-credential = এই ফাইলটি Carnet-এর স্বাক্ষরিত স্বীকৃতি নয়। কিছুই রাখা হয়নি। যিনি স্বাক্ষর করেছেন তার তৈরি ফাইলটি চান।
error-wallet-too-many = একবারে সর্বোচ্চ { $max }টি জিনিস চান। কম বেছে নিন।
error-wallet-not-from-request = এই স্বীকৃতি বলে না যে এটি আপনার কোন এন্ট্রি নিশ্চিত করে। কিছুই রাখা হয়নি। আপনার অনুরোধের কোড থেকে তৈরি নতুন একটি চান।
error-wallet-entry-gone = এই স্বীকৃতি এমন এন্ট্রির, যা আর আপনার লগবুকে নেই। কিছুই রাখা হয়নি। আপনি সরিয়ে থাকলে, কোনো কপি থেকে আবার যোগ করুন, তারপর নতুন স্বীকৃতি চান।

## Asking for a signature, and keeping it

app-request = স্বাক্ষর চান
app-request-title = স্বাক্ষর চান
app-request-intro = যে প্রশিক্ষক, নিয়োগকর্তা বা কেন্দ্র আপনার কাজ নিশ্চিত করবে, তাদের এই কোডটি দেখান। তারা Carnet দিয়ে এটি স্ক্যান করে আপনাকে একটি স্বাক্ষরিত ফাইল ফেরত দেবে।
app-request-key = আপনার চাবি: { $kid }। যিনি স্বাক্ষর করবেন তিনিও একই কোড দেখবেন।
app-request-text = একই কোড লেখা হিসেবে, মেসেজে পাঠানোর জন্য
app-request-next = স্বাক্ষরিত ফাইল পেলে «আমার স্বীকৃতি» খুলুন এবং «স্বাক্ষরিত ফাইল যোগ করুন» চাপুন।
app-receive = স্বাক্ষরিত ফাইল যোগ করুন
app-received = রাখা হয়েছে: { $name } ({ $kind }) { $titles }-এ স্বাক্ষর করেছেন।
