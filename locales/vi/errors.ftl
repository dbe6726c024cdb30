# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = Mật khẩu không đúng. Hãy kiểm tra rồi thử lại. Chữ hoa và chữ thường là khác nhau.
error-too-many-attempts = { $minutes ->
   *[other] Sai mật khẩu quá nhiều lần. Hãy chờ { $minutes } phút, rồi thử lại.
}
error-passphrase-too-short = Mật khẩu này quá ngắn. Hãy dùng ít nhất { $min } ký tự.

## The logbook files

error-no-logbook = Thư mục này chưa có sổ ghi chép. Hãy tạo một sổ trước, hoặc chọn thư mục có sổ ghi chép của bạn.
error-already-exists = Thư mục này đã có sổ ghi chép. Không có gì thay đổi.
error-damaged-key-file = Khóa của sổ ghi chép bị hỏng hoặc bị mất, nên không mở được sổ. Hãy đặt lại một bản sao lưu, hoặc bản sao từ một thiết bị bạn đã ghép nối với thiết bị này.
error-damaged-database = Sổ ghi chép bị hỏng, nên không mở được. Hãy đặt lại một bản sao lưu, hoặc bản sao từ một thiết bị bạn đã ghép nối với thiết bị này.
error-too-new = { $what ->
    [export-file] Tệp này được làm bằng phiên bản Carnet mới hơn. Hãy cập nhật Carnet, rồi thử lại.
    [taxonomy] Dữ liệu ESCO đi kèm Carnet thuộc một phiên bản Carnet mới hơn. Hãy cập nhật Carnet, rồi thử lại.
   *[other] Sổ ghi chép đã được lưu bằng phiên bản Carnet mới hơn. Hãy cập nhật Carnet, rồi thử lại.
}
error-disk-full = Ổ đĩa đã đầy. Không có gì bị mất. Hãy giải phóng một ít chỗ, ví dụ xóa các tệp cũ, rồi thử lại.
error-io = Carnet không đọc hoặc ghi được các tệp của sổ ghi chép. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó, rồi thử lại.
error-internal = Có lỗi bên trong Carnet. Đây là lỗi của Carnet, không phải của bạn. Vui lòng báo cho những người làm ra Carnet.

## Entries

error-not-found = Không có mục nào có id “{ $id }”. Hãy kiểm tra id rồi thử lại.
error-ambiguous-id = Có nhiều mục bắt đầu bằng “{ $id }”. Hãy gõ thêm ký tự của id.

## Values the person typed

error-invalid-kind = “{ $value }” không phải loại mục. Hãy dùng skill, qualification, experience, language hoặc learning.
error-invalid-date = “{ $value }” không phải ngày tháng. Hãy viết một năm (2019), một tháng (2019-05) hoặc một ngày (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” không phải trình độ ngôn ngữ. Hãy dùng A1, A2, B1, B2, C1 hoặc C2.
    [qualification] “{ $value }” không phải bậc của bằng cấp. Hãy dùng một số từ 1 đến 8 (EQF).
    [learning] “{ $value }” không phải bậc của khóa học. Hãy dùng một số từ 1 đến 8 (EQF).
    [eqf] “{ $value }” không phải bậc EQF. Hãy dùng một số từ 1 đến 8.
   *[other] “{ $value }” không phải trình độ. Hãy dùng basic, intermediate, advanced hoặc expert.
}
error-invalid-country = “{ $value }” không phải mã quốc gia. Hãy dùng hai chữ cái, ví dụ SY, AF, ER hoặc DE.
error-invalid-language = “{ $value }” không phải mã ngôn ngữ. Hãy dùng mã ngắn, ví dụ ar, fa-AF hoặc en.
error-invalid-esco = “{ $value }” không phải địa chỉ ESCO. Địa chỉ bắt đầu bằng http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” không phải mã nghề ISCO-08. Hãy dùng 1 đến 4 chữ số, ví dụ 7212.
error-invalid-proficiency = “{ $value }” không phải trình độ. Hãy dùng basic, intermediate, advanced hoặc expert.
error-invalid-context = “{ $value }” không phải cách học. Hãy dùng formal, non-formal hoặc informal.
error-invalid-stage = “{ $value }” không phải giai đoạn. Hãy dùng recruitment, pre-departure, arrival, career hoặc return.
error-invalid-field = “{ $value }” không phải thứ bạn sửa được. Hãy dùng một trong: { $expected }.
error-empty-field = { $field ->
    [title] Tên đang trống. Hãy viết một tên ngắn.
   *[other] Phần { $field } đang trống. Hãy viết gì đó vào.
}
error-date-order = Ngày kết thúc { $to } trước ngày bắt đầu { $from }. Hãy kiểm tra hai ngày này.
error-import-format = Tệp này không phải tệp xuất của Carnet, nên không đọc được. Hãy chọn tệp do Carnet xuất ra.

