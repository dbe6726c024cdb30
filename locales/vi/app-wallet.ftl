# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = Xác nhận của tôi
app-present = Cho xem kỹ năng của tôi
app-verify = Kiểm tra mã

## Wallet

app-wallet-title = Xác nhận của tôi
app-wallet-intro = Đây là những kỹ năng đã có người ký xác nhận cho bạn. Bạn có thể cho xem bằng mã QR.
app-wallet-empty = Chưa có ai ký xác nhận kỹ năng nào cho bạn. Hãy nhờ người đào tạo, chủ lao động hoặc trung tâm xác nhận những gì bạn làm được.
app-wallet-by = Được ký bởi { $name } ({ $kind }, { $country })
app-wallet-issued = Ký ngày { $date }
app-wallet-expires = Có hiệu lực đến { $date }
app-wallet-expired = Đã hết hạn ngày { $date }
app-wallet-no-expiry = Không hết hạn
app-wallet-damaged = Xác nhận này bị hỏng và không thể cho xem. Hãy xin người đã ký làm lại cái mới.
app-standing-valid = Đã kiểm tra: được ký bởi người trong danh sách tin cậy của bạn
app-standing-unknown-issuer = Đã ký, nhưng người ký không có trong danh sách tin cậy của bạn
app-standing-expired = Hết hạn
app-standing-revoked = Người ký đã thu hồi
app-standing-malformed = Bị hỏng

## Present: choosing what to show

app-present-title = Cho xem kỹ năng của tôi
app-present-endorsed = Có người ký
app-present-self = Chỉ do tôi tự nói
app-present-self-hint = Người kiểm tra sẽ thấy đây là lời của chính bạn, không phải đã được ký.
app-present-details = Cho xem gì ở mỗi mục
app-present-details-all = Tất cả
app-present-details-short = Chỉ tên và trình độ
app-present-stage = Dành cho ai?
app-present-print = Để in ra giấy (có hiệu lực 5 năm)
app-present-make = Hiện mã QR
app-present-none = Hãy chọn ít nhất một thứ để cho xem.
app-present-nothing-yet = Sổ ghi chép của bạn đang trống. Hãy thêm gì đó trước.

## Present: the QR code

app-qr-title = Để họ quét mã này
app-qr-expires = Mã này dùng được đến { $date }.
app-qr-preview = Người kiểm tra sẽ thấy gì
app-qr-preview-hide = Ẩn những gì người kiểm tra thấy
app-qr-done = Xong
app-qr-preview-note = Đây là những gì người kiểm tra sẽ thấy, nếu họ có cùng danh sách tin cậy như điện thoại này.

## Verify

app-verify-title = Kiểm tra mã
app-verify-intro = Chụp hoặc chọn ảnh của một mã QR Carnet. Không có gì được gửi đi: việc kiểm tra diễn ra trên thiết bị này.
app-verify-picture = Chụp hoặc chọn ảnh
app-verify-text = Hoặc dán dòng chữ của mã (bắt đầu bằng CN1:)
app-verify-check = Kiểm tra
app-verify-checking = Đang kiểm tra…
app-verify-again = Kiểm tra mã khác

## The verdict

app-verdict-title = Kết quả
app-verdict-made = Làm cho { $stage } ngày { $date }.
app-verdict-expires = Mã dùng được đến { $date }.
app-verdict-newer = Mã này được làm bằng bản Carnet mới hơn. Hãy cập nhật Carnet để kiểm tra.
app-item-endorsed = Đã ký
app-item-self = Lời của chính họ
app-item-assessed = Kiểm tra bằng { $how }
app-item-hidden = { $count ->
   *[other] Người này đã ẩn { $count } chi tiết.
}

## Errors of these screens

