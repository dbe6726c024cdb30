# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = অন্যদের দক্ষতায় স্বাক্ষর করুন, প্রশিক্ষক, নিয়োগকর্তা, কেন্দ্র, কলেজ বা সহকর্মী হিসেবে।
cli-cmd-issuer-init = প্রদানকারী হিসেবে আপনার স্বাক্ষরের চাবি বানান। এটি পাসফ্রেজ দিয়ে বন্ধ থাকে।
cli-cmd-issuer-show = প্রদানকারীর নাম, ধরন আর পাবলিক চাবি দেখান। পাসফ্রেজ লাগে না।
cli-cmd-issuer-revoke = আপনার স্বাক্ষর করা একটি সনদ এর নম্বর দিয়ে ফিরিয়ে নিন।
cli-cmd-issuer-status-list = ফিরিয়ে নেওয়া সনদগুলোর স্বাক্ষরিত তালিকা লিখুন, যাচাইকারীদের দেওয়ার জন্য।
cli-cmd-endorse = কেউ যে অনুরোধ দিয়েছে তাতে স্বাক্ষর করুন, আর ফেরত দেওয়ার সনদ লিখুন।
cli-cmd-trust = QR কোড যাচাইয়ের সময় কাদের স্বাক্ষরে আস্থা রাখবেন বেছে নিন।
cli-cmd-trust-anchor = আস্থার ভিত্তি: যে নেটওয়ার্ক বা কর্তৃপক্ষ প্রদানকারীদের নিশ্চয়তা দেয়।
cli-cmd-trust-anchor-init = আস্থার ভিত্তি হিসেবে স্বাক্ষরের চাবি বানান, প্রদানকারীদের নিশ্চয়তা দিতে।
cli-cmd-trust-anchor-show = আপনার আস্থার ভিত্তির নাম আর পাবলিক চাবি দেখান।
cli-cmd-trust-anchor-add = এই আস্থার ভিত্তির চাবি দিয়ে স্বাক্ষর করা তালিকায় আস্থা রাখুন।
cli-cmd-trust-bundle = আস্থার ভিত্তি হিসেবে, আপনি যে প্রদানকারীদের নিশ্চয়তা দেন তাদের তালিকায় স্বাক্ষর করুন।
cli-cmd-trust-import = বিশ্বস্ত প্রদানকারীদের স্বাক্ষরিত তালিকা ফাইল থেকে যোগ করুন।
cli-cmd-trust-list = আপনি যে প্রদানকারীদের ওপর আস্থা রাখেন, আর প্রতিটি তালিকা কত পুরোনো, দেখান।
cli-cmd-revocation = প্রদানকারীরা যে সনদগুলো ফিরিয়ে নিয়েছে তার তালিকা।
cli-cmd-revocation-import = কোনো প্রদানকারীর ফিরিয়ে নেওয়া সনদের স্বাক্ষরিত তালিকা যোগ করুন।
cli-cmd-verify = Carnet-এর QR কোড যাচাই করুন: প্রতিটি দক্ষতায় কে স্বাক্ষর করেছে, আর সেটি এখনও বৈধ কিনা।

## Help: what to give

