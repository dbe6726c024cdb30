# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Cách gõ:
cli-help-commands = Các lệnh:
cli-help-arguments = Cần đưa vào:
cli-help-options = Tùy chọn:
cli-help-examples = Ví dụ:

## Help: the whole program

cli-about = Carnet ghi lại những gì bạn làm được: kỹ năng, công việc, ngôn ngữ, bằng cấp và khóa học. Mọi thứ nằm trên thiết bị của bạn, được khóa bằng mật khẩu của bạn.

cli-examples =
    Bắt đầu sổ ghi chép:      carnet init
    Thêm một kỹ năng:         carnet add skill --title "Welding" --level advanced
    Xem các mục:              carnet list
    Xem một mục:              carnet show 3f2a
    Trợ giúp cho một lệnh:    carnet add --help

cli-opt-data-dir = Thư mục chứa sổ ghi chép của bạn. Bạn cũng có thể đặt CARNET_DATA_DIR.
cli-opt-json = Trả lời bằng JSON, cho các chương trình khác.
cli-opt-lang = Ngôn ngữ cho thông báo của Carnet, ví dụ ar, fa, fr, uk hoặc en.
cli-opt-help = Hiện phần trợ giúp này.
cli-opt-version = Hiện phiên bản của Carnet.

## Help: commands

cli-cmd-init = Tạo sổ ghi chép mới, khóa bằng mật khẩu.
cli-cmd-passphrase = Đổi mật khẩu của sổ ghi chép.
cli-cmd-passphrase-change = Đổi mật khẩu. Bạn gõ mật khẩu cũ, rồi gõ mật khẩu mới hai lần.
cli-cmd-profile = Xem hoặc sửa hồ sơ: tên, các nước, các ngôn ngữ của bạn.
cli-cmd-profile-show = Hiện hồ sơ của bạn.
cli-cmd-profile-set = Sửa hồ sơ. Muốn xóa một thông tin, hãy để giá trị trống, ví dụ --contact "".
cli-cmd-add = Thêm một mục: kỹ năng, bằng cấp, kinh nghiệm làm việc, ngôn ngữ hoặc khóa học.
cli-cmd-list = Liệt kê các mục của bạn.
cli-cmd-show = Hiện mọi thông tin về một mục.
cli-cmd-edit = Sửa một mục.
cli-cmd-rm = Xóa một mục.
cli-cmd-search = Tìm các mục có chứa một số từ.
cli-cmd-detach = Gỡ một ảnh hoặc ghi âm khỏi một mục. Nó cũng bị xóa khỏi thiết bị này, trừ khi một mục khác vẫn dùng nó.
cli-cmd-attach = Thêm ảnh một giấy tờ vào một mục, ví dụ bằng tốt nghiệp, chứng chỉ hoặc giấy tờ công việc. Hoặc thêm ghi âm: một tệp âm thanh trong đó bạn kể về kỹ năng.
cli-cmd-export = Ghi toàn bộ sổ ghi chép ra một tệp mà các chương trình khác đọc được.
cli-cmd-import = Đọc một tệp xuất của Carnet vào sổ ghi chép. Không có gì trong sổ bị xóa.
cli-cmd-devices = Các thiết bị có sổ ghi chép của bạn.
cli-cmd-devices-list = Hiện các thiết bị có sổ ghi chép của bạn.
cli-cmd-devices-remove = Lấy sổ ghi chép khỏi một thiết bị, ví dụ điện thoại bị mất. Thiết bị đó không đọc được gì bạn thêm từ bây giờ.
cli-cmd-pair = Đưa sổ ghi chép sang một thiết bị khác của bạn, ví dụ điện thoại mới.
cli-cmd-pair-show = Trên thiết bị có sổ ghi chép: hiện mã cho thiết bị mới, rồi cho phép.
cli-cmd-pair-join = Trên thiết bị mới: lấy sổ ghi chép bằng mã mà thiết bị kia hiện.
cli-cmd-sync = Gửi thay đổi của bạn lên máy chủ của trung tâm và nhận các thay đổi từ những thiết bị khác của bạn. Máy chủ chỉ giữ một bản sao đã khóa mà nó không đọc được.

