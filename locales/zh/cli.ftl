# Review status: machine-drafted, needs review by a native speaker.

## Help: headings

cli-help-usage = 输入方式：
cli-help-commands = 命令：
cli-help-arguments = 要给出的内容：
cli-help-options = 选项：
cli-help-examples = 例子：

## Help: the whole program

cli-about = Carnet 记录你会做的事：技能、工作、语言、文凭和课程。记录保存在你的设备上，用你的密码锁上。

cli-examples =
    创建记录本：         carnet init
    添加技能：           carnet add skill --title "Welding" --level advanced
    查看你的条目：       carnet list
    查看一个条目：       carnet show 3f2a
    查看命令的帮助：     carnet add --help

cli-opt-data-dir = 保存你记录本的文件夹。你也可以设置 CARNET_DATA_DIR。
cli-opt-json = 用 JSON 回答，给其他程序使用。
cli-opt-lang = Carnet 信息使用的语言，例如 ar、fa、fr、uk 或 en。
cli-opt-help = 显示这个帮助。
cli-opt-version = 显示 Carnet 的版本。

## Help: commands

cli-cmd-init = 创建一个新的记录本，用密码锁上。
cli-cmd-passphrase = 更改你记录本的密码。
cli-cmd-passphrase-change = 更改你的密码。先输入旧密码，再输入两次新密码。
cli-cmd-profile = 查看或更改你的个人资料：你的名字、你的国家、你的语言。
cli-cmd-profile-show = 显示你的个人资料。
cli-cmd-profile-set = 更改你的个人资料。要清除某项，给它一个空值，例如 --contact ""。
cli-cmd-add = 添加一个条目：技能、资格证书、工作经历、语言或课程。
cli-cmd-list = 列出你的条目。
cli-cmd-show = 显示一个条目的全部内容。
cli-cmd-edit = 修改一个条目。
cli-cmd-rm = 删除一个条目。
cli-cmd-search = 查找含有某些词的条目。
cli-cmd-detach = 从条目中拿掉一张照片或一段语音留言。除非另一个条目也用到它，否则也会从这台设备上删除。
cli-cmd-attach = 给条目添加一张文件的照片，例如文凭、证书或工作证明。或者添加一段语音留言：你讲述这项技能的声音文件。
cli-cmd-export = 把你的整个记录本写成一个其他程序能读的文件。
cli-cmd-import = 把 Carnet 导出文件读进你的记录本。记录本里的东西都不会被删除。
cli-cmd-devices = 有你记录本的设备。
cli-cmd-devices-list = 显示有你记录本的设备。
cli-cmd-devices-remove = 从一台设备上拿走你的记录本，例如丢失的手机。以后你添加的内容它都读不到。
cli-cmd-pair = 把你的记录本放到你的另一台设备上，例如新手机。
cli-cmd-pair-show = 在有你记录本的设备上：为新设备显示一个代码，然后允许它。
cli-cmd-pair-join = 在新设备上：用你另一台设备显示的代码获取你的记录本。
cli-cmd-sync = 把你的更改发送到中心的同步站，并获取你在其他设备上做的更改。同步站只保存一份它读不了的加锁副本。

## Help: what to give to the commands

cli-arg-kind = 条目的种类：skill（技能）、qualification（资格证书）、experience（工作）、language（语言）或 learning（课程）。
cli-arg-title = 一个简短的名称，例如 "Welding" 或 "Driving licence B"。
cli-arg-description = 更多说明，如果你想写的话。
cli-arg-level = 你的水平。技能或工作：basic, intermediate, advanced 或 expert。语言：A1（初学）到 C2（很好）。资格证书或课程：它的 EQF 级别，从 1 到 8。
cli-arg-eqf = 文凭或课程的 EQF 级别，从 1 到 8，如果你知道的话。
cli-arg-from = 开始时间：年份（2019）、月份（2019-05）或日期（2019-05-14）。
cli-arg-to = 结束时间，写法相同。如果还在进行，就不要写。
cli-arg-organisation = 雇主、学校或培训中心。
cli-arg-place = 城镇或地点。
cli-arg-country = 国家，两个字母，例如 SY、AF、DE。
cli-arg-context = 你是怎么学的：formal（学校、文凭）、non-formal（课程）或 informal（边做边学）。
cli-arg-written-in = 你写这个条目用的语言，简短代码，例如 ar 或 en。
cli-arg-esco = 技能或工作的 ESCO 地址，如果你知道的话。
cli-arg-isco = ISCO-08 职业代码（1 到 4 位数字），如果你知道的话。
cli-arg-stage = 在你旅程的哪个阶段这很重要：recruitment, pre-departure, arrival, career 或 return。可以给多个。

cli-arg-list-kind = 只显示这种条目：skill, qualification, experience, language 或 learning。
cli-arg-list-stage = 只显示这个阶段的条目：recruitment, pre-departure, arrival, career 或 return。

