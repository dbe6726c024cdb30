# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = মানক নাম খুঁজুন (ESCO)
app-esco-find-hint = কয়েকটি অক্ষর লিখুন, যেমন «ওয়েল্ড»
app-esco-why = অন্য দেশের নিয়োগকর্তারা এই নামগুলো চেনেন। আপনার কাজের সবচেয়ে কাছেরটি বেছে নিন।
app-esco-none = কোনো মানক নাম পাওয়া যায়নি। অন্য শব্দ, বা ছোট শব্দ চেষ্টা করুন।
app-esco-english = ইংরেজিতে: { $english }
app-esco-linked = মানক নাম
app-esco-unlink = সরান
app-esco-choose = বেছে নিন
app-esco-searching = খোঁজা হচ্ছে…
app-esco-kind-skill = দক্ষতা
app-esco-kind-occupation = চাকরি

## Comparing with a job

app-match = আমার জন্য চাকরি
app-match-title = আমার জন্য চাকরি
app-match-intro = একটি চাকরি বেছে নিন আর দেখুন আপনার লগবুক এর কোন দক্ষতাগুলো দেখায়, আর কোনগুলো নেই।
app-match-find = চাকরি খুঁজুন
app-match-chosen = আপনার বেছে নেওয়া চাকরি
app-match-find-hint = যেমন «রাঁধুনি» বা «ওয়েল্ডার»
app-match-fit = আমার লগবুকের সাথে মেলে এমন চাকরি
app-match-fit-none = আপনার কোনো এন্ট্রির এখনও মানক নাম নেই। আগে একটি এন্ট্রিতে যোগ করুন: বদলান, তারপর «মানক নাম খুঁজুন»।
app-match-fit-line = { $total }টির মধ্যে { $covered }টি প্রধান দক্ষতা ({ $percent }%)
app-match-summary = { $total ->
    [0] ESCO-তে এই চাকরির কোনো প্রধান দক্ষতা নেই।
   *[other] আপনার লগবুক এর { $total }টি প্রধান দক্ষতার মধ্যে { $covered }টি দেখায়।
}
app-match-essential = প্রধান দক্ষতা
app-match-optional = অন্যান্য কাজের দক্ষতা
app-match-endorsed = স্বাক্ষরিত
app-match-self-declared = আপনি নিজে বলেছেন
app-match-missing = নেই
app-match-maybe = এটা কি আপনার এন্ট্রি «{ $title }»?
app-match-link = হ্যাঁ, যুক্ত করুন
app-match-other-job = অন্য চাকরি

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = এই ধাপের জন্য বেছে নিন
app-stage-template-hint = এই ধাপে যা গুরুত্বপূর্ণ Carnet তাতে টিক দেয়। আপনি এটি বদলাতে পারেন।
app-stage-target = যে চাকরির জন্য আবেদন করছেন (এটি বাদ দিতে পারেন)