## Help: what to give to the commands

cli-arg-kind = Loại mục: skill (kỹ năng), qualification (bằng cấp), experience (công việc), language (ngôn ngữ) hoặc learning (khóa học).
cli-arg-title = Một tên ngắn, ví dụ "Hàn" hoặc "Bằng lái xe B".
cli-arg-description = Viết thêm về mục này, nếu bạn muốn.
cli-arg-level = Bạn giỏi đến đâu. Với kỹ năng hoặc công việc: basic, intermediate, advanced hoặc expert. Với ngôn ngữ: A1 (mới học) đến C2 (rất giỏi). Với bằng cấp hoặc khóa học: bậc EQF, từ 1 đến 8.
cli-arg-eqf = Bậc EQF của bằng cấp hoặc khóa học, từ 1 đến 8, nếu bạn biết.
cli-arg-from = Khi bắt đầu: một năm (2019), một tháng (2019-05) hoặc một ngày (2019-05-14).
cli-arg-to = Khi kết thúc, viết theo cùng cách. Bỏ trống nếu vẫn đang tiếp tục.
cli-arg-organisation = Chủ lao động, trường học hoặc trung tâm đào tạo.
cli-arg-place = Thành phố hoặc nơi chốn.
cli-arg-country = Quốc gia, bằng hai chữ cái, ví dụ SY, AF, DE.
cli-arg-context = Bạn học bằng cách nào: formal (trường lớp, bằng cấp), non-formal (khóa học) hoặc informal (tự làm mà học).
cli-arg-written-in = Ngôn ngữ bạn dùng để viết mục này, bằng mã ngắn, ví dụ ar hoặc en.
cli-arg-esco = Địa chỉ ESCO của kỹ năng hoặc nghề, nếu bạn biết.
cli-arg-isco = Mã nghề ISCO-08 (1 đến 4 chữ số), nếu bạn biết.
cli-arg-stage = Mục này quan trọng ở giai đoạn nào trên hành trình: recruitment, pre-departure, arrival, career hoặc return. Bạn có thể đưa nhiều hơn một.

cli-arg-list-kind = Chỉ hiện các mục thuộc loại này: skill, qualification, experience, language hoặc learning.
cli-arg-list-stage = Chỉ hiện các mục cho giai đoạn này: recruitment, pre-departure, arrival, career hoặc return.

cli-arg-id = Mã id của mục. Chỉ cần 4 ký tự đầu trở lên. Để xem các id, hãy gõ: carnet list
cli-arg-set = Một thay đổi, viết dạng FIELD=VALUE, ví dụ level=advanced. Lặp lại để sửa thêm. Giá trị trống sẽ xóa trường đó. Các trường là: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Các từ cần tìm.
cli-arg-evidence = Ảnh hoặc ghi âm cần gỡ: id của nó, như carnet show và carnet attach in ra (chỉ cần 8 ký tự đầu trở lên).
cli-arg-photo = Một ảnh (JPEG, PNG hoặc WebP) hoặc một tệp âm thanh (WebM, Ogg, MP4, M4A, AAC, MP3 hoặc WAV, tối đa 5 MB). Carnet xem bên trong tệp để biết đó là loại gì. Nó xóa dữ liệu ẩn, ví dụ nơi chụp ảnh.
cli-arg-format = Loại tệp. Hiện chỉ có json.
cli-arg-file = Tệp xuất cần đọc.

