# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = 培训师
issuer-kind-employer = 雇主
issuer-kind-centre = 中心
issuer-kind-college = 学院
issuer-kind-colleague = 同事

## verify: verdicts, one per code

verdict-valid = 有效：由你信任的签发方签名，仍在有效期内，没有被撤回。
verdict-self-declared = 只是本人说的：没有人签名。
verdict-unknown-issuer = 已签名，但签名人不是你信任的签发方。
verdict-expired = 已过期。
verdict-revoked = 签名的签发方已撤回。
verdict-tampered = 被改过或被复制：不要相信它。
verdict-malformed = 这不是能读取的 Carnet 代码。

## verify: reasons, one per code

reason-wrong-prefix = 这段文字不是以 CN1: 开头，所以不是 Carnet 代码。
reason-bad-base45 = 这段文字里有 Carnet 代码不可能有的字符。它可能被截断或输错了。
reason-bad-zlib = 这个代码被截断或已损坏。
reason-too-large = 这个代码太大了，不可能是 Carnet 代码。
reason-bad-cose = 这个代码已损坏，或者不是 Carnet 代码。
reason-unsupported-header = 这个代码用了 Carnet 不认识的签名。较新版本的 Carnet 也许能读。
reason-bad-payload = 代码的内容已损坏。
reason-holder-signature-invalid = 本人的签名对不上：代码被改过。
reason-nonce-mismatch = 这个代码是为另一次请求做的（编号 { $found }，不是 { $expected }）。它可能是复制的。
reason-audience-mismatch = 这个代码是为“{ $found }”做的，不是为“{ $expected }”。
reason-presentation-expired = 这个代码本身已于 { $exp } 过期。请本人重新做一个。
reason-presentation-not-yet-valid = 代码说它是在 { $iat } 做的，但那个时间还没到。请检查这台设备的时钟。
reason-endorsement-signature-invalid = 签发方的签名对不上：技能被改过。
reason-issuer-key-not-sent = 签发方只用指纹 { $kid } 表示，而你不认识它。
reason-endorsement-expired = 这项技能的签名已于 { $exp } 过期。
reason-endorsement-not-yet-valid = 技能说它是在 { $iat } 签名的，但那个时间还没到。请检查这台设备的时钟。
reason-issuer-unknown = “{ $name }”（钥匙指纹 { $kid }）不在你的信任列表里。任何人都可以给自己起名字。
reason-issuer-not-trusted-at-issue = “{ $name }”（钥匙指纹 { $kid }）在签名那天没有得到担保。
reason-issuer-trusted = 签发方在你的信任列表里（钥匙指纹 { $kid }）。
reason-issuer-claims-differ = 你的信任列表说这个签发方是{ $country }的{ $kind }；签名上说的不一样。请以信任列表为准。
reason-revoked = 签发方撤回了第 { $index } 号认可。
reason-no-revocation-list = 你没有这个签发方撤回内容的列表。
reason-self-declared = 这是本人说的；没有人签名。

## verify: the rest of the report

verify-presentation = 为{ $stage }展示，制作于 { $date }，由钥匙为 { $kid } 的人制作。
verify-audience = 制作给：{ $audience }
verify-stage-recruitment = 招聘
verify-stage-pre-departure = 准备出发
verify-stage-arrival = 到达
verify-stage-career = 工作和培训
verify-stage-return = 回国
verify-endorsed-by = 由{ $country }的{ $kind } { $name } 签名。
verify-endorsed-by-unchecked = 由自称“{ $name }”的人签名，{ $country }的{ $kind }（未核实；钥匙指纹 { $kid }）。
verify-colleague-note = 这是同事的话：和本人一起工作过的人，不是学校或雇主。
verify-endorsed-on = 签名于 { $date }；核实方式：{ $how }。{ $expires ->
    [none] {""}
   *[other] 有效期到 { $expires }。
}
verify-how-observation = 看他们工作
verify-how-test = 测试
verify-how-document = 文件
verify-how-interview = 面谈
verify-hidden = { $count ->
   *[other] 本人隐藏了 { $count } 项信息。
}
verify-trust-age = { $days ->
    [0] 信任列表是今天的。
   *[other] 信任列表是 { $days } 天前的（{ $date }）。
}
verify-newer-code = 这个代码是较新版本的 Carnet 做的。请更新 Carnet 来检查。
verify-status-age = { $days ->
    [0] 已撤回认可的列表：今天的。
   *[other] 已撤回认可的列表：{ $days } 天前的（{ $date }）。
}
verify-field-kind = 类型：
verify-field-title = 标题：
verify-field-esco = ESCO：
verify-field-entry-id = 条目：
verify-field-level = 水平：
verify-field-from = 从：
verify-field-to = 到：
verify-field-country = 国家：
verify-field-context = 学习方式：
verify-field-evidence = 证明（哈希）：
verify-field-eqf = EQF 级别：
verify-entry-kind-skill = 技能
verify-entry-kind-qualification = 文凭或资格证书
verify-entry-kind-experience = 工作经历
verify-entry-kind-language = 语言
verify-entry-kind-learning = 课程
verify-context-formal = 在学校或学院
verify-context-non-formal = 在课程中
verify-context-informal = 在工作中或自学
verify-esco-skill = 技能
verify-esco-occupation = 职业
verify-esco-qualification = 资格证书
