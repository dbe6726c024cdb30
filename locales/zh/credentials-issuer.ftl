# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = 以培训师、雇主、中心、学院或同事的身份，为别人的技能签名。
cli-cmd-issuer-init = 制作你作为签发方的签名钥匙。它用密码锁上。
cli-cmd-issuer-show = 显示你作为签发方的名称、类型和公钥。不需要密码。
cli-cmd-issuer-revoke = 按编号撤回一个你签过的认可。
cli-cmd-issuer-status-list = 写出你撤回的认可的签名列表，交给检查的人。
cli-cmd-endorse = 为别人给你的请求签名，并写出要交回的认可。
cli-cmd-trust = 选择检查 QR 码时你信任谁的签名。
cli-cmd-trust-anchor = 信任锚：为签发方担保的网络或机构。
cli-cmd-trust-anchor-init = 制作信任锚的签名钥匙，用来为签发方担保。
cli-cmd-trust-anchor-show = 显示你的信任锚的名称和公钥。
cli-cmd-trust-anchor-add = 信任由这个信任锚的钥匙签名的列表。
cli-cmd-trust-bundle = 作为信任锚，为你担保的签发方列表签名。
cli-cmd-trust-import = 从文件添加一份已签名的可信签发方列表。
cli-cmd-trust-list = 显示你信任的签发方，以及每份列表有多久了。
cli-cmd-revocation = 签发方撤回的认可的列表。
cli-cmd-revocation-import = 添加签发方已签名的撤回认可列表。
cli-cmd-verify = 检查 Carnet QR 码：每项技能是谁签的，现在是否仍然有效。

## Help: what to give

cli-arg-issuer-name = 你的名字或你机构的名字，就是别人会看到的样子。
cli-arg-issuer-country = 你的国家，两个字母，例如 KE 或 PT。
cli-arg-issuer-kind = 你是什么：trainer, employer, centre, college 或 colleague。
cli-arg-revoke-index = 要撤回的认可的编号。
cli-arg-cred-out = 要写的文件。
cli-arg-endorse-request = 那个人给你的请求：文件（request.cbor）、它的 QR 码图片（PNG 或 JPEG），或内容以 CNR1: 开头的文本文件
cli-arg-endorse-text = 请求的文字，以 CNR1: 开头，如果那个人是用消息发的。代替文件。
cli-arg-endorse-assessed-by = 你怎么核实这项技能：observation, test, document 或 interview。
cli-arg-endorse-expires = 认可有效的最后一天，例如 2027-05-14。不写的话，就不会过期。
cli-arg-endorse-valid-days = 从今天起，认可有效多少天。
cli-arg-anchor-name = 信任锚的名称，就是别人会看到的样子。
cli-arg-anchor-key = 信任锚的公钥：64 个字母和数字。
cli-arg-bundle-issuer = 签发方的文件，来自 carnet issuer show --json。每个签发方给一次。
cli-arg-trust-file = 信任列表文件（.cbor）。
cli-arg-status-file = 签发方的列表文件（.cbor）。
cli-arg-verify-image = QR 码的图片：PNG、JPEG 或 WebP。
cli-arg-verify-text = QR 码的文字，以 CN1: 开头
cli-arg-verify-nonce = 你要那个人放进码里的数字（十六进制）。
cli-arg-verify-audience = 你要那个人放进码里的名字。

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = 你为 { $name } 准备的签发方钥匙已经好了。请保管好你的密码：没有它就不能签名。
issuer-label-name = 名称：
issuer-label-country = 国家：
issuer-label-kind = 类型：
issuer-label-public-key = 公钥：
issuer-label-kid = 钥匙指纹：
issuer-label-issued = 已发出的编号：
issuer-label-revoked = 已撤回：
issuer-revoked = 第 { $index } 号认可已撤回。
issuer-already-revoked = 第 { $index } 号认可之前已经撤回了。
issuer-revoked-next-step = 检查的人只有从你的下一份列表里才会知道：用 carnet issuer status-list --out list.cbor 写出列表，然后把文件交给他们。
issuer-status-list-written = { $count ->
   *[other] 列表在 { $path }。它列出了 { $count } 个已撤回的认可。
}

endorse-intro = { $count ->
   *[other] 你将为钥匙是 { $holder } 的人签名 { $count } 个条目：
}
endorse-entry = { $title }（{ $kind }，水平 { $level }，{ $dates }）
endorse-untitled = （没有标题）
endorse-how-observation = 你说你看过他们做。
endorse-how-test = 你说他们通过了测试。
endorse-how-document = 你说你检查了文件。
endorse-how-interview = 你说你在面谈中核实了。
endorse-expires-on = 有效期到 { $date }。
endorse-no-expiry = 不会过期。
endorse-written = { $count ->
    [1] 已签名。请把 { $path } 交回给那个人。它的编号是 { $first }。
   *[other] 已签名。请把 { $path } 交回给那个人。编号从 { $first } 到 { $last }。
}