cli-arg-issuer-name = আপনার নাম বা আপনার প্রতিষ্ঠানের নাম, মানুষ যেভাবে দেখবে।
cli-arg-issuer-country = আপনার দেশ, দুই অক্ষরে, যেমন KE বা PT।
cli-arg-issuer-kind = আপনি কী: trainer, employer, centre, college বা colleague।
cli-arg-revoke-index = যে সনদ ফিরিয়ে নেবেন তার নম্বর।
cli-arg-cred-out = যে ফাইল লেখা হবে।
cli-arg-endorse-request = ব্যক্তিটি যে অনুরোধ দিয়েছেন: ফাইল (request.cbor), এর QR কোডের ছবি (PNG বা JPEG), বা CNR1: দিয়ে শুরু হওয়া লেখার একটি ফাইল
cli-arg-endorse-text = অনুরোধের লেখা, CNR1: দিয়ে শুরু, ব্যক্তিটি মেসেজে পাঠিয়ে থাকলে। ফাইলের বদলে।
cli-arg-endorse-assessed-by = আপনি দক্ষতা কীভাবে যাচাই করেছেন: observation, test, document বা interview।
cli-arg-endorse-expires = সনদ বৈধ থাকার শেষ দিন, যেমন 2027-05-14। এটি ছাড়া মেয়াদ শেষ হয় না।
cli-arg-endorse-valid-days = আজ থেকে কত দিন সনদ বৈধ থাকবে।
cli-arg-anchor-name = আস্থার ভিত্তির নাম, মানুষ যেভাবে দেখবে।
cli-arg-anchor-key = আস্থার ভিত্তির পাবলিক চাবি: 64টি অক্ষর ও অঙ্ক।
cli-arg-bundle-issuer = প্রদানকারীর ফাইল, carnet issuer show --json থেকে। প্রতিটি প্রদানকারীর জন্য একবার দিন।
cli-arg-trust-file = আস্থার তালিকার ফাইল (.cbor)।
cli-arg-status-file = প্রদানকারীর তালিকার ফাইল (.cbor)।
cli-arg-verify-image = QR কোডের ছবি: PNG, JPEG বা WebP।
cli-arg-verify-text = QR কোডের লেখা, CN1: দিয়ে শুরু
cli-arg-verify-nonce = যে নম্বর আপনি ব্যক্তিটিকে কোডে রাখতে বলেছেন (hex)।
cli-arg-verify-audience = যে নাম আপনি ব্যক্তিটিকে কোডে রাখতে বলেছেন।

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = { $name }-এর জন্য আপনার প্রদানকারীর চাবি তৈরি। আপনার পাসফ্রেজ নিরাপদে রাখুন: এটি ছাড়া আপনি স্বাক্ষর করতে পারবেন না।
issuer-label-name = নাম:
issuer-label-country = দেশ:
issuer-label-kind = ধরন:
issuer-label-public-key = পাবলিক চাবি:
issuer-label-kid = চাবির চিহ্ন:
issuer-label-issued = দেওয়া নম্বর:
issuer-label-revoked = ফিরিয়ে নেওয়া:
issuer-revoked = সনদ নম্বর { $index } ফিরিয়ে নেওয়া হয়েছে।
issuer-already-revoked = সনদ নম্বর { $index } আগেই ফিরিয়ে নেওয়া হয়েছিল।
issuer-revoked-next-step = যাচাইকারীরা এটি শুধু আপনার পরের তালিকা থেকে জানবেন: carnet issuer status-list --out list.cbor দিয়ে লিখুন, তারপর ফাইলটি তাদের দিন।
issuer-status-list-written = { $count ->
    [one] তালিকাটি { $path }-এ আছে। এতে 1টি ফিরিয়ে নেওয়া সনদ আছে।
   *[other] তালিকাটি { $path }-এ আছে। এতে { $count }টি ফিরিয়ে নেওয়া সনদ আছে।
}

endorse-intro = { $count ->
    [one] আপনি চাবি { $holder } থাকা ব্যক্তির জন্য 1টি এন্ট্রিতে স্বাক্ষর করতে যাচ্ছেন:
   *[other] আপনি চাবি { $holder } থাকা ব্যক্তির জন্য { $count }টি এন্ট্রিতে স্বাক্ষর করতে যাচ্ছেন:
}
endorse-entry = { $title } ({ $kind }, স্তর { $level }, { $dates })
endorse-untitled = (শিরোনাম নেই)
endorse-how-observation = আপনি বলছেন আপনি তাদের এটি করতে দেখেছেন।
endorse-how-test = আপনি বলছেন তারা একটি পরীক্ষায় পাস করেছেন।
endorse-how-document = আপনি বলছেন আপনি একটি কাগজপত্র যাচাই করেছেন।
endorse-how-interview = আপনি বলছেন আপনি সাক্ষাৎকারে এটি যাচাই করেছেন।
endorse-expires-on = এটি { $date } পর্যন্ত বৈধ।
endorse-no-expiry = এর মেয়াদ শেষ হয় না।
endorse-written = { $count ->
    [one] স্বাক্ষর হয়েছে। { $path } ব্যক্তিটিকে ফেরত দিন। এর নম্বর { $first }।
   *[other] স্বাক্ষর হয়েছে। { $path } ব্যক্তিটিকে ফেরত দিন। এগুলোর নম্বর { $first } থেকে { $last }।
}