## Photos

error-evidence-not-an-image = Tệp này không phải ảnh. Carnet nhận ảnh JPEG, PNG và WebP.
error-evidence-unsupported-format = Đây là ảnh { $format }, Carnet không dùng được. Hãy lưu thành JPEG, PNG hoặc WebP, rồi thử lại.
error-evidence-damaged = Ảnh bị hỏng hoặc không đầy đủ. Hãy chụp hoặc chọn lại ảnh.
error-evidence-too-large = Ảnh quá lớn ({ $width } × { $height } điểm ảnh). Hãy chụp với chất lượng thấp hơn, hoặc chọn bản nhỏ hơn.
error-evidence-file-too-big = Tệp quá lớn ({ $megabytes } MB). Giới hạn là 32 MB. Hãy chọn tệp nhỏ hơn.
error-evidence-encode-failed = Carnet không lưu được ảnh. Vui lòng thử lại. Nếu vẫn bị, vui lòng báo cho những người làm ra Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” không phải địa chỉ máy chủ. Địa chỉ máy chủ trông như http://192.168.1.10:8470. Hãy hỏi trung tâm.
error-sync-no-hub = Sổ ghi chép này chưa có máy chủ. Hãy hỏi trung tâm địa chỉ máy chủ của họ.
error-sync-unreachable = Carnet không kết nối được máy chủ ở { $url }. Sổ ghi chép vẫn an toàn trên thiết bị này. Hãy thử lại khi bạn đã kết nối vào mạng của trung tâm.
error-sync-refused = Máy chủ không chấp nhận thiết bị này cho sổ ghi chép này. Nếu bạn đã gỡ thiết bị này khỏi sổ, điều này là bình thường. Nếu không, hãy hỏi trung tâm.
error-sync-unknown-logbook = Máy chủ chưa có bản sao của sổ ghi chép này. Hãy đồng bộ thiết bị có sổ ghi chép trước, rồi thử lại.
error-sync-rate-limited = Máy chủ đang bận. Hãy chờ { $seconds } giây, rồi thử lại. Sổ ghi chép vẫn an toàn trên thiết bị này.
error-sync-hub-full = Máy chủ đã hết chỗ cho sổ ghi chép của bạn. Sổ ghi chép vẫn an toàn trên thiết bị này. Hãy hỏi trung tâm.
error-sync-hub-error = Máy chủ gặp sự cố ({ $status } { $code }). Sổ ghi chép vẫn an toàn trên thiết bị này. Hãy thử lại sau, hoặc hỏi trung tâm.
error-sync-protocol = Máy chủ gửi một thứ mà phiên bản Carnet này không đọc được. Sổ ghi chép vẫn an toàn trên thiết bị này. Hãy cập nhật Carnet, hoặc hỏi trung tâm.
error-sync-forged = Máy chủ gửi một thay đổi bị hỏng hoặc đã bị ai đó sửa. Carnet không dùng nó, và sổ ghi chép không thay đổi. Hãy báo cho trung tâm.
error-sync-incomplete = Máy chủ không gửi đủ các thay đổi cần gửi. Carnet không dùng chúng, và sổ ghi chép không thay đổi. Hãy thử lại sau, hoặc báo cho trung tâm.
error-sync-unknown-epoch = Thiết bị này không có khóa mới nhất của sổ ghi chép, nên không đọc được những gì máy chủ có. Nếu bạn đã gỡ thiết bị này, điều này là bình thường. Nếu không, hãy ghép nối lại.
error-sync-rolled-back = Máy chủ đã mất một số dữ liệu. Sổ ghi chép trên thiết bị này vẫn đầy đủ và không thay đổi. Hãy báo cho trung tâm.
error-sync-pairing-code = Đây không phải mã ghép nối, hoặc bị thiếu một phần. Hãy hiện lại mã trên thiết bị kia, và quét hoặc gõ đầy đủ.
error-sync-pairing-expired = Mã ghép nối này đã quá cũ. Hãy hiện mã mới trên thiết bị kia.
error-sync-pairing-taken = Một thiết bị khác đã trả lời mã ghép nối này. Không có gì được chia sẻ. Hãy hiện mã mới trên thiết bị kia và thử lại.
error-sync-pairing-refused = Thiết bị kia đã từ chối ghép nối. Không có gì được chia sẻ.
error-sync-remove-self = Đây là thiết bị bạn đang dùng. Muốn gỡ nó, hãy làm từ một thiết bị khác của bạn.
error-sync-cancelled = Bạn đã thôi chờ thiết bị kia. Không có gì được chia sẻ. Hãy bắt đầu lại khi cả hai thiết bị đã sẵn sàng.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Đây không phải mã vuông của tờ khôi phục Carnet, hoặc Carnet không đọc được hết. Hãy chụp rõ hơn toàn bộ mã, hoặc gõ 12 từ.
error-sync-recovery-words = { $problem ->
    [count] Tờ khôi phục có 12 từ; bạn đã đưa { $position }. Hãy gõ đủ 12 từ, đúng thứ tự.
    [unknown] Từ thứ { $position } không phải từ của tờ khôi phục. Hãy kiểm tra cách viết trên tờ giấy.
   *[other] Các từ không khớp với nhau: một từ bị sai, hoặc hai từ bị đổi chỗ. Hãy kiểm tra từng từ trên tờ giấy.
}
error-sync-recovery-no-box = Máy chủ không có gì cho tờ khôi phục này. Có thể một tờ mới hơn đã thay nó, hoặc tờ này dành cho máy chủ khác. Hãy dùng tờ mới nhất của bạn.
error-sheet-write = Carnet không ghi được tờ khôi phục vào { $path }. Hãy kiểm tra thư mục và chỗ trống. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet không tìm thấy tệp dữ liệu ESCO ({ $path }). Hãy cài lại Carnet.
error-taxonomy-damaged = Tệp dữ liệu ESCO của Carnet bị hỏng ({ $reason }). Hãy cài lại Carnet.
error-unknown-concept = Không có kỹ năng hay nghề ESCO nào là “{ $concept }”. Hãy tìm địa chỉ bằng carnet esco search.
error-not-an-occupation = “{ $concept }” là kỹ năng ESCO, không phải nghề. Hãy tìm nghề bằng carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet không tìm thấy mã vuông nào trong ảnh này. Hãy chụp rõ hơn toàn bộ mã, hoặc gõ mã vào.
error-save-file = Carnet không lưu được tệp vào { $path }. Hãy kiểm tra chỗ trống. ({ $reason })

