# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = Ảnh và ghi âm giọng nói
app-evidence-hint = Cho thấy bạn làm được gì: chụp ảnh một giấy tờ, hoặc kể bằng giọng nói của bạn.
app-evidence-add-photo = Thêm ảnh chứng chỉ
app-evidence-record = Ghi âm giọng nói
app-evidence-attach-sound = Đính kèm tệp âm thanh
app-evidence-adding-photo = Đang thêm ảnh…
app-evidence-adding-voice = Đang thêm ghi âm…
app-evidence-recording = Đang ghi âm: { $time } / { $max }
app-evidence-stop = Dừng và giữ
app-evidence-starting = Đang bật micrô…
app-evidence-photo = Ảnh { $number }
app-evidence-voice = Ghi âm { $number }
app-evidence-view = Xem lớn
app-evidence-close = Đóng
app-evidence-missing = Chưa có trên điện thoại này. Hãy đồng bộ để nhận.
app-evidence-other = Tệp từ một bản Carnet mới hơn. Hãy cập nhật Carnet để xem.
app-evidence-saved = Đã lưu. Bạn có thể thêm nữa.
app-evidence-remove-confirm = Gỡ ảnh hoặc ghi âm này khỏi mục? Nó cũng bị xóa khỏi thiết bị này.