cli-arg-id = 条目的编号。前 4 个或更多字符就够了。要查看编号，请输入：carnet list
cli-arg-set = 一项更改，写成 FIELD=VALUE，例如 level=advanced。要改更多，就再给一次。空值会清除这一项。可改的项有：title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco。
cli-arg-text = 要找的词。
cli-arg-evidence = 要拿掉的照片或语音留言：它的编号，和 carnet show、carnet attach 显示的一样（前 8 个或更多字符就够了）。
cli-arg-photo = 一张照片（JPEG、PNG 或 WebP）或一个声音文件（WebM、Ogg、MP4、M4A、AAC、MP3 或 WAV，最大 5 MB）。Carnet 会查看文件内容来判断是哪种。它会去掉隐藏的数据，例如照片的拍摄地点。
cli-arg-format = 文件的种类。目前只有 json。
cli-arg-file = 要读的导出文件。

cli-arg-name = 你的名字，就是你希望别人看到的样子。
cli-arg-birth-date = 你的出生日期：1990、1990-05 或 1990-05-14。
cli-arg-origin = 你来自的国家，两个字母，例如 SY、AF、ER。
cli-arg-current = 你现在住的国家，两个字母，例如 DE、FR。
cli-arg-contact = 别人怎么联系你，例如电话号码或电子邮件。
cli-arg-language = 你会的一种语言，简短代码，例如 ar、fa-AF 或 en。下面的选项都是关于这种语言的。
cli-arg-mother-tongue = 这种语言是你的母语。
cli-arg-not-mother-tongue = 这种语言不是你的母语。
cli-arg-listening = 你听懂别人说话的程度：A1（初学）到 C2（很好）。
cli-arg-reading = 你的阅读水平：A1 到 C2。
cli-arg-spoken-interaction = 你参与交谈的水平：A1 到 C2。
cli-arg-spoken-production = 你独自讲话的水平：A1 到 C2。
cli-arg-writing = 你的写作水平：A1 到 C2。
cli-arg-remove-language = 从你的个人资料中去掉一种语言。
cli-arg-hub = 中心同步站的地址，例如 http://192.168.1.10:8470。Carnet 会记住它。
cli-arg-device-id = 设备的编号，和 carnet devices list 显示的一样（前 4 个或更多字符就够了）。
cli-arg-pair-approve = 如果新设备显示这个代码，就不问直接允许（给帮助者和脚本用）。
cli-arg-pair-code = 你另一台设备显示的代码。它以 CNP1: 开头
cli-arg-pair-name = 这台设备的名字，让你在另一台设备上认出它（例如 "Amal's phone"）。
cli-arg-sync-status = 只显示上次同步的时间和有多少更改在等待。不发送任何东西。
cli-arg-sync-watch = 一直同步。连不上同步站时，稍后再试，每次等得更久一些。
cli-arg-sync-every = 和 --watch 一起用：两次同步之间等多少秒（不写的话是 300）。

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = 选一个至少 { $min } 个字符的密码。每次打开记录本都需要它。没有人能帮你找回。
cli-passphrase-prompt = 密码：
cli-passphrase-new-prompt = 新密码：
cli-passphrase-repeat-prompt = 再输入一次新密码：
cli-passphrase-changed = 你的密码已更改。以后请用新密码。

## Answers

cli-init-done = 你的记录本准备好了。它在这个文件夹里：{ $dir }
cli-init-next = 请保管好你的密码。没有它，谁也打不开你的记录本，包括你自己。接下来，添加你会做的事，例如：carnet add skill --title "Cooking"

cli-list-empty = 你的记录本还没有条目。要添加一个，请输入：carnet add skill --title "Cooking"
cli-list-none-match = 没有条目符合你的要求。
cli-search-none = 没有条目含有这些词。试试别的词，或输入：carnet list

cli-edit-saved = 你的更改已保存。
cli-rm-done = 已删除：{ $title }
cli-detached = 照片或语音留言已从条目中拿掉。

cli-profile-saved = 你的个人资料已保存。
cli-profile-empty = 你的个人资料是空的。要添加你的名字，请输入：carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] 添加了 { $count } 个条目。
}
cli-import-updated = { $count ->
   *[other] 更新了 { $count } 个条目。
}
cli-import-unchanged = { $count ->
   *[other] 有 { $count } 个条目原本就相同。
}
cli-import-profile-updated = 你的个人资料也更新了。
cli-import-missing-photos = { $count ->
   *[other] 有 { $count } 张照片不在这台设备上。导出文件不包含照片。请用这个命令重新添加：carnet attach
}

## Showing an entry or a profile

cli-label = { $label }：

