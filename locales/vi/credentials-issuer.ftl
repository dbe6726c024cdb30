# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Ký xác nhận kỹ năng của người khác, với tư cách người đào tạo, chủ lao động, trung tâm, trường học hoặc đồng nghiệp.
cli-cmd-issuer-init = Tạo khóa ký của bạn với tư cách bên cấp. Khóa được bảo vệ bằng mật khẩu.
cli-cmd-issuer-show = Hiện tên, loại và khóa công khai của bạn với tư cách bên cấp. Không cần mật khẩu.
cli-cmd-issuer-revoke = Thu hồi một chứng nhận bạn đã ký, theo số của nó.
cli-cmd-issuer-status-list = Ghi danh sách đã ký gồm các chứng nhận bạn đã thu hồi, để đưa cho người kiểm tra.
cli-cmd-endorse = Ký một yêu cầu mà ai đó đưa cho bạn, và ghi chứng nhận để gửi lại.
cli-cmd-trust = Chọn tin chữ ký của ai khi bạn kiểm tra mã QR.
cli-cmd-trust-anchor = Điểm neo tin cậy: các mạng lưới hoặc cơ quan bảo đảm cho bên cấp.
cli-cmd-trust-anchor-init = Tạo khóa ký với tư cách điểm neo tin cậy, để bảo đảm cho các bên cấp.
cli-cmd-trust-anchor-show = Hiện tên và khóa công khai của điểm neo tin cậy của bạn.
cli-cmd-trust-anchor-add = Tin các danh sách được ký bằng khóa của điểm neo tin cậy này.
cli-cmd-trust-bundle = Với tư cách điểm neo tin cậy, ký một danh sách các bên cấp mà bạn bảo đảm.
cli-cmd-trust-import = Thêm danh sách đã ký gồm các bên cấp tin cậy, từ một tệp.
cli-cmd-trust-list = Hiện các bên cấp bạn tin, và mỗi danh sách đã cũ bao lâu.
cli-cmd-revocation = Danh sách các chứng nhận mà bên cấp đã thu hồi.
cli-cmd-revocation-import = Thêm danh sách đã ký của một bên cấp về các chứng nhận họ đã thu hồi.
cli-cmd-verify = Kiểm tra mã QR của Carnet: ai đã ký từng kỹ năng, và kỹ năng đó còn hiệu lực không.

## Help: what to give

cli-arg-issuer-name = Tên của bạn hoặc tên tổ chức của bạn, theo cách mọi người sẽ thấy.
cli-arg-issuer-country = Nước của bạn, bằng hai chữ cái, ví dụ KE hoặc PT.
cli-arg-issuer-kind = Bạn là ai: trainer (người đào tạo), employer (chủ lao động), centre (trung tâm), college (trường học) hoặc colleague (đồng nghiệp).
cli-arg-revoke-index = Số của chứng nhận cần thu hồi.
cli-arg-cred-out = Tệp cần ghi.
cli-arg-endorse-request = Yêu cầu mà người đó đưa cho bạn: tệp (request.cbor), ảnh mã QR của nó (PNG hoặc JPEG), hoặc tệp văn bản có dòng chữ bắt đầu bằng CNR1:
cli-arg-endorse-text = Dòng chữ của yêu cầu, bắt đầu bằng CNR1:, nếu người đó gửi qua tin nhắn. Thay cho tệp.
cli-arg-endorse-assessed-by = Bạn kiểm tra kỹ năng bằng cách nào: observation, test, document hoặc interview.
cli-arg-endorse-expires = Ngày cuối cùng chứng nhận còn hiệu lực, ví dụ 2027-05-14. Nếu không có, chứng nhận không hết hạn.
cli-arg-endorse-valid-days = Chứng nhận có hiệu lực bao nhiêu ngày, tính từ hôm nay.
cli-arg-anchor-name = Tên của điểm neo tin cậy, theo cách mọi người sẽ thấy.
cli-arg-anchor-key = Khóa công khai của điểm neo tin cậy: 64 chữ cái và chữ số.
cli-arg-bundle-issuer = Tệp của một bên cấp, lấy từ carnet issuer show --json. Đưa một lần cho mỗi bên cấp.
cli-arg-trust-file = Tệp danh sách tin cậy (.cbor).
cli-arg-status-file = Tệp danh sách của bên cấp (.cbor).
cli-arg-verify-image = Ảnh của mã QR: PNG, JPEG hoặc WebP.
cli-arg-verify-text = Dòng chữ của mã QR, bắt đầu bằng CN1:
cli-arg-verify-nonce = Con số bạn đã yêu cầu người đó đưa vào mã (hex).
cli-arg-verify-audience = Cái tên bạn đã yêu cầu người đó đưa vào mã.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Khóa bên cấp của bạn cho { $name } đã sẵn sàng. Hãy giữ mật khẩu cẩn thận: không có nó, bạn không ký được.
issuer-label-name = Tên:
issuer-label-country = Quốc gia:
issuer-label-kind = Loại:
issuer-label-public-key = Khóa công khai:
issuer-label-kid = Dấu vân tay của khóa:
issuer-label-issued = Số đã cấp:
issuer-label-revoked = Đã thu hồi:
issuer-revoked = Chứng nhận số { $index } đã bị thu hồi.
issuer-already-revoked = Chứng nhận số { $index } đã bị thu hồi từ trước.
issuer-revoked-next-step = Người kiểm tra chỉ biết điều này qua danh sách tiếp theo của bạn: hãy ghi danh sách bằng carnet issuer status-list --out list.cbor, rồi đưa tệp cho họ.
issuer-status-list-written = { $count ->
   *[other] Danh sách nằm ở { $path }. Có { $count } chứng nhận bị thu hồi.
}

