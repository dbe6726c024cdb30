# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = এমন একটি ফাইল বানান যা প্রশিক্ষক, নিয়োগকর্তা বা কেন্দ্রের কাছে এন্ট্রি নিশ্চিত করতে বলে।
    .long = এমন একটি অনুরোধ বানান যা প্রশিক্ষক, নিয়োগকর্তা, কেন্দ্র, কলেজ বা সহকর্মীর কাছে আপনার কিছু এন্ট্রি নিশ্চিত ("endorse") করতে বলে: একটি ফাইল, ফোনে দেখানো বা ছাপার জন্য একটি QR কোড (.png বা .svg দিয়ে শেষ হওয়া নাম), অথবা --text দিয়ে মেসেজে পাঠানোর লেখা। এটি তাদের দিন। তারা স্বাক্ষর করে আপনাকে একটি সনদ ফাইল ফেরত দেবে, যা আপনি এভাবে রাখবেন: carnet receive
cli-cmd-holder-receive = কোনো প্রশিক্ষক, নিয়োগকর্তা বা কেন্দ্র আপনার জন্য স্বাক্ষর করা যে সনদ দিয়েছে তা রাখুন।
cli-cmd-holder-credentials = আপনার রাখা সনদগুলোর তালিকা, এন্ট্রি অনুযায়ী। এটিও: carnet wallet
cli-cmd-holder-present = বাছাই করা এন্ট্রিগুলো একটি QR কোডে দেখান যা যে কেউ ইন্টারনেট ছাড়াই যাচাই করতে পারে।
    .long = বাছাই করা এন্ট্রিগুলো একটি QR কোডে দেখান যা যে কেউ ইন্টারনেট ছাড়াই যাচাই করতে পারে। নিশ্চিত এন্ট্রিগুলো নিশ্চিতকারীর নামসহ দেখায়; --self-declared দিয়ে দেওয়া এন্ট্রিগুলো শুধু আপনার বলা হিসেবে দেখায়। স্ক্রিনে কোডটি 24 ঘণ্টা চলে; --print দিয়ে, 5 বছর।
cli-cmd-holder-export = নিশ্চিত এন্ট্রিকে অন্য অ্যাপের জন্য W3C Verifiable Credential (Open Badges 3.0) হিসেবে লিখুন।
    .long = নিশ্চিত এন্ট্রিকে W3C Verifiable Credential 2.0 (একটি Open Badges 3.0 ব্যাজ) হিসেবে লিখুন, নিশ্চিতকারীর স্বাক্ষরসহ, যাতে অন্য ওয়ালেট ও অ্যাপ এটি যাচাই করতে পারে। --out ছাড়া এটি স্ক্রিনে লেখা হয়।

## Help: arguments