cli-show-id = 编号
cli-show-kind = 种类
cli-show-added = 添加于
cli-show-changed = 修改于
cli-show-evidence = 照片和语音留言
cli-show-photo = { $sha }  { $width } × { $height } 像素，{ $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } 像素，不在这台设备上
cli-show-voice = { $sha }  语音留言，{ $kilobytes } KB
cli-show-voice-missing = { $sha }  语音留言，不在这台设备上
cli-show-conflicts = 另一台设备也写了：
cli-show-conflicts-hint = 要保留其中一个，请输入：carnet edit { $id } --set FIELD=VALUE

cli-field-title = 标题
cli-field-description = 说明
cli-field-written-in = 书写语言
cli-field-esco = ESCO
cli-field-isco = ISCO-08 职业代码
cli-field-level = 水平
cli-field-eqf = EQF 级别
cli-field-organisation = 机构
cli-field-place = 地点
cli-field-country = 国家
cli-field-from = 从
cli-field-to = 到
cli-field-context = 学习方式
cli-field-stages = 阶段

cli-kind-skill = 技能
cli-kind-qualification = 资格证书
cli-kind-experience = 工作经历
cli-kind-language = 语言
cli-kind-learning = 课程

cli-context-formal = 正规（学校、文凭）
cli-context-non-formal = 非正规（课程）
cli-context-informal = 非正式（边做边学）

cli-stage-recruitment = 招聘
cli-stage-pre-departure = 出发前
cli-stage-arrival = 到达
cli-stage-career = 工作
cli-stage-return = 回国

cli-proficiency-basic = 基础
cli-proficiency-intermediate = 中等
cli-proficiency-advanced = 高级
cli-proficiency-expert = 专家

cli-level-eqf = EQF { $level } 级

