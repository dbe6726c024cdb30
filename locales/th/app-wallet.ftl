# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements, showing a QR code, checking a code.

## Moving around

app-wallet = การรับรองของฉัน
app-present = แสดงทักษะของฉัน
app-verify = ตรวจรหัส

## Wallet

app-wallet-title = การรับรองของฉัน
app-wallet-intro = นี่คือทักษะที่มีคนลงนามรับรองให้คุณ คุณแสดงทักษะเหล่านี้ได้ด้วยรหัส QR
app-wallet-empty = ยังไม่มีใครลงนามรับรองทักษะให้คุณ ขอให้ครูฝึก นายจ้าง หรือศูนย์ยืนยันสิ่งที่คุณทำได้
app-wallet-by = ลงนามโดย { $name } ({ $kind }, { $country })
app-wallet-issued = ลงนามเมื่อ { $date }
app-wallet-expires = ใช้ได้ถึง { $date }
app-wallet-expired = หมดอายุเมื่อ { $date }
app-wallet-no-expiry = ไม่มีวันหมดอายุ
app-wallet-damaged = การรับรองนี้เสียหาย แสดงไม่ได้ ขอใหม่จากคนที่ลงนาม
app-standing-valid = ตรวจแล้ว: ลงนามโดยคนที่อยู่ในรายชื่อที่คุณเชื่อถือ
app-standing-unknown-issuer = ลงนามแล้ว แต่ผู้ลงนามไม่อยู่ในรายชื่อที่คุณเชื่อถือ
app-standing-expired = หมดอายุแล้ว
app-standing-revoked = ผู้ลงนามเพิกถอนแล้ว
app-standing-malformed = เสียหาย

## Present: choosing what to show

app-present-title = แสดงทักษะของฉัน
app-present-endorsed = มีคนลงนามรับรอง
app-present-self = ฉันบอกเองเท่านั้น
app-present-self-hint = ผู้ตรวจจะเห็นว่าสิ่งเหล่านี้เป็นคำพูดของคุณเอง ไม่ได้มีการลงนาม
app-present-details = จะแสดงอะไรของแต่ละรายการ
app-present-details-all = ทุกอย่าง
app-present-details-short = แค่ชื่อและระดับ
app-present-stage = แสดงให้ใคร
app-present-print = สำหรับพิมพ์บนกระดาษ (ใช้ได้ 5 ปี)
app-present-make = แสดงรหัส QR
app-present-none = เลือกอย่างน้อยหนึ่งอย่างเพื่อแสดง
app-present-nothing-yet = สมุดบันทึกของคุณยังว่างอยู่ เพิ่มอะไรสักอย่างก่อน

## Present: the QR code

app-qr-title = ให้เขาสแกนรหัสนี้
app-qr-expires = รหัสนี้ใช้ได้ถึง { $date }
app-qr-preview = สิ่งที่ผู้ตรวจจะเห็น
app-qr-preview-hide = ซ่อนสิ่งที่ผู้ตรวจเห็น
app-qr-done = เสร็จแล้ว
app-qr-preview-note = นี่คือสิ่งที่ผู้ตรวจซึ่งมีรายชื่อที่เชื่อถือเหมือนโทรศัพท์เครื่องนี้จะเห็น

## Verify

app-verify-title = ตรวจรหัส
app-verify-intro = ถ่ายหรือเลือกรูปรหัส QR ของ Carnet ไม่มีอะไรถูกส่งออกไปไหน: การตรวจเกิดขึ้นบนอุปกรณ์นี้
app-verify-picture = ถ่ายหรือเลือกรูป
app-verify-text = หรือวางข้อความของรหัส (ขึ้นต้นด้วย CN1:)
app-verify-check = ตรวจ
app-verify-checking = กำลังตรวจ…
app-verify-again = ตรวจรหัสอื่น

## The verdict

app-verdict-title = ผลการตรวจ
app-verdict-made = ทำขึ้นสำหรับช่วง{ $stage } เมื่อ { $date }
app-verdict-expires = รหัสนี้ใช้ได้ถึง { $date }
app-verdict-newer = รหัสนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่อตรวจ
app-item-endorsed = ลงนามแล้ว
app-item-self = เจ้าตัวบอกเอง
app-item-assessed = ตรวจโดย{ $how }
app-item-hidden = { $count ->
   *[other] เจ้าตัวซ่อนรายละเอียดไว้ { $count } อย่าง
}

## Errors of these screens

