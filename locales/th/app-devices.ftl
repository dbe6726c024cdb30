# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = เพิ่มอุปกรณ์อีกเครื่อง
app-pair-intro = ใส่สมุดบันทึกของคุณลงในโทรศัพท์หรือคอมพิวเตอร์อีกเครื่องของคุณ ทั้งสองเครื่องต้องใช้ฮับ
app-pair-start = เพิ่มอุปกรณ์อีกเครื่อง
app-pair-passphrase = พิมพ์รหัสผ่านของคุณเพื่อเพิ่มอุปกรณ์
app-pair-show = แสดงรหัส
app-pair-scan = บนอุปกรณ์ใหม่ ให้เลือก “เข้าร่วมสมุดบันทึก” แล้วสแกนรหัสสี่เหลี่ยมนี้ หรือพิมพ์ข้อความที่อยู่ใต้รหัส
app-pair-qr-alt = รหัสสี่เหลี่ยมสำหรับสแกนด้วยอุปกรณ์ใหม่
app-pair-code-label = รหัสแบบข้อความ
app-pair-expires = รหัสนี้ใช้ได้อีก { $time }
app-pair-waiting = กำลังรออุปกรณ์ใหม่…
app-pair-request = “{ $name }” ต้องการสมุดบันทึกของคุณ
app-pair-compare = อุปกรณ์ใหม่แสดงรหัสเดียวกันนี้หรือไม่
app-pair-approve = ใช่ อนุญาต
app-pair-refuse = ไม่
app-pair-approved = ตอนนี้ “{ $name }” มีสมุดบันทึกของคุณแล้ว จะแสดงในรายการอุปกรณ์หลังจากซิงค์
app-pair-refused = คุณตอบว่าไม่ “{ $name }” ไม่ได้รับอะไรเลย
app-pair-again = แสดงรหัสใหม่

## Sync screen: the devices of this logbook

app-devices-title = อุปกรณ์ของคุณ
app-devices-none = ยังไม่มีอุปกรณ์ใดซิงค์สมุดบันทึกนี้ ซิงค์แล้วอุปกรณ์นี้จะแสดงที่นี่
app-devices-this = อุปกรณ์นี้
app-devices-added = เพิ่มเมื่อ { $date }
app-devices-removed = ลบเมื่อ { $date }
app-devices-remove = ลบ
app-devices-remove-confirm = ลบ “{ $name }” หรือไม่ ใช้เมื่อโทรศัพท์หาย ขาย หรือให้คนอื่นไปแล้ว
app-devices-remove-consequences = อุปกรณ์นั้นยังเก็บสิ่งที่มีอยู่แล้ว แต่จะไม่ได้รับสิ่งที่คุณเพิ่มต่อจากนี้ สมุดบันทึกของคุณจะได้กุญแจใหม่ และอุปกรณ์อื่นของคุณจะได้รับกุญแจนี้เมื่อซิงค์ ถ้าจะใช้อุปกรณ์นั้นอีก ให้เพิ่มใหม่อีกครั้ง
app-devices-remove-yes = ใช่ ลบเลย
app-devices-removed-done = ลบ “{ $name }” แล้ว ตอนนี้สมุดบันทึกของคุณมีกุญแจใหม่ ซึ่งอุปกรณ์นั้นไม่มี
app-devices-new-sheet = แผ่นกู้คืนของคุณยังมีกุญแจเก่า สร้างแผ่นใหม่ตอนนี้ในหน้าตั้งค่า แล้วทำลายแผ่นเก่า

## First run: another way to start

app-start-other = คุณมีสมุดบันทึกอยู่แล้วหรือไม่
app-start-join = เข้าร่วมจากอุปกรณ์อื่น
app-start-recover = กู้คืนด้วยแผ่นกู้คืน

## First run: joining a logbook from another device

app-join-title = เข้าร่วมสมุดบันทึก
app-join-intro = บนอุปกรณ์อีกเครื่องของคุณ เปิดหน้าซิงค์ แล้วเลือก “เพิ่มอุปกรณ์อีกเครื่อง” จะมีรหัสแสดงขึ้นมา
app-join-code = รหัส (ขึ้นต้นด้วย CNP1:)
app-join-code-hint = วางหรือพิมพ์รหัสที่นี่
app-join-picture = เปิดรูปภาพของรหัส
app-join-name = ชื่อสำหรับอุปกรณ์นี้
app-join-name-default = อุปกรณ์ใหม่ของฉัน
app-join-passphrase = ตั้งรหัสผ่านสำหรับอุปกรณ์นี้
app-join-send = ต่อไป
app-join-check = อุปกรณ์อีกเครื่องของคุณต้องแสดงรหัสเดียวกันนี้ กดอนุญาตที่เครื่องนั้น
app-join-waiting = กำลังรออุปกรณ์อีกเครื่องอนุญาต…
app-join-copying = กำลังคัดลอกสมุดบันทึกของคุณ…

## First run: recovering a logbook with a recovery sheet

