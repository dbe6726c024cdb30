# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app. Short, plain sentences; buttons of one or two words.

## First run: choosing a language

app-choose-language = Chọn ngôn ngữ của bạn
app-continue = Tiếp tục

## First run: making a passphrase

app-create-title = Bảo vệ sổ ghi chép của bạn
app-create-intro = Hãy chọn một mật khẩu. Chỉ bạn biết mật khẩu này. Carnet sẽ hỏi mật khẩu mỗi lần bạn mở sổ ghi chép.
app-passphrase = Mật khẩu
app-passphrase-again = Gõ lại lần nữa
app-passphrase-show = Hiện
app-passphrase-hide = Ẩn
app-strength-too-short = Quá ngắn: dùng ít nhất { $min } ký tự.
app-strength-weak = Yếu: vài từ ghép lại thì dễ nhớ hơn và khó đoán hơn.
app-strength-fair = Tốt. Dài hơn thì còn an toàn hơn.
app-strength-strong = Mạnh.
app-passphrase-mismatch = Hai mật khẩu không giống nhau. Hãy gõ lại.
app-create = Tạo sổ ghi chép của tôi
app-working = Vui lòng chờ…
app-back = Quay lại

## Unlock

app-unlock-title = Mở sổ ghi chép của bạn
app-unlock = Mở
app-lock = Khóa

## The logbook

app-logbook-title = Sổ ghi chép của tôi
app-logbook-empty = Sổ ghi chép của bạn đang trống. Hãy thêm một việc bạn biết làm.
app-add = Thêm
app-kind-skill = Kỹ năng
app-kind-qualification = Bằng cấp
app-kind-experience = Kinh nghiệm làm việc
app-kind-language = Ngôn ngữ
app-kind-learning = Khóa học
app-self-declared = Tự khai
app-show-more = { $count ->
   *[other] Xem thêm { $count }
}
app-endorsed = Đã xác nhận

## Adding an entry

app-add-title = Thêm vào sổ ghi chép
app-add-kind = Đây là gì?
app-add-title-label = Tên
app-add-title-hint = Ví dụ: Hàn, Lái xe tải, Tiếng Ả Rập
app-add-level = Trình độ
app-level-none = Không có trình độ
app-level-basic = Cơ bản
app-level-intermediate = Trung bình
app-level-advanced = Khá
app-level-expert = Chuyên gia
app-level-eqf = Bậc { $level }
app-save = Lưu
app-cancel = Hủy

## Moving around

app-settings = Cài đặt
app-sync = Đồng bộ
app-edit = Sửa
app-remove = Xóa

## The logbook: search and filter

app-search = Tìm
app-search-hint = Gõ một từ, ví dụ: hàn
app-stage-filter = Giai đoạn trên hành trình của bạn
app-stage-any = Mọi giai đoạn
app-stage-recruitment = Tuyển dụng
app-stage-pre-departure = Trước khi đi
app-stage-arrival = Khi đến nơi
app-stage-career = Đi làm
app-stage-return = Trở về
app-search-none = Không tìm thấy gì. Hãy thử từ khác hoặc giai đoạn khác.

## Changing and removing an entry

app-edit-title = Sửa mục này
app-stages = Các giai đoạn trên hành trình của bạn
app-remove-confirm = Xóa “{ $title }” khỏi sổ ghi chép? Không thể hoàn tác.
app-remove-yes = Có, xóa

## Settings

app-settings-title = Cài đặt
app-settings-language = Ngôn ngữ
app-settings-lock = Khóa sau
app-lock-minutes = { $minutes ->
   *[other] { $minutes } phút không dùng
}
app-settings-passphrase = Đổi mật khẩu
app-passphrase-current = Mật khẩu hiện tại
app-passphrase-new = Mật khẩu mới
app-passphrase-change = Đổi mật khẩu
app-passphrase-changed = Mật khẩu của bạn đã được đổi. Từ giờ hãy dùng mật khẩu mới.
app-about = Về Carnet
app-locked-idle = Carnet đã khóa sổ ghi chép vì một lúc không có ai dùng. Hãy mở lại bằng mật khẩu của bạn.

## Sync with a hub

app-sync-title = Đồng bộ với máy chủ
app-sync-intro = Máy chủ giữ một bản sao đã khóa của sổ ghi chép, để bạn có thể dùng trên điện thoại khác. Máy chủ không đọc được bản sao này.
app-hub-address = Địa chỉ máy chủ
app-hub-address-hint = Ví dụ: https://hub.example.org
app-hub-save = Lưu địa chỉ
app-sync-now = Đồng bộ ngay
app-sync-never = Chưa đồng bộ.
app-sync-last = Lần đồng bộ gần nhất: { $when }
app-sync-pending = { $count ->
    [0] Không có gì chờ gửi.
   *[other] { $count } thay đổi đang chờ gửi.
}
app-sync-sending = Đang gửi
app-sync-receiving = Đang nhận
app-sync-photos = Ảnh
app-sync-done = Đồng bộ xong.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Sổ ghi chép đang bị khóa. Hãy mở bằng mật khẩu, rồi thử lại.
error-unknown-language = Carnet không có ngôn ngữ { $tag }. Hãy chọn một ngôn ngữ trong danh sách.

## Settings: how the screens look

app-settings-display = Giao diện của Carnet
app-high-contrast = Tương phản cao (chữ đen trên nền trắng)
app-text-size = Cỡ chữ
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Nghe

## Two languages at once

app-dual-language = Hiện thêm bằng
app-dual-none = Không có ngôn ngữ thứ hai
