# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = 照片和语音留言
app-evidence-hint = 展示你会做什么：给证书拍张照片，或者用声音说一说。
app-evidence-add-photo = 添加证书照片
app-evidence-record = 录一段语音留言
app-evidence-attach-sound = 附上声音文件
app-evidence-adding-photo = 正在添加照片…
app-evidence-adding-voice = 正在添加语音留言…
app-evidence-recording = 正在录音：{ $time } / { $max }
app-evidence-stop = 停止并保存
app-evidence-starting = 正在打开麦克风…
app-evidence-photo = 照片 { $number }
app-evidence-voice = 语音留言 { $number }
app-evidence-view = 看大图
app-evidence-close = 关闭
app-evidence-missing = 还不在这部手机上。同步后就能拿到。
app-evidence-other = 这是较新版本 Carnet 的文件。请更新 Carnet 来查看。
app-evidence-saved = 已保存。你可以再添加。
app-evidence-remove-confirm = 把这个从条目中拿掉吗？它也会从这台设备上删除。
