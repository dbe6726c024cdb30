# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: trusted networks, their trust lists, lists of endorsements taken back.

## The screen

app-trust-open = Danh sách tin cậy
app-trust-title = Danh sách tin cậy
app-trust-intro = Danh sách tin cậy đến từ một mạng lưới bạn biết, ví dụ một nhóm trung tâm đào tạo. Danh sách ghi tên các trường, trung tâm và chủ lao động mà mạng lưới đó bảo đảm. Mã do một trong số họ ký sẽ hiện là đã kiểm tra.
app-trust-warning = Chỉ tin một mạng lưới khi bạn nhận khóa trực tiếp từ chính mạng lưới đó: gặp mặt, trên giấy tờ của họ, hoặc từ trang web của họ. Ai đặt được khóa vào đây thì có thể làm mã giả trông như đã kiểm tra.

## What is held

app-trust-held = Thiết bị này tin ai
app-trust-none = Thiết bị này chưa tin mạng lưới nào. Mã đã ký sẽ hiện “Đã ký, nhưng không phải bởi bên cấp mà bạn tin”.
app-trust-kid = Dấu vân tay của khóa: { $kid }
app-trust-no-list = Chưa có danh sách tin cậy từ mạng lưới này. Hãy thêm tệp của họ ở bên dưới.
app-trust-list-line = Danh sách tin cậy ngày { $date } ({ $days ->
    [0] hôm nay
   *[other] { $days } ngày trước
}): { $count ->
   *[other] { $count } nơi
}
app-trust-status-held = Xác nhận đã thu hồi
app-trust-status-line = { $name }: danh sách ngày { $date } ({ $days ->
    [0] hôm nay
   *[other] { $days } ngày trước
}), { $count ->
    [0] không thu hồi gì
   *[other] đã thu hồi { $count }
}

## Stop trusting a network

app-trust-remove = Thôi tin
app-trust-remove-confirm = Thôi tin { $name }? Mã do các nơi trong danh sách của họ ký sẽ không còn hiện là đã kiểm tra. Bạn có thể thêm lại mạng lưới này sau.
app-trust-remove-yes = Có, thôi tin
app-trust-removed = Bạn không còn tin { $name }.

## Trust a network

app-trust-add-title = Tin một mạng lưới
app-trust-add-hint = Gõ hoặc dán khóa và tên của mạng lưới, hoặc mở tệp mà mạng lưới đưa cho bạn.
app-trust-key = Khóa của mạng lưới (64 chữ cái và chữ số)
app-trust-name = Tên của mạng lưới
app-trust-from-file = Mở tệp khóa của mạng lưới
app-trust-add = Tin mạng lưới này
app-trust-added = Bạn đã tin { $name }. Bây giờ hãy thêm danh sách tin cậy của họ.

## Files

app-trust-bundle-title = Thêm danh sách tin cậy
app-trust-bundle-hint = Một tệp có đuôi .cbor mà mạng lưới đưa cho bạn. Tệp mới hơn sẽ thay tệp cũ.
app-trust-bundle-open = Mở tệp danh sách tin cậy
app-trust-bundle-done = Đã thêm danh sách tin cậy của { $name } ({ $date }): { $count ->
   *[other] { $count } nơi
}.
app-trust-status-title = Thêm danh sách xác nhận đã thu hồi
app-trust-status-hint = Trường hoặc trung tâm có thể thu hồi một xác nhận đã làm nhầm. Danh sách của họ cho thiết bị này biết đó là những xác nhận nào.
app-trust-status-open = Mở tệp danh sách
app-trust-status-done = Đã thêm danh sách của { $name } ({ $date }): { $count ->
    [0] không thu hồi gì
   *[other] đã thu hồi { $count } xác nhận
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Tệp này không phải tệp khóa của mạng lưới. Hãy mở tệp mà mạng lưới đưa cho bạn, hoặc gõ khóa.
error-app-anchor-invalid-key = Đây không phải khóa của mạng lưới. Khóa có đúng 64 ký tự gồm chữ (từ a đến f) và số. Hãy kiểm tra đã sao chép đủ chưa.
error-app-anchor-name = Hãy đặt tên cho mạng lưới, dài từ 1 đến 100 chữ.
error-app-anchor-known = Bạn đã tin mạng lưới này rồi (dấu vân tay của khóa { $kid }). Không có gì thay đổi.
error-app-trust-bundle-malformed = Tệp này không phải danh sách tin cậy, hoặc đã bị hỏng. Không có gì thay đổi.
error-app-trust-bundle-wrong-file = Đây là một loại tệp Carnet khác, không phải danh sách tin cậy. Không có gì thay đổi.
error-app-trust-bundle-newer-version = Danh sách tin cậy này được làm bằng bản Carnet mới hơn. Hãy cập nhật Carnet để đọc.
error-app-trust-bundle-unknown-anchor = Danh sách tin cậy này đến từ một mạng lưới bạn không tin (dấu vân tay của khóa { $kid }). Hãy tin mạng lưới đó trước, rồi thêm lại danh sách.
error-app-trust-bundle-bad-signature = Chữ ký trên danh sách tin cậy này không khớp: tệp đã bị sửa hoặc bị hỏng. Không có gì thay đổi. Hãy xin lại tệp từ mạng lưới.
error-app-trust-bundle-invalid = Không dùng được danh sách tin cậy này. Không có gì thay đổi. Hãy xin lại tệp từ mạng lưới.
error-app-trust-bundle-too-large = Tệp này quá lớn, không thể là danh sách tin cậy. Không có gì thay đổi.
error-app-trust-bundle-not-newer = Bạn đã có danh sách tin cậy này hoặc một bản mới hơn từ cùng mạng lưới. Không có gì thay đổi.
error-app-status-list-malformed = Tệp này không phải danh sách xác nhận đã thu hồi, hoặc đã bị hỏng. Không có gì thay đổi.
error-app-status-list-wrong-file = Đây là một loại tệp Carnet khác, không phải danh sách xác nhận đã thu hồi. Không có gì thay đổi.
error-app-status-list-newer-version = Danh sách này được làm bằng bản Carnet mới hơn. Hãy cập nhật Carnet để đọc.
error-app-status-list-wrong-issuer = Danh sách này thuộc về người ký khác ({ $found }, không phải { $expected }). Không có gì thay đổi.
error-app-status-list-bad-signature = Chữ ký trên danh sách này không khớp: tệp đã bị sửa hoặc bị hỏng. Không có gì thay đổi.
error-app-status-list-invalid = Không dùng được danh sách này. Không có gì thay đổi. Hãy xin lại tệp.
error-app-status-list-too-large = Tệp này quá lớn, không thể là danh sách xác nhận đã thu hồi. Không có gì thay đổi.
error-app-status-list-issuer-unknown = Danh sách này đến từ người ký không có tên trong danh sách tin cậy nào của bạn (dấu vân tay của khóa { $kid }). Hãy thêm danh sách tin cậy có tên họ trước.
error-app-status-list-not-newer = Bạn đã có danh sách mới hơn từ người ký này. Không có gì thay đổi.
error-app-verifier-write = Carnet không lưu được tệp vào { $path }. Hãy kiểm tra thiết bị còn chỗ trống không. (Dành cho người hỗ trợ: { $reason })