cli-arg-name = Tên của bạn, theo cách bạn muốn người khác thấy.
cli-arg-birth-date = Ngày sinh của bạn: 1990, 1990-05 hoặc 1990-05-14.
cli-arg-origin = Nước bạn đến từ, bằng hai chữ cái, ví dụ SY, AF, ER.
cli-arg-current = Nước bạn đang sống, bằng hai chữ cái, ví dụ DE, FR.
cli-arg-contact = Cách liên lạc với bạn, ví dụ số điện thoại hoặc email.
cli-arg-language = Một ngôn ngữ bạn biết, bằng mã ngắn, ví dụ ar, fa-AF hoặc en. Các tùy chọn bên dưới là về ngôn ngữ này.
cli-arg-mother-tongue = Ngôn ngữ này là tiếng mẹ đẻ của bạn.
cli-arg-not-mother-tongue = Ngôn ngữ này không phải tiếng mẹ đẻ của bạn.
cli-arg-listening = Bạn nghe hiểu người khác nói tốt đến đâu: A1 (mới học) đến C2 (rất giỏi).
cli-arg-reading = Bạn đọc tốt đến đâu: A1 đến C2.
cli-arg-spoken-interaction = Bạn tham gia trò chuyện tốt đến đâu: A1 đến C2.
cli-arg-spoken-production = Bạn tự nói tốt đến đâu: A1 đến C2.
cli-arg-writing = Bạn viết tốt đến đâu: A1 đến C2.
cli-arg-remove-language = Bỏ một ngôn ngữ khỏi hồ sơ.
cli-arg-hub = Địa chỉ máy chủ của trung tâm, ví dụ http://192.168.1.10:8470. Carnet sẽ nhớ địa chỉ này.
cli-arg-device-id = Id của thiết bị, như lệnh này hiện: carnet devices list (chỉ cần 4 ký tự đầu trở lên).
cli-arg-pair-approve = Cho phép thiết bị mới mà không hỏi, nếu nó hiện mã này (cho người hỗ trợ và cho script).
cli-arg-pair-code = Mã mà thiết bị kia hiện. Mã bắt đầu bằng CNP1:
cli-arg-pair-name = Tên cho thiết bị này, để bạn nhận ra nó trên thiết bị kia (ví dụ "Điện thoại của Amal").
cli-arg-sync-status = Chỉ hiện lần đồng bộ gần nhất và số thay đổi đang chờ. Không gửi gì.
cli-arg-sync-watch = Tiếp tục đồng bộ. Khi không kết nối được máy chủ, thử lại sau, mỗi lần chờ lâu hơn.
cli-arg-sync-every = Với --watch: chờ bao nhiêu giây giữa các lần đồng bộ (300 nếu không nói).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Hãy chọn mật khẩu có ít nhất { $min } ký tự. Bạn cần nó mỗi lần mở sổ ghi chép. Không ai lấy lại được mật khẩu cho bạn.
cli-passphrase-prompt = Mật khẩu:
cli-passphrase-new-prompt = Mật khẩu mới:
cli-passphrase-repeat-prompt = Gõ lại mật khẩu mới:
cli-passphrase-changed = Mật khẩu của bạn đã được đổi. Từ giờ hãy dùng mật khẩu mới.

## Answers

cli-init-done = Sổ ghi chép đã sẵn sàng. Nó nằm trong thư mục này: { $dir }
cli-init-next = Hãy giữ mật khẩu cẩn thận. Không có mật khẩu, không ai mở được sổ ghi chép, kể cả bạn. Tiếp theo, hãy thêm những gì bạn làm được, ví dụ: carnet add skill --title "Nấu ăn"

cli-list-empty = Sổ ghi chép chưa có mục nào. Để thêm một mục, hãy gõ: carnet add skill --title "Nấu ăn"
cli-list-none-match = Không có mục nào khớp với yêu cầu của bạn.
cli-search-none = Không có mục nào chứa những từ này. Hãy thử từ khác, hoặc gõ: carnet list

cli-edit-saved = Thay đổi của bạn đã được lưu.
cli-rm-done = Đã xóa: { $title }
cli-detached = Đã gỡ ảnh hoặc ghi âm khỏi mục.

cli-profile-saved = Hồ sơ của bạn đã được lưu.
cli-profile-empty = Hồ sơ của bạn đang trống. Để thêm tên, hãy gõ: carnet profile set --name "Tên của bạn"

