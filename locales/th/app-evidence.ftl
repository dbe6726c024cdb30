# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = รูปภาพและข้อความเสียง
app-evidence-hint = แสดงสิ่งที่คุณทำได้: ถ่ายรูปเอกสาร หรือเล่าด้วยเสียงของคุณ
app-evidence-add-photo = เพิ่มรูปใบรับรอง
app-evidence-record = อัดข้อความเสียง
app-evidence-attach-sound = แนบไฟล์เสียง
app-evidence-adding-photo = กำลังเพิ่มรูปภาพ…
app-evidence-adding-voice = กำลังเพิ่มข้อความเสียง…
app-evidence-recording = กำลังอัด: { $time } จาก { $max }
app-evidence-stop = หยุดและเก็บไว้
app-evidence-starting = กำลังเปิดไมโครโฟน…
app-evidence-photo = รูปที่ { $number }
app-evidence-voice = ข้อความเสียงที่ { $number }
app-evidence-view = ดูภาพใหญ่
app-evidence-close = ปิด
app-evidence-missing = ยังไม่มีบนโทรศัพท์เครื่องนี้ ซิงค์เพื่อรับมา
app-evidence-other = ไฟล์จาก Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่อดูไฟล์นี้
app-evidence-saved = บันทึกแล้ว คุณเพิ่มได้อีก
app-evidence-remove-confirm = เอาสิ่งนี้ออกจากรายการหรือไม่ จะถูกลบออกจากอุปกรณ์นี้ด้วย