trust-anchor-added = এখন আপনি { $name }-এর স্বাক্ষর করা তালিকায় আস্থা রাখেন (চাবির চিহ্ন { $kid })।
trust-bundle-written = { $count ->
    [one] 1 জন প্রদানকারীর স্বাক্ষরিত তালিকা { $path }-এ আছে।
   *[other] { $count } জন প্রদানকারীর স্বাক্ষরিত তালিকা { $path }-এ আছে।
}
trust-imported = { $count ->
    [one] 1 জন প্রদানকারীর আস্থার তালিকা যোগ হয়েছে, { $date }-এ তৈরি।
   *[other] { $count } জন প্রদানকারীর আস্থার তালিকা যোগ হয়েছে, { $date }-এ তৈরি।
}
trust-list-empty = আপনি এখনও কোনো প্রদানকারীর ওপর আস্থা রাখেন না। carnet trust import দিয়ে আস্থার তালিকা যোগ করুন।
trust-list-bundle = { $days ->
    [0] { $anchor }-এর আস্থার তালিকা, আজ তৈরি ({ $date }):
    [one] { $anchor }-এর আস্থার তালিকা, 1 দিন আগে তৈরি ({ $date }):
   *[other] { $anchor }-এর আস্থার তালিকা, { $days } দিন আগে তৈরি ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, চাবির চিহ্ন { $kid }
revocation-imported = { $count ->
    [one] { $name }-এর তালিকা যোগ হয়েছে, { $date }-এ তৈরি: 1টি সনদ ফিরিয়ে নেওয়া।
   *[other] { $name }-এর তালিকা যোগ হয়েছে, { $date }-এ তৈরি: { $count }টি সনদ ফিরিয়ে নেওয়া।
}

## Errors of these commands

error-issuer-exists = এই ফোল্ডারে আগে থেকেই প্রদানকারীর চাবি আছে। কিছুই বদলায়নি।
error-no-issuer = এই ফোল্ডারে এখনও প্রদানকারীর চাবি নেই। carnet issuer init দিয়ে বানান।
error-issuer-damaged = এই ফোল্ডারের প্রদানকারীর চাবি নষ্ট বা এর তথ্যের সাথে মেলে না। ব্যাকআপ থেকে কপি ফিরিয়ে রাখুন।
error-anchor-exists = এই ফোল্ডারে আগে থেকেই আস্থার ভিত্তির চাবি আছে। কিছুই বদলায়নি।
error-no-anchor = এই ফোল্ডারে এখনও আস্থার ভিত্তির চাবি নেই। carnet trust anchor init দিয়ে বানান।
error-anchor-damaged = এই ফোল্ডারের আস্থার ভিত্তির চাবি নষ্ট বা এর তথ্যের সাথে মেলে না। ব্যাকআপ থেকে কপি ফিরিয়ে রাখুন।
error-identity-too-new = এই চাবি Carnet-এর নতুন সংস্করণে তৈরি। ব্যবহার করতে Carnet হালনাগাদ করুন।
error-storage-file = Carnet { $path } লিখতে বা পড়তে পারেনি। জায়গা আছে আর সেখানে লেখার অনুমতি আছে কিনা দেখুন। (সাহায্যকারীর জন্য: { $reason })
error-file-too-big = { $path } Carnet ফাইল হওয়ার জন্য অনেক বেশি বড়।
error-issuer-kind = «{ $value }» প্রদানকারীর কোনো ধরন নয়। trainer, employer, centre, college বা colleague লিখুন।
error-assessed-by = «{ $value }» যাচাইয়ের কোনো উপায় নয়। observation, test, document বা interview লিখুন।
error-expires-date = «{ $value }» কোনো দিন নয়। বছর-মাস-দিন আকারে লিখুন, যেমন 2027-05-14।
error-expires-past = শেষ দিন আজকের পরে হতে হবে।
error-issuer-indexes-used-up = এই প্রদানকারীর চাবি তার সব নম্বর দিয়ে ফেলেছে। নতুন প্রদানকারীর চাবি বানান।
error-revoke-not-issued = আপনি নম্বর { $index }-এর কোনো সনদে স্বাক্ষর করেননি। আপনার নম্বরগুলো 0 থেকে { $next }-এর কম পর্যন্ত।
error-anchor-name = নাম 1 থেকে 100 অক্ষরের হতে হবে।
error-anchor-known = আপনি আগে থেকেই এই আস্থার ভিত্তির ওপর আস্থা রাখেন (চাবির চিহ্ন { $kid })।
error-issuer-file = { $path } প্রদানকারীর ফাইল নয়। প্রদানকারীর কাছে carnet issuer show --json-এর ফলাফল চান।
error-trust-bundle-not-newer = আপনার কাছে এই আস্থার তালিকা বা একই ভিত্তির নতুনটি আগে থেকেই আছে। কিছুই বদলায়নি।
error-status-list-not-newer = এই প্রদানকারীর নতুন তালিকা আপনার কাছে আগে থেকেই আছে। কিছুই বদলায়নি।
error-status-list-issuer-unknown = এই তালিকা এমন প্রদানকারীর, যার ওপর আপনি এখনও আস্থা রাখেন না (চাবির চিহ্ন { $kid })। আগে যে আস্থার তালিকায় এর নাম আছে সেটি ইমপোর্ট করুন।
error-verifier-damaged = আপনার সংরক্ষিত আস্থার তালিকা নষ্ট বা বদলানো হয়েছে। আবার ইমপোর্ট করুন।
error-verify-nonce = «{ $value }» hex-এ কোনো নম্বর নয়, যেমন 3fa9।
error-verify-got-request = এটি কারও এন্ট্রি নিশ্চিত করার অনুরোধ (এর লেখা CNR1: দিয়ে শুরু), দক্ষতা দেখানোর কোড নয়। কিছুই যাচাই হয়নি। নিশ্চিতকারী এভাবে এতে স্বাক্ষর করেন: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = এটি কারও দক্ষতা দেখানোর কোড (এর লেখা CN1: দিয়ে শুরু), সেগুলো নিশ্চিত করার অনুরোধ নয়। কিছুই স্বাক্ষর হয়নি। যাচাই করতে লিখুন: carnet verify PICTURE, বা carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = আস্থার তালিকাটি নষ্ট বা আস্থার তালিকা নয়।
error-trust-bundle-wrong-file = এটি Carnet-এর অন্য ধরনের ফাইল, আস্থার তালিকা নয়।
error-trust-bundle-newer-version = এই আস্থার তালিকা Carnet-এর নতুন সংস্করণে তৈরি। পড়তে Carnet হালনাগাদ করুন।
error-trust-bundle-unknown-anchor = এই আস্থার তালিকায় এমন ভিত্তির স্বাক্ষর আছে যার ওপর আপনি আস্থা রাখেন না (চাবির চিহ্ন { $kid })। চিনলে আগে carnet trust anchor add দিয়ে যোগ করুন।
error-trust-bundle-bad-signature = এই আস্থার তালিকার স্বাক্ষর মেলে না। ফাইলটি বদলানো বা নষ্ট।
error-trust-bundle-invalid = আস্থার তালিকার একটি মান ব্যবহার করা যায় না ({ $field })।
error-trust-bundle-too-large = আস্থার তালিকাটি খুব বড়।
error-status-list-malformed = তালিকাটি নষ্ট বা ফিরিয়ে নেওয়া সনদের তালিকা নয়।
error-status-list-wrong-file = এটি Carnet-এর অন্য ধরনের ফাইল, ফিরিয়ে নেওয়া সনদের তালিকা নয়।
error-status-list-newer-version = এই তালিকা Carnet-এর নতুন সংস্করণে তৈরি। পড়তে Carnet হালনাগাদ করুন।
error-status-list-wrong-issuer = এই তালিকা অন্য প্রদানকারীর ({ $found }, { $expected } নয়)।
error-status-list-bad-signature = এই তালিকার স্বাক্ষর মেলে না। ফাইলটি বদলানো বা নষ্ট।
error-status-list-invalid = তালিকার একটি মান ব্যবহার করা যায় না ({ $field })।
error-status-list-too-large = তালিকাটি খুব বড়।