error-wallet-no-key = สมุดบันทึกนี้ไม่มีกุญแจสำหรับลงนาม ไม่ได้แสดงอะไร กรุณาแจ้งปัญหานี้
error-wallet-not-endorsed = “{ $title }” ยังไม่มีใครลงนามรับรอง แสดงเป็น “ฉันบอกเองเท่านั้น” หรือขอให้มีคนยืนยัน
error-wallet-credential-damaged = การรับรองของ “{ $title }” เสียหาย แสดงเป็น “ฉันบอกเองเท่านั้น” หรือขอใหม่
error-wallet-entry-unfit = ใส่ “{ $title }” ในรหัสไม่ได้: { $field } ยาวเกินไปหรือรูปแบบไม่ถูกต้อง แก้ไขรายการ แล้วลองอีกครั้ง
error-wallet-selected-twice = เลือก “{ $title }” ไว้สองครั้ง เลือกแค่ครั้งเดียว
error-wallet-nothing-chosen = เลือกอย่างน้อยหนึ่งอย่างเพื่อแสดง
error-wallet-too-large = มากเกินไปสำหรับรหัส QR เดียว ({ $chars } ตัวอักษร) เลือกให้น้อยลง หรือแสดงแค่ชื่อและระดับ
error-wallet-credential = สร้างรหัสไม่ได้ ไม่ได้แสดงอะไร กรุณาแจ้งปัญหานี้ (สำหรับผู้ช่วยเหลือ: { $reason })
error-wallet-no-code = ไม่พบรหัส QR ของ Carnet ในรูปนี้ ถ่ายรูปใหม่ให้ใกล้ขึ้นและชัดขึ้น ให้เห็นรหัสทั้งหมด
error-wallet-not-a-picture = ไฟล์นี้ไม่ใช่รูปที่ Carnet อ่านได้ ใช้รูปถ่าย (JPEG หรือ PNG)
error-wallet-picture-too-large = รูปใหญ่เกินไป ({ $width } × { $height } พิกเซล) ถ่ายรูปที่เล็กกว่านี้ แล้วลองอีกครั้ง
error-wallet-got-request = นี่เป็นคำขอให้ลงนามรับรองทักษะของใครบางคน ไม่ใช่รหัสที่แสดงทักษะ ไม่ได้ตรวจอะไร
error-wallet-trust-damaged = รายชื่อที่เชื่อถือของคุณเสียหายหรือถูกเปลี่ยน นำเข้าใหม่อีกครั้ง ระหว่างนี้จะไม่มีผู้ลงนามคนไหนถือว่าเชื่อถือได้
error-wallet-trust-unreadable = Carnet อ่านรายชื่อที่เชื่อถือของคุณใน { $path } ไม่ได้ ตรวจดูว่าอุปกรณ์มีพื้นที่ว่าง (สำหรับผู้ช่วยเหลือ: { $reason })
error-wallet-not-yours = การรับรองนี้ทำให้สมุดบันทึกของคนอื่น ไม่ใช่ของคุณ ไม่ได้เก็บอะไรไว้ ตรวจดูว่าคุณได้รับไฟล์ของคุณเอง
error-wallet-bad-signature = ลายเซ็นบนไฟล์นี้ไม่ตรงกัน: ไฟล์ถูกเปลี่ยนหรือเสียหาย ไม่ได้เก็บอะไรไว้ ขอไฟล์อีกครั้ง
error-wallet-not-a-credential = ไฟล์นี้ไม่ใช่การรับรองที่ลงนามจาก Carnet ไม่ได้เก็บอะไรไว้ ขอไฟล์ที่คนลงนามทำขึ้นจากเขา
error-wallet-too-many = ขอได้ครั้งละไม่เกิน { $max } อย่าง เลือกให้น้อยลง
error-wallet-not-from-request = การรับรองนี้ไม่ได้บอกว่ายืนยันรายการไหนของคุณ ไม่ได้เก็บอะไรไว้ ขอใหม่ที่ทำจากรหัสคำขอของคุณ
error-wallet-entry-gone = การรับรองนี้ยืนยันรายการที่ไม่อยู่ในสมุดบันทึกของคุณแล้ว ไม่ได้เก็บอะไรไว้ ถ้าคุณลบรายการนั้นไป ให้เพิ่มกลับจากสำเนา แล้วขอการรับรองใหม่

## Asking for a signature, and keeping it

app-request = ขอการลงนาม
app-request-title = ขอการลงนาม
app-request-intro = แสดงรหัสนี้ให้ครูฝึก นายจ้าง หรือศูนย์ที่จะยืนยันสิ่งที่คุณทำได้ เขาจะสแกนด้วย Carnet แล้วให้ไฟล์ที่ลงนามแล้วกลับมา
app-request-key = กุญแจของคุณ: { $kid } คนที่ลงนามจะเห็นรหัสเดียวกันนี้
app-request-text = รหัสเดียวกันแบบข้อความ สำหรับส่งในข้อความ
app-request-next = เมื่อได้ไฟล์ที่ลงนามแล้ว ให้เปิด “การรับรองของฉัน” แล้วแตะ “เพิ่มไฟล์ที่ลงนามแล้ว”
app-receive = เพิ่มไฟล์ที่ลงนามแล้ว
app-received = เก็บแล้ว: { $name } ({ $kind }) ลงนามรับรอง { $titles }
