# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = 查找标准名称（ESCO）
app-esco-find-hint = 输入几个字，例如“焊接”
app-esco-why = 其他国家的雇主认识这些名称。请选最接近你所做工作的那个。
app-esco-none = 没有找到标准名称。试试别的词，或更短的词。
app-esco-english = 英文：{ $english }
app-esco-linked = 标准名称
app-esco-unlink = 移除
app-esco-choose = 选择
app-esco-searching = 正在查找…
app-esco-kind-skill = 技能
app-esco-kind-occupation = 工作

## Comparing with a job

app-match = 适合我的工作
app-match-title = 适合我的工作
app-match-intro = 选择一个工作，看看你的记录本里有它的哪些技能，还缺哪些。
app-match-find = 查找工作
app-match-chosen = 你选的工作
app-match-find-hint = 例如“厨师”或“焊工”
app-match-fit = 适合我记录本的工作
app-match-fit-none = 你的条目还没有标准名称。请先给一个条目加上：点“修改”，再点“查找标准名称”。
app-match-fit-line = { $total } 项主要技能中有 { $covered } 项（{ $percent }%）
app-match-summary = { $total ->
    [0] ESCO 中这个工作没有主要技能。
   *[other] 你的记录本显示了它 { $total } 项主要技能中的 { $covered } 项。
}
app-match-essential = 主要技能
app-match-optional = 其他有用的技能
app-match-endorsed = 已签名
app-match-self-declared = 你自己说的
app-match-missing = 缺少
app-match-maybe = 这是你的条目“{ $title }”吗？
app-match-link = 是，连接起来
app-match-other-job = 另一个工作

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = 为这个阶段选择
app-stage-template-hint = Carnet 会勾选这个阶段重要的内容。你可以修改。
app-stage-target = 你申请的工作（可以跳过）
