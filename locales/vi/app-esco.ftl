# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = Tìm tên chuẩn (ESCO)
app-esco-find-hint = Gõ vài chữ, ví dụ “hàn”
app-esco-why = Nhà tuyển dụng ở nước khác biết những tên này. Hãy chọn tên gần nhất với việc bạn làm.
app-esco-none = Không tìm thấy tên chuẩn. Hãy thử từ khác, hoặc từ ngắn hơn.
app-esco-english = Tiếng Anh: { $english }
app-esco-linked = Tên chuẩn
app-esco-unlink = Bỏ
app-esco-choose = Chọn
app-esco-searching = Đang tìm…
app-esco-kind-skill = Kỹ năng
app-esco-kind-occupation = Nghề

## Comparing with a job

app-match = Việc làm cho tôi
app-match-title = Việc làm cho tôi
app-match-intro = Chọn một nghề để xem sổ ghi chép của bạn có những kỹ năng nào của nghề đó, và còn thiếu kỹ năng nào.
app-match-find = Tìm nghề
app-match-chosen = Nghề bạn đã chọn
app-match-find-hint = Ví dụ “đầu bếp” hoặc “thợ hàn”
app-match-fit = Các nghề hợp với sổ ghi chép của tôi
app-match-fit-none = Chưa có mục nào có tên chuẩn. Trước tiên hãy thêm tên chuẩn cho một mục: Sửa, rồi “Tìm tên chuẩn”.
app-match-fit-line = { $covered } trên { $total } kỹ năng chính ({ $percent }%)
app-match-summary = { $total ->
    [0] Nghề này không có kỹ năng chính nào trong ESCO.
   *[other] Sổ ghi chép của bạn có { $covered } trên { $total } kỹ năng chính của nghề này.
}
app-match-essential = Kỹ năng chính
app-match-optional = Kỹ năng có ích khác
app-match-endorsed = Đã ký
app-match-self-declared = Bạn tự khai
app-match-missing = Còn thiếu
app-match-maybe = Đây có phải mục “{ $title }” của bạn không?
app-match-link = Đúng, liên kết
app-match-other-job = Nghề khác

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Chọn cho giai đoạn này
app-stage-template-hint = Carnet đánh dấu những gì quan trọng ở giai đoạn này. Bạn có thể thay đổi.
app-stage-target = Công việc bạn ứng tuyển (có thể bỏ qua)
