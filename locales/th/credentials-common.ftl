# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library, shown the same way by every credential command.

## Files and texts

error-credential-malformed = { $what ->
        [request] คำขอนี้เสียหาย หรือไม่ใช่คำขอของ Carnet ขอใหม่อีกครั้ง
        [credential] ไฟล์ใบรับรองนี้เสียหาย หรือไม่ใช่ใบรับรองของ Carnet ขอให้คนที่ยืนยันรายการของคุณส่งมาใหม่
       *[other] สิ่งนี้เสียหาย หรือไม่ใช่ไฟล์ของ Carnet
    }
error-credential-wrong-file = { $expected ->
        [request] นี่ไม่ใช่คำขอของ Carnet: เป็นไฟล์ Carnet ประเภทอื่น คำขอสร้างด้วย carnet request
        [credential] นี่ไม่ใช่ใบรับรองของ Carnet: เป็นไฟล์ Carnet ประเภทอื่น ตรวจดูว่าคุณเลือกไฟล์ที่คนยืนยันรายการให้คุณมา
       *[other] นี่เป็นไฟล์ Carnet ประเภทอื่น ตรวจดูว่าคุณเลือกไฟล์ถูก
    }
error-credential-newer-version = { $what ->
        [request] คำขอนี้สร้างด้วย Carnet รุ่นใหม่กว่า
        [credential] ใบรับรองนี้สร้างด้วย Carnet รุ่นใหม่กว่า
        [text] รหัสนี้สร้างด้วย Carnet รุ่นใหม่กว่า
       *[other] สิ่งนี้สร้างด้วย Carnet รุ่นใหม่กว่า
    } อัปเดต Carnet แล้วลองอีกครั้ง
error-credential-invalid-field = ใช้ค่าหนึ่งไม่ได้ ({ $field }): ยาวเกินไปหรือรูปแบบไม่ถูกต้อง ไม่ได้เขียนอะไร
error-credential-entry-count = คำขอหนึ่งมีได้ 1 ถึง { $max } รายการ ไม่ใช่ { $found } ถ้าต้องการให้ยืนยันมากกว่านี้ ให้ทำคำขอสองชุด
error-credential-invalid-key = นี่ไม่ใช่กุญแจสาธารณะที่ถูกต้อง ตรวจดูว่าคัดลอกมาครบ
error-credential-bad-signature = ลายเซ็นบนใบรับรองนี้ไม่ตรงกัน: ถูกเปลี่ยนหรือเสียหายหลังจากลงนาม ไม่ได้เก็บอะไรไว้ ขอไฟล์อีกครั้ง
error-credential-not-yours = ใบรับรองนี้ทำให้สมุดบันทึกของคนอื่น ไม่ใช่ของคุณ ไม่ได้เก็บอะไรไว้ ตรวจดูว่าคุณได้รับไฟล์ของคุณเอง
error-credential-no-such-entry = ไม่มีรายการที่ { $index } ในใบรับรองนี้
error-credential-duplicate-entry = เลือกรายการที่ { $index } ไว้สองครั้ง
error-credential-wrong-prefix = ข้อความนี้ไม่ใช่รหัสของ Carnet: ไม่ได้ขึ้นต้นด้วย CN1: (ทักษะที่จะตรวจ) หรือ CNR1: (คำขอให้ยืนยัน)
error-credential-base45 = ข้อความนี้มีตัวอักษรที่รหัส Carnet มีไม่ได้ อาจถูกตัดหรือพิมพ์ผิด
error-credential-zlib = รหัสถูกตัดหรือเสียหาย
error-credential-too-large = รหัสนี้ใหญ่เกินกว่าจะเป็นรหัสของ Carnet มาก

## QR codes

error-qr-not-alphanumeric = ข้อความนี้มีตัวอักษรที่รหัส QR ของ Carnet ใส่ไม่ได้ นี่เป็นข้อผิดพลาดของ Carnet กรุณาแจ้งปัญหานี้
error-qr-too-large = มากเกินไปสำหรับรหัส QR เดียว: { $chars } ตัวอักษร แต่รหัส QR ที่โทรศัพท์อ่านได้ดี (รุ่น { $version } ระดับ { $ec }) ใส่ได้ { $capacity } ไม่ได้เขียนอะไร { $what ->
        [request] ขอยืนยันทีละน้อยรายการ หรือเขียนคำขอเป็นไฟล์ที่ลงท้ายด้วย .cbor แทน
       *[other] เลือกรายการให้น้อยลง หรือแสดงส่วนต่าง ๆ ให้น้อยลงด้วย --fields
    }
error-qr-bad-version = ไม่มีรหัส QR ขนาดนั้น
error-qr-bad-module-size = ขนาดจุดนั้นใช้ไม่ได้
error-qr-not-an-image = ไฟล์นี้ไม่ใช่รูปที่ Carnet อ่านได้ ใช้ PNG, JPEG หรือ WebP
error-qr-image-too-large = รูปใหญ่เกินไป ({ $width } × { $height } พิกเซล) ทำให้เล็กลงแล้วลองอีกครั้ง
error-qr-not-found = อ่านรหัส QR ในรูปไม่ได้ ถ่ายรูปให้ชัดขึ้นและใกล้ขึ้น ให้เห็นรหัสทั้งหมด
error-qr-render-failed = สร้างรูปรหัส QR ไม่ได้ นี่เป็นข้อผิดพลาดของ Carnet กรุณาแจ้งปัญหานี้
