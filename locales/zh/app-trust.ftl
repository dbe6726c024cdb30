# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = 信任列表
app-trust-title = 信任列表
app-trust-intro = 信任列表来自你认识的网络，例如一组培训中心。它列出这个网络担保的学院、中心和雇主。由其中一方签名的代码会显示为已核实。
app-trust-warning = 只信任你从网络本身拿到钥匙的网络：当面拿到、从它自己的纸上，或从它自己的网站上。任何能把钥匙放到这里的人，都能让假代码看起来像已核实。

## What is held

app-trust-held = 这台设备信任的
app-trust-none = 这台设备还没有信任任何网络。已签名的代码会显示“已签名，但签名人不是你信任的签发方”。
app-trust-kid = 钥匙指纹：{ $kid }
app-trust-no-list = 还没有这个网络的信任列表。请在下面添加它的文件。
app-trust-list-line = { $date } 的信任列表（{ $days ->
    [0] 今天
   *[other] { $days } 天前
}）：{ $count ->
   *[other] { $count } 个单位
}
app-trust-status-held = 已撤回的认可
app-trust-status-line = { $name }：{ $date } 的列表（{ $days ->
    [0] 今天
   *[other] { $days } 天前
}），{ $count ->
    [0] 没有撤回
   *[other] 撤回了 { $count } 个
}

## Stop trusting a network

app-trust-remove = 不再信任
app-trust-remove-confirm = 不再信任 { $name } 吗？由它列表上的单位签名的代码将不再显示为已核实。以后你可以再添加这个网络。
app-trust-remove-yes = 是，不再信任
app-trust-removed = 你不再信任 { $name }。

## Trust a network

app-trust-add-title = 信任一个网络
app-trust-add-hint = 输入或粘贴网络的钥匙和名称，或打开网络给你的文件。
app-trust-key = 网络的钥匙（64 个字母和数字）
app-trust-name = 网络的名称
app-trust-from-file = 打开网络的钥匙文件
app-trust-add = 信任这个网络
app-trust-added = 你现在信任 { $name }。现在请添加它的信任列表。

## Files

app-trust-bundle-title = 添加信任列表
app-trust-bundle-hint = 网络给你的、以 .cbor 结尾的文件。新的会取代旧的。
app-trust-bundle-open = 打开信任列表文件
app-trust-bundle-done = 已添加 { $name } 的信任列表（{ $date }）：{ $count ->
   *[other] { $count } 个单位
}。
app-trust-status-title = 添加已撤回认可的列表
app-trust-status-hint = 学院或中心可以撤回它误发的认可。它的列表会告诉这台设备是哪些。
app-trust-status-open = 打开列表文件
app-trust-status-done = 已添加 { $name } 的列表（{ $date }）：{ $count ->
    [0] 没有撤回
   *[other] 撤回了 { $count } 个认可
}。

## Refusals: nothing was changed in any case

error-trust-anchor-file = 这个文件不是网络的钥匙文件。请打开网络给你的文件，或输入钥匙。
error-app-anchor-invalid-key = 这不是网络钥匙。钥匙正好有 64 个字母（a 到 f）和数字。请检查是否完整复制。
error-app-anchor-name = 给网络起一个 1 到 100 个字的名称。
error-app-anchor-known = 你已经信任这个网络了（钥匙指纹 { $kid }）。没有做任何更改。
error-app-trust-bundle-malformed = 这个文件不是信任列表，或者已损坏。没有做任何更改。
error-app-trust-bundle-wrong-file = 这是另一种 Carnet 文件，不是信任列表。没有做任何更改。
error-app-trust-bundle-newer-version = 这个信任列表是较新版本的 Carnet 做的。请更新 Carnet 来读取。
error-app-trust-bundle-unknown-anchor = 这个信任列表来自你不信任的网络（钥匙指纹 { $kid }）。请先信任这个网络，再重新添加它的列表。
error-app-trust-bundle-bad-signature = 这个信任列表上的签名对不上：文件被改过或已损坏。没有做任何更改。请向网络重新要文件。
error-app-trust-bundle-invalid = 这个信任列表不能用。没有做任何更改。请向网络重新要文件。
error-app-trust-bundle-too-large = 这个文件太大，不可能是信任列表。没有做任何更改。
error-app-trust-bundle-not-newer = 你已经有这个网络的这份或更新的信任列表。没有做任何更改。
error-app-status-list-malformed = 这个文件不是已撤回认可的列表，或者已损坏。没有做任何更改。
error-app-status-list-wrong-file = 这是另一种 Carnet 文件，不是已撤回认可的列表。没有做任何更改。
error-app-status-list-newer-version = 这个列表是较新版本的 Carnet 做的。请更新 Carnet 来读取。
error-app-status-list-wrong-issuer = 这个列表属于另一个签名人（{ $found }，不是 { $expected }）。没有做任何更改。
error-app-status-list-bad-signature = 这个列表上的签名对不上：文件被改过或已损坏。没有做任何更改。
error-app-status-list-invalid = 这个列表不能用。没有做任何更改。请重新要文件。
error-app-status-list-too-large = 这个文件太大，不可能是已撤回认可的列表。没有做任何更改。
error-app-status-list-issuer-unknown = 这个列表来自一个你的信任列表都没有列出的签名人（钥匙指纹 { $kid }）。请先添加列出它的信任列表。
error-app-status-list-not-newer = 你已经有这个签名人更新的列表。没有做任何更改。
error-app-verifier-write = Carnet 无法在 { $path } 保存文件。请检查设备是否有空间。（给帮助者看：{ $reason }）
