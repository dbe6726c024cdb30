# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: networks this device believes, their trust lists, and endorsements taken back.

## The screen

app-trust-open = รายชื่อที่เชื่อถือ
app-trust-title = รายชื่อที่เชื่อถือ
app-trust-intro = รายชื่อที่เชื่อถือมาจากเครือข่ายที่คุณรู้จัก เช่น กลุ่มศูนย์ฝึกอบรม ในรายชื่อมีวิทยาลัย ศูนย์ และนายจ้างที่เครือข่ายรับรอง รหัสที่คนในรายชื่อลงนามจะแสดงว่าตรวจแล้ว
app-trust-warning = เชื่อถือเฉพาะเครือข่ายที่คุณได้กุญแจมาจากเครือข่ายนั้นเอง: เจอตัวกัน จากเอกสารของเครือข่าย หรือจากเว็บไซต์ของเครือข่ายเอง ใครที่ใส่กุญแจตรงนี้ได้ ก็ทำให้รหัสปลอมดูเหมือนตรวจแล้วได้

## What is held

app-trust-held = สิ่งที่อุปกรณ์นี้เชื่อถือ
app-trust-none = อุปกรณ์นี้ยังไม่เชื่อถือเครือข่ายใด รหัสที่ลงนามแล้วจะแสดงว่า “ลงนามแล้ว แต่ไม่ใช่โดยผู้รับรองที่คุณเชื่อถือ”
app-trust-kid = ลายนิ้วมือกุญแจ: { $kid }
app-trust-no-list = ยังไม่มีรายชื่อที่เชื่อถือจากเครือข่ายนี้ เพิ่มไฟล์ของเครือข่ายด้านล่าง
app-trust-list-line = รายชื่อที่เชื่อถือ วันที่ { $date } ({ $days ->
    [0] วันนี้
   *[other] { $days } วันก่อน
}): { $count ->
   *[other] { $count } แห่ง
}
app-trust-status-held = การรับรองที่ถูกเพิกถอน
app-trust-status-line = { $name }: รายการวันที่ { $date } ({ $days ->
    [0] วันนี้
   *[other] { $days } วันก่อน
}), { $count ->
    [0] ไม่มีการเพิกถอน
   *[other] เพิกถอน { $count } รายการ
}

## Trust a network

app-trust-add-title = เชื่อถือเครือข่าย
app-trust-add-hint = พิมพ์หรือวางกุญแจและชื่อของเครือข่าย หรือเปิดไฟล์ที่เครือข่ายให้คุณมา
app-trust-key = กุญแจของเครือข่าย (ตัวอักษรและตัวเลข 64 ตัว)
app-trust-name = ชื่อของเครือข่าย
app-trust-from-file = เปิดไฟล์กุญแจของเครือข่าย
app-trust-add = เชื่อถือเครือข่ายนี้
app-trust-added = ตอนนี้คุณเชื่อถือ { $name } แล้ว ต่อไปให้เพิ่มรายชื่อที่เชื่อถือของเครือข่ายนี้

## Stop trusting a network

app-trust-remove = เลิกเชื่อถือ
app-trust-remove-confirm = เลิกเชื่อถือ { $name } หรือไม่ รหัสที่ลงนามโดยสถานที่ในรายชื่อของเครือข่ายนี้จะไม่แสดงว่าตรวจแล้วอีกต่อไป คุณเพิ่มเครือข่ายนี้กลับมาได้ภายหลัง
app-trust-remove-yes = ใช่ เลิกเชื่อถือ
app-trust-removed = คุณไม่ได้เชื่อถือ { $name } แล้ว

## Files

app-trust-bundle-title = เพิ่มรายชื่อที่เชื่อถือ
app-trust-bundle-hint = ไฟล์ที่ลงท้ายด้วย .cbor ที่เครือข่ายให้คุณมา ไฟล์ที่ใหม่กว่าจะแทนที่ไฟล์เก่า
app-trust-bundle-open = เปิดไฟล์รายชื่อที่เชื่อถือ
app-trust-bundle-done = เพิ่มรายชื่อที่เชื่อถือของ { $name } แล้ว ({ $date }): { $count ->
   *[other] { $count } แห่ง
}
app-trust-status-title = เพิ่มรายการการรับรองที่ถูกเพิกถอน
app-trust-status-hint = วิทยาลัยหรือศูนย์เพิกถอนการรับรองที่ทำผิดพลาดได้ รายการของเขาจะบอกอุปกรณ์นี้ว่าเป็นรายการไหน
app-trust-status-open = เปิดไฟล์รายการ
app-trust-status-done = เพิ่มรายการของ { $name } แล้ว ({ $date }): { $count ->
    [0] ไม่มีการเพิกถอน
   *[other] เพิกถอนการรับรอง { $count } รายการ
}

