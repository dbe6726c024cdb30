# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Thêm thiết bị khác
app-pair-intro = Đưa sổ ghi chép sang một điện thoại hoặc máy tính khác của bạn. Cả hai thiết bị đều cần máy chủ.
app-pair-start = Thêm thiết bị khác
app-pair-passphrase = Để thêm thiết bị, hãy gõ mật khẩu của bạn.
app-pair-show = Hiện mã
app-pair-scan = Trên thiết bị mới, chọn “Tham gia một sổ ghi chép”, rồi quét mã vuông này hoặc gõ dòng chữ bên dưới.
app-pair-qr-alt = Mã vuông để quét bằng thiết bị mới
app-pair-code-label = Mã dạng chữ
app-pair-expires = Mã còn dùng được trong { $time }.
app-pair-waiting = Đang chờ thiết bị mới…
app-pair-request = “{ $name }” muốn có sổ ghi chép của bạn.
app-pair-compare = Thiết bị mới có hiện đúng mã này không?
app-pair-approve = Có, cho phép
app-pair-refuse = Không
app-pair-approved = “{ $name }” giờ đã có sổ ghi chép của bạn. Thiết bị sẽ hiện trong danh sách sau khi đồng bộ.
app-pair-refused = Bạn đã từ chối. “{ $name }” không nhận được gì.
app-pair-again = Hiện mã mới

## Sync screen: the devices of this logbook

app-devices-title = Các thiết bị của bạn
app-devices-none = Chưa có thiết bị nào đồng bộ sổ ghi chép này. Hãy đồng bộ, thiết bị này sẽ hiện ở đây.
app-devices-this = Thiết bị này
app-devices-added = Đã thêm ngày { $date }
app-devices-removed = Đã gỡ ngày { $date }
app-devices-remove = Gỡ
app-devices-remove-confirm = Gỡ “{ $name }”? Dùng khi điện thoại bị mất, đã bán hoặc đã cho người khác.
app-devices-remove-consequences = Thiết bị đó vẫn giữ những gì đã có, nhưng không nhận được gì bạn thêm từ bây giờ. Sổ ghi chép của bạn có khóa mới, các thiết bị khác của bạn sẽ nhận khóa này khi đồng bộ. Muốn dùng lại thiết bị đó, hãy thêm lại.
app-devices-remove-yes = Có, gỡ
app-devices-removed-done = Đã gỡ “{ $name }”. Sổ ghi chép của bạn giờ có khóa mới, thiết bị đó không có khóa này.
app-devices-new-sheet = Tờ khôi phục của bạn có khóa cũ. Hãy làm tờ mới ngay trong Cài đặt, và hủy tờ cũ.

## First run: another way to start

app-start-other = Bạn đã có sổ ghi chép chưa?
app-start-join = Lấy từ thiết bị khác
app-start-recover = Khôi phục bằng tờ giấy

## First run: joining a logbook from another device

app-join-title = Tham gia một sổ ghi chép
app-join-intro = Trên thiết bị kia, mở Đồng bộ và chọn “Thêm thiết bị khác”. Một mã sẽ hiện ra.
app-join-code = Mã (bắt đầu bằng CNP1:)
app-join-code-hint = Dán hoặc gõ mã vào đây
app-join-picture = Mở ảnh chụp mã
app-join-name = Tên cho thiết bị này
app-join-name-default = Thiết bị mới của tôi
app-join-passphrase = Chọn mật khẩu cho thiết bị này
app-join-send = Tiếp tục
app-join-check = Thiết bị kia phải hiện đúng mã này. Hãy cho phép trên thiết bị đó.
app-join-waiting = Đang chờ thiết bị kia cho phép…
app-join-copying = Đang sao chép sổ ghi chép…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Khôi phục sổ ghi chép
app-recover-intro = Dùng tờ khôi phục và mật khẩu của bạn. Carnet sẽ lấy lại sổ ghi chép từ máy chủ.
app-recover-by-words = Gõ 12 từ
app-recover-by-code = Dùng mã vuông
app-recover-words = 12 từ, theo đúng thứ tự
app-recover-words-hint = từ1 từ2 từ3 …
app-recover-hub = Địa chỉ máy chủ ghi trên tờ giấy
app-recover-code = Dòng chữ của mã vuông (bắt đầu bằng CNS1:)
app-recover-picture = Mở ảnh chụp tờ giấy
app-recover-passphrase = Mật khẩu của bạn (mật khẩu bạn dùng trước đây)
app-recover-start = Khôi phục sổ ghi chép

