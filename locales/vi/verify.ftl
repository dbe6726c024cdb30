# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = người đào tạo
issuer-kind-employer = chủ lao động
issuer-kind-centre = trung tâm
issuer-kind-college = trường học
issuer-kind-colleague = đồng nghiệp

## verify: verdicts, one per code

verdict-valid = Hợp lệ: được ký bởi bên cấp mà bạn tin, còn hiệu lực, chưa bị thu hồi.
verdict-self-declared = Chỉ do người này tự nói: không ai ký.
verdict-unknown-issuer = Đã ký, nhưng không phải bởi bên cấp mà bạn tin.
verdict-expired = Đã hết hạn.
verdict-revoked = Bên cấp đã ký đã thu hồi.
verdict-tampered = Đã bị sửa hoặc sao chép: đừng tin.
verdict-malformed = Đây không phải mã Carnet đọc được.

## verify: reasons, one per code

reason-wrong-prefix = Dòng chữ không bắt đầu bằng CN1:, nên không phải mã Carnet.
reason-bad-base45 = Dòng chữ có ký tự mà mã Carnet không thể có. Có thể nó bị cắt hoặc gõ sai.
reason-bad-zlib = Mã bị cắt hoặc bị hỏng.
reason-too-large = Mã quá lớn, không thể là mã Carnet.
reason-bad-cose = Mã bị hỏng hoặc không phải mã Carnet.
reason-unsupported-header = Mã dùng một kiểu chữ ký mà Carnet không biết. Bản Carnet mới hơn có thể đọc được.
reason-bad-payload = Nội dung của mã bị hỏng.
reason-holder-signature-invalid = Chữ ký của người này không khớp: mã đã bị sửa.
reason-nonce-mismatch = Mã được làm cho một yêu cầu khác (số { $found }, không phải { $expected }). Có thể đây là bản sao.
reason-audience-mismatch = Mã được làm cho “{ $found }”, không phải cho “{ $expected }”.
reason-presentation-expired = Bản thân mã đã hết hạn ngày { $exp }. Hãy nhờ người đó làm mã mới.
reason-presentation-not-yet-valid = Mã nói nó được làm ngày { $iat }, nhưng ngày đó chưa tới. Hãy kiểm tra đồng hồ của thiết bị này.
reason-endorsement-signature-invalid = Chữ ký của bên cấp không khớp: kỹ năng đã bị sửa.
reason-issuer-key-not-sent = Bên cấp chỉ được ghi bằng dấu vân tay { $kid }, và bạn không biết dấu này.
reason-endorsement-expired = Chữ ký cho kỹ năng đã hết hạn ngày { $exp }.
reason-endorsement-not-yet-valid = Kỹ năng nói nó được ký ngày { $iat }, nhưng ngày đó chưa tới. Hãy kiểm tra đồng hồ của thiết bị này.
reason-issuer-unknown = “{ $name }” (dấu vân tay của khóa { $kid }) không có trong danh sách tin cậy của bạn. Ai cũng có thể tự đặt tên cho mình.
reason-issuer-not-trusted-at-issue = Vào ngày ký, không ai bảo đảm cho “{ $name }” (dấu vân tay của khóa { $kid }).
reason-issuer-trusted = Bên cấp có trong danh sách tin cậy của bạn (dấu vân tay của khóa { $kid }).
reason-issuer-claims-differ = Danh sách tin cậy của bạn nói bên cấp này là { $kind } ở { $country }; chữ ký lại nói khác. Hãy theo danh sách tin cậy.
reason-revoked = Bên cấp đã thu hồi chứng nhận số { $index }.
reason-no-revocation-list = Bạn không có danh sách của bên cấp này về những gì họ đã thu hồi.
reason-self-declared = Người này tự nói vậy; không ai ký.

## verify: the rest of the report

verify-presentation = Cho xem để { $stage }, làm ngày { $date }, bởi người có khóa { $kid }.
verify-audience = Làm cho: { $audience }
verify-stage-recruitment = tuyển dụng
verify-stage-pre-departure = chuẩn bị lên đường
verify-stage-arrival = khi đến nơi
verify-stage-career = làm việc và học nghề
verify-stage-return = trở về nước
verify-endorsed-by = Được ký bởi { $name }, { $kind } ở { $country }.
verify-endorsed-by-unchecked = Được ký bởi người tự gọi mình là “{ $name }”, { $kind } ở { $country } (chưa kiểm tra; dấu vân tay của khóa { $kid }).
verify-colleague-note = Đây là lời của một đồng nghiệp: người đã làm việc cạnh người này, không phải trường học hay chủ lao động.
verify-endorsed-on = Ký ngày { $date }; kiểm tra bằng { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Có hiệu lực đến { $expires }.
}
verify-how-observation = xem họ làm việc
verify-how-test = một bài kiểm tra
verify-how-document = một giấy tờ
verify-how-interview = một buổi phỏng vấn
verify-hidden = { $count ->
   *[other] Người này đã ẩn { $count } chi tiết.
}
verify-trust-age = { $days ->
    [0] Danh sách tin cậy từ hôm nay.
   *[other] Danh sách tin cậy từ { $days } ngày trước ({ $date }).
}
verify-newer-code = Mã này được làm bằng bản Carnet mới hơn. Hãy cập nhật Carnet để kiểm tra.
verify-status-age = { $days ->
    [0] Danh sách chứng nhận đã thu hồi: từ hôm nay.
   *[other] Danh sách chứng nhận đã thu hồi: từ { $days } ngày trước ({ $date }).
}
verify-field-kind = Loại:
verify-field-title = Tên:
verify-field-esco = ESCO:
verify-field-entry-id = Mục:
verify-field-level = Trình độ:
verify-field-from = Từ:
verify-field-to = Đến:
verify-field-country = Quốc gia:
verify-field-context = Học ở:
verify-field-evidence = Bằng chứng (hash):
verify-field-eqf = Bậc EQF:
verify-entry-kind-skill = một kỹ năng
verify-entry-kind-qualification = một bằng cấp
verify-entry-kind-experience = kinh nghiệm làm việc
verify-entry-kind-language = một ngôn ngữ
verify-entry-kind-learning = một khóa học
verify-context-formal = ở trường học
verify-context-non-formal = trong một khóa học
verify-context-informal = khi làm việc hoặc tự học
verify-esco-skill = kỹ năng
verify-esco-occupation = nghề
verify-esco-qualification = bằng cấp
