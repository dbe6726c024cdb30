# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app (the window on a phone or a computer).

## First run: choosing a language

app-choose-language = เลือกภาษาของคุณ
app-continue = ต่อไป

## First run: making a passphrase

app-create-title = ปกป้องสมุดบันทึกของคุณ
app-create-intro = ตั้งรหัสผ่าน มีแค่คุณที่รู้ Carnet จะขอรหัสผ่านนี้ทุกครั้งที่คุณเปิดสมุดบันทึก
app-passphrase = รหัสผ่าน
app-passphrase-again = พิมพ์อีกครั้ง
app-passphrase-show = แสดง
app-passphrase-hide = ซ่อน
app-strength-too-short = สั้นเกินไป: ใช้อย่างน้อย { $min } ตัวอักษร
app-strength-weak = ยังง่ายไป: ใช้หลายคำต่อกัน จะจำง่ายกว่าและเดายากกว่า
app-strength-fair = ดี ถ้ายาวกว่านี้จะปลอดภัยยิ่งขึ้น
app-strength-strong = ปลอดภัยดี
app-passphrase-mismatch = รหัสผ่านทั้งสองไม่ตรงกัน กรุณาพิมพ์ใหม่อีกครั้ง
app-create = สร้างสมุดบันทึกของฉัน
app-working = กรุณารอสักครู่…
app-back = ย้อนกลับ

## Unlock

app-unlock-title = เปิดสมุดบันทึกของคุณ
app-unlock = เปิด
app-lock = ล็อก

## The logbook

app-logbook-title = สมุดบันทึกของฉัน
app-logbook-empty = สมุดบันทึกของคุณยังว่างอยู่ เพิ่มสิ่งที่คุณทำได้
app-add = เพิ่ม
app-kind-skill = ทักษะ
app-kind-qualification = วุฒิการศึกษา
app-kind-experience = ประสบการณ์ทำงาน
app-kind-language = ภาษา
app-kind-learning = หลักสูตร
app-self-declared = บอกด้วยตัวเอง
app-show-more = { $count ->
   *[other] แสดงเพิ่มอีก { $count } รายการ
}
app-endorsed = ได้รับการรับรอง

## Adding an entry

app-add-title = เพิ่มในสมุดบันทึกของฉัน
app-add-kind = เป็นอะไร
app-add-title-label = ชื่อ
app-add-title-hint = ตัวอย่าง: งานเชื่อม ขับรถบรรทุก ภาษาอาหรับ
app-add-level = ระดับ
app-level-none = ไม่มีระดับ
app-level-basic = พื้นฐาน
app-level-intermediate = ปานกลาง
app-level-advanced = สูง
app-level-expert = เชี่ยวชาญ
app-level-eqf = ระดับ { $level }
app-save = บันทึก
app-cancel = ยกเลิก

## Moving around

app-settings = ตั้งค่า
app-sync = ซิงค์
app-edit = แก้ไข
app-remove = ลบ

## The logbook: search and filter

app-search = ค้นหา
app-search-hint = พิมพ์คำ เช่น เชื่อม
app-stage-filter = ช่วงของการเดินทางของคุณ
app-stage-any = ทุกช่วง
app-stage-recruitment = หางาน
app-stage-pre-departure = ก่อนเดินทาง
app-stage-arrival = เมื่อไปถึง
app-stage-career = ระหว่างทำงาน
app-stage-return = กลับบ้าน
app-search-none = ไม่พบรายการที่ตรงกัน ลองใช้คำอื่นหรือช่วงอื่น

## Changing and removing an entry

app-edit-title = แก้ไขรายการนี้
app-stages = ช่วงของการเดินทางของคุณ
app-remove-confirm = ลบ “{ $title }” ออกจากสมุดบันทึกของคุณหรือไม่ ลบแล้วเอากลับคืนไม่ได้
app-remove-yes = ใช่ ลบเลย

## Settings

app-settings-title = ตั้งค่า
app-settings-language = ภาษา
app-settings-lock = ล็อกหลังจาก
app-lock-minutes = { $minutes ->
   *[other] ไม่ได้ใช้งาน { $minutes } นาที
}
app-settings-passphrase = เปลี่ยนรหัสผ่าน
app-passphrase-current = รหัสผ่านปัจจุบัน
app-passphrase-new = รหัสผ่านใหม่
app-passphrase-change = เปลี่ยนรหัสผ่าน
app-passphrase-changed = เปลี่ยนรหัสผ่านแล้ว ต่อจากนี้ให้ใช้รหัสผ่านใหม่
app-about = เกี่ยวกับ Carnet
app-locked-idle = Carnet ล็อกสมุดบันทึกของคุณแล้ว เพราะไม่มีใครใช้งานมาสักพัก เปิดอีกครั้งด้วยรหัสผ่านของคุณ

## Sync with a hub

app-sync-title = ซิงค์กับฮับ
app-sync-intro = ฮับเก็บสำเนาสมุดบันทึกของคุณแบบล็อกไว้ เพื่อให้คุณใช้บนโทรศัพท์เครื่องอื่นได้ ฮับอ่านสำเนานี้ไม่ได้
app-hub-address = ที่อยู่ฮับ
app-hub-address-hint = ตัวอย่าง: https://hub.example.org
app-hub-save = บันทึกที่อยู่
app-sync-now = ซิงค์ตอนนี้
app-sync-never = ยังไม่เคยซิงค์
app-sync-last = ซิงค์ครั้งล่าสุด: { $when }
app-sync-pending = { $count ->
    [0] ไม่มีอะไรรอส่ง
   *[other] มี { $count } การเปลี่ยนแปลงรอส่ง
}
app-sync-sending = กำลังส่ง
app-sync-receiving = กำลังรับ
app-sync-photos = รูปภาพ
app-sync-done = ซิงค์เสร็จแล้ว

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = สมุดบันทึกของคุณล็อกอยู่ เปิดด้วยรหัสผ่านของคุณ แล้วลองอีกครั้ง
error-unknown-language = Carnet ยังไม่มีภาษา { $tag } กรุณาเลือกจากรายการ

## Settings: how the screens look

app-settings-display = หน้าตาของ Carnet
app-high-contrast = สีตัดกันชัด (ดำบนขาว)
app-text-size = ขนาดตัวอักษร
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = ฟัง

## Two languages at once

app-dual-language = แสดงเป็นภาษานี้ด้วย
app-dual-none = ไม่มีภาษาที่สอง
