# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device, its setting, and its errors.

## Settings

app-pin-title = เปิดด้วย PIN
app-pin-intro = PIN คือตัวเลขสั้น ๆ ที่เปิดสมุดบันทึกของคุณได้เฉพาะบนอุปกรณ์นี้ รหัสผ่านของคุณยังใช้ได้ และอุปกรณ์อื่นยังต้องใช้รหัสผ่าน
app-pin-unavailable = อุปกรณ์นี้ไม่มีที่ปลอดภัยสำหรับเก็บ PIN เปิดสมุดบันทึกด้วยรหัสผ่านของคุณ
app-pin-on = PIN เปิดสมุดบันทึกของคุณบนอุปกรณ์นี้ได้
app-pin-new = PIN ใหม่ (ตัวเลข 6 ถึง 12 ตัว)
app-pin-again = พิมพ์ PIN อีกครั้ง
app-pin-set = ใช้ PIN นี้
app-pin-set-done = PIN ของคุณพร้อมแล้ว ครั้งหน้าให้เปิดสมุดบันทึกด้วย PIN นี้
app-pin-remove = เลิกใช้ PIN
app-pin-removed = ปิด PIN แล้ว เปิดสมุดบันทึกด้วยรหัสผ่านของคุณ
app-pin-mismatch = PIN ทั้งสองไม่ตรงกัน กรุณาพิมพ์ใหม่อีกครั้ง

## Unlock

app-pin = PIN
app-pin-unlock = เปิดด้วย PIN ของฉัน
app-pin-use-passphrase = ใช้รหัสผ่านแทน
app-pin-use-pin = ใช้ PIN ของฉัน

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN มีตัวเลข 6 ถึง 12 ตัว และไม่มีอย่างอื่น
error-pin-wrong = PIN ไม่ถูกต้อง { $left ->
   *[other] ลองได้อีก { $left } ครั้ง หลังจากนั้นต้องใช้รหัสผ่าน
}
error-pin-locked = ใส่ PIN ผิดหลายครั้งเกินไป จึงปิด PIN แล้ว เปิดสมุดบันทึกด้วยรหัสผ่านของคุณ แล้วคุณจะตั้ง PIN ใหม่ได้
error-pin-none = ไม่มี PIN บนอุปกรณ์นี้ เปิดสมุดบันทึกด้วยรหัสผ่านของคุณ
error-pin-keystore = ที่เก็บข้อมูลปลอดภัยของอุปกรณ์นี้ไม่ตอบสนอง จึงใช้ PIN ตอนนี้ไม่ได้ เปิดสมุดบันทึกด้วยรหัสผ่านของคุณ