endorse-intro = { $count ->
   *[other] Bạn sắp ký { $count } mục cho người có khóa { $holder }:
}
endorse-entry = { $title } ({ $kind }, trình độ { $level }, { $dates })
endorse-untitled = (không có tên)
endorse-how-observation = Bạn nói bạn đã xem họ làm việc này.
endorse-how-test = Bạn nói họ đã qua một bài kiểm tra.
endorse-how-document = Bạn nói bạn đã kiểm tra giấy tờ.
endorse-how-interview = Bạn nói bạn đã kiểm tra qua phỏng vấn.
endorse-expires-on = Có hiệu lực đến { $date }.
endorse-no-expiry = Không hết hạn.
endorse-written = { $count ->
    [1] Đã ký. Hãy gửi lại { $path } cho người đó. Số của nó là { $first }.
   *[other] Đã ký. Hãy gửi lại { $path } cho người đó. Các số từ { $first } đến { $last }.
}

trust-anchor-added = Bạn đã tin các danh sách được ký bởi { $name } (dấu vân tay của khóa { $kid }).
trust-bundle-written = { $count ->
   *[other] Danh sách đã ký gồm { $count } bên cấp nằm ở { $path }.
}
trust-imported = { $count ->
   *[other] Đã thêm danh sách tin cậy gồm { $count } bên cấp, làm ngày { $date }.
}
trust-list-empty = Bạn chưa tin bên cấp nào. Hãy thêm danh sách tin cậy bằng carnet trust import.
trust-list-bundle = { $days ->
    [0] Danh sách tin cậy từ { $anchor }, làm hôm nay ({ $date }):
   *[other] Danh sách tin cậy từ { $anchor }, làm { $days } ngày trước ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, dấu vân tay của khóa { $kid }
revocation-imported = { $count ->
   *[other] Đã thêm danh sách của { $name }, làm ngày { $date }: { $count } chứng nhận bị thu hồi.
}

## Errors of these commands

error-issuer-exists = Thư mục này đã có khóa bên cấp. Không có gì thay đổi.
error-no-issuer = Thư mục này chưa có khóa bên cấp. Hãy tạo bằng carnet issuer init.
error-issuer-damaged = Khóa bên cấp trong thư mục này bị hỏng hoặc không khớp với thông tin của nó. Hãy đặt lại một bản sao lưu.
error-anchor-exists = Thư mục này đã có khóa điểm neo tin cậy. Không có gì thay đổi.
error-no-anchor = Thư mục này chưa có khóa điểm neo tin cậy. Hãy tạo bằng carnet trust anchor init.
error-anchor-damaged = Khóa điểm neo tin cậy trong thư mục này bị hỏng hoặc không khớp với thông tin của nó. Hãy đặt lại một bản sao lưu.
error-identity-too-new = Khóa này được tạo bằng bản Carnet mới hơn. Hãy cập nhật Carnet để dùng.
error-storage-file = Carnet không ghi hoặc đọc được { $path }. Hãy kiểm tra còn chỗ trống và bạn có quyền ghi ở đó. (Dành cho người hỗ trợ: { $reason })
error-file-too-big = { $path } quá lớn, không thể là tệp Carnet.
error-issuer-kind = “{ $value }” không phải loại bên cấp. Hãy viết trainer, employer, centre, college hoặc colleague.
error-assessed-by = “{ $value }” không phải cách kiểm tra. Hãy viết observation, test, document hoặc interview.
error-expires-date = “{ $value }” không phải một ngày. Hãy viết theo dạng năm-tháng-ngày, ví dụ 2027-05-14.
error-expires-past = Ngày kết thúc phải sau hôm nay.
error-issuer-indexes-used-up = Khóa bên cấp này đã dùng hết số. Hãy tạo khóa bên cấp mới.
error-revoke-not-issued = Bạn chưa ký chứng nhận nào có số { $index }. Các số của bạn từ 0 đến dưới { $next }.
error-anchor-name = Tên phải dài từ 1 đến 100 ký tự.
error-anchor-known = Bạn đã tin điểm neo tin cậy này rồi (dấu vân tay của khóa { $kid }).
error-issuer-file = { $path } không phải tệp của bên cấp. Hãy xin bên cấp kết quả của carnet issuer show --json.
error-trust-bundle-not-newer = Bạn đã có danh sách tin cậy này hoặc một bản mới hơn từ cùng điểm neo tin cậy. Không có gì thay đổi.
error-status-list-not-newer = Bạn đã có danh sách mới hơn từ bên cấp này. Không có gì thay đổi.
error-status-list-issuer-unknown = Danh sách này đến từ một bên cấp bạn chưa tin (dấu vân tay của khóa { $kid }). Hãy nhập danh sách tin cậy có tên bên cấp đó trước.
error-verifier-damaged = Các danh sách tin cậy đã lưu bị hỏng hoặc đã bị sửa. Hãy nhập lại.
error-verify-nonce = “{ $value }” không phải số hex, ví dụ 3fa9.
error-verify-got-request = Đây là yêu cầu xác nhận các mục của ai đó (dòng chữ bắt đầu bằng CNR1:), không phải mã cho xem kỹ năng. Không có gì được kiểm tra. Người xác nhận ký nó bằng: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Đây là mã cho xem kỹ năng của ai đó (dòng chữ bắt đầu bằng CN1:), không phải yêu cầu xác nhận. Không có gì được ký. Để kiểm tra, hãy gõ: carnet verify PICTURE, hoặc carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Danh sách tin cậy bị hỏng hoặc không phải danh sách tin cậy.
error-trust-bundle-wrong-file = Đây là một loại tệp Carnet khác, không phải danh sách tin cậy.
error-trust-bundle-newer-version = Danh sách tin cậy này được làm bằng bản Carnet mới hơn. Hãy cập nhật Carnet để đọc.
error-trust-bundle-unknown-anchor = Danh sách tin cậy này được ký bởi một điểm neo tin cậy mà bạn không tin (dấu vân tay của khóa { $kid }). Hãy thêm nó trước bằng carnet trust anchor add, nếu bạn biết nó.
error-trust-bundle-bad-signature = Chữ ký trên danh sách tin cậy này không khớp. Tệp đã bị sửa hoặc bị hỏng.
error-trust-bundle-invalid = Không dùng được một giá trị trong danh sách tin cậy ({ $field }).
error-trust-bundle-too-large = Danh sách tin cậy quá lớn.
error-status-list-malformed = Danh sách bị hỏng hoặc không phải danh sách chứng nhận đã thu hồi.
error-status-list-wrong-file = Đây là một loại tệp Carnet khác, không phải danh sách chứng nhận đã thu hồi.
error-status-list-newer-version = Danh sách này được làm bằng bản Carnet mới hơn. Hãy cập nhật Carnet để đọc.
error-status-list-wrong-issuer = Danh sách này thuộc về bên cấp khác ({ $found }, không phải { $expected }).
error-status-list-bad-signature = Chữ ký trên danh sách này không khớp. Tệp đã bị sửa hoặc bị hỏng.
error-status-list-invalid = Không dùng được một giá trị trong danh sách ({ $field }).
error-status-list-too-large = Danh sách quá lớn.
