# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = পাসফ্রেজ ঠিক নয়। দেখে আবার চেষ্টা করুন। বড় হাতের ও ছোট হাতের অক্ষর আলাদা ধরা হয়।
error-too-many-attempts = { $minutes ->
    [one] অনেকবার ভুল পাসফ্রেজ। 1 মিনিট অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
   *[other] অনেকবার ভুল পাসফ্রেজ। { $minutes } মিনিট অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
}
error-passphrase-too-short = এই পাসফ্রেজ খুব ছোট। অন্তত { $min }টি অক্ষর ব্যবহার করুন।

## The logbook files

error-no-logbook = এই ফোল্ডারে এখনও কোনো লগবুক নেই। আগে একটি বানান, বা যে ফোল্ডারে আপনার লগবুক আছে সেটি বেছে নিন।
error-already-exists = এই ফোল্ডারে আগে থেকেই একটি লগবুক আছে। কিছুই বদলায়নি।
error-damaged-key-file = আপনার লগবুকের চাবি নষ্ট বা হারিয়ে গেছে, তাই এটি খোলা যাচ্ছে না। ব্যাকআপ থেকে, বা এর সাথে যুক্ত কোনো ডিভাইস থেকে কপি ফিরিয়ে রাখুন।
error-damaged-database = আপনার লগবুক নষ্ট, তাই এটি খোলা যাচ্ছে না। ব্যাকআপ থেকে, বা এর সাথে যুক্ত কোনো ডিভাইস থেকে কপি ফিরিয়ে রাখুন।
error-too-new = { $what ->
    [export-file] এই ফাইল Carnet-এর নতুন সংস্করণে তৈরি। Carnet হালনাগাদ করুন, তারপর আবার চেষ্টা করুন।
    [taxonomy] Carnet-এর সাথে আসা ESCO তথ্য Carnet-এর নতুন সংস্করণের। Carnet হালনাগাদ করুন, তারপর আবার চেষ্টা করুন।
   *[other] আপনার লগবুক Carnet-এর নতুন সংস্করণে সংরক্ষিত। Carnet হালনাগাদ করুন, তারপর আবার চেষ্টা করুন।
}
error-disk-full = ডিস্ক ভরা। কিছুই হারায়নি। কিছু জায়গা খালি করুন, যেমন পুরোনো ফাইল মুছে, তারপর আবার চেষ্টা করুন।
error-io = Carnet আপনার লগবুকের ফাইল পড়তে বা লিখতে পারেনি। ফোল্ডারটি আছে আর তাতে লেখার অনুমতি আছে কিনা দেখুন, তারপর আবার চেষ্টা করুন।
error-internal = Carnet-এর ভেতরে কিছু গোলমাল হয়েছে। এটি Carnet-এর ভুল, আপনার নয়। অনুগ্রহ করে Carnet-এর নির্মাতাদের জানান।

## Entries

error-not-found = কোনো এন্ট্রির id «{ $id }» নয়। id দেখে আবার চেষ্টা করুন।
error-ambiguous-id = একাধিক এন্ট্রি «{ $id }» দিয়ে শুরু হয়। id-এর আরও অংশ লিখুন।

## Values the person typed

