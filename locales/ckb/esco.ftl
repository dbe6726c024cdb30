# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = ئەم خزمەتگوزارییە پۆلێنکردنی ESCOی کۆمیسیۆنی ئەوروپا بەکاردەهێنێت.
esco-attribution-version = { esco-attribution } ESCO v{ $version }، گونجێنراو: بەشێکی گۆڕدراو بۆ بەکارهێنان بێ ئینتەرنێت.

## Help

cli-cmd-esco = بەدوای کارامەیی و پیشەکاندا بگەڕێ لە ESCO، لیستی ئەوروپیی کارامەیی و پیشەکان، بێ ئینتەرنێت.
cli-cmd-esco-search = کارامەیی و پیشەکانی ESCO بە ناوەکانیان بدۆزەرەوە، بە زمانی خۆت یان بە ئینگلیزی. هەڵەی بچووکی نووسین قبووڵ دەکرێن.
cli-cmd-match = تۆمارەکەت لەگەڵ پیشەیەک بەراورد بکە: کام لە کارامەییەکانیت هەیە، و کامیانت هێشتا نییە.
cli-arg-esco-text = ئەو وشانەی بەدوایاندا دەگەڕێیت، بۆ نموونە "welding" یان "carpenter".
cli-arg-esco-kind = تەنها skill (کارامەیی) یان تەنها occupation (پیشە).
cli-arg-esco-limit = زۆرترین ژمارەی ئەنجام بۆ پیشاندان. بنەڕەت 10ە.
cli-arg-esco-taxonomy = ئەو فایلی داتای ESCOیەی بەکاردەهێنرێت لەبری ئەوەی لەگەڵ Carnet دێت.
cli-arg-match-occupation = پیشەی ESCO: ناونیشانەکەی (http://data.europa.eu/esco/occupation/…) یان کۆدەکەی کۆتاییەکەی.
cli-arg-match-rank = لەبری ئەوە، ئەو 10 پیشەیە پیشان بدە کە تۆمارەکەت باشترین کارامەییە سەرەکییەکانیان دەگرێتەوە.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = پیشان بدە کام لە بابەتەکانت لە قۆناغێکی گەشتەکەتدا گرنگن، و بۆچی. بۆ recruitment، دەتوانیت ناوی ئەو کارە بهێنیت کە داوای دەکەیت.
cli-arg-stage-view-stage = قۆناغەکە: recruitment، pre-departure، arrival، career یان return.
cli-arg-stage-view-occupation = بۆ recruitment: ئەو کارەی داوای دەکەیت، وەک ناونیشانی ESCOی (http://data.europa.eu/esco/occupation/…) یان کۆدەکەی کۆتاییەکەی.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = کارامەیی
esco-kind-occupation = پیشە
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = هیچ کارامەیی یان پیشەیەکی ESCO لەگەڵ «{ $text }» ناگونجێت.
esco-match-summary = { $total ->
    [0] ئەم پیشەیە لە ESCO هیچ کارامەییەکی سەرەکیی نییە.
   *[other] تۆمارەکەت { $covered } لە { $total } کارامەیی سەرەکیی ئەم پیشەیە دەگرێتەوە.
}
esco-match-essential = کارامەیی سەرەکییەکان:
esco-match-optional = کارامەیی هەڵبژاردەییەکان:
esco-coverage-endorsed = پشتڕاستکراو
esco-coverage-self-declared = خۆت وتووتە
esco-coverage-missing = نییە
esco-match-maybe = لەوانەیە بابەتەکەت «{ $title }» ({ $id })؟
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = هێشتا هیچ بابەتێکت کارامەیی ESCOی نییە. بە carnet add skill --title … --esco ADDRESS یەکێک زیاد بکە (ناونیشانەکە بە carnet esco search بدۆزەرەوە).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] بۆ { $stage }، ئەم بابەتە گرنگە:
   *[other] بۆ { $stage }، ئەم { $count } بابەتە گرنگن:
}
stage-view-none = هێشتا هیچ بابەتێکت بۆ { $stage } گرنگ نییە. بابەتەکان بەم قۆناغە نیشان بکە: carnet edit ID --set stages={ $stage }
stage-view-present = بۆ پیشاندانیان وەک کۆدی QR: { $command }
stage-why-target-essential = کارامەییەکی سەرەکی بۆ ئەم کارە
stage-why-target-optional = بەسوودە بۆ ئەم کارە
stage-why-target-maybe = لەوانەیە لەگەڵ کارامەییەکی ئەم کارە بگونجێت
stage-why-marked = تۆ بۆ ئەم قۆناغە نیشانت کردووە
stage-why-abroad = لە دەرەوەی وڵات فێربوویت یان کردووتە
stage-why-endorsed = واژۆکراو
stage-why-qualification = بڕوانامە یان بەڵگەنامە
stage-why-language = زمانێک
stage-why-experience = کارێک کە کردووتە
stage-why-learning = خولێک
stage-why-skill = کارامەییەک
