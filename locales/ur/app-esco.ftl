# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = معیاری نام تلاش کریں (ESCO)
app-esco-find-hint = چند حروف لکھیں، مثال کے طور پر «ویلڈ»
app-esco-why = دوسرے ملکوں میں آجر یہ نام جانتے ہیں۔ وہ چنیں جو آپ کے کام کے سب سے قریب ہو۔
app-esco-none = کوئی معیاری نام نہیں ملا۔ دوسرے الفاظ، یا چھوٹا لفظ آزمائیں۔
app-esco-english = انگریزی میں: { $english }
app-esco-linked = معیاری نام
app-esco-unlink = ہٹائیں
app-esco-choose = چنیں
app-esco-searching = تلاش ہو رہی ہے…
app-esco-kind-skill = مہارت
app-esco-kind-occupation = نوکری

## Comparing with a job

app-match = میرے لیے نوکریاں
app-match-title = میرے لیے نوکریاں
app-match-intro = ایک نوکری چنیں اور دیکھیں کہ آپ کی لاگ بک اس کی کون سی مہارتیں دکھاتی ہے، اور کون سی غائب ہیں۔
app-match-find = نوکری تلاش کریں
app-match-chosen = آپ کی چنی ہوئی نوکری
app-match-find-hint = مثال کے طور پر «باورچی» یا «ویلڈر»
app-match-fit = میری لاگ بک سے ملتی نوکریاں
app-match-fit-none = آپ کے کسی اندراج کا ابھی معیاری نام نہیں ہے۔ پہلے کسی اندراج میں شامل کریں: بدلیں، پھر «معیاری نام تلاش کریں»۔
app-match-fit-line = { $total } میں سے { $covered } اہم مہارتیں ({ $percent }%)
app-match-summary = { $total ->
    [0] اس نوکری کی ESCO میں کوئی اہم مہارت نہیں ہے۔
   *[other] آپ کی لاگ بک اس کی { $total } اہم مہارتوں میں سے { $covered } دکھاتی ہے۔
}
app-match-essential = اہم مہارتیں
app-match-optional = دوسری مفید مہارتیں
app-match-endorsed = دستخط شدہ
app-match-self-declared = آپ نے خود بتایا
app-match-missing = غائب
app-match-maybe = کیا یہ آپ کا اندراج «{ $title }» ہے؟
app-match-link = ہاں، جوڑ دیں
app-match-other-job = کوئی اور نوکری

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = اس مرحلے کے لیے چنیں
app-stage-template-hint = Carnet وہ چیزیں نشان زد کرتا ہے جو اس مرحلے پر اہم ہیں۔ آپ انہیں بدل سکتے ہیں۔
app-stage-target = وہ نوکری جس کے لیے آپ درخواست دے رہے ہیں (آپ یہ چھوڑ سکتے ہیں)