error-invalid-kind = «{ $value }» এন্ট্রির কোনো ধরন নয়। skill, qualification, experience, language বা learning ব্যবহার করুন।
error-invalid-date = «{ $value }» কোনো তারিখ নয়। বছর (2019), মাস (2019-05) বা দিন (2019-05-14) লিখুন।
error-invalid-level = { $kind ->
    [language] «{ $value }» ভাষার স্তর নয়। A1, A2, B1, B2, C1 বা C2 ব্যবহার করুন।
    [qualification] «{ $value }» যোগ্যতার স্তর নয়। 1 থেকে 8-এর একটি নম্বর ব্যবহার করুন (EQF)।
    [learning] «{ $value }» কোর্সের স্তর নয়। 1 থেকে 8-এর একটি নম্বর ব্যবহার করুন (EQF)।
    [eqf] «{ $value }» EQF স্তর নয়। 1 থেকে 8-এর একটি নম্বর ব্যবহার করুন।
   *[other] «{ $value }» কোনো স্তর নয়। basic, intermediate, advanced বা expert ব্যবহার করুন।
}
error-invalid-country = «{ $value }» দেশের কোড নয়। দুই অক্ষর ব্যবহার করুন, যেমন SY, AF, ER বা DE।
error-invalid-language = «{ $value }» ভাষার কোড নয়। ছোট কোড ব্যবহার করুন, যেমন ar, fa-AF বা en।
error-invalid-esco = «{ $value }» ESCO ঠিকানা নয়। এটি http://data.europa.eu/esco/ দিয়ে শুরু হয়
error-invalid-isco = «{ $value }» ISCO-08 চাকরির কোড নয়। 1 থেকে 4 অঙ্ক ব্যবহার করুন, যেমন 7212।
error-invalid-proficiency = «{ $value }» কোনো স্তর নয়। basic, intermediate, advanced বা expert ব্যবহার করুন।
error-invalid-context = «{ $value }» শেখার কোনো উপায় নয়। formal, non-formal বা informal ব্যবহার করুন।
error-invalid-stage = «{ $value }» কোনো ধাপ নয়। recruitment, pre-departure, arrival, career বা return ব্যবহার করুন।
error-invalid-field = «{ $value }» এমন কিছু নয় যা আপনি বদলাতে পারেন। এগুলোর একটি ব্যবহার করুন: { $expected }।
error-empty-field = { $field ->
    [title] শিরোনাম খালি। একটি ছোট শিরোনাম লিখুন।
   *[other] { $field } খালি। এতে কিছু লিখুন।
}
error-date-order = শেষের তারিখ { $to } শুরুর তারিখ { $from }-এর আগে। দুটি তারিখ দেখুন।
error-import-format = এই ফাইলটি Carnet-এর এক্সপোর্ট নয়, তাই পড়া যাচ্ছে না। Carnet যে ফাইল এক্সপোর্ট করেছে সেটি বেছে নিন।

## Photos