## Refusals: nothing was changed in any case

error-trust-anchor-file = ไฟล์นี้ไม่ใช่ไฟล์กุญแจของเครือข่าย เปิดไฟล์ที่เครือข่ายให้คุณมา หรือพิมพ์กุญแจ
error-app-anchor-invalid-key = นี่ไม่ใช่กุญแจของเครือข่าย กุญแจมีตัวอักษร (a ถึง f) และตัวเลขรวม 64 ตัวพอดี ตรวจดูว่าคัดลอกมาครบ
error-app-anchor-name = ตั้งชื่อเครือข่ายยาว 1 ถึง 100 ตัวอักษร
error-app-anchor-known = คุณเชื่อถือเครือข่ายนี้อยู่แล้ว (ลายนิ้วมือกุญแจ { $kid }) ไม่มีอะไรเปลี่ยน
error-app-trust-bundle-malformed = ไฟล์นี้ไม่ใช่รายชื่อที่เชื่อถือ หรือไฟล์เสียหาย ไม่มีอะไรเปลี่ยน
error-app-trust-bundle-wrong-file = นี่เป็นไฟล์ Carnet ประเภทอื่น ไม่ใช่รายชื่อที่เชื่อถือ ไม่มีอะไรเปลี่ยน
error-app-trust-bundle-newer-version = รายชื่อที่เชื่อถือนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่ออ่าน
error-app-trust-bundle-unknown-anchor = รายชื่อที่เชื่อถือนี้มาจากเครือข่ายที่คุณไม่ได้เชื่อถือ (ลายนิ้วมือกุญแจ { $kid }) เชื่อถือเครือข่ายก่อน แล้วเพิ่มรายชื่ออีกครั้ง
error-app-trust-bundle-bad-signature = ลายเซ็นบนรายชื่อที่เชื่อถือนี้ไม่ตรงกัน: ไฟล์ถูกเปลี่ยนหรือเสียหาย ไม่มีอะไรเปลี่ยน ขอไฟล์จากเครือข่ายอีกครั้ง
error-app-trust-bundle-invalid = ใช้รายชื่อที่เชื่อถือนี้ไม่ได้ ไม่มีอะไรเปลี่ยน ขอไฟล์จากเครือข่ายอีกครั้ง
error-app-trust-bundle-too-large = ไฟล์นี้ใหญ่เกินกว่าจะเป็นรายชื่อที่เชื่อถือ ไม่มีอะไรเปลี่ยน
error-app-trust-bundle-not-newer = คุณมีรายชื่อที่เชื่อถือนี้ หรือรายชื่อที่ใหม่กว่าจากเครือข่ายเดียวกันอยู่แล้ว ไม่มีอะไรเปลี่ยน
error-app-status-list-malformed = ไฟล์นี้ไม่ใช่รายการการรับรองที่ถูกเพิกถอน หรือไฟล์เสียหาย ไม่มีอะไรเปลี่ยน
error-app-status-list-wrong-file = นี่เป็นไฟล์ Carnet ประเภทอื่น ไม่ใช่รายการการรับรองที่ถูกเพิกถอน ไม่มีอะไรเปลี่ยน
error-app-status-list-newer-version = รายการนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่ออ่าน
error-app-status-list-wrong-issuer = รายการนี้เป็นของผู้ลงนามคนอื่น ({ $found } ไม่ใช่ { $expected }) ไม่มีอะไรเปลี่ยน
error-app-status-list-bad-signature = ลายเซ็นบนรายการนี้ไม่ตรงกัน: ไฟล์ถูกเปลี่ยนหรือเสียหาย ไม่มีอะไรเปลี่ยน
error-app-status-list-invalid = ใช้รายการนี้ไม่ได้ ไม่มีอะไรเปลี่ยน ขอไฟล์อีกครั้ง
error-app-status-list-too-large = ไฟล์นี้ใหญ่เกินกว่าจะเป็นรายการการรับรองที่ถูกเพิกถอน ไม่มีอะไรเปลี่ยน
error-app-status-list-issuer-unknown = รายการนี้มาจากผู้ลงนามที่ไม่มีชื่ออยู่ในรายชื่อที่เชื่อถือของคุณ (ลายนิ้วมือกุญแจ { $kid }) เพิ่มรายชื่อที่เชื่อถือที่มีชื่อผู้ลงนามนี้ก่อน
error-app-status-list-not-newer = คุณมีรายการที่ใหม่กว่าจากผู้ลงนามนี้อยู่แล้ว ไม่มีอะไรเปลี่ยน
error-app-verifier-write = Carnet บันทึกไฟล์ที่ { $path } ไม่ได้ ตรวจดูว่าอุปกรณ์มีพื้นที่ว่าง (สำหรับผู้ช่วยเหลือ: { $reason })