cli-import-added = { $count ->
   *[other] Đã thêm { $count } mục.
}
cli-import-updated = { $count ->
   *[other] Đã cập nhật { $count } mục.
}
cli-import-unchanged = { $count ->
   *[other] { $count } mục vốn đã giống nhau.
}
cli-import-profile-updated = Hồ sơ của bạn cũng đã được cập nhật.
cli-import-missing-photos = { $count ->
   *[other] { $count } ảnh không có trên thiết bị này. Tệp xuất không chứa ảnh. Hãy thêm lại bằng: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Loại
cli-show-added = Ngày thêm
cli-show-changed = Ngày sửa
cli-show-evidence = Ảnh và ghi âm
cli-show-photo = { $sha }  { $width } × { $height } điểm ảnh, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } điểm ảnh, không có trên thiết bị này
cli-show-voice = { $sha }  ghi âm, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ghi âm, không có trên thiết bị này
cli-show-conflicts = Một thiết bị khác cũng đã ghi:
cli-show-conflicts-hint = Để giữ một trong số này, hãy gõ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Tên
cli-field-description = Mô tả
cli-field-written-in = Viết bằng
cli-field-esco = ESCO
cli-field-isco = Mã nghề ISCO-08
cli-field-level = Trình độ
cli-field-eqf = Bậc EQF
cli-field-organisation = Tổ chức
cli-field-place = Nơi
cli-field-country = Quốc gia
cli-field-from = Từ
cli-field-to = Đến
cli-field-context = Cách học
cli-field-stages = Giai đoạn

cli-kind-skill = kỹ năng
cli-kind-qualification = bằng cấp
cli-kind-experience = kinh nghiệm
cli-kind-language = ngôn ngữ
cli-kind-learning = khóa học

cli-context-formal = chính quy (trường lớp, bằng cấp)
cli-context-non-formal = không chính quy (khóa học)
cli-context-informal = tự học (qua làm việc)

cli-stage-recruitment = tuyển dụng
cli-stage-pre-departure = trước khi đi
cli-stage-arrival = khi đến nơi
cli-stage-career = đi làm
cli-stage-return = trở về

cli-proficiency-basic = cơ bản
cli-proficiency-intermediate = trung bình
cli-proficiency-advanced = khá
cli-proficiency-expert = chuyên gia

cli-level-eqf = Bậc EQF { $level }

