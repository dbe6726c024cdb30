# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = 密码不对。请检查后再试。大小写字母有区别。
error-too-many-attempts = { $minutes ->
   *[other] 输错密码的次数太多了。请等 { $minutes } 分钟，然后再试。
}
error-passphrase-too-short = 这个密码太短了。至少要 { $min } 个字符。

## The logbook files

error-no-logbook = 这个文件夹里还没有记录本。请先创建一个，或选择你记录本所在的文件夹。
error-already-exists = 这个文件夹里已经有记录本了。没有做任何更改。
error-damaged-key-file = 你记录本的钥匙已损坏或丢失，所以无法打开。请从备份中放回一份副本，或从和这台设备配对过的设备上取回。
error-damaged-database = 你的记录本已损坏，所以无法打开。请从备份中放回一份副本，或从和这台设备配对过的设备上取回。
error-too-new = { $what ->
    [export-file] 这个文件是较新版本的 Carnet 做的。请更新 Carnet，然后再试。
    [taxonomy] Carnet 自带的 ESCO 数据来自较新版本的 Carnet。请更新 Carnet，然后再试。
   *[other] 你的记录本是用较新版本的 Carnet 保存的。请更新 Carnet，然后再试。
}
error-disk-full = 磁盘满了。没有丢失任何东西。请腾出一些空间，例如删除旧文件，然后再试。
error-io = Carnet 无法读取或写入你记录本的文件。请检查文件夹是否存在、你是否有权限写入，然后再试。
error-internal = Carnet 内部出了问题。这是 Carnet 的错，不是你的错。请告诉制作 Carnet 的人。

## Entries

error-not-found = 没有编号为“{ $id }”的条目。请检查编号后再试。
error-ambiguous-id = 有不止一个条目以“{ $id }”开头。请多输入几位编号。

## Values the person typed

error-invalid-kind = “{ $value }”不是条目类型。请用 skill, qualification, experience, language 或 learning。
error-invalid-date = “{ $value }”不是日期。请写年份（2019）、月份（2019-05）或日期（2019-05-14）。
error-invalid-level = { $kind ->
    [language] “{ $value }”不是语言水平。请用 A1、A2、B1、B2、C1 或 C2。
    [qualification] “{ $value }”不是资格证书的级别。请用 1 到 8 的数字（EQF）。
    [learning] “{ $value }”不是课程的级别。请用 1 到 8 的数字（EQF）。
    [eqf] “{ $value }”不是 EQF 级别。请用 1 到 8 的数字。
   *[other] “{ $value }”不是水平。请用 basic, intermediate, advanced 或 expert。
}
error-invalid-country = “{ $value }”不是国家代码。请用两个字母，例如 SY、AF、ER 或 DE。
error-invalid-language = “{ $value }”不是语言代码。请用简短代码，例如 ar、fa-AF 或 en。
error-invalid-esco = “{ $value }”不是 ESCO 地址。它以 http://data.europa.eu/esco/ 开头
error-invalid-isco = “{ $value }”不是 ISCO-08 职业代码。请用 1 到 4 位数字，例如 7212。
error-invalid-proficiency = “{ $value }”不是水平。请用 basic, intermediate, advanced 或 expert。
error-invalid-context = “{ $value }”不是学习方式。请用 formal, non-formal 或 informal。
error-invalid-stage = “{ $value }”不是阶段。请用 recruitment, pre-departure, arrival, career 或 return。
error-invalid-field = “{ $value }”不是你可以修改的内容。请用其中之一：{ $expected }。
error-empty-field = { $field ->
    [title] 标题是空的。请写一个简短的标题。
   *[other] { $field } 是空的。请在里面写点东西。
}
error-date-order = 结束日期 { $to } 早于开始日期 { $from }。请检查这两个日期。
error-import-format = 这个文件不是 Carnet 的导出文件，所以无法读取。请选择 Carnet 导出的文件。

## Photos

