# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = একজন প্রশিক্ষক
issuer-kind-employer = একজন নিয়োগকর্তা
issuer-kind-centre = একটি কেন্দ্র
issuer-kind-college = একটি কলেজ
issuer-kind-colleague = একজন সহকর্মী

## verify: verdicts, one per code

verdict-valid = বৈধ: আপনার আস্থার প্রদানকারীর স্বাক্ষর, এখনও চালু, ফিরিয়ে নেওয়া হয়নি।
verdict-self-declared = শুধু ব্যক্তিটির বলা: কেউ স্বাক্ষর করেনি।
verdict-unknown-issuer = স্বাক্ষরিত, কিন্তু আপনার আস্থার কোনো প্রদানকারীর নয়।
verdict-expired = মেয়াদ শেষ।
verdict-revoked = যে প্রদানকারী স্বাক্ষর করেছিলেন তিনি ফিরিয়ে নিয়েছেন।
verdict-tampered = বদলানো বা নকল: এর ওপর ভরসা করবেন না।
verdict-malformed = এটি পড়ার মতো Carnet কোড নয়।

## verify: reasons, one per code

reason-wrong-prefix = লেখাটি CN1: দিয়ে শুরু হয় না, তাই এটি Carnet কোড নয়।
reason-bad-base45 = লেখায় এমন অক্ষর আছে যা Carnet কোডে থাকতে পারে না। হয়তো কাটা পড়েছে বা ভুল লেখা হয়েছে।
reason-bad-zlib = কোডটি কাটা বা নষ্ট।
reason-too-large = কোডটি Carnet কোড হওয়ার জন্য অনেক বেশি বড়।
reason-bad-cose = কোডটি নষ্ট বা Carnet কোড নয়।
reason-unsupported-header = কোডটি এমন স্বাক্ষর ব্যবহার করে যা Carnet চেনে না। Carnet-এর নতুন সংস্করণ হয়তো পড়তে পারবে।
reason-bad-payload = কোডের ভেতরের তথ্য নষ্ট।
reason-holder-signature-invalid = ব্যক্তিটির স্বাক্ষর মেলে না: কোডটি বদলানো হয়েছে।
reason-nonce-mismatch = কোডটি অন্য একটি অনুরোধের জন্য তৈরি (নম্বর { $found }, { $expected } নয়)। এটি কপি হতে পারে।
reason-audience-mismatch = কোডটি «{ $found }»-এর জন্য তৈরি, «{ $expected }»-এর জন্য নয়।
reason-presentation-expired = কোডটির নিজের মেয়াদ { $exp }-এ শেষ হয়েছে। ব্যক্তিটিকে নতুন একটি বানাতে বলুন।
reason-presentation-not-yet-valid = কোডটি বলছে এটি { $iat }-এ তৈরি, যা এখনও আসেনি। এই ডিভাইসের ঘড়ি দেখুন।
reason-endorsement-signature-invalid = প্রদানকারীর স্বাক্ষর মেলে না: দক্ষতাটি বদলানো হয়েছে।
reason-issuer-key-not-sent = প্রদানকারীকে শুধু { $kid } চিহ্ন দিয়ে দেখানো হয়েছে, আর আপনি এটি চেনেন না।
reason-endorsement-expired = দক্ষতার স্বাক্ষরের মেয়াদ { $exp }-এ শেষ হয়েছে।
reason-endorsement-not-yet-valid = দক্ষতাটি বলছে এতে { $iat }-এ স্বাক্ষর হয়েছে, যা এখনও আসেনি। এই ডিভাইসের ঘড়ি দেখুন।
reason-issuer-unknown = «{ $name }» (চাবির চিহ্ন { $kid }) আপনার আস্থার তালিকায় নেই। যে কেউ নিজেকে যেকোনো নাম দিতে পারে।
reason-issuer-not-trusted-at-issue = «{ $name }» (চাবির চিহ্ন { $kid }) যেদিন স্বাক্ষর করেছিল সেদিন এর নিশ্চয়তা দেওয়া ছিল না।
reason-issuer-trusted = প্রদানকারী আপনার আস্থার তালিকায় আছে (চাবির চিহ্ন { $kid })।
reason-issuer-claims-differ = আপনার আস্থার তালিকা বলছে এই প্রদানকারী { $country }-এ { $kind }; স্বাক্ষর অন্য কথা বলছে। আস্থার তালিকাকেই মানুন।
reason-revoked = প্রদানকারী সনদ নম্বর { $index } ফিরিয়ে নিয়েছেন।
reason-no-revocation-list = এই প্রদানকারী কী কী ফিরিয়ে নিয়েছে তার তালিকা আপনার কাছে নেই।
reason-self-declared = ব্যক্তিটি এটি বলছেন; কেউ স্বাক্ষর করেনি।

