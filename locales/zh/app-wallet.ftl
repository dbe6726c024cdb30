# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = 我的认可
app-present = 展示我的技能
app-verify = 检查代码

## Wallet

app-wallet-title = 我的认可
app-wallet-intro = 这些是别人为你签名确认的技能。你可以用 QR 码展示它们。
app-wallet-empty = 还没有人为你的技能签名。请培训师、雇主或中心确认你会做的事。
app-wallet-by = 签名人：{ $name }（{ $kind }，{ $country }）
app-wallet-issued = 签名日期：{ $date }
app-wallet-expires = 有效期到 { $date }
app-wallet-expired = 已于 { $date } 过期
app-wallet-no-expiry = 不会过期
app-wallet-damaged = 这个认可已损坏，无法展示。请向签名的人要一个新的。
app-standing-valid = 已核实：由你信任列表中的人签名
app-standing-unknown-issuer = 已签名，但签名人不在你的信任列表中
app-standing-expired = 已过期
app-standing-revoked = 签名人已撤回
app-standing-malformed = 已损坏

## Present: choosing what to show

app-present-title = 展示我的技能
app-present-endorsed = 有人签名的
app-present-self = 只是我自己说的
app-present-self-hint = 检查的人会把这些看成你自己说的话，而不是签名确认的。
app-present-details = 每项要展示什么
app-present-details-all = 全部
app-present-details-short = 只有名称和水平
app-present-stage = 给谁看？
app-present-print = 用于打印在纸上（5 年有效）
app-present-make = 显示 QR 码
app-present-none = 请至少选一项来展示。
app-present-nothing-yet = 你的记录本是空的。请先添加内容。

## Present: the QR code

app-qr-title = 让对方扫描这个码
app-qr-expires = 这个码在 { $date } 之前有效。
app-qr-preview = 检查的人会看到什么
app-qr-preview-hide = 隐藏检查的人看到的内容
app-qr-done = 完成
app-qr-preview-note = 这是和这部手机有相同信任列表的检查人会看到的内容。

## Verify

app-verify-title = 检查代码
app-verify-intro = 拍摄或选择一张 Carnet QR 码的图片。不会发送任何东西：检查在这台设备上完成。
app-verify-picture = 拍摄或选择图片
app-verify-text = 或粘贴代码的文字（以 CN1: 开头）
app-verify-check = 检查
app-verify-checking = 正在检查…
app-verify-again = 检查另一个代码

## The verdict

app-verdict-title = 结果
app-verdict-made = 为{ $stage }制作，日期 { $date }。
app-verdict-expires = 这个码在 { $date } 之前有效。
app-verdict-newer = 这个码是较新版本的 Carnet 做的。请更新 Carnet 来检查。
app-item-endorsed = 已签名
app-item-self = 他们自己说的
app-item-assessed = 核实方式：{ $how }
app-item-hidden = { $count ->
   *[other] 对方隐藏了 { $count } 项信息。
}

## Errors of these screens

error-wallet-no-key = 这个记录本没有用来签名的钥匙。没有展示任何内容。请报告这个问题。
error-wallet-not-endorsed = “{ $title }”还没有人签名。请把它作为“只是我自己说的”来展示，或请人确认它。
error-wallet-credential-damaged = “{ $title }”的认可已损坏。请把它作为“只是我自己说的”来展示，或要一个新的。
error-wallet-entry-unfit = “{ $title }”不能放进代码：它的{ $field }太长或格式不对。请修改条目，然后再试。
error-wallet-selected-twice = “{ $title }”被选了两次。请只选一次。
error-wallet-nothing-chosen = 请至少选一项来展示。
error-wallet-too-large = 一个 QR 码放不下这么多（{ $chars } 个字符）。请少选几项，或只展示名称和水平。
error-wallet-credential = 无法生成代码。没有展示任何内容。请报告这个问题。（给帮助者看：{ $reason }）
error-wallet-no-code = 在这张图片里没有找到 Carnet QR 码。请再拍一次，靠近一些、清楚一些，让整个码都在画面里。
error-wallet-not-a-picture = 这个文件不是 Carnet 能读的图片。请用照片（JPEG 或 PNG）。
error-wallet-picture-too-large = 图片太大（{ $width } × { $height } 像素）。请拍一张小一点的再试。
error-wallet-got-request = 这是请别人为技能签名的请求，不是展示技能的代码。没有检查任何内容。
error-wallet-trust-damaged = 你的信任列表已损坏或被改过。请重新导入。在那之前，没有签名人被视为可信。
error-wallet-trust-unreadable = Carnet 无法读取 { $path } 中的信任列表。请检查设备是否有空间。（给帮助者看：{ $reason }）
error-wallet-not-yours = 这个认可是给别人的记录本做的，不是你的。没有保存任何内容。请确认你收到的是自己的文件。
error-wallet-bad-signature = 这个文件上的签名对不上：它被改过或已损坏。没有保存任何内容。请重新要文件。
error-wallet-not-a-credential = 这个文件不是 Carnet 的签名认可。没有保存任何内容。请向签名的人要他们做的文件。
error-wallet-too-many = 一次最多请求 { $max } 项。请少选几项。
error-wallet-not-from-request = 这个认可没有说明它确认的是你的哪个条目。没有保存任何内容。请要一个用你的请求代码做的新认可。
error-wallet-entry-gone = 这个认可确认的条目已经不在你的记录本里了。没有保存任何内容。如果是你删除的，请从副本重新添加，然后再要一个新的认可。

## Asking for a signature, and keeping it

app-request = 请求签名
app-request-title = 请求签名
app-request-intro = 把这个码给将要确认你技能的培训师、雇主或中心看。他们用 Carnet 扫描，然后给你一个签好名的文件。
app-request-key = 你的钥匙：{ $kid }。签名的人会看到同样的代码。
app-request-text = 同样的代码的文字，可以用消息发送
app-request-next = 拿到签好名的文件后，打开“我的认可”，点“添加已签名文件”。
app-receive = 添加已签名文件
app-received = 已保存：{ $name }（{ $kind }）签名确认了 { $titles }。