cli-arg-holder-request-ids = যে এন্ট্রিগুলো নিশ্চিত করাতে চান: এদের id, বা প্রতিটির প্রথম 4 বা তার বেশি অক্ষর। id দেখতে লিখুন: carnet list
cli-arg-holder-request-out = অনুরোধ কোথায় লিখবেন: .png বা .svg দিয়ে শেষ হওয়া নাম QR কোডের ছবি বানায়; অন্য যেকোনো নাম, যেমন request.cbor, একটি ফাইল।
cli-arg-holder-request-text = অনুরোধের লেখা (CNR1: দিয়ে শুরু) স্ক্রিনে লিখুন, মেসেজে পাঠানোর জন্য।
cli-arg-holder-receive-file = আপনাকে দেওয়া সনদ ফাইল, যেমন credential.cbor।
cli-arg-holder-present-select = দেখানোর জন্য নিশ্চিত এন্ট্রি: এদের id, বা প্রতিটির প্রথম 4 বা তার বেশি অক্ষর।
cli-arg-holder-present-fields = প্রতিটি এন্ট্রির শুধু এই অংশগুলো দেখান, কমা দিয়ে আলাদা করে, যেমন title,level। বাকিগুলো লুকানো থাকে। অংশগুলো: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf। এটি ছাড়া সবকিছু দেখানো হয়।
cli-arg-holder-present-self-declared = যে এন্ট্রিগুলো শুধু আপনার বলা হিসেবে দেখাবেন, কারও নিশ্চিত করা নয়।
cli-arg-holder-present-stage = আপনি কীসের জন্য দেখাচ্ছেন: recruitment, pre-departure, arrival, career বা return। এটি ছাড়া: recruitment।
cli-arg-holder-present-audience = আপনি কাকে দেখাচ্ছেন, তারা নাম দিতে বললে, যেমন কোনো এজেন্সির নাম।
cli-arg-holder-present-nonce = যাচাইকারী যে কোড দিয়েছেন, দিয়ে থাকলে (অক্ষর 0-9 ও a-f)।
cli-arg-holder-present-print = কাগজের জন্য বানান: কোডটি আঁচড় আর ভাঁজ ভালো সহ্য করে, আর 24 ঘণ্টার বদলে 5 বছর চলে।
cli-arg-holder-present-out = যে ছবি লেখা হবে: .png বা .svg দিয়ে শেষ হওয়া নাম।
cli-arg-holder-present-text = QR কোডের ভেতরের লেখাও লিখুন, মেসেজে পাঠানোর জন্য।
cli-arg-holder-export-id = নিশ্চিত এন্ট্রি: এর id, বা এর প্রথম 4 বা তার বেশি অক্ষর।
cli-arg-holder-export-format = যে ফরম্যাটে লিখবেন। শুধু: vc (W3C Verifiable Credential, Open Badges 3.0)।
cli-arg-holder-export-jwt = প্রমাণসহ JSON-এর বদলে স্বাক্ষরিত টোকেন (VC-JWT) হিসেবে লিখুন।
cli-arg-holder-export-out = যে ফাইল লেখা হবে, যেমন badge.json বা badge.jwt।

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] এই অনুরোধ 1টি এন্ট্রি নিশ্চিত করতে বলে।
       *[other] এই অনুরোধ { $count }টি এন্ট্রি নিশ্চিত করতে বলে।
    } নিশ্চিতকারী প্রতিটির এই অংশগুলো দেখবেন:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = অনুরোধ { $path }-এ লেখা হয়েছে।
holder-request-next = ফাইলটি নিশ্চিতকারীকে দিন। তারা সনদ ফাইল ফেরত দিলে লিখুন: carnet receive FILE
holder-receive-done = রাখা হয়েছে: নিশ্চিত করেছেন { $issuer }, { $kind }, { $country }। যাচাইয়ের উপায়: { $assessed }।
holder-validity-until = প্রদানের তারিখ { $issued }। { $expires } পর্যন্ত বৈধ।
holder-validity-open = প্রদানের তারিখ { $issued }। শেষ তারিখ নেই।
holder-wallet-empty = আপনার এখনও কোনো সনদ নেই। একটি চাইতে লিখুন: carnet request ID --out request.cbor
holder-wallet-damaged = একটি সনদ যা আর পড়া যায় না। যিনি দিয়েছিলেন তার কাছে নতুন একটি চান।
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): প্রদান { $issued }, { $expires } পর্যন্ত বৈধ
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): প্রদান { $issued }, শেষ তারিখ নেই
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): প্রদান { $issued }, { $expires }-এ শেষ
holder-present-nothing = কী দেখাবেন বলুন: নিশ্চিত এন্ট্রির জন্য --select ID, অন্যগুলোর জন্য --self-declared ID।
holder-present-done = QR কোড { $path }-এ লেখা হয়েছে: { $endorsed }টি নিশ্চিত, { $declared }টি আপনার বলা।
holder-present-size = আকার: QR সংস্করণ { $version }, স্তর { $ec }, { $chars }টি অক্ষর।
holder-present-expires = এটি { $when } পর্যন্ত যাচাই করা যাবে ({ $hours } ঘণ্টা)।
holder-present-by-kid = জায়গা বাঁচাতে প্রদানকারীদের একটি ছোট চিহ্ন দিয়ে দেখানো হয়েছে। যাচাইকারীর বিশ্বস্ত তালিকায় তারা থাকলে তবেই তিনি জানবেন তারা কারা।

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = একজন প্রশিক্ষক
holder-issuer-kind-employer = একজন নিয়োগকর্তা
holder-issuer-kind-centre = একটি কেন্দ্র
holder-issuer-kind-college = একটি কলেজ
holder-issuer-kind-colleague = একজন সহকর্মী (আপনার সাথে কাজ করেছেন এমন ব্যক্তি, কোনো প্রতিষ্ঠান নয়)