## verify: the rest of the report

verify-presentation = { $stage }-এর জন্য দেখানো, { $date }-এ তৈরি, চাবি { $kid } থাকা ব্যক্তির।
verify-audience = কার জন্য তৈরি: { $audience }
verify-stage-recruitment = নিয়োগ
verify-stage-pre-departure = যাওয়ার প্রস্তুতি
verify-stage-arrival = পৌঁছানো
verify-stage-career = কাজ ও প্রশিক্ষণ
verify-stage-return = দেশে ফেরা
verify-endorsed-by = { $name }-এর স্বাক্ষর, { $country }-এ { $kind }।
verify-endorsed-by-unchecked = নিজেকে «{ $name }» বলা কারও স্বাক্ষর, { $country }-এ { $kind } (যাচাই হয়নি; চাবির চিহ্ন { $kid })।
verify-colleague-note = এটি একজন সহকর্মীর কথা: ব্যক্তিটির পাশে কাজ করেছেন এমন কেউ, কোনো স্কুল বা নিয়োগকর্তা নয়।
verify-endorsed-on = { $date }-এ স্বাক্ষরিত; যাচাইয়ের উপায়: { $how }।{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } পর্যন্ত বৈধ।
}
verify-how-observation = কাজ করতে দেখে
verify-how-test = একটি পরীক্ষা
verify-how-document = একটি কাগজপত্র
verify-how-interview = একটি সাক্ষাৎকার
verify-hidden = { $count ->
    [one] ব্যক্তিটি 1টি তথ্য লুকিয়েছেন।
   *[other] ব্যক্তিটি { $count }টি তথ্য লুকিয়েছেন।
}
verify-trust-age = { $days ->
    [0] আজকের আস্থার তালিকা।
    [one] 1 দিন আগের আস্থার তালিকা ({ $date })।
   *[other] { $days } দিন আগের আস্থার তালিকা ({ $date })।
}
verify-newer-code = এই কোড Carnet-এর নতুন সংস্করণে তৈরি। যাচাই করতে Carnet হালনাগাদ করুন।
verify-status-age = { $days ->
    [0] ফিরিয়ে নেওয়া সনদের তালিকা: আজকের।
    [one] ফিরিয়ে নেওয়া সনদের তালিকা: 1 দিন আগের ({ $date })।
   *[other] ফিরিয়ে নেওয়া সনদের তালিকা: { $days } দিন আগের ({ $date })।
}
verify-field-kind = কী:
verify-field-title = শিরোনাম:
verify-field-esco = ESCO:
verify-field-entry-id = এন্ট্রি:
verify-field-level = স্তর:
verify-field-from = থেকে:
verify-field-to = পর্যন্ত:
verify-field-country = দেশ:
verify-field-context = কোথায় শিখেছেন:
verify-field-evidence = প্রমাণ (hash):
verify-field-eqf = EQF স্তর:
verify-entry-kind-skill = একটি দক্ষতা
verify-entry-kind-qualification = একটি ডিপ্লোমা বা যোগ্যতা
verify-entry-kind-experience = কাজের অভিজ্ঞতা
verify-entry-kind-language = একটি ভাষা
verify-entry-kind-learning = একটি কোর্স
verify-context-formal = স্কুল বা কলেজে
verify-context-non-formal = কোনো কোর্সে
verify-context-informal = কাজে বা নিজে নিজে
verify-esco-skill = দক্ষতা
verify-esco-occupation = পেশা
verify-esco-qualification = যোগ্যতা