app-recover-title = กู้คืนสมุดบันทึกของคุณ
app-recover-intro = ใช้แผ่นกู้คืนและรหัสผ่านของคุณ Carnet จะดึงสมุดบันทึกของคุณกลับมาจากฮับ
app-recover-by-words = พิมพ์ 12 คำ
app-recover-by-code = ใช้รหัสสี่เหลี่ยม
app-recover-words = 12 คำ ตามลำดับ
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = ที่อยู่ฮับที่อยู่บนแผ่น
app-recover-code = ข้อความของรหัสสี่เหลี่ยม (ขึ้นต้นด้วย CNS1:)
app-recover-picture = เปิดรูปถ่ายของแผ่น
app-recover-passphrase = รหัสผ่านของคุณ (รหัสที่คุณใช้ก่อนหน้านี้)
app-recover-start = กู้คืนสมุดบันทึกของฉัน

## Reading a square code from a picture

app-picture-read = อ่านรหัสจากรูปภาพได้แล้ว
app-scan-camera = สแกนด้วยกล้อง
error-camera-scan = อ่านรหัสไม่ได้ ถ้า Carnet ใช้กล้องไม่ได้ ให้อนุญาตในการตั้งค่าของโทรศัพท์ หรือเปิดรูปถ่ายของรหัสแทนก็ได้

## Settings: the recovery sheet

app-sheet-title = แผ่นกู้คืน
app-sheet-intro = แผ่นกู้คืนคือกระดาษที่มี 12 คำและรหัสสี่เหลี่ยม ถ้าโทรศัพท์เครื่องนี้หาย แผ่นนี้กับรหัสผ่านของคุณจะเอาสมุดบันทึกกลับมาบนเครื่องใหม่ได้ เก็บแผ่นนี้ไว้ในที่ปลอดภัย ห่างจากโทรศัพท์ และอย่าเก็บรหัสผ่านไว้ด้วยกัน
app-sheet-replaces = แผ่นใหม่จะแทนที่แผ่นเก่า: แผ่นเก่าจะใช้ไม่ได้อีก
app-sheet-needs-hub = แผ่นกู้คืนต้องใช้ฮับ ตั้งที่อยู่ฮับในหน้าซิงค์ก่อน
app-sheet-passphrase = พิมพ์รหัสผ่านของคุณเพื่อสร้างแผ่น
app-sheet-format = บันทึกเป็น
app-sheet-pdf = PDF สำหรับพิมพ์
app-sheet-png = รูปภาพ
app-sheet-make = สร้างแผ่นกู้คืน
app-sheet-saved = บันทึกแผ่นกู้คืนของคุณไว้ที่ { $path } แล้ว พิมพ์ออกมา หรือจดคำด้านล่างไว้ แล้วเก็บกระดาษไว้ในที่ปลอดภัย
app-sheet-english = แผ่นนี้เป็นภาษาอังกฤษ: Carnet ยังแสดงตัวอักษรภาษาของคุณบนแผ่นไม่ได้
app-sheet-words = 12 คำของคุณ

## Settings: export and import

app-export-title = ส่งออกและนำเข้า
app-export-intro = การส่งออกจะบันทึกสมุดบันทึกทั้งหมดของคุณไว้ในไฟล์เดียว เพื่อเก็บไว้หรือให้คนที่คุณเลือก
app-export-consent = ไฟล์นี้เก็บสมุดบันทึกของคุณในแบบที่อ่านได้: ไม่ได้ล็อกด้วยรหัสผ่าน ใครที่ได้ไฟล์นี้ไปจะอ่านทุกอย่างในไฟล์ได้ รูปภาพไม่ได้อยู่ในไฟล์
app-export-agree = ฉันเข้าใจแล้ว บันทึกไฟล์
app-export = ส่งออก
app-export-saved = { $count ->
   *[other] บันทึก { $count } รายการไว้ที่ { $path } แล้ว
}
app-import-intro = การนำเข้าจะเพิ่มสิ่งที่อยู่ในไฟล์ที่ส่งออกไว้ลงในสมุดบันทึกนี้ ไม่มีอะไรในสมุดบันทึกของคุณถูกลบ
app-import = นำเข้าไฟล์
app-import-added = { $count ->
    [0] ไม่มีรายการใหม่
   *[other] เพิ่มรายการใหม่ { $count } รายการ
}
app-import-updated = { $count ->
    [0] ไม่มีรายการที่เปลี่ยน
   *[other] เปลี่ยน { $count } รายการ
}
app-import-unchanged = { $count ->
    [0] ไม่มีรายการที่เหมือนเดิมอยู่แล้ว
   *[other] { $count } รายการเหมือนเดิมอยู่แล้ว
}
app-import-profile = อัปเดตโปรไฟล์ของคุณแล้ว
app-import-missing-photos = { $count ->
   *[other] รูปภาพ { $count } รูปที่มีชื่ออยู่ในไฟล์ ไม่ได้อยู่บนอุปกรณ์นี้
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = แผ่นกู้คืนของคุณยังใช้ได้ กับรหัสผ่านใหม่ของคุณ
app-passphrase-sheet-not-updated = อัปเดตแผ่นกู้คืนของคุณที่ฮับไม่ได้ จนกว่าคุณจะสร้างแผ่นใหม่ แผ่นนี้ยังต้องใช้รหัสผ่านเก่า สร้างแผ่นใหม่เมื่อคุณเชื่อมต่อได้

## This device's name

app-device-name = ชื่อของอุปกรณ์นี้
app-device-name-hint = ชื่อที่อุปกรณ์อื่นของคุณใช้เรียกเครื่องนี้ เช่น “โทรศัพท์ของอามีนา”
app-device-name-saved = บันทึกแล้ว อุปกรณ์อื่นของคุณจะเห็นชื่อนี้หลังจากเครื่องนี้ซิงค์
