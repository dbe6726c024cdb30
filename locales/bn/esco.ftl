# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = এই সেবা ইউরোপীয় কমিশনের ESCO শ্রেণিবিন্যাস ব্যবহার করে।
esco-attribution-version = { esco-attribution } ESCO v{ $version }, পরিবর্তিত: ইন্টারনেট ছাড়া ব্যবহারের জন্য রূপান্তরিত একটি অংশ।

## Help

cli-cmd-esco = ESCO-তে দক্ষতা আর পেশা দেখুন, দক্ষতা ও পেশার ইউরোপীয় তালিকা, ইন্টারনেট ছাড়া।
cli-cmd-esco-search = ESCO-এর দক্ষতা আর পেশা নাম দিয়ে খুঁজুন, আপনার ভাষায় বা ইংরেজিতে। টাইপের ছোট ভুল মেনে নেওয়া হয়।
cli-cmd-match = আপনার লগবুক একটি পেশার সাথে মিলিয়ে দেখুন: এর কোন দক্ষতাগুলো আপনার আছে, আর কোনগুলো এখনও নেই।
cli-arg-esco-text = খোঁজার শব্দ, যেমন "welding" বা "carpenter"।
cli-arg-esco-kind = শুধু দক্ষতা বা শুধু পেশা।
cli-arg-esco-limit = সর্বোচ্চ কতগুলো ফলাফল দেখাবে। সাধারণত 10।
cli-arg-esco-taxonomy = Carnet-এর সাথে আসা ফাইলের বদলে যে ESCO তথ্য ফাইল ব্যবহার করবেন।
cli-arg-match-occupation = ESCO পেশা: এর ঠিকানা (http://data.europa.eu/esco/occupation/…) বা এর শেষের কোড।
cli-arg-match-rank = বরং সেই 10টি পেশা দেখান যাদের প্রধান দক্ষতা আপনার লগবুক সবচেয়ে বেশি পূরণ করে।
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = আপনার যাত্রার কোনো ধাপে আপনার কোন এন্ট্রিগুলো গুরুত্বপূর্ণ, আর কেন, দেখান। নিয়োগের জন্য, যে চাকরিতে আবেদন করছেন তার নাম দিতে পারেন।
cli-arg-stage-view-stage = ধাপ: recruitment, pre-departure, arrival, career বা return।
cli-arg-stage-view-occupation = নিয়োগের জন্য: যে চাকরিতে আবেদন করছেন, এর ESCO ঠিকানা (http://data.europa.eu/esco/occupation/…) বা শেষের কোড হিসেবে।
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = দক্ষতা
esco-kind-occupation = পেশা
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = «{ $text }»-এর সাথে মেলে এমন কোনো ESCO দক্ষতা বা পেশা নেই।
esco-match-summary = { $total ->
    [0] ESCO-তে এই পেশার কোনো প্রধান দক্ষতা নেই।
   *[other] আপনার লগবুক এর { $total }টি প্রধান দক্ষতার মধ্যে { $covered }টি পূরণ করে।
}
esco-match-essential = প্রধান দক্ষতা:
esco-match-optional = অতিরিক্ত দক্ষতা:
esco-coverage-endorsed = স্বীকৃত
esco-coverage-self-declared = আপনি নিজে বলেছেন
esco-coverage-missing = নেই
esco-match-maybe = হয়তো আপনার এন্ট্রি «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = আপনার কোনো এন্ট্রিতে এখনও ESCO দক্ষতা নেই। এভাবে যোগ করুন: carnet add skill --title … --esco ADDRESS (ঠিকানা carnet esco search দিয়ে খুঁজুন)।

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage }-এর জন্য এই এন্ট্রিটি গুরুত্বপূর্ণ:
   *[other] { $stage }-এর জন্য এই { $count }টি এন্ট্রি গুরুত্বপূর্ণ:
}
stage-view-none = আপনার কোনো এন্ট্রি এখনও { $stage }-এর জন্য গুরুত্বপূর্ণ নয়। এন্ট্রিতে এই ধাপ চিহ্নিত করুন: carnet edit ID --set stages={ $stage }
stage-view-present = এগুলো QR কোড হিসেবে দেখাতে: { $command }
stage-why-target-essential = এই চাকরির একটি প্রধান দক্ষতা
stage-why-target-optional = এই চাকরির জন্য কাজের
stage-why-target-maybe = এই চাকরির কোনো দক্ষতার সাথে মিলতে পারে
stage-why-marked = আপনি এটি এই ধাপের জন্য চিহ্নিত করেছেন
stage-why-abroad = বিদেশে শেখা বা করা
stage-why-endorsed = স্বাক্ষরিত
stage-why-qualification = একটি ডিপ্লোমা বা সনদ
stage-why-language = একটি ভাষা
stage-why-experience = আপনার করা কাজ
stage-why-learning = একটি কোর্স
stage-why-skill = একটি দক্ষতা
