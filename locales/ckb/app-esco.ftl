# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = ناوی ستاندارد بدۆزەرەوە (ESCO)
app-esco-find-hint = چەند پیتێک بنووسە، بۆ نموونە «لەحیم»
app-esco-why = خاوەنکارانی وڵاتانی تر ئەم ناوانە دەناسن. ئەوەیان هەڵبژێرە کە لە کارەکەت نزیکترە.
app-esco-none = هیچ ناوێکی ستاندارد نەدۆزرایەوە. وشەی تر، یان وشەیەکی کورتتر تاقی بکەرەوە.
app-esco-english = بە ئینگلیزی: { $english }
app-esco-linked = ناوی ستاندارد
app-esco-unlink = لابردن
app-esco-choose = هەڵبژاردن
app-esco-searching = گەڕان…
app-esco-kind-skill = کارامەیی
app-esco-kind-occupation = کار

## Comparing with a job

app-match = کار بۆ من
app-match-title = کار بۆ من
app-match-intro = کارێک هەڵبژێرە بۆ ئەوەی ببینیت کام لە کارامەییەکانی لە تۆمارەکەتدا هەیە، و کامیان نییە.
app-match-find = کارێک بدۆزەرەوە
app-match-chosen = ئەو کارەی هەڵتبژارد
app-match-find-hint = بۆ نموونە «چێشتلێنەر» یان «لەحیمکەر»
app-match-fit = ئەو کارانەی لەگەڵ تۆمارەکەم دەگونجێن
app-match-fit-none = هێشتا هیچ بابەتێکت ناوی ستانداردی نییە. سەرەتا یەکێک بۆ بابەتێک زیاد بکە: گۆڕین، پاشان «ناوی ستاندارد بدۆزەرەوە».
app-match-fit-line = { $covered } لە { $total } کارامەیی سەرەکی ({ $percent }%)
app-match-summary = { $total ->
    [0] ئەم کارە لە ESCO هیچ کارامەییەکی سەرەکیی نییە.
   *[other] تۆمارەکەت { $covered } لە { $total } کارامەیی سەرەکیی ئەم کارە پیشان دەدات.
}
app-match-essential = کارامەیی سەرەکییەکان
app-match-optional = کارامەیی بەسوودی تر
app-match-endorsed = واژۆکراو
app-match-self-declared = خۆت وتووتە
app-match-missing = نییە
app-match-maybe = ئایا ئەمە بابەتەکەی تۆیە «{ $title }»؟
app-match-link = بەڵێ، بیبەستەوە
app-match-other-job = کارێکی تر

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = بۆ ئەم قۆناغە هەڵبژێرە
app-stage-template-hint = Carnet ئەوانە نیشان دەکات کە لەم قۆناغەدا گرنگن. دەتوانیت بیگۆڕیت.
app-stage-target = ئەو کارەی داوای دەکەیت (دەتوانیت تێی بپەڕیت)