cli-profile-name = Tên
cli-profile-birth-date = Ngày sinh
cli-profile-origin = Đến từ
cli-profile-current = Đang sống ở
cli-profile-contact = Liên lạc
cli-profile-languages = Ngôn ngữ
cli-profile-mother-tongue = { $language } (tiếng mẹ đẻ)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = nghe { $level }
cli-cefr-reading = đọc { $level }
cli-cefr-spoken-interaction = trò chuyện { $level }
cli-cefr-spoken-production = nói { $level }
cli-cefr-writing = viết { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet không hiểu “{ $arg }” ở đây.
cli-error-unknown-command = Không có lệnh “{ $command }”.
cli-error-invalid-value = Không dùng được “{ $value }” cho { $arg }.
cli-error-missing-value = { $arg } cần một giá trị ở sau.
cli-error-valid-values = Bạn có thể dùng: { $values }
cli-error-missing-argument = Còn thiếu: { $arg }
cli-error-missing-command = Hãy nói Carnet cần làm gì sau “{ $command }”.
cli-error-valid-commands = Các lệnh là: { $commands }
cli-error-conflict = Không dùng được { $arg } cùng với { $other }.
cli-error-no-equals = Hãy viết { $arg } với dấu bằng và giá trị ngay sau đó.
cli-error-too-many-values = { $arg } nhận ít giá trị hơn. “{ $value }” là thừa.
cli-error-wrong-number-of-values = { $arg } có số giá trị không đúng.
cli-error-invalid-utf8 = Carnet không đọc được một số chữ bạn đã gõ. Hãy gõ lại.
cli-error-did-you-mean = Có phải ý bạn là { $suggestion }?
cli-error-usage = Carnet không hiểu lệnh này.
cli-error-usage-hint = Gõ { $command } --help để xem bạn có thể gõ gì.
cli-error-set-format = “{ $value }” không phải một thay đổi. Hãy viết FIELD=VALUE, ví dụ --set level=advanced
cli-error-nothing-to-change = Không có gì để sửa. Hãy đưa ít nhất một tùy chọn, ví dụ --name "Tên của bạn".

cli-error-passphrase-unavailable = Carnet cần mật khẩu nhưng không hỏi được ở đây. Hãy chạy Carnet trong cửa sổ dòng lệnh, hoặc đặt { $variable }.
cli-error-passphrase-mismatch = Hai mật khẩu không giống nhau. Không có gì thay đổi. Vui lòng thử lại.
cli-error-read-file = Carnet không đọc được tệp { $path }. Hãy kiểm tra tên tệp và thư mục, rồi thử lại.
cli-error-no-data-dir = Carnet không tìm thấy thư mục cho sổ ghi chép. Hãy chọn một thư mục bằng --data-dir, ví dụ --data-dir ./carnet
cli-error-output = Carnet không ghi được câu trả lời. Hãy kiểm tra ổ đĩa chưa đầy, rồi thử lại.
cli-error-details = Chi tiết cho người hỗ trợ: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Để tạo một sổ, hãy gõ: carnet init
cli-hint-already-exists = Để xem bên trong có gì, hãy gõ: carnet list. Muốn có sổ thứ hai, hãy chọn thư mục khác bằng --data-dir.
cli-hint-not-found = Để xem các id, hãy gõ: carnet list
cli-hint-ambiguous-id = Để xem các id, hãy gõ: carnet list
cli-hint-import-format = Hãy chọn tệp được tạo bằng: carnet export --format json
cli-hint-invalid-field = Để xem danh sách các trường, hãy gõ: carnet edit --help

## carnet sync

cli-sync-phase-sending = Đang gửi
cli-sync-phase-receiving = Đang nhận
cli-sync-phase-photos = Ảnh
cli-sync-done = Đã đồng bộ với { $hub }.
cli-sync-changes = { $sent ->
   *[other] Đã gửi { $sent } thay đổi
}, { $received ->
   *[other] đã nhận { $received } thay đổi.
}
cli-sync-photos = { $sent ->
   *[other] Đã gửi { $sent } ảnh
}, { $received ->
   *[other] đã nhận { $received } ảnh.
}
cli-sync-bytes = Dữ liệu đã dùng: gửi lên { $up } KB, tải xuống { $down } KB.
cli-sync-retry = Thử lại sau { $seconds ->
   *[other] { $seconds } giây.
}
cli-sync-status-hub = Máy chủ: { $hub }
cli-sync-status-last = Lần đồng bộ gần nhất: { $when }
cli-sync-status-pending = { $count ->
    [0] Không có thay đổi nào đang chờ.
   *[other] { $count } thay đổi đang chờ gửi.
}
cli-sync-no-hub = chưa có
cli-sync-never = chưa bao giờ
cli-hint-sync-no-hub = Để đặt máy chủ, hãy gõ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Các thay đổi của bạn vẫn được giữ. Để thử lại sau, hãy gõ: carnet sync

## carnet pair

cli-pair-show-scan = Quét mã này bằng thiết bị mới, hoặc gõ dòng chữ bên dưới trên thiết bị đó.
cli-pair-show-expires = Mã dùng được trong 10 phút.
cli-pair-show-request = Thiết bị “{ $name }” muốn có sổ ghi chép của bạn. Mã của nó là { $fingerprint }.
cli-pair-show-ask = Thiết bị mới có hiện cùng mã không? Gõ có để cho phép, hoặc không.
cli-pair-yes = có
cli-pair-show-approved = “{ $name }” giờ đã có sổ ghi chép của bạn.
cli-pair-show-refused = Bạn đã từ chối. “{ $name }” không nhận được gì.
cli-pair-default-name = Thiết bị mới
cli-pair-join-check = Thiết bị kia phải hiện mã này: { $fingerprint }. Hãy cho phép trên thiết bị đó.
cli-pair-join-done = { $count ->
   *[other] Thiết bị này giờ đã có sổ ghi chép của bạn, với { $count } mục.
}

## carnet devices

cli-devices-none = Chưa có thiết bị nào đồng bộ sổ ghi chép này.
cli-devices-line = { $id }  { $name }  (từ { $added })
cli-devices-this = ← thiết bị này
cli-devices-removed = (đã gỡ ngày { $when })
cli-devices-removed-done = Đã gỡ “{ $name }”. Sổ ghi chép của bạn giờ có khóa mới, thiết bị đó không có khóa này.
cli-devices-new-sheet = Tờ khôi phục của bạn có khóa cũ. Hãy in tờ mới ngay và hủy tờ cũ: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = In tờ khôi phục: với tờ này và mật khẩu, bạn có thể lấy lại sổ ghi chép trên điện thoại mới nếu mất điện thoại này.
cli-cmd-recover = Trên thiết bị mới: lấy lại sổ ghi chép bằng tờ khôi phục và mật khẩu.
cli-arg-recovery-out = Tệp để ghi tờ khôi phục. Tên tệp phải kết thúc bằng .png hoặc .pdf.
cli-arg-recover-sheet = Ảnh chụp hoặc bản quét tờ khôi phục (PNG hoặc JPEG). Carnet đọc mã vuông trên đó.
cli-arg-recover-words = 12 từ trên tờ khôi phục, đúng thứ tự, đặt trong dấu ngoặc kép. Hãy đưa cả --hub.
cli-arg-recover-hub = Địa chỉ máy chủ in trên tờ khôi phục, ví dụ http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet có thể ghi tờ khôi phục thành tệp .png hoặc .pdf, không phải “{ $path }”.
cli-recovery-sheet-done = Tờ khôi phục của bạn ở { $path }. Hãy in ra và cất tờ giấy ở nơi an toàn, xa điện thoại.
cli-recovery-sheet-english = Tờ giấy được viết bằng tiếng Anh: Carnet chưa viết đúng được chữ của ngôn ngữ bạn lên đó.
cli-recovery-sheet-replaced = Các tờ bạn in trước đây không còn dùng được nữa. Hãy hủy chúng.
cli-recover-done = { $count ->
   *[other] Sổ ghi chép đã trở lại trên thiết bị này: { $count } mục.
}
cli-passphrase-sheet-updated = Tờ khôi phục vẫn dùng được, với mật khẩu mới của bạn.
cli-passphrase-sheet-not-updated = Không cập nhật được tờ khôi phục trên máy chủ. Cho đến khi bạn in tờ mới, tờ này cần mật khẩu cũ. Hãy in tờ mới khi có kết nối: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Tờ khôi phục Carnet
cli-sheet-made = Làm ngày { $date }
cli-sheet-hub = Máy chủ: { $hub }
cli-sheet-words = 12 từ của bạn
cli-sheet-instructions =
    Hãy cất tờ giấy này ở nơi an toàn. Với tờ này và mật khẩu, bạn có thể lấy lại sổ ghi chép trên điện thoại mới:
    1. Cài Carnet trên điện thoại mới và chọn lấy lại sổ ghi chép.
    2. Quét mã vuông, hoặc gõ 12 từ và địa chỉ máy chủ.
    3. Gõ mật khẩu. Sổ ghi chép sẽ được lấy lại từ máy chủ.
    Trên máy tính: carnet recover --sheet photo.jpg
cli-sheet-warning = Chỉ riêng tờ giấy này không mở được sổ ghi chép: cần cả mật khẩu. Đừng cất chung hai thứ. Nếu bạn in tờ mới, tờ này sẽ không dùng được nữa.
