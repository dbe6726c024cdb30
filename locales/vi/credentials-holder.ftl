# Review status: machine-drafted, needs review by a native speaker.
# Credential commands a holder uses: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Tạo một tệp để nhờ người đào tạo, chủ lao động hoặc trung tâm xác nhận các mục.
    .long = Tạo một yêu cầu để nhờ người đào tạo, chủ lao động, trung tâm, trường học hoặc đồng nghiệp xác nhận một số mục của bạn: một tệp, một mã QR (tên kết thúc bằng .png hoặc .svg) để hiện trên điện thoại hoặc in ra, hoặc với --text là một dòng chữ để gửi trong tin nhắn. Đưa cho họ. Họ ký và gửi lại cho bạn một tệp chứng nhận, bạn giữ tệp đó bằng: carnet receive
cli-cmd-holder-receive = Giữ một chứng nhận mà người đào tạo, chủ lao động hoặc trung tâm đã ký cho bạn.
cli-cmd-holder-credentials = Liệt kê các chứng nhận bạn đang giữ, theo từng mục. Cũng có thể dùng: carnet wallet
cli-cmd-holder-present = Cho xem các mục đã chọn bằng một mã QR mà ai cũng kiểm tra được, không cần internet.
    .long = Cho xem các mục đã chọn bằng một mã QR mà ai cũng kiểm tra được, không cần internet. Mục đã xác nhận sẽ hiện kèm người xác nhận; mục đưa bằng --self-declared sẽ hiện là chỉ do bạn tự nói. Trên màn hình, mã dùng được 24 giờ; với --print, dùng được 5 năm.
cli-cmd-holder-export = Ghi một mục đã xác nhận dưới dạng W3C Verifiable Credential (Open Badges 3.0) cho các ứng dụng khác.
    .long = Ghi một mục đã xác nhận dưới dạng W3C Verifiable Credential 2.0 (một huy hiệu Open Badges 3.0), có chữ ký của người đã xác nhận, để các ví và ứng dụng khác kiểm tra được. Không có --out thì sẽ ghi ra màn hình.

## Help: arguments

cli-arg-holder-request-ids = Các mục cần xác nhận: id của chúng, hoặc 4 ký tự đầu trở lên của mỗi id. Để xem các id, hãy gõ: carnet list
cli-arg-holder-request-out = Nơi ghi yêu cầu: tên kết thúc bằng .png hoặc .svg sẽ tạo ảnh mã QR; tên khác, ví dụ request.cbor, sẽ tạo một tệp.
cli-arg-holder-request-text = Ghi dòng chữ của yêu cầu (bắt đầu bằng CNR1:) ra màn hình, để gửi trong tin nhắn.
cli-arg-holder-receive-file = Tệp chứng nhận bạn nhận được, ví dụ credential.cbor.
cli-arg-holder-present-select = Các mục đã xác nhận cần cho xem: id của chúng, hoặc 4 ký tự đầu trở lên của mỗi id.
cli-arg-holder-present-fields = Chỉ cho xem những phần này của mỗi mục, cách nhau bằng dấu phẩy, ví dụ title,level. Các phần khác sẽ được ẩn. Các phần là: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Nếu không có, mọi thứ đều được hiện.
cli-arg-holder-present-self-declared = Các mục cho xem dưới dạng chỉ do bạn tự nói, không ai xác nhận.
cli-arg-holder-present-stage = Bạn cho xem để làm gì: recruitment, pre-departure, arrival, career hoặc return. Nếu không có: recruitment.
cli-arg-holder-present-audience = Bạn cho ai xem, nếu họ yêu cầu bạn ghi tên họ, ví dụ tên một công ty môi giới.
cli-arg-holder-present-nonce = Mã mà người kiểm tra đưa cho bạn, nếu có (ký tự 0-9 và a-f).
cli-arg-holder-present-print = Làm để in ra giấy: mã chịu được vết xước và nếp gấp tốt hơn, và dùng được 5 năm thay vì 24 giờ.
cli-arg-holder-present-out = Ảnh cần ghi: tên kết thúc bằng .png hoặc .svg.
cli-arg-holder-present-text = Ghi thêm dòng chữ bên trong mã QR, để gửi trong tin nhắn.
cli-arg-holder-export-id = Mục đã xác nhận: id của nó, hoặc 4 ký tự đầu trở lên.
cli-arg-holder-export-format = Định dạng cần ghi. Chỉ có: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Ghi dưới dạng token đã ký (VC-JWT) thay vì JSON kèm bằng chứng.
cli-arg-holder-export-out = Tệp cần ghi, ví dụ badge.json hoặc badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] Yêu cầu này xin xác nhận { $count } mục.
    } Người xác nhận sẽ thấy những phần này của mỗi mục:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Đã ghi yêu cầu vào { $path }.
