# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = 用 PIN 打开
app-pin-intro = PIN 是一个简短的数字，只能在这台设备上打开你的记录本。你的密码仍然有效，其他设备仍然需要密码。
app-pin-unavailable = 这台设备没有安全的地方保存 PIN。请用你的密码打开记录本。
app-pin-on = 在这台设备上，可以用 PIN 打开你的记录本。
app-pin-new = 新 PIN（6 到 12 位数字）
app-pin-again = 再输入一次 PIN
app-pin-set = 使用这个 PIN
app-pin-set-done = 你的 PIN 设置好了。下次可以用它打开记录本。
app-pin-remove = 停止使用 PIN
app-pin-removed = PIN 已关闭。请用你的密码打开记录本。
app-pin-mismatch = 两次输入的 PIN 不一样。请重新输入。

## Unlock

app-pin = PIN
app-pin-unlock = 用我的 PIN 打开
app-pin-use-passphrase = 改用我的密码
app-pin-use-pin = 用我的 PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN 是 6 到 12 位数字，不能有别的字符。
error-pin-wrong = 这个 PIN 不对。{ $left ->
   *[other] 还能试 { $left } 次，之后需要用你的密码。
}
error-pin-locked = 输错 PIN 的次数太多，PIN 已关闭。请用你的密码打开记录本，然后可以设置新的 PIN。
error-pin-none = 这台设备上没有 PIN。请用你的密码打开记录本。
error-pin-keystore = 这台设备的安全存储没有回应，所以现在不能使用 PIN。请用你的密码打开记录本。
