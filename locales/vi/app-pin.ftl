# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = Mở bằng mã PIN
app-pin-intro = Mã PIN là một dãy số ngắn để mở sổ ghi chép chỉ trên thiết bị này. Mật khẩu của bạn vẫn dùng được, và các thiết bị khác vẫn cần mật khẩu.
app-pin-unavailable = Thiết bị này không có chỗ an toàn để giữ mã PIN. Hãy mở sổ ghi chép bằng mật khẩu.
app-pin-on = Mã PIN mở sổ ghi chép trên thiết bị này.
app-pin-new = Mã PIN mới (6 đến 12 chữ số)
app-pin-again = Gõ lại mã PIN
app-pin-set = Dùng mã PIN này
app-pin-set-done = Mã PIN đã sẵn sàng. Lần sau, hãy mở sổ ghi chép bằng mã PIN.
app-pin-remove = Thôi dùng mã PIN
app-pin-removed = Mã PIN đã tắt. Hãy mở sổ ghi chép bằng mật khẩu.
app-pin-mismatch = Hai mã PIN không giống nhau. Hãy gõ lại.

## Unlock

app-pin = PIN
app-pin-unlock = Mở bằng mã PIN của tôi
app-pin-use-passphrase = Dùng mật khẩu thay thế
app-pin-use-pin = Dùng mã PIN của tôi

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Mã PIN có từ 6 đến 12 chữ số, không có gì khác.
error-pin-wrong = Mã PIN này không đúng. { $left ->
   *[other] Còn { $left } lần thử, sau đó bạn cần mật khẩu.
}
error-pin-locked = Sai mã PIN quá nhiều lần nên mã PIN đã tắt. Hãy mở sổ ghi chép bằng mật khẩu. Sau đó bạn có thể tạo mã PIN mới.
error-pin-none = Thiết bị này không có mã PIN. Hãy mở sổ ghi chép bằng mật khẩu.
error-pin-keystore = Bộ nhớ an toàn của thiết bị không phản hồi, nên lúc này không dùng được mã PIN. Hãy mở sổ ghi chép bằng mật khẩu.