holder-request-next = Hãy đưa tệp cho người xác nhận. Khi họ gửi lại tệp chứng nhận, hãy gõ: carnet receive FILE
holder-receive-done = Đã giữ: được xác nhận bởi { $issuer }, { $kind }, { $country }. Cách họ kiểm tra: { $assessed }.
holder-validity-until = Cấp ngày { $issued }. Có hiệu lực đến { $expires }.
holder-validity-open = Cấp ngày { $issued }. Không có ngày hết hạn.
holder-wallet-empty = Bạn chưa có chứng nhận nào. Để xin một chứng nhận, hãy gõ: carnet request ID --out request.cbor
holder-wallet-damaged = Một chứng nhận không còn đọc được. Hãy xin người đã cấp làm lại cái mới.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): cấp ngày { $issued }, có hiệu lực đến { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): cấp ngày { $issued }, không có ngày hết hạn
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): cấp ngày { $issued }, đã hết hạn ngày { $expires }
holder-present-nothing = Hãy nói cần cho xem gì: --select ID cho mục đã xác nhận, --self-declared ID cho các mục khác.
holder-present-done = Đã ghi mã QR vào { $path }: { $endorsed } mục đã xác nhận, { $declared } mục do bạn tự nói.
holder-present-size = Kích thước: QR phiên bản { $version }, mức { $ec }, { $chars } ký tự.
holder-present-expires = Có thể kiểm tra đến { $when } ({ $hours } giờ).
holder-present-by-kid = Để vừa mã, bên cấp được ghi bằng một dấu vân tay ngắn. Người kiểm tra chỉ biết họ là ai nếu danh sách bên cấp tin cậy của mình có họ.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = một người đào tạo
holder-issuer-kind-employer = một chủ lao động
holder-issuer-kind-centre = một trung tâm
holder-issuer-kind-college = một trường học
holder-issuer-kind-colleague = một đồng nghiệp (người đã làm việc cùng bạn, không phải một tổ chức)

## How they checked

holder-assessed-observation = họ đã xem bạn làm việc
holder-assessed-test = một bài kiểm tra
holder-assessed-document = họ đã kiểm tra giấy tờ
holder-assessed-interview = một buổi phỏng vấn

## Errors

error-holder-no-key = Sổ ghi chép này không có khóa để ký chứng nhận. Không có gì thay đổi. Vui lòng báo lỗi này.
error-holder-write-file = Không ghi được tệp { $path }: { $reason }. Hãy kiểm tra thư mục có tồn tại và còn chỗ trống, rồi thử lại.
error-holder-entry-unfit = Không thể đưa mục "{ $title }" vào chứng nhận: phần { $field } quá dài hoặc sai dạng. Hãy sửa bằng carnet edit, rồi thử lại.
error-holder-unknown-field = "{ $value }" không phải phần nào của một mục có thể cho xem. Các phần là: { $known }.
error-holder-credential-no-entries = Chứng nhận { $path } không nói nó xác nhận mục nào của bạn. Không có gì được giữ lại. Hãy xin cái mới, làm từ một tệp yêu cầu: carnet request
error-holder-credential-entry-gone = Chứng nhận { $path } xác nhận một mục không còn trong sổ ghi chép của bạn ({ $id }). Không có gì được giữ lại. Nếu bạn đã xóa mục đó trên thiết bị này, hãy thêm lại từ một bản sao của sổ, rồi thử lại.
error-holder-credential-damaged = Không còn đọc được chứng nhận của mục "{ $title }". Hãy xin người đã xác nhận làm lại cái mới.
error-holder-not-endorsed = Mục "{ $title }" chưa được ai xác nhận. Hãy cho xem bằng --self-declared, hoặc xin xác nhận: carnet request
error-holder-selected-twice = Mục "{ $title }" được đưa cả với --select lẫn --self-declared. Chỉ đưa một lần thôi.
error-holder-bad-stage = "{ $value }" không phải một giai đoạn. Các giai đoạn là: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Người nhận phải dài từ 1 đến 100 ký tự, trên một dòng.
error-holder-bad-nonce = "{ $value }" không phải mã từ người kiểm tra: mã phải có từ 2 đến 128 ký tự 0-9 và a-f.
error-holder-bad-out = Ảnh { $path } phải có tên kết thúc bằng .png hoặc .svg.
error-holder-no-vc = Xác nhận cho "{ $title }" từ { $issuer } được làm trước khi Carnet có thể ghi nó thành chứng nhận W3C, và chỉ họ mới ký được chứng nhận đó. Hãy nhờ họ xác nhận lại: làm một yêu cầu mới (carnet request ID --out request.cbor), đưa cho họ, và giữ tệp họ gửi lại (carnet receive FILE).
