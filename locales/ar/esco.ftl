# Review status: machine-drafted, needs review by a native speaker.
# The ESCO skills and occupations taxonomy, offline: `carnet esco search`, `carnet match`, `carnet stage-view`.

# Required by ESCO's licence: a faithful translation.
esco-attribution = تستعمل هذه الخدمة تصنيف ESCO الخاص بالمفوضية الأوروبية.
esco-attribution-version = { esco-attribution } ESCO v{ $version }، بعد التعديل: جزء منه حُوِّل للاستعمال بدون إنترنت.

## Help

cli-cmd-esco = ابحث عن المهارات والوظائف في ESCO، القائمة الأوروبية للمهارات والوظائف، بدون إنترنت.
cli-cmd-esco-search = ابحث عن مهارات ووظائف ESCO بأسمائها، بلغتك أو بالإنجليزية. الأخطاء الصغيرة في الكتابة مقبولة.
cli-cmd-match = قارن سجلّك بوظيفة: أي مهاراتها عندك، وأيها ليست عندك بعد.
cli-arg-esco-text = الكلمات التي تبحث عنها، مثلًا "لحام" أو "نجار".
cli-arg-esco-kind = skill (مهارة) فقط أو occupation (وظيفة) فقط.
cli-arg-esco-limit = أكبر عدد من النتائج يظهر. العدد المعتاد 10.
cli-arg-esco-taxonomy = ملف بيانات ESCO الذي يُستعمل بدلًا من الملف الذي يأتي مع Carnet.
cli-arg-match-occupation = الوظيفة في ESCO: عنوانها (http://data.europa.eu/esco/occupation/…) أو الرمز الذي في آخره.
cli-arg-match-rank = بدلًا من ذلك، أظهر الوظائف الـ10 التي يغطي سجلّك مهاراتها الأساسية أكثر من غيرها.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = أظهر أي بنودك يهم في مرحلة واحدة من رحلتك، ولماذا. لمرحلة التوظيف، يمكنك ذكر الوظيفة التي تتقدم لها.
cli-arg-stage-view-stage = المرحلة: recruitment أو pre-departure أو arrival أو career أو return.
cli-arg-stage-view-occupation = لمرحلة التوظيف: الوظيفة التي تتقدم لها، بعنوانها في ESCO (http://data.europa.eu/esco/occupation/…) أو الرمز الذي في آخره.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = مهارة
esco-kind-occupation = وظيفة
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = لا توجد مهارة أو وظيفة في ESCO تطابق «{ $text }».
esco-match-summary = { $total ->
    [0] ليست لهذه الوظيفة مهارات أساسية في ESCO.
   *[other] يغطي سجلّك { $covered } من مهاراتها الأساسية الـ{ $total }.
}
esco-match-essential = المهارات الأساسية:
esco-match-optional = مهارات اختيارية:
esco-coverage-endorsed = موقَّعة
esco-coverage-self-declared = بقولك أنت
esco-coverage-missing = ناقصة
esco-match-maybe = ربما بندك «{ $title }» ({ $id })؟
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = لا يوجد بعد أي بند من بنودك له مهارة في ESCO. أضف واحدة بالأمر carnet add skill --title … --esco ADDRESS (ابحث عن العنوان بالأمر carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] لمرحلة { $stage }، هذا البند مهم:
    [two] لمرحلة { $stage }، هذان البندان مهمان:
    [few] لمرحلة { $stage }، هذه البنود الـ{ $count } مهمة:
   *[other] لمرحلة { $stage }، هذه البنود مهمة، وعددها { $count }:
}
stage-view-none = لا يوجد بعد أي بند من بنودك مهم لمرحلة { $stage }. ضع هذه المرحلة على البنود: carnet edit ID --set stages={ $stage }
stage-view-present = لإظهارها برمز QR: { $command }
stage-why-target-essential = مهارة أساسية لهذه الوظيفة
stage-why-target-optional = مفيد لهذه الوظيفة
stage-why-target-maybe = قد يطابق مهارة لهذه الوظيفة
stage-why-marked = أنت اخترته لهذه المرحلة
stage-why-abroad = تعلمته أو فعلته في الخارج
stage-why-endorsed = موقَّع
stage-why-qualification = شهادة أو إفادة
stage-why-language = لغة
stage-why-experience = عمل قمت به
stage-why-learning = دورة
stage-why-skill = مهارة