cli-profile-name = 名字
cli-profile-birth-date = 出生日期
cli-profile-origin = 来自
cli-profile-current = 现住
cli-profile-contact = 联系方式
cli-profile-languages = 语言
cli-profile-mother-tongue = { $language }（母语）
cli-profile-language-levels = { $language }：{ $levels }
cli-cefr-listening = 听 { $level }
cli-cefr-reading = 读 { $level }
cli-cefr-spoken-interaction = 与人交谈 { $level }
cli-cefr-spoken-production = 说 { $level }
cli-cefr-writing = 写 { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet 在这里不认识“{ $arg }”。
cli-error-unknown-command = 没有“{ $command }”这个命令。
cli-error-invalid-value = “{ $value }”不能用于 { $arg }。
cli-error-missing-value = { $arg } 后面需要一个值。
cli-error-valid-values = 你可以用：{ $values }
cli-error-missing-argument = 缺少了：{ $arg }
cli-error-missing-command = 请说明在“{ $command }”后面 Carnet 要做什么。
cli-error-valid-commands = 命令有：{ $commands }
cli-error-conflict = { $arg } 不能和 { $other } 一起用。
cli-error-no-equals = 写 { $arg } 时，后面紧跟等号和值。
cli-error-too-many-values = { $arg } 需要的值更少。“{ $value }”多了一个。
cli-error-wrong-number-of-values = { $arg } 的值的数量不对。
cli-error-invalid-utf8 = Carnet 读不懂你输入的某些字符。请重新输入。
cli-error-did-you-mean = 你是想输入 { $suggestion } 吗？
cli-error-usage = Carnet 不明白这个命令。
cli-error-usage-hint = 输入 { $command } --help 查看你可以输入什么。
cli-error-set-format = “{ $value }”不是一项更改。请写 FIELD=VALUE，例如 --set level=advanced
cli-error-nothing-to-change = 没有要更改的内容。请至少给一个选项，例如 --name "Your name"。

cli-error-passphrase-unavailable = Carnet 需要密码，但在这里无法询问。请在终端里运行 Carnet，或设置 { $variable }。
cli-error-passphrase-mismatch = 两次输入的密码不一样。没有做任何更改。请再试一次。
cli-error-read-file = Carnet 无法读取文件 { $path }。请检查文件名和文件夹，然后再试。
cli-error-no-data-dir = Carnet 找不到放你记录本的文件夹。请用 --data-dir 选一个，例如 --data-dir ./carnet
cli-error-output = Carnet 无法写出回答。请检查磁盘是否已满，然后再试。
cli-error-details = 给帮助者的详细信息：{ $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = 要创建一个，请输入：carnet init
cli-hint-already-exists = 要查看里面有什么，请输入：carnet list。要第二个记录本，请用 --data-dir 选另一个文件夹。
cli-hint-not-found = 要查看编号，请输入：carnet list
cli-hint-ambiguous-id = 要查看编号，请输入：carnet list
cli-hint-import-format = 请选择用这个命令做的文件：carnet export --format json
cli-hint-invalid-field = 要查看可改项的列表，请输入：carnet edit --help

## carnet sync

cli-sync-phase-sending = 正在发送
cli-sync-phase-receiving = 正在接收
cli-sync-phase-photos = 照片
cli-sync-done = 已与 { $hub } 同步。
cli-sync-changes = { $sent ->
   *[other] 发送了 { $sent } 项更改
}，{ $received ->
   *[other] 收到了 { $received } 项更改。
}
cli-sync-photos = { $sent ->
   *[other] 发送了 { $sent } 张照片
}，{ $received ->
   *[other] 收到了 { $received } 张照片。
}
cli-sync-bytes = 使用的数据：上传 { $up } KB，下载 { $down } KB。
cli-sync-retry = { $seconds ->
   *[other] { $seconds } 秒后再试。
}
cli-sync-status-hub = 同步站：{ $hub }
cli-sync-status-last = 上次同步：{ $when }
cli-sync-status-pending = { $count ->
    [0] 没有等待的更改。
   *[other] 有 { $count } 项更改等待发送。
}
cli-sync-no-hub = 还没有
cli-sync-never = 从未
cli-hint-sync-no-hub = 要设置它，请输入：carnet sync --hub ADDRESS
cli-hint-sync-unreachable = 你的更改已保留。要稍后再试，请输入：carnet sync

## carnet pair

cli-pair-show-scan = 用你的新设备扫描这个码，或在那里输入下面的文字。
cli-pair-show-expires = 这个代码 10 分钟内有效。
cli-pair-show-request = 设备“{ $name }”想要你的记录本。它的代码是 { $fingerprint }。
cli-pair-show-ask = 你的新设备显示的是同一个代码吗？输入 是 表示允许，或输入 不。
cli-pair-yes = 是
cli-pair-show-approved = “{ $name }”现在有你的记录本了。
cli-pair-show-refused = 你拒绝了。“{ $name }”什么也没有得到。
cli-pair-default-name = 新设备
cli-pair-join-check = 你的另一台设备必须显示这个代码：{ $fingerprint }。请在那里允许。
cli-pair-join-done = { $count ->
   *[other] 这台设备现在有你的记录本了，共 { $count } 个条目。
}

## carnet devices

cli-devices-none = 还没有设备同步过这个记录本。
cli-devices-line = { $id }  { $name }  （自 { $added } 起）
cli-devices-this = ← 这台设备
cli-devices-removed = （移除于 { $when }）
cli-devices-removed-done = “{ $name }”已移除。你的记录本现在有了新钥匙，那台设备没有这把钥匙。
cli-devices-new-sheet = 你的恢复单上还是旧钥匙。请现在打印一张新的，并销毁旧的：carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = 打印恢复单：如果你丢了这部手机，用它和你的密码就能在新手机上找回记录本。
cli-cmd-recover = 在新设备上：用你的恢复单和密码找回你的记录本。
cli-arg-recovery-out = 要写入恢复单的文件。它必须以 .png 或 .pdf 结尾。
cli-arg-recover-sheet = 你恢复单的照片或扫描件（PNG 或 JPEG）。Carnet 会读取上面的方形码。
cli-arg-recover-words = 你恢复单上的 12 个词，按顺序，放在引号里。还要给出 --hub。
cli-arg-recover-hub = 印在你恢复单上的同步站地址，例如 http://192.168.1.10:8470。
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet 可以把恢复单写成 .png 或 .pdf 文件，不能写成“{ $path }”。
cli-recovery-sheet-done = 你的恢复单在 { $path }。请打印出来，把纸放在安全的地方，不要和手机放在一起。
cli-recovery-sheet-english = 恢复单是英文的：Carnet 还不能在上面正确写出你的语言的文字。
cli-recovery-sheet-replaced = 你以前打印的恢复单都不能再用了。请销毁它们。
cli-recover-done = { $count ->
   *[other] 你的记录本已回到这台设备上：{ $count } 个条目。
}
cli-passphrase-sheet-updated = 你的恢复单仍然有效，使用你的新密码。
cli-passphrase-sheet-not-updated = 无法在同步站更新你的恢复单。在你打印新的恢复单之前，它需要你的旧密码。连上网络后，请打印新的恢复单：carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Carnet 恢复单
cli-sheet-made = 制作于 { $date }
cli-sheet-hub = 同步站：{ $hub }
cli-sheet-words = 你的 12 个词
cli-sheet-instructions =
    请把这张纸放在安全的地方。用它和你的密码，就能在新手机上找回记录本：
    1. 在新手机上安装 Carnet，选择找回记录本。
    2. 扫描方形码，或输入 12 个词和同步站地址。
    3. 输入你的密码。记录本会从同步站回来。
    在电脑上：carnet recover --sheet photo.jpg
cli-sheet-warning = 只有这张纸打不开你的记录本：还需要你的密码。不要把它们放在一起。如果你打印了新的恢复单，这张就不能再用了。