error-wallet-no-key = Sổ ghi chép này không có khóa để ký. Không có gì được cho xem. Vui lòng báo lỗi này.
error-wallet-not-endorsed = “{ $title }” chưa được ai ký. Hãy cho xem dưới dạng “chỉ do tôi tự nói”, hoặc nhờ người xác nhận.
error-wallet-credential-damaged = Xác nhận cho “{ $title }” bị hỏng. Hãy cho xem dưới dạng “chỉ do tôi tự nói”, hoặc xin cái mới.
error-wallet-entry-unfit = “{ $title }” không đưa vào mã được: phần { $field } quá dài hoặc sai dạng. Hãy sửa mục này rồi thử lại.
error-wallet-selected-twice = “{ $title }” được chọn hai lần. Hãy chọn một lần thôi.
error-wallet-nothing-chosen = Hãy chọn ít nhất một thứ để cho xem.
error-wallet-too-large = Quá nhiều cho một mã QR ({ $chars } ký tự). Hãy chọn ít hơn, hoặc chỉ cho xem tên và trình độ.
error-wallet-credential = Không tạo được mã. Không có gì được cho xem. Vui lòng báo lỗi này. (Dành cho người hỗ trợ: { $reason })
error-wallet-no-code = Không tìm thấy mã QR Carnet trong ảnh này. Hãy chụp lại, gần hơn và rõ hơn, thấy đủ cả mã.
error-wallet-not-a-picture = Tệp này không phải ảnh mà Carnet đọc được. Hãy dùng ảnh chụp (JPEG hoặc PNG).
error-wallet-picture-too-large = Ảnh quá lớn ({ $width } × { $height } điểm ảnh). Hãy chụp ảnh nhỏ hơn rồi thử lại.
error-wallet-got-request = Đây là yêu cầu ký xác nhận kỹ năng của ai đó, không phải mã cho xem kỹ năng. Không có gì được kiểm tra.
error-wallet-trust-damaged = Danh sách tin cậy của bạn bị hỏng hoặc đã bị sửa. Hãy nhập lại. Trong lúc chờ, không người ký nào được coi là đáng tin.
error-wallet-trust-unreadable = Carnet không đọc được danh sách tin cậy ở { $path }. Hãy kiểm tra thiết bị còn chỗ trống không. (Dành cho người hỗ trợ: { $reason })
error-wallet-not-yours = Xác nhận này được làm cho sổ ghi chép của người khác, không phải của bạn. Không có gì được giữ lại. Hãy chắc rằng bạn nhận đúng tệp của mình.
error-wallet-bad-signature = Chữ ký trên tệp này không khớp: tệp đã bị sửa hoặc bị hỏng. Không có gì được giữ lại. Hãy xin lại tệp.
error-wallet-not-a-credential = Tệp này không phải xác nhận đã ký của Carnet. Không có gì được giữ lại. Hãy xin người đã ký đúng tệp họ làm.
error-wallet-too-many = Mỗi lần chỉ xin tối đa { $max } thứ. Hãy chọn ít hơn.
error-wallet-not-from-request = Xác nhận này không nói nó xác nhận mục nào của bạn. Không có gì được giữ lại. Hãy xin cái mới, làm từ mã yêu cầu của bạn.
error-wallet-entry-gone = Xác nhận này dành cho một mục không còn trong sổ ghi chép của bạn. Không có gì được giữ lại. Nếu bạn đã xóa mục đó, hãy thêm lại từ một bản sao, rồi xin xác nhận mới.

## Asking for a signature, and keeping it

app-request = Xin chữ ký
app-request-title = Xin chữ ký
app-request-intro = Cho người đào tạo, chủ lao động hoặc trung tâm sẽ xác nhận kỹ năng của bạn xem mã này. Họ quét mã bằng Carnet và gửi lại cho bạn một tệp đã ký.
app-request-key = Khóa của bạn: { $kid }. Người ký sẽ thấy cùng mã này.
app-request-text = Cùng mã đó ở dạng chữ, để gửi trong tin nhắn
app-request-next = Khi nhận được tệp đã ký, hãy mở “Xác nhận của tôi” và chạm vào “Thêm tệp đã ký”.
app-receive = Thêm tệp đã ký
app-received = Đã giữ: { $name } ({ $kind }) đã ký { $titles }.