trust-anchor-added = 你现在信任由 { $name } 签名的列表（钥匙指纹 { $kid }）。
trust-bundle-written = { $count ->
   *[other] { $count } 个签发方的签名列表在 { $path }。
}
trust-imported = { $count ->
   *[other] 已添加一份包含 { $count } 个签发方的信任列表，制作于 { $date }。
}
trust-list-empty = 你还没有信任任何签发方。请用 carnet trust import 添加信任列表。
trust-list-bundle = { $days ->
    [0] 来自 { $anchor } 的信任列表，今天制作（{ $date }）：
   *[other] 来自 { $anchor } 的信任列表，{ $days } 天前制作（{ $date }）：
}
trust-list-issuer =   { $name }：{ $kind }，{ $country }，钥匙指纹 { $kid }
revocation-imported = { $count ->
   *[other] 已添加 { $name } 的列表，制作于 { $date }：撤回了 { $count } 个认可。
}

## Errors of these commands

error-issuer-exists = 这个文件夹里已经有签发方钥匙了。没有做任何更改。
error-no-issuer = 这个文件夹里还没有签发方钥匙。请用 carnet issuer init 制作一个。
error-issuer-damaged = 这个文件夹里的签发方钥匙已损坏，或和它的信息不符。请从备份中放回一份副本。
error-anchor-exists = 这个文件夹里已经有信任锚钥匙了。没有做任何更改。
error-no-anchor = 这个文件夹里还没有信任锚钥匙。请用 carnet trust anchor init 制作一个。
error-anchor-damaged = 这个文件夹里的信任锚钥匙已损坏，或和它的信息不符。请从备份中放回一份副本。
error-identity-too-new = 这把钥匙是较新版本的 Carnet 做的。请更新 Carnet 来使用它。
error-storage-file = Carnet 无法写入或读取 { $path }。请检查是否有空间、你是否有权限写入。（给帮助者看：{ $reason }）
error-file-too-big = { $path } 太大了，不可能是 Carnet 文件。
error-issuer-kind = “{ $value }”不是签发方类型。请写 trainer, employer, centre, college 或 colleague。
error-assessed-by = “{ $value }”不是核实方式。请写 observation, test, document 或 interview。
error-expires-date = “{ $value }”不是日期。请写成 年-月-日，例如 2027-05-14。
error-expires-past = 截止日期必须在今天之后。
error-issuer-indexes-used-up = 这把签发方钥匙的编号已经用完了。请制作一把新的签发方钥匙。
error-revoke-not-issued = 你没有签过编号为 { $index } 的认可。你的编号从 0 开始，小于 { $next }。
error-anchor-name = 名称必须是 1 到 100 个字符。
error-anchor-known = 你已经信任这个信任锚了（钥匙指纹 { $kid }）。
error-issuer-file = { $path } 不是签发方的文件。请向签发方要 carnet issuer show --json 的输出。
error-trust-bundle-not-newer = 你已经有同一个信任锚的这份或更新的信任列表。没有做任何更改。
error-status-list-not-newer = 你已经有这个签发方更新的列表。没有做任何更改。
error-status-list-issuer-unknown = 这个列表来自你还不信任的签发方（钥匙指纹 { $kid }）。请先导入列出它的信任列表。
error-verifier-damaged = 你保存的信任列表已损坏或被改过。请重新导入。
error-verify-nonce = “{ $value }”不是十六进制数字，例如 3fa9。
error-verify-got-request = 这是请别人确认条目的请求（文字以 CNR1: 开头），不是展示技能的代码。没有检查任何内容。确认的人用这个命令签名：carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = 这是展示某人技能的代码（文字以 CN1: 开头），不是请你确认的请求。没有签名任何内容。要检查它，请输入：carnet verify PICTURE，或 carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = 这个信任列表已损坏，或者不是信任列表。
error-trust-bundle-wrong-file = 这是另一种 Carnet 文件，不是信任列表。
error-trust-bundle-newer-version = 这个信任列表是较新版本的 Carnet 做的。请更新 Carnet 来读取。
error-trust-bundle-unknown-anchor = 这个信任列表由你不信任的信任锚签名（钥匙指纹 { $kid }）。如果你认识它，请先用 carnet trust anchor add 添加。
error-trust-bundle-bad-signature = 这个信任列表上的签名对不上。文件被改过或已损坏。
error-trust-bundle-invalid = 信任列表里有一个值不能用（{ $field }）。
error-trust-bundle-too-large = 这个信任列表太大了。
error-status-list-malformed = 这个列表已损坏，或者不是已撤回认可的列表。
error-status-list-wrong-file = 这是另一种 Carnet 文件，不是已撤回认可的列表。
error-status-list-newer-version = 这个列表是较新版本的 Carnet 做的。请更新 Carnet 来读取。
error-status-list-wrong-issuer = 这个列表属于另一个签发方（{ $found }，不是 { $expected }）。
error-status-list-bad-signature = 这个列表上的签名对不上。文件被改过或已损坏。
error-status-list-invalid = 列表里有一个值不能用（{ $field }）。
error-status-list-too-large = 这个列表太大了。
