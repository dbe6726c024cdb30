# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library. $what and $expected only choose the sentence.

## Files and texts

error-credential-malformed = { $what ->
        [request] Yêu cầu này bị hỏng, hoặc không phải yêu cầu của Carnet. Hãy xin lại.
        [credential] Tệp chứng nhận này bị hỏng, hoặc không phải chứng nhận của Carnet. Hãy nhờ người đã xác nhận các mục của bạn gửi lại.
       *[other] Tệp này bị hỏng, hoặc không phải tệp của Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Đây không phải yêu cầu của Carnet: đây là một loại tệp Carnet khác. Yêu cầu được tạo bằng carnet request.
        [credential] Đây không phải chứng nhận của Carnet: đây là một loại tệp Carnet khác. Hãy kiểm tra bạn đã chọn đúng tệp mà người xác nhận đưa cho bạn.
       *[other] Đây là một loại tệp Carnet khác. Hãy kiểm tra bạn đã chọn đúng tệp.
    }
error-credential-newer-version = { $what ->
        [request] Yêu cầu này được làm bằng bản Carnet mới hơn.
        [credential] Chứng nhận này được làm bằng bản Carnet mới hơn.
        [text] Mã này được làm bằng bản Carnet mới hơn.
       *[other] Tệp này được làm bằng bản Carnet mới hơn.
    } Hãy cập nhật Carnet, rồi thử lại.
error-credential-invalid-field = Không dùng được một giá trị ({ $field }): quá dài hoặc sai dạng. Không có gì được ghi.
error-credential-entry-count = Một yêu cầu có từ 1 đến { $max } mục, không phải { $found }. Muốn xác nhận nhiều hơn, hãy làm hai yêu cầu.
error-credential-invalid-key = Đây không phải khóa công khai hợp lệ. Hãy kiểm tra đã sao chép đủ chưa.
error-credential-bad-signature = Chữ ký trên chứng nhận này không khớp: nó đã bị sửa hoặc bị hỏng sau khi ký. Không có gì được giữ lại. Hãy xin lại tệp.
error-credential-not-yours = Chứng nhận này được làm cho sổ ghi chép của người khác, không phải của bạn. Không có gì được giữ lại. Hãy chắc rằng bạn nhận đúng tệp của mình.
error-credential-no-such-entry = Không có mục { $index } trong chứng nhận này.
error-credential-duplicate-entry = Mục { $index } được chọn hai lần.
error-credential-wrong-prefix = Dòng chữ này không phải mã của Carnet: nó không bắt đầu bằng CN1: (kỹ năng cần kiểm tra) hoặc CNR1: (yêu cầu xác nhận).
error-credential-base45 = Dòng chữ có ký tự mà mã Carnet không thể có. Có thể nó bị cắt hoặc gõ sai.
error-credential-zlib = Mã bị cắt hoặc bị hỏng.
error-credential-too-large = Mã quá lớn, không thể là mã Carnet.

## QR codes

error-qr-not-alphanumeric = Dòng chữ có ký tự mà mã QR của Carnet không chứa được. Đây là lỗi của Carnet; vui lòng báo lỗi.
error-qr-too-large = Quá nhiều cho một mã QR: { $chars } ký tự, trong khi mã QR mà điện thoại đọc tốt (phiên bản { $version }, mức { $ec }) chứa được { $capacity }. Không có gì được ghi. { $what ->
        [request] Hãy xin ít mục hơn mỗi lần, hoặc ghi yêu cầu vào một tệp có đuôi .cbor.
       *[other] Hãy chọn ít mục hơn, hoặc cho xem ít phần hơn bằng --fields.
    }
error-qr-bad-version = Không có kích thước mã QR đó.
error-qr-bad-module-size = Không thể dùng kích thước chấm đó.
error-qr-not-an-image = Tệp này không phải ảnh mà Carnet đọc được. Hãy dùng PNG, JPEG hoặc WebP.
error-qr-image-too-large = Ảnh quá lớn ({ $width } × { $height } điểm ảnh). Hãy làm ảnh nhỏ hơn rồi thử lại.
error-qr-not-found = Không đọc được mã QR nào trong ảnh. Hãy chụp gần hơn và rõ hơn, thấy đủ cả mã.
error-qr-render-failed = Không tạo được ảnh mã QR. Đây là lỗi của Carnet; vui lòng báo lỗi.