error-evidence-not-an-image = এই ফাইলটি ছবি নয়। Carnet JPEG, PNG আর WebP ছবি নেয়।
error-evidence-unsupported-format = এটি একটি { $format } ছবি, আর Carnet এটি ব্যবহার করতে পারে না। JPEG, PNG বা WebP হিসেবে সংরক্ষণ করুন, তারপর আবার চেষ্টা করুন।
error-evidence-damaged = ছবিটি নষ্ট বা অসম্পূর্ণ। আবার ছবি তুলুন বা বেছে নিন।
error-evidence-too-large = ছবিটি খুব বড় ({ $width } × { $height } পিক্সেল)। কম মানের সেটিংয়ে ছবি তুলুন, বা ছোট কপি বেছে নিন।
error-evidence-file-too-big = ফাইলটি খুব বড় ({ $megabytes } MB)। সীমা 32 MB। ছোট ফাইল বেছে নিন।
error-evidence-encode-failed = Carnet ছবিটি সংরক্ষণ করতে পারেনি। অনুগ্রহ করে আবার চেষ্টা করুন। আবার হলে, অনুগ্রহ করে Carnet-এর নির্মাতাদের জানান।

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» হাবের ঠিকানা নয়। হাবের ঠিকানা এমন দেখায়: http://192.168.1.10:8470। কেন্দ্রকে জিজ্ঞেস করুন।
error-sync-no-hub = এই লগবুকের জন্য এখনও কোনো হাব সেট করা নেই। কেন্দ্রের কাছে তাদের হাবের ঠিকানা চান।
error-sync-unreachable = Carnet { $url }-এর হাবে পৌঁছাতে পারছে না। আপনার লগবুক এই ডিভাইসে নিরাপদ। কেন্দ্রের নেটওয়ার্কে যুক্ত হলে আবার চেষ্টা করুন।
error-sync-refused = হাব এই লগবুকের জন্য এই ডিভাইস গ্রহণ করছে না। আপনি এই ডিভাইসটি লগবুক থেকে সরিয়ে থাকলে এটি স্বাভাবিক। নইলে কেন্দ্রকে জিজ্ঞেস করুন।
error-sync-unknown-logbook = হাবের কাছে এখনও এই লগবুকের কপি নেই। আগে যে ডিভাইসে আপনার লগবুক আছে সেটি সিঙ্ক করুন, তারপর আবার চেষ্টা করুন।
error-sync-rate-limited = হাব ব্যস্ত। { $seconds } সেকেন্ড অপেক্ষা করুন, তারপর আবার চেষ্টা করুন। আপনার লগবুক এই ডিভাইসে নিরাপদ।
error-sync-hub-full = হাবে আপনার লগবুকের জন্য জায়গা নেই। আপনার লগবুক এই ডিভাইসে নিরাপদ। কেন্দ্রকে জিজ্ঞেস করুন।
error-sync-hub-error = হাবে একটি সমস্যা হয়েছে ({ $status } { $code })। আপনার লগবুক এই ডিভাইসে নিরাপদ। পরে আবার চেষ্টা করুন, বা কেন্দ্রকে জিজ্ঞেস করুন।
error-sync-protocol = হাব এমন কিছু পাঠিয়েছে যা Carnet-এর এই সংস্করণ পড়তে পারে না। আপনার লগবুক এই ডিভাইসে নিরাপদ। Carnet হালনাগাদ করুন, বা কেন্দ্রকে জিজ্ঞেস করুন।
error-sync-forged = হাব এমন একটি পরিবর্তন পাঠিয়েছে যা নষ্ট বা কেউ বদলেছে। Carnet এটি ব্যবহার করেনি, আর আপনার লগবুক বদলায়নি। কেন্দ্রকে জানান।
error-sync-incomplete = হাব যে সব পরিবর্তন পাঠানোর কথা ছিল তা পাঠায়নি। Carnet সেগুলো ব্যবহার করেনি, আর আপনার লগবুক বদলায়নি। পরে আবার চেষ্টা করুন, বা কেন্দ্রকে জানান।
error-sync-unknown-epoch = এই ডিভাইসে আপনার লগবুকের নতুন চাবি নেই, তাই হাবে যা আছে তা পড়তে পারছে না। আপনি এই ডিভাইসটি সরিয়ে থাকলে এটি স্বাভাবিক। নইলে আবার যুক্ত করুন।
error-sync-rolled-back = হাব কিছু তথ্য হারিয়েছে। এই ডিভাইসে আপনার লগবুক সম্পূর্ণ এবং বদলায়নি। কেন্দ্রকে জানান।
error-sync-pairing-code = এটি যুক্ত করার কোড নয়, বা এর কিছু অংশ নেই। অন্য ডিভাইসে আবার কোড দেখান, আর পুরোটা স্ক্যান করুন বা লিখুন।
error-sync-pairing-expired = এই যুক্ত করার কোডটি খুব পুরোনো। অন্য ডিভাইসে নতুন কোড দেখান।
error-sync-pairing-taken = অন্য একটি ডিভাইস আগেই এই কোডের উত্তর দিয়েছে। কিছুই শেয়ার হয়নি। অন্য ডিভাইসে নতুন কোড দেখান আর আবার চেষ্টা করুন।
error-sync-pairing-refused = আপনার অন্য ডিভাইস এই যুক্ত করায় না বলেছে। কিছুই শেয়ার হয়নি।
error-sync-remove-self = এটি সেই ডিভাইস যা আপনি এখন ব্যবহার করছেন। এটি সরাতে, আপনার অন্য কোনো ডিভাইস থেকে করুন।
error-sync-cancelled = আপনি অন্য ডিভাইসের জন্য অপেক্ষা থামিয়েছেন। কিছুই শেয়ার হয়নি। দুটি ডিভাইস তৈরি হলে আবার শুরু করুন।

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = এটি Carnet রিকভারি শিটের চৌকো কোড নয়, বা Carnet পুরোটা পড়তে পারেনি। পুরো কোডের পরিষ্কার ছবি তুলুন, বা 12টি শব্দ লিখুন।
error-sync-recovery-words = { $problem ->
    [count] রিকভারি শিটে 12টি শব্দ থাকে; আপনি { $position }টি দিয়েছেন। সব 12টি ক্রম অনুযায়ী লিখুন।
    [unknown] শব্দ নম্বর { $position } রিকভারি শিটের শব্দ নয়। শিটে এর বানান দেখুন।
   *[other] শব্দগুলো একসাথে মেলে না: একটি ভুল, বা দুটির জায়গা বদলেছে। শিটে প্রতিটি শব্দ দেখুন।
}
error-sync-recovery-no-box = হাবের কাছে এই রিকভারি শিটের জন্য কিছু নেই। হয়তো নতুন শিট এর জায়গা নিয়েছে, বা শিটটি অন্য হাবের। আপনার সবচেয়ে নতুন শিট ব্যবহার করুন।
error-sheet-write = Carnet { $path }-এ শিটটি লিখতে পারেনি। ফোল্ডার আর খালি জায়গা দেখুন। ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet তার ESCO তথ্য ফাইল খুঁজে পাচ্ছে না ({ $path })। Carnet আবার ইনস্টল করুন।
error-taxonomy-damaged = Carnet-এর ESCO তথ্য ফাইল নষ্ট ({ $reason })। Carnet আবার ইনস্টল করুন।
error-unknown-concept = «{ $concept }» নামে কোনো ESCO দক্ষতা বা পেশা নেই। carnet esco search দিয়ে এর ঠিকানা খুঁজুন।
error-not-an-occupation = «{ $concept }» একটি ESCO দক্ষতা, পেশা নয়। carnet esco search --kind occupation দিয়ে পেশাটি খুঁজুন।

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet এই ছবিতে চৌকো কোড খুঁজে পায়নি। পুরো কোডের পরিষ্কার ছবি তুলুন, বা কোডটি লিখুন।
error-save-file = Carnet { $path }-এ ফাইলটি সংরক্ষণ করতে পারেনি। খালি জায়গা দেখুন। ({ $reason })