## How they checked

holder-assessed-observation = তারা আপনাকে কাজ করতে দেখেছেন
holder-assessed-test = একটি পরীক্ষা
holder-assessed-document = তারা একটি কাগজপত্র যাচাই করেছেন
holder-assessed-interview = একটি সাক্ষাৎকার

## Errors

error-holder-no-key = এই লগবুকে সনদে স্বাক্ষর করার চাবি নেই। কিছুই বদলায়নি। অনুগ্রহ করে এই সমস্যাটি জানান।
error-holder-write-file = { $path } ফাইলটি লেখা যায়নি: { $reason }। ফোল্ডারটি আছে আর খালি জায়গা আছে কিনা দেখুন, তারপর আবার চেষ্টা করুন।
error-holder-entry-unfit = "{ $title }" এন্ট্রিটি সনদে রাখা যায় না: এর { $field } খুব লম্বা বা সঠিক আকারে নেই। carnet edit দিয়ে বদলান, তারপর আবার চেষ্টা করুন।
error-holder-unknown-field = "{ $value }" দেখানোর মতো এন্ট্রির কোনো অংশ নয়। অংশগুলো: { $known }।
error-holder-credential-no-entries = { $path } সনদটি বলে না যে এটি আপনার কোন এন্ট্রিগুলো নিশ্চিত করে। কিছুই রাখা হয়নি। অনুরোধ ফাইল থেকে তৈরি নতুন একটি চান: carnet request
error-holder-credential-entry-gone = { $path } সনদটি এমন এন্ট্রি নিশ্চিত করে যা আর আপনার লগবুকে নেই ({ $id })। কিছুই রাখা হয়নি। এই ডিভাইসে মুছে থাকলে, লগবুকের কপি থেকে যোগ করুন, তারপর আবার চেষ্টা করুন।
error-holder-credential-damaged = "{ $title }" এন্ট্রির সনদ আর পড়া যায় না। নিশ্চিতকারীর কাছে নতুন একটি চান।
error-holder-not-endorsed = "{ $title }" এন্ট্রিটি এখনও কেউ নিশ্চিত করেনি। --self-declared দিয়ে দেখান, বা নিশ্চিতকরণ চান: carnet request
error-holder-selected-twice = "{ $title }" এন্ট্রিটি --select আর --self-declared দুটো দিয়েই দেওয়া হয়েছে। একবার দিন।
error-holder-bad-stage = "{ $value }" কোনো ধাপ নয়। ধাপগুলো: recruitment, pre-departure, arrival, career, return।
error-holder-bad-audience = দর্শকের নাম 1 থেকে 100 অক্ষরের, এক লাইনে হতে হবে।
error-holder-bad-nonce = "{ $value }" যাচাইকারীর কোড নয়: এটি 2 থেকে 128টি অক্ষর 0-9 ও a-f হতে হবে।
error-holder-bad-out = { $path } ছবির নাম .png বা .svg দিয়ে শেষ হতে হবে।
error-holder-no-vc = { $issuer }-এর "{ $title }" নিশ্চিতকরণটি Carnet W3C সনদ হিসেবে লিখতে পারার আগে তৈরি হয়েছিল, আর শুধু তারাই এতে স্বাক্ষর করতে পারেন। তাদের আবার নিশ্চিত করতে বলুন: নতুন অনুরোধ বানান (carnet request ID --out request.cbor), তাদের দিন, আর তারা যে ফাইল ফেরত দেন তা রাখুন (carnet receive FILE)।
