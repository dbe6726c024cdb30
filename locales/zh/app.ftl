# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = 选择你的语言
app-continue = 继续

## First run: making a passphrase

app-create-title = 保护你的记录本
app-create-intro = 选一个密码。只有你知道它。每次打开记录本时，Carnet 都会要你输入。
app-passphrase = 密码
app-passphrase-again = 再输入一次
app-passphrase-show = 显示
app-passphrase-hide = 隐藏
app-strength-too-short = 太短了：至少要 { $min } 个字符。
app-strength-weak = 太弱：几个词连在一起更容易记，也更难猜。
app-strength-fair = 不错。再长一点会更安全。
app-strength-strong = 很强。
app-passphrase-mismatch = 两次输入的密码不一样。请重新输入。
app-create = 创建我的记录本
app-working = 请稍等…
app-back = 返回

## Unlock

app-unlock-title = 打开你的记录本
app-unlock = 打开
app-lock = 锁上

## The logbook

app-logbook-title = 我的记录本
app-logbook-empty = 你的记录本是空的。添加一项你会做的事吧。
app-add = 添加
app-kind-skill = 技能
app-kind-qualification = 资格证书
app-kind-experience = 工作经历
app-kind-language = 语言
app-kind-learning = 课程
app-self-declared = 自己填写
app-show-more = { $count ->
   *[other] 再显示 { $count } 项
}
app-endorsed = 已认可

## Adding an entry

app-add-title = 添加到我的记录本
app-add-kind = 这是什么？
app-add-title-label = 名称
app-add-title-hint = 例如：焊接、开卡车、阿拉伯语
app-add-level = 水平
app-level-none = 没有水平
app-level-basic = 基础
app-level-intermediate = 中等
app-level-advanced = 高级
app-level-expert = 专家
app-level-eqf = { $level } 级
app-save = 保存
app-cancel = 取消

## Moving around

app-settings = 设置
app-sync = 同步
app-edit = 修改
app-remove = 移除

## The logbook: search and filter

app-search = 搜索
app-search-hint = 输入一个词，例如：焊接
app-stage-filter = 你的旅程阶段
app-stage-any = 所有阶段
app-stage-recruitment = 招聘
app-stage-pre-departure = 出发前
app-stage-arrival = 到达
app-stage-career = 工作
app-stage-return = 回国
app-search-none = 没有找到。试试别的词或别的阶段。

## Changing and removing an entry

app-edit-title = 修改这个条目
app-stages = 你的旅程阶段
app-remove-confirm = 从你的记录本中移除“{ $title }”吗？移除后不能恢复。
app-remove-yes = 是，移除

## Settings

app-settings-title = 设置
app-settings-language = 语言
app-settings-lock = 自动锁定时间
app-lock-minutes = { $minutes ->
   *[other] { $minutes } 分钟不用后
}
app-settings-passphrase = 更改密码
app-passphrase-current = 现在的密码
app-passphrase-new = 新密码
app-passphrase-change = 更改密码
app-passphrase-changed = 你的密码已更改。以后请用新密码。
app-about = 关于 Carnet
app-locked-idle = 有一段时间没人使用，Carnet 已锁上你的记录本。请用你的密码重新打开。

## Sync with a hub

app-sync-title = 与同步站同步
app-sync-intro = 同步站会保存你记录本的一份加锁副本，这样你就能在另一部手机上使用。同步站无法读取它。
app-hub-address = 同步站地址
app-hub-address-hint = 例如：https://hub.example.org
app-hub-save = 保存地址
app-sync-now = 现在同步
app-sync-never = 还没有同步过。
app-sync-last = 上次同步：{ $when }
app-sync-pending = { $count ->
    [0] 没有等待发送的内容。
   *[other] 有 { $count } 项更改等待发送。
}
app-sync-sending = 正在发送
app-sync-receiving = 正在接收
app-sync-photos = 照片
app-sync-done = 同步完成。

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = 你的记录本已锁上。请用你的密码打开，然后再试。
error-unknown-language = Carnet 没有语言 { $tag }。请从列表中选择一种。

## Settings: how the screens look

app-settings-display = Carnet 的外观
app-high-contrast = 强对比（白底黑字）
app-text-size = 文字大小
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = 朗读

## Two languages at once

app-dual-language = 同时显示
app-dual-none = 不显示第二种语言
