# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] 这个请求已损坏，或者不是 Carnet 请求。请重新要一次。
        [credential] 这个认可文件已损坏，或者不是 Carnet 认可。请确认你条目的人重新发送。
       *[other] 这个已损坏，或者不是 Carnet 文件。
    }
error-credential-wrong-file = { $expected ->
        [request] 这不是 Carnet 请求：它是另一种 Carnet 文件。请求要用 carnet request 来做。
        [credential] 这不是 Carnet 认可：它是另一种 Carnet 文件。请检查你选的是不是确认你条目的人给你的文件。
       *[other] 这是另一种 Carnet 文件。请检查你选的文件对不对。
    }
error-credential-newer-version = { $what ->
        [request] 这个请求是较新版本的 Carnet 做的。
        [credential] 这个认可是较新版本的 Carnet 做的。
        [text] 这个代码是较新版本的 Carnet 做的。
       *[other] 这是较新版本的 Carnet 做的。
    }请更新 Carnet，然后再试。
error-credential-invalid-field = 有一个值不能用（{ $field }）：太长或格式不对。没有写入任何内容。
error-credential-entry-count = 一个请求包含 1 到 { $max } 个条目，不能是 { $found } 个。要确认更多条目，请做两个请求。
error-credential-invalid-key = 这不是有效的公钥。请检查是否完整复制。
error-credential-bad-signature = 这个认可上的签名对不上：签名后被改过或已损坏。没有保存任何内容。请重新要文件。
error-credential-not-yours = 这个认可是给别人的记录本做的，不是你的。没有保存任何内容。请确认你收到的是自己的文件。
error-credential-no-such-entry = 这个认可里没有第 { $index } 个条目。
error-credential-duplicate-entry = 第 { $index } 个条目被选了两次。
error-credential-wrong-prefix = 这段文字不是 Carnet 代码：它不是以 CN1:（要检查的技能）或 CNR1:（要确认的请求）开头。
error-credential-base45 = 这段文字里有 Carnet 代码不可能有的字符。它可能被截断或输错了。
error-credential-zlib = 这个代码被截断或已损坏。
error-credential-too-large = 这个代码太大了，不可能是 Carnet 代码。

## QR codes

error-qr-not-alphanumeric = 这段文字有 Carnet 的 QR 码放不下的字符。这是 Carnet 的错误，请报告。
error-qr-too-large = 一个 QR 码放不下这么多：{ $chars } 个字符，而手机容易读取的 QR 码（版本 { $version }，级别 { $ec }）只能放 { $capacity } 个。没有写入任何内容。{ $what ->
        [request] 请一次少请求几个条目，或者把请求写到以 .cbor 结尾的文件里。
       *[other] 请少选几个条目，或用 --fields 少展示几部分。
    }
error-qr-bad-version = 没有这个尺寸的 QR 码。
error-qr-bad-module-size = 这个点的大小不行。
error-qr-not-an-image = 这个文件不是 Carnet 能读的图片。请用 PNG、JPEG 或 WebP。
error-qr-image-too-large = 图片太大（{ $width } × { $height } 像素）。请把它变小再试。
error-qr-not-found = 在图片中读不出 QR 码。请靠近一点、拍清楚一点，让整个码都在照片里。
error-qr-render-failed = 无法生成 QR 图片。这是 Carnet 的错误，请报告。
