# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] এই অনুরোধটি নষ্ট, বা Carnet-এর অনুরোধ নয়। আবার চান।
        [credential] এই সনদ ফাইলটি নষ্ট, বা Carnet-এর সনদ নয়। যিনি আপনার এন্ট্রি নিশ্চিত করেছেন তাকে আবার পাঠাতে বলুন।
       *[other] এটি নষ্ট, বা Carnet-এর ফাইল নয়।
    }
error-credential-wrong-file = { $expected ->
        [request] এটি Carnet-এর অনুরোধ নয়: এটি Carnet-এর অন্য ধরনের ফাইল। অনুরোধ তৈরি হয় carnet request দিয়ে।
        [credential] এটি Carnet-এর সনদ নয়: এটি Carnet-এর অন্য ধরনের ফাইল। নিশ্চিতকারী যে ফাইল দিয়েছেন সেটিই বেছেছেন কিনা দেখুন।
       *[other] এটি Carnet-এর অন্য ধরনের ফাইল। সঠিক ফাইল বেছেছেন কিনা দেখুন।
    }
error-credential-newer-version = { $what ->
        [request] এই অনুরোধ Carnet-এর নতুন সংস্করণে তৈরি।
        [credential] এই সনদ Carnet-এর নতুন সংস্করণে তৈরি।
        [text] এই কোড Carnet-এর নতুন সংস্করণে তৈরি।
       *[other] এটি Carnet-এর নতুন সংস্করণে তৈরি।
    } Carnet হালনাগাদ করুন, তারপর আবার চেষ্টা করুন।
error-credential-invalid-field = একটি মান ব্যবহার করা যায় না ({ $field }): এটি খুব লম্বা বা সঠিক আকারে নেই। কিছুই লেখা হয়নি।
error-credential-entry-count = একটি অনুরোধে 1 থেকে { $max }টি এন্ট্রি থাকে, { $found }টি নয়। আরও নিশ্চিত করাতে দুটি অনুরোধ বানান।
error-credential-invalid-key = এটি সঠিক পাবলিক চাবি নয়। পুরোটা কপি হয়েছে কিনা দেখুন।
error-credential-bad-signature = এই সনদের স্বাক্ষর মেলে না: স্বাক্ষরের পরে এটি বদলানো বা নষ্ট হয়েছে। কিছুই রাখা হয়নি। আবার ফাইলটি চান।
error-credential-not-yours = এই সনদ অন্য কারও লগবুকের জন্য তৈরি, আপনার নয়। কিছুই রাখা হয়নি। নিশ্চিত হন যে আপনি নিজের ফাইল পেয়েছেন।
error-credential-no-such-entry = এই সনদে এন্ট্রি { $index } নেই।
error-credential-duplicate-entry = এন্ট্রি { $index } দুবার বেছে নেওয়া হয়েছে।
error-credential-wrong-prefix = এই লেখাটি Carnet কোড নয়: এটি CN1: (যাচাইয়ের দক্ষতা) বা CNR1: (নিশ্চিত করার অনুরোধ) দিয়ে শুরু হয় না।
error-credential-base45 = লেখায় এমন অক্ষর আছে যা Carnet কোডে থাকতে পারে না। হয়তো কাটা পড়েছে বা ভুল লেখা হয়েছে।
error-credential-zlib = কোডটি কাটা বা নষ্ট।
error-credential-too-large = কোডটি Carnet কোড হওয়ার জন্য অনেক বেশি বড়।

## QR codes

error-qr-not-alphanumeric = লেখায় এমন অক্ষর আছে যা Carnet-এর QR কোড রাখতে পারে না। এটি Carnet-এর ত্রুটি; অনুগ্রহ করে জানান।
error-qr-too-large = এটি একটি QR কোডের জন্য খুব বেশি: { $chars }টি অক্ষর, অথচ ফোন ভালোভাবে পড়তে পারে এমন QR কোড (সংস্করণ { $version }, স্তর { $ec }) রাখে { $capacity }টি। কিছুই লেখা হয়নি। { $what ->
        [request] একবারে কম এন্ট্রি চান, বা অনুরোধটি .cbor দিয়ে শেষ হওয়া ফাইলে লিখুন।
       *[other] কম এন্ট্রি বেছে নিন, বা --fields দিয়ে কম অংশ দেখান।
    }
error-qr-bad-version = QR কোডের এই আকার হয় না।
error-qr-bad-module-size = বিন্দুর এই আকার সম্ভব নয়।
error-qr-not-an-image = ফাইলটি এমন ছবি নয় যা Carnet পড়তে পারে। PNG, JPEG বা WebP ব্যবহার করুন।
error-qr-image-too-large = ছবিটি খুব বড় ({ $width } × { $height } পিক্সেল)। ছোট করে আবার চেষ্টা করুন।
error-qr-not-found = ছবিতে কোনো QR কোড পড়া যায়নি। পুরো কোডটি রেখে, কাছ থেকে পরিষ্কার ছবি তুলুন।
error-qr-render-failed = QR ছবি তৈরি করা যায়নি। এটি Carnet-এর ত্রুটি; অনুগ্রহ করে জানান।