## Voice notes

error-evidence-not-audio = এই ফাইলটি অডিও রেকর্ডিং নয়। Carnet WebM, Ogg, MP4, M4A, AAC, MP3 আর WAV অডিও ফাইল নেয়।
error-evidence-audio-is-video = এই ফাইলটি ভিডিও। Carnet শুধু শব্দ রাখে। ভয়েস নোট রেকর্ড করুন, বা অডিও ফাইল বেছে নিন।
error-evidence-audio-too-big = অডিও ফাইলটি খুব বড় ({ $megabytes } MB)। সীমা 5 MB। ছোট ভয়েস নোট রেকর্ড করুন।
error-evidence-audio-damaged = অডিও ফাইলটি নষ্ট বা অসম্পূর্ণ। আবার রেকর্ড করুন বা বেছে নিন।
error-evidence-not-evidence = এই ফাইলটি ছবিও নয়, অডিও রেকর্ডিংও নয়। Carnet ছবি (JPEG, PNG, WebP) আর অডিও ফাইল (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) নেয়।
error-microphone-denied = Carnet মাইক্রোফোন ব্যবহার করতে পারছে না। ফোনের সেটিংসে অনুমতি দিন, বা অডিও ফাইল যুক্ত করুন।
error-microphone-failed = Carnet রেকর্ড করতে পারেনি। আবার চেষ্টা করুন, বা অডিও ফাইল যুক্ত করুন।
error-recording-empty = কিছুই রেকর্ড হয়নি। আবার চেষ্টা করুন আর বোতাম চাপার পরে কথা বলুন।
error-evidence-missing = এই ছবি বা ভয়েস নোট এখনও এই ডিভাইসে নেই ({ $sha })। পেতে সিঙ্ক করুন।