## Reading a square code from a picture

app-picture-read = Đã đọc được mã từ ảnh.
app-scan-camera = Quét bằng máy ảnh
error-camera-scan = Không đọc được mã nào. Nếu Carnet không được dùng máy ảnh, hãy cho phép trong phần cài đặt của điện thoại. Bạn cũng có thể mở ảnh chụp mã.

## Settings: the recovery sheet

app-sheet-title = Tờ khôi phục
app-sheet-intro = Tờ khôi phục là một tờ giấy có 12 từ và một mã vuông. Nếu bạn mất điện thoại này, tờ giấy và mật khẩu sẽ giúp lấy lại sổ ghi chép trên điện thoại mới. Hãy cất tờ giấy ở nơi an toàn, xa điện thoại. Đừng để mật khẩu chung với tờ giấy.
app-sheet-replaces = Tờ mới thay cho tờ cũ: tờ cũ sẽ không dùng được nữa.
app-sheet-needs-hub = Tờ này dùng máy chủ. Trước tiên hãy nhập địa chỉ máy chủ ở màn hình Đồng bộ.
app-sheet-passphrase = Gõ mật khẩu để làm tờ khôi phục
app-sheet-format = Lưu dưới dạng
app-sheet-pdf = PDF, để in
app-sheet-png = Ảnh
app-sheet-make = Làm tờ khôi phục
app-sheet-saved = Tờ khôi phục đã được lưu ở { $path }. Hãy in ra, hoặc chép lại các từ bên dưới, và cất tờ giấy ở nơi an toàn.
app-sheet-english = Tờ giấy được viết bằng tiếng Anh: Carnet chưa viết được chữ của ngôn ngữ bạn lên đó.
app-sheet-words = 12 từ của bạn

## Settings: export and import

app-export-title = Xuất và nhập
app-export-intro = Xuất là lưu toàn bộ sổ ghi chép vào một tệp, để bạn giữ hoặc đưa cho người bạn chọn.
app-export-consent = Tệp này chứa sổ ghi chép ở dạng đọc được: nó không được khóa bằng mật khẩu của bạn. Ai có tệp này đều đọc được mọi thứ trong đó. Ảnh không có trong tệp.
app-export-agree = Tôi hiểu. Lưu tệp
app-export = Xuất
app-export-saved = { $count ->
   *[other] Đã lưu { $count } mục vào { $path }.
}
app-import-intro = Nhập là thêm nội dung của một tệp đã xuất vào sổ ghi chép này. Không có gì trong sổ bị xóa.
app-import = Nhập một tệp
app-import-added = { $count ->
    [0] Không có mục mới.
   *[other] Đã thêm { $count } mục mới.
}
app-import-updated = { $count ->
    [0] Không có mục nào thay đổi.
   *[other] { $count } mục đã thay đổi.
}
app-import-unchanged = { $count ->
    [0] Không có mục nào giống sẵn.
   *[other] { $count } mục vốn đã giống nhau.
}
app-import-profile = Hồ sơ của bạn đã được cập nhật.
app-import-missing-photos = { $count ->
   *[other] { $count } ảnh có tên trong tệp nhưng không có trên thiết bị này.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Tờ khôi phục vẫn dùng được, với mật khẩu mới của bạn.
app-passphrase-sheet-not-updated = Không cập nhật được tờ khôi phục trên máy chủ. Cho đến khi bạn làm tờ mới, tờ này cần mật khẩu cũ. Hãy làm tờ mới khi có kết nối.

## This device's name

app-device-name = Tên thiết bị này
app-device-name-hint = Tên mà các thiết bị khác hiện cho thiết bị này, ví dụ “Điện thoại của Amina”.
app-device-name-saved = Đã lưu. Các thiết bị khác sẽ hiện tên này sau khi thiết bị này đồng bộ.
