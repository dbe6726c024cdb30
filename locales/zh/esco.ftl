# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = 本服务使用欧盟委员会的 ESCO 分类。
esco-attribution-version = { esco-attribution } ESCO v{ $version }，经过改编：转换了一部分供离线使用。

## Help

cli-cmd-esco = 不用网络，在 ESCO（欧洲技能和职业列表）中查找技能和职业。
cli-cmd-esco-search = 按名称查找 ESCO 技能和职业，可以用你的语言或英文。小的拼写错误没关系。
cli-cmd-match = 把你的记录本和一个职业比较：它的技能中你有哪些，还没有哪些。
cli-arg-esco-text = 要找的词，例如 "welding" 或 "carpenter"。
cli-arg-esco-kind = 只找技能，或只找职业。
cli-arg-esco-limit = 最多显示多少个结果。默认是 10。
cli-arg-esco-taxonomy = 要使用的 ESCO 数据文件，代替 Carnet 自带的那个。
cli-arg-match-occupation = ESCO 职业：它的地址（http://data.europa.eu/esco/occupation/…）或地址末尾的代码。
cli-arg-match-rank = 改为显示你的记录本最能满足其主要技能的 10 个职业。
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = 显示在你旅程的某个阶段，你的哪些条目重要，以及原因。招聘阶段，你可以写上你申请的工作。
cli-arg-stage-view-stage = 阶段：recruitment, pre-departure, arrival, career 或 return。
cli-arg-stage-view-occupation = 招聘阶段：你申请的工作，写它的 ESCO 地址（http://data.europa.eu/esco/occupation/…）或地址末尾的代码。
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = 技能
esco-kind-occupation = 职业
esco-label = { $label }
esco-label-translated = { $label }（{ $english }）
esco-search-hit = { $kind }：{ $label }  { $uri }
esco-search-none = 没有 ESCO 技能或职业符合“{ $text }”。
esco-match-summary = { $total ->
    [0] ESCO 中这个职业没有主要技能。
   *[other] 你的记录本满足了它 { $total } 项主要技能中的 { $covered } 项。
}
esco-match-essential = 主要技能：
esco-match-optional = 可选技能：
esco-coverage-endorsed = 已认可
esco-coverage-self-declared = 你自己说的
esco-coverage-missing = 缺少
esco-match-maybe = 也许是你的条目“{ $title }”（{ $id }）？
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = 你的条目还没有 ESCO 技能。请用 carnet add skill --title … --esco ADDRESS 添加（用 carnet esco search 查找地址）。

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] 在{ $stage }阶段，这 { $count } 个条目重要：
}
stage-view-none = 你的条目中还没有对{ $stage }重要的。请给条目标上这个阶段：carnet edit ID --set stages={ $stage }
stage-view-present = 要以 QR 码展示它们：{ $command }
stage-why-target-essential = 这个工作的主要技能
stage-why-target-optional = 对这个工作有用
stage-why-target-maybe = 可能符合这个工作的一项技能
stage-why-marked = 你为这个阶段标记了它
stage-why-abroad = 在国外学的或做的
stage-why-endorsed = 已签名
stage-why-qualification = 文凭或证书
stage-why-language = 一种语言
stage-why-experience = 你做过的工作
stage-why-learning = 一门课程
stage-why-skill = 一项技能
