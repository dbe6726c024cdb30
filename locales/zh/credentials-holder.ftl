# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = 做一个文件，请培训师、雇主或中心确认条目。
    .long = 做一个请求，请培训师、雇主、中心、学院或同事确认（“认可”）你的一些条目：可以是文件，可以是 QR 码（名字以 .png 或 .svg 结尾），在手机上给人看或打印出来，也可以用 --text 生成一段文字用消息发送。把它交给他们。他们签名后会给你一个认可文件，你用这个命令保存：carnet receive
cli-cmd-holder-receive = 保存培训师、雇主或中心为你签名的认可。
cli-cmd-holder-credentials = 按条目列出你保存的认可。也可以用：carnet wallet
cli-cmd-holder-present = 把选中的条目做成一个 QR 码，任何人不用网络都能检查。
    .long = 把选中的条目做成一个 QR 码，任何人不用网络都能检查。已确认的条目会显示是谁确认的；用 --self-declared 给出的条目会显示为只是你自己说的。在屏幕上，这个码 24 小时有效；用 --print 则 5 年有效。
cli-cmd-holder-export = 把一个已确认的条目写成 W3C 可验证凭证（Open Badges 3.0），给其他应用使用。
    .long = 把一个已确认的条目写成 W3C 可验证凭证 2.0（一个 Open Badges 3.0 徽章），由确认它的人签名，让其他钱包和应用可以检查。没有 --out 时，会直接显示在屏幕上。

## Help: arguments

cli-arg-holder-request-ids = 要确认的条目：它们的编号，或每个编号的前 4 个或更多字符。要查看编号，请输入：carnet list
cli-arg-holder-request-out = 请求写到哪里：名字以 .png 或 .svg 结尾会生成 QR 码图片；其他名字，例如 request.cbor，会生成文件。
cli-arg-holder-request-text = 在屏幕上显示请求的文字（以 CNR1: 开头），用来通过消息发送。
cli-arg-holder-receive-file = 别人给你的认可文件，例如 credential.cbor。
cli-arg-holder-present-select = 要展示的已确认条目：它们的编号，或每个编号的前 4 个或更多字符。
cli-arg-holder-present-fields = 每个条目只展示这些部分，用逗号隔开，例如 title,level。其他部分会隐藏。可用的部分有：kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf。不写的话，全部展示。
cli-arg-holder-present-self-declared = 要作为只是你自己说的来展示的条目，没有人确认过。
cli-arg-holder-present-stage = 你展示它是为了什么：recruitment, pre-departure, arrival, career 或 return。不写的话：recruitment。
cli-arg-holder-present-audience = 你展示给谁，如果他们要你写上他们的名字，例如某个中介机构的名字。
cli-arg-holder-present-nonce = 检查的人给你的代码，如果有的话（字符 0-9 和 a-f）。
cli-arg-holder-present-print = 做成纸质用的：这个码更不怕划痕和折叠，5 年有效，而不是 24 小时。
cli-arg-holder-present-out = 要写的图片：名字以 .png 或 .svg 结尾。
cli-arg-holder-present-text = 同时写出 QR 码里的文字，用来通过消息发送。
cli-arg-holder-export-id = 已确认的条目：它的编号，或编号的前 4 个或更多字符。
cli-arg-holder-export-format = 要写的格式。只有：vc（W3C 可验证凭证，Open Badges 3.0）。
cli-arg-holder-export-jwt = 写成签名令牌（VC-JWT），而不是带证明的 JSON。
cli-arg-holder-export-out = 要写的文件，例如 badge.json 或 badge.jwt。

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] 这个请求要确认 { $count } 个条目。
    }确认的人会看到每个条目的这些部分：