## Voice notes

error-evidence-not-audio = Tệp này không phải bản ghi âm. Carnet nhận tệp âm thanh WebM, Ogg, MP4, M4A, AAC, MP3 và WAV.
error-evidence-audio-is-video = Tệp này là video. Carnet chỉ giữ âm thanh. Hãy ghi âm giọng nói, hoặc chọn một tệp âm thanh.
error-evidence-audio-too-big = Tệp âm thanh quá lớn ({ $megabytes } MB). Giới hạn là 5 MB. Hãy ghi âm ngắn hơn.
error-evidence-audio-damaged = Tệp âm thanh bị hỏng hoặc không đầy đủ. Hãy ghi âm hoặc chọn lại.
error-evidence-not-evidence = Tệp này không phải ảnh cũng không phải bản ghi âm. Carnet nhận ảnh (JPEG, PNG, WebP) và tệp âm thanh (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet không được phép dùng micrô. Hãy cho phép trong phần cài đặt của điện thoại, hoặc đính kèm một tệp âm thanh.
error-microphone-failed = Carnet không ghi âm được. Hãy thử lại, hoặc đính kèm một tệp âm thanh.
error-recording-empty = Không ghi được gì. Hãy thử lại và nói sau khi bấm nút.
error-evidence-missing = Ảnh hoặc ghi âm này chưa có trên thiết bị này ({ $sha }). Hãy đồng bộ để nhận.
