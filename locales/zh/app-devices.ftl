# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = 添加另一台设备
app-pair-intro = 把你的记录本放到你的另一部手机或电脑上。两台设备都需要同步站。
app-pair-start = 添加另一台设备
app-pair-passphrase = 要添加设备，请输入你的密码。
app-pair-show = 显示代码
app-pair-scan = 在新设备上选择“加入记录本”，然后扫描这个方形码，或输入它下面的文字。
app-pair-qr-alt = 用新设备扫描的方形码
app-pair-code-label = 代码的文字
app-pair-expires = 代码还能用 { $time }。
app-pair-waiting = 正在等待新设备…
app-pair-request = “{ $name }”想要你的记录本。
app-pair-compare = 新设备上显示的是同一个代码吗？
app-pair-approve = 是，允许
app-pair-refuse = 不
app-pair-approved = “{ $name }”现在有你的记录本了。它同步后会出现在设备列表里。
app-pair-refused = 你拒绝了。“{ $name }”什么也没有得到。
app-pair-again = 显示新代码

## Sync screen: the devices of this logbook

app-devices-title = 你的设备
app-devices-none = 还没有设备同步过这个记录本。同步一次，这台设备就会显示在这里。
app-devices-this = 这台设备
app-devices-added = 添加于 { $date }
app-devices-removed = 移除于 { $date }
app-devices-remove = 移除
app-devices-remove-confirm = 移除“{ $name }”吗？手机丢了、卖了或送人时，请这样做。
app-devices-remove-consequences = 它会保留已有的内容，但以后收不到你新添加的任何东西。你的记录本会换一把新钥匙，你的其他设备同步时会拿到它。要再用那台设备，请重新添加它。
app-devices-remove-yes = 是，移除
app-devices-removed-done = “{ $name }”已移除。你的记录本现在有了新钥匙，那台设备没有这把钥匙。
app-devices-new-sheet = 你的恢复单上还是旧钥匙。请现在到“设置”里做一张新的，并销毁旧的。

## First run: another way to start

app-start-other = 你已经有记录本了吗？
app-start-join = 从另一台设备加入
app-start-recover = 用恢复单找回

## First run: joining a logbook from another device

app-join-title = 加入记录本
app-join-intro = 在你的另一台设备上打开“同步”，选择“添加另一台设备”。它会显示一个代码。
app-join-code = 代码（以 CNP1: 开头）
app-join-code-hint = 在这里粘贴或输入代码
app-join-picture = 打开代码的图片
app-join-name = 给这台设备起个名字
app-join-name-default = 我的新设备
app-join-passphrase = 为这台设备选一个密码
app-join-send = 继续
app-join-check = 你的另一台设备必须显示同一个代码。请在那里允许。
app-join-waiting = 正在等你的另一台设备允许…
app-join-copying = 正在复制你的记录本…

## First run: recovering a logbook with a recovery sheet

app-recover-title = 找回你的记录本
app-recover-intro = 使用你的恢复单和密码。Carnet 会从同步站取回你的记录本。
app-recover-by-words = 输入 12 个词
app-recover-by-code = 使用方形码
app-recover-words = 12 个词，按顺序
app-recover-words-hint = 词1 词2 词3 …
app-recover-hub = 恢复单上的同步站地址
app-recover-code = 方形码的文字（以 CNS1: 开头）
app-recover-picture = 打开恢复单的照片
app-recover-passphrase = 你的密码（以前用的那个）
app-recover-start = 找回我的记录本

## Reading a square code from a picture

app-picture-read = 已从图片中读出代码。
app-scan-camera = 用相机扫描
error-camera-scan = 没有读到代码。如果 Carnet 不能使用相机，请在手机设置中允许。你也可以打开代码的照片。

## Settings: the recovery sheet

app-sheet-title = 恢复单
app-sheet-intro = 恢复单是一张纸，上面有 12 个词和一个方形码。如果你丢了这部手机，用恢复单和你的密码就能在新手机上找回记录本。把恢复单放在安全的地方，不要和手机放在一起。不要把密码和它放在一起。
app-sheet-replaces = 新的恢复单会取代旧的：旧恢复单将不能再用。
app-sheet-needs-hub = 恢复单需要同步站。请先在“同步”页面设置同步站地址。
app-sheet-passphrase = 输入你的密码来制作恢复单
app-sheet-format = 保存为
app-sheet-pdf = PDF，用来打印
app-sheet-png = 图片
app-sheet-make = 制作恢复单
app-sheet-saved = 你的恢复单已保存在 { $path }。请打印出来，或抄下下面的词，把纸放在安全的地方。
app-sheet-english = 恢复单是英文的：Carnet 还不能在上面写出你的语言的文字。
app-sheet-words = 你的 12 个词

## Settings: export and import

app-export-title = 导出和导入
app-export-intro = 导出会把你的整个记录本存成一个文件，可以自己保存，或交给你选定的人。
app-export-consent = 这个文件里的记录本是可以直接读的：它没有用你的密码锁上。任何拿到文件的人都能读到里面的所有内容。照片不在文件里。
app-export-agree = 我明白了。保存文件
app-export = 导出
app-export-saved = { $count ->
   *[other] 已将 { $count } 个条目保存到 { $path }。
}
app-import-intro = 导入会把导出文件里的内容加到这个记录本里。记录本里的东西都不会被删除。
app-import = 导入文件
app-import-added = { $count ->
    [0] 没有新条目。
   *[other] 新增了 { $count } 个条目。
}
app-import-updated = { $count ->
    [0] 没有条目被更改。
   *[other] 更改了 { $count } 个条目。
}
app-import-unchanged = { $count ->
    [0] 没有条目原本就相同。
   *[other] 有 { $count } 个条目原本就相同。
}
app-import-profile = 你的个人资料已更新。
app-import-missing-photos = { $count ->
   *[other] 文件中提到的 { $count } 张照片不在这台设备上。
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = 你的恢复单仍然有效，使用你的新密码。
app-passphrase-sheet-not-updated = 无法在同步站更新你的恢复单。在你做新的恢复单之前，它需要你的旧密码。连上网络后，请做一张新的恢复单。

## This device's name

app-device-name = 这台设备的名字
app-device-name-hint = 你的其他设备显示的这台设备的名字，例如“阿米娜的手机”。
app-device-name-saved = 已保存。这台设备同步后，你的其他设备就会显示它。