holder-request-entry = { $title }（{ $kind }）：{ $fields }
holder-request-written = 请求已写到 { $path }。
holder-request-next = 把文件交给确认的人。等他们给你认可文件后，请输入：carnet receive FILE
holder-receive-done = 已保存：由 { $issuer } 确认，{ $kind }，{ $country }。核实方式：{ $assessed }。
holder-validity-until = 签发日期 { $issued }。有效期到 { $expires }。
holder-validity-open = 签发日期 { $issued }。没有截止日期。
holder-wallet-empty = 你还没有认可。要请求一个，请输入：carnet request ID --out request.cbor
holder-wallet-damaged = 有一个认可已经无法读取。请向给你的人要一个新的。
holder-wallet-line-until = { $issuer }（{ $kind }，{ $country }）：签发于 { $issued }，有效期到 { $expires }
holder-wallet-line-open = { $issuer }（{ $kind }，{ $country }）：签发于 { $issued }，没有截止日期
holder-wallet-line-expired = { $issuer }（{ $kind }，{ $country }）：签发于 { $issued }，已于 { $expires } 结束
holder-present-nothing = 请说明要展示什么：已确认的条目用 --select ID，其他的用 --self-declared ID。
holder-present-done = QR 码已写到 { $path }：{ $endorsed } 项已确认，{ $declared } 项是你自己说的。
holder-present-size = 大小：QR 版本 { $version }，级别 { $ec }，{ $chars } 个字符。
holder-present-expires = 在 { $when } 之前可以检查（{ $hours } 小时）。
holder-present-by-kid = 为了放得下，签发方只用简短的指纹表示。检查的人只有在他们的可信签发方列表里有这些签发方时，才能看到是谁。

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = 培训师
holder-issuer-kind-employer = 雇主
holder-issuer-kind-centre = 中心
holder-issuer-kind-college = 学院
holder-issuer-kind-colleague = 同事（和你一起工作过的人，不是机构）

## How they checked

holder-assessed-observation = 他们看过你工作
holder-assessed-test = 测试
holder-assessed-document = 他们检查了文件
holder-assessed-interview = 面谈

## Errors

error-holder-no-key = 这个记录本没有签名认可用的钥匙。没有做任何更改。请报告这个问题。
error-holder-write-file = 无法写入文件 { $path }：{ $reason }。请检查文件夹是否存在、是否有空闲空间，然后再试。
error-holder-entry-unfit = 条目“{ $title }”不能放进认可：它的{ $field }太长或格式不对。请用 carnet edit 修改，然后再试。
error-holder-unknown-field = “{ $value }”不是可以展示的条目部分。可用的部分有：{ $known }。
error-holder-credential-no-entries = 认可 { $path } 没有说明它确认的是你的哪个条目。没有保存任何内容。请要一个用请求文件做的新认可：carnet request
error-holder-credential-entry-gone = 认可 { $path } 确认的条目已经不在你的记录本里了（{ $id }）。没有保存任何内容。如果是你在这台设备上删除的，请从记录本的副本中重新添加，然后再试。
error-holder-credential-damaged = 条目“{ $title }”的认可已经无法读取。请向确认它的人要一个新的。
error-holder-not-endorsed = 条目“{ $title }”还没有人确认过。请用 --self-declared 展示它，或请人确认：carnet request
error-holder-selected-twice = 条目“{ $title }”同时用在了 --select 和 --self-declared。请只给一次。
error-holder-bad-stage = “{ $value }”不是阶段。阶段有：recruitment, pre-departure, arrival, career, return。
error-holder-bad-audience = 对象名称必须是 1 到 100 个字符，写在一行里。
error-holder-bad-nonce = “{ $value }”不是检查人给的代码：它必须是 2 到 128 个字符，只能用 0-9 和 a-f。
error-holder-bad-out = 图片 { $path } 的名字必须以 .png 或 .svg 结尾。
error-holder-no-vc = { $issuer } 对“{ $title }”的确认，是在 Carnet 能写 W3C 凭证之前做的，而且只有他们能签一个新的。请他们再确认一次：做一个新请求（carnet request ID --out request.cbor），交给他们，再保存他们给你的文件（carnet receive FILE）。