error-evidence-not-an-image = 这个文件不是照片。Carnet 接受 JPEG、PNG 和 WebP 图片。
error-evidence-unsupported-format = 这是 { $format } 图片，Carnet 不能使用。请另存为 JPEG、PNG 或 WebP，然后再试。
error-evidence-damaged = 照片已损坏或不完整。请重新拍摄或选择照片。
error-evidence-too-large = 图片太大（{ $width } × { $height } 像素）。请用较低的画质拍照，或选择较小的副本。
error-evidence-file-too-big = 文件太大（{ $megabytes } MB）。上限是 32 MB。请选择较小的文件。
error-evidence-encode-failed = Carnet 无法保存照片。请再试一次。如果还是不行，请告诉制作 Carnet 的人。

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }”不是同步站地址。同步站地址看起来像 http://192.168.1.10:8470。请向中心要地址。
error-sync-no-hub = 这个记录本还没有设置同步站。请向中心要他们同步站的地址。
error-sync-unreachable = Carnet 连不上 { $url } 的同步站。你的记录本在这台设备上很安全。连上中心的网络后再试。
error-sync-refused = 同步站不接受这台设备使用这个记录本。如果你已从记录本中移除了这台设备，这是正常的。否则，请问中心。
error-sync-unknown-logbook = 同步站还没有这个记录本的副本。请先同步有你记录本的那台设备，然后再试。
error-sync-rate-limited = 同步站很忙。请等 { $seconds } 秒，然后再试。你的记录本在这台设备上很安全。
error-sync-hub-full = 同步站没有空间放你的记录本了。你的记录本在这台设备上很安全。请问中心。
error-sync-hub-error = 同步站出了问题（{ $status } { $code }）。你的记录本在这台设备上很安全。请稍后再试，或问中心。
error-sync-protocol = 同步站发来了这个版本的 Carnet 读不懂的内容。你的记录本在这台设备上很安全。请更新 Carnet，或问中心。
error-sync-forged = 同步站发来的更改已损坏或被人改过。Carnet 没有使用它，你的记录本没有变。请告诉中心。
error-sync-incomplete = 同步站没有发来所有应该发的更改。Carnet 没有使用它们，你的记录本没有变。请稍后再试，或告诉中心。
error-sync-unknown-epoch = 这台设备没有你记录本最新的钥匙，所以读不了同步站上的内容。如果你移除了这台设备，这是正常的。否则，请重新配对。
error-sync-rolled-back = 同步站丢失了一些数据。这台设备上的记录本是完整的，没有变。请告诉中心。
error-sync-pairing-code = 这不是配对代码，或者缺了一部分。请在你的另一台设备上重新显示代码，然后完整地扫描或输入。
error-sync-pairing-expired = 这个配对代码太旧了。请在你的另一台设备上显示新代码。
error-sync-pairing-taken = 另一台设备已经回应了这个配对代码。没有共享任何东西。请在你的另一台设备上显示新代码，然后再试。
error-sync-pairing-refused = 你的另一台设备拒绝了这次配对。没有共享任何东西。
error-sync-remove-self = 这就是你正在用的设备。要移除它，请在你的另一台设备上操作。
error-sync-cancelled = 你停止了等待另一台设备。没有共享任何东西。两台设备都准备好后再开始。

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = 这不是 Carnet 恢复单的方形码，或者 Carnet 没能读完整。请把整个码拍得清楚一些，或输入 12 个词。
error-sync-recovery-words = { $problem ->
    [count] 恢复单有 12 个词；你给了 { $position } 个。请按顺序输入全部 12 个。
    [unknown] 第 { $position } 个词不是恢复单上的词。请对照恢复单检查拼写。
   *[other] 这些词对不上：有一个错了，或者有两个顺序颠倒了。请对照恢复单检查每个词。
}
error-sync-recovery-no-box = 同步站上没有这张恢复单的内容。可能已经被更新的恢复单取代，或者这张恢复单是另一个同步站的。请用你最新的恢复单。
error-sheet-write = Carnet 无法把恢复单写到 { $path }。请检查文件夹和空闲空间。（{ $reason }）

## The ESCO taxonomy

error-taxonomy-missing = Carnet 找不到它的 ESCO 数据文件（{ $path }）。请重新安装 Carnet。
error-taxonomy-damaged = Carnet 的 ESCO 数据文件已损坏（{ $reason }）。请重新安装 Carnet。
error-unknown-concept = ESCO 中没有叫“{ $concept }”的技能或职业。请用 carnet esco search 查找它的地址。
error-not-an-occupation = “{ $concept }”是 ESCO 技能，不是职业。请用 carnet esco search --kind occupation 查找职业。

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet 在这张图片里找不到方形码。请把整个码拍得清楚一些，或者直接输入代码。
error-save-file = Carnet 无法在 { $path } 保存文件。请检查空闲空间。（{ $reason }）

## Voice notes

error-evidence-not-audio = 这个文件不是录音。Carnet 接受 WebM、Ogg、MP4、M4A、AAC、MP3 和 WAV 声音文件。
error-evidence-audio-is-video = 这个文件是视频。Carnet 只保存声音。请录一段语音留言，或选择一个声音文件。
error-evidence-audio-too-big = 声音文件太大（{ $megabytes } MB）。上限是 5 MB。请录一段短一点的语音留言。
error-evidence-audio-damaged = 声音文件已损坏或不完整。请重新录制或选择。
error-evidence-not-evidence = 这个文件不是照片，也不是录音。Carnet 接受照片（JPEG、PNG、WebP）和声音文件（WebM、Ogg、MP4、M4A、AAC、MP3、WAV）。
error-microphone-denied = Carnet 不能使用麦克风。请在手机设置中允许，或附上一个声音文件。
error-microphone-failed = Carnet 无法录音。请再试一次，或附上一个声音文件。
error-recording-empty = 什么也没录到。请再试一次，按下按钮后再说话。
error-evidence-missing = 这张照片或这段语音留言还不在这台设备上（{ $sha }）。同步后就能拿到。
