# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands a holder uses: carnet request, receive, credentials (wallet) and present.

## Help: commands

cli-cmd-holder-request = สร้างไฟล์ขอให้ครูฝึก นายจ้าง หรือศูนย์ยืนยันรายการ
    .long = สร้างคำขอให้ครูฝึก นายจ้าง ศูนย์ วิทยาลัย หรือเพื่อนร่วมงาน ยืนยัน ("รับรอง") รายการบางอย่างของคุณ: เป็นไฟล์ เป็นรหัส QR (ชื่อที่ลงท้ายด้วย .png หรือ .svg) เพื่อแสดงบนโทรศัพท์หรือพิมพ์ออกมา หรือใช้ --text เพื่อได้ข้อความสำหรับส่งในข้อความ ให้คำขอกับเขา เขาจะลงนามแล้วให้ไฟล์ใบรับรองกลับมา ซึ่งคุณเก็บไว้ได้ด้วย: carnet receive
cli-cmd-holder-receive = เก็บใบรับรองที่ครูฝึก นายจ้าง หรือศูนย์ลงนามให้คุณ
cli-cmd-holder-credentials = แสดงใบรับรองที่คุณเก็บไว้ ทีละรายการ หรือใช้: carnet wallet
cli-cmd-holder-present = แสดงรายการที่เลือกเป็นรหัส QR เดียว ที่ใครก็ตรวจได้โดยไม่ต้องใช้อินเทอร์เน็ต
    .long = แสดงรายการที่เลือกเป็นรหัส QR เดียว ที่ใครก็ตรวจได้โดยไม่ต้องใช้อินเทอร์เน็ต รายการที่ได้รับการยืนยันจะแสดงพร้อมชื่อคนที่ยืนยัน รายการที่ใส่ด้วย --self-declared จะแสดงว่าคุณบอกเองเท่านั้น บนหน้าจอรหัสใช้ได้ 24 ชั่วโมง ถ้าใช้ --print ใช้ได้ 5 ปี
cli-cmd-holder-export = เขียนรายการที่ได้รับการยืนยันเป็น W3C Verifiable Credential (Open Badges 3.0) สำหรับแอปอื่น
    .long = เขียนรายการที่ได้รับการยืนยันเป็น W3C Verifiable Credential 2.0 (เหรียญ Open Badges 3.0) ที่ลงนามโดยคนที่ยืนยัน เพื่อให้กระเป๋าและแอปอื่นตรวจได้ ถ้าไม่ใช้ --out จะเขียนบนหน้าจอ

## Help: arguments

cli-arg-holder-request-ids = รายการที่จะขอยืนยัน: id ของแต่ละรายการ หรือ 4 ตัวแรกหรือมากกว่า ถ้าจะดู id ให้พิมพ์: carnet list
cli-arg-holder-request-out = ที่จะเขียนคำขอ: ชื่อที่ลงท้ายด้วย .png หรือ .svg จะได้รูปรหัส QR ชื่ออื่น เช่น request.cbor จะได้ไฟล์
cli-arg-holder-request-text = เขียนข้อความของคำขอ (ขึ้นต้นด้วย CNR1:) บนหน้าจอ เพื่อส่งเป็นข้อความ
cli-arg-holder-receive-file = ไฟล์ใบรับรองที่คุณได้รับ เช่น credential.cbor
cli-arg-holder-present-select = รายการที่ได้รับการยืนยันที่จะแสดง: id ของแต่ละรายการ หรือ 4 ตัวแรกหรือมากกว่า
cli-arg-holder-present-fields = แสดงเฉพาะส่วนเหล่านี้ของแต่ละรายการ คั่นด้วยจุลภาค เช่น title,level ส่วนอื่นจะถูกซ่อน ส่วนที่มีคือ: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf ถ้าไม่ใส่ จะแสดงทุกอย่าง
cli-arg-holder-present-self-declared = รายการที่จะแสดงว่าคุณบอกเองเท่านั้น ไม่มีใครยืนยัน
cli-arg-holder-present-stage = คุณแสดงเพื่ออะไร: recruitment, pre-departure, arrival, career หรือ return ถ้าไม่ใส่: recruitment
cli-arg-holder-present-audience = คนที่คุณแสดงให้ดู ถ้าเขาขอให้ใส่ชื่อ เช่น ชื่อของบริษัทจัดหางาน
cli-arg-holder-present-nonce = รหัสที่ผู้ตรวจให้คุณ ถ้าเขาให้มา (ตัวอักษร 0-9 และ a-f)
cli-arg-holder-present-print = ทำสำหรับกระดาษ: รหัสทนรอยขีดข่วนและรอยพับได้ดีกว่า และใช้ได้ 5 ปี แทน 24 ชั่วโมง
cli-arg-holder-present-out = รูปที่จะเขียน: ชื่อที่ลงท้ายด้วย .png หรือ .svg
cli-arg-holder-present-text = เขียนข้อความที่อยู่ในรหัส QR ด้วย เพื่อส่งเป็นข้อความ
cli-arg-holder-export-id = รายการที่ได้รับการยืนยัน: id หรือ 4 ตัวแรกหรือมากกว่า
cli-arg-holder-export-format = รูปแบบที่จะเขียน มีแค่: vc (W3C Verifiable Credential, Open Badges 3.0)
cli-arg-holder-export-jwt = เขียนเป็นโทเค็นที่ลงนามแล้ว (VC-JWT) แทน JSON ที่มีหลักฐาน
cli-arg-holder-export-out = ไฟล์ที่จะเขียน เช่น badge.json หรือ badge.jwt

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] คำขอนี้ขอให้ยืนยัน { $count } รายการ
    } คนที่ยืนยันจะเห็นส่วนเหล่านี้ของแต่ละรายการ:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = เขียนคำขอไว้ที่ { $path } แล้ว
holder-request-next = ให้ไฟล์กับคนที่จะยืนยัน เมื่อเขาให้ไฟล์ใบรับรองกลับมา ให้พิมพ์: carnet receive FILE
holder-receive-done = เก็บแล้ว: ยืนยันโดย { $issuer }, { $kind }, { $country } วิธีที่เขาตรวจ: { $assessed }
holder-validity-until = ออกให้เมื่อ { $issued } ใช้ได้ถึง { $expires }
holder-validity-open = ออกให้เมื่อ { $issued } ไม่มีวันหมดอายุ
holder-wallet-empty = คุณยังไม่มีใบรับรอง ถ้าจะขอ ให้พิมพ์: carnet request ID --out request.cbor
holder-wallet-damaged = ใบรับรองที่อ่านไม่ได้แล้ว ขอใหม่จากคนที่ให้มา
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ออกให้ { $issued } ใช้ได้ถึง { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ออกให้ { $issued } ไม่มีวันหมดอายุ
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ออกให้ { $issued } หมดอายุเมื่อ { $expires }
holder-present-nothing = บอกว่าจะแสดงอะไร: --select ID สำหรับรายการที่ได้รับการยืนยัน --self-declared ID สำหรับรายการอื่น
holder-present-done = เขียนรหัส QR ไว้ที่ { $path }: ยืนยันแล้ว { $endorsed } รายการ คุณบอกเอง { $declared } รายการ
holder-present-size = ขนาด: QR รุ่น { $version } ระดับ { $ec } { $chars } ตัวอักษร
holder-present-expires = ตรวจได้ถึง { $when } ({ $hours } ชั่วโมง)
holder-present-by-kid = เพื่อให้พอดี ผู้รับรองจะแสดงด้วยลายนิ้วมือสั้น ๆ ผู้ตรวจจะรู้ว่าเป็นใครก็ต่อเมื่อมีชื่ออยู่ในรายชื่อผู้รับรองที่เขาเชื่อถือ

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ครูฝึก
holder-issuer-kind-employer = นายจ้าง
holder-issuer-kind-centre = ศูนย์
holder-issuer-kind-college = วิทยาลัย
holder-issuer-kind-colleague = เพื่อนร่วมงาน (คนที่เคยทำงานกับคุณ ไม่ใช่หน่วยงาน)

## How they checked

holder-assessed-observation = เขาดูคุณทำงาน
holder-assessed-test = การทดสอบ
holder-assessed-document = เขาตรวจเอกสาร
holder-assessed-interview = การสัมภาษณ์

## Errors

error-holder-no-key = สมุดบันทึกนี้ไม่มีกุญแจสำหรับลงนามใบรับรอง ไม่มีอะไรเปลี่ยน กรุณาแจ้งปัญหานี้
error-holder-write-file = เขียนไฟล์ { $path } ไม่ได้: { $reason } ตรวจดูว่ามีโฟลเดอร์อยู่และมีพื้นที่ว่าง แล้วลองอีกครั้ง
error-holder-entry-unfit = ใส่รายการ "{ $title }" ในใบรับรองไม่ได้: { $field } ยาวเกินไปหรือรูปแบบไม่ถูกต้อง แก้ไขด้วย carnet edit แล้วลองอีกครั้ง
error-holder-unknown-field = "{ $value }" ไม่ใช่ส่วนของรายการที่แสดงได้ ส่วนที่มีคือ: { $known }
error-holder-credential-no-entries = ใบรับรอง { $path } ไม่ได้บอกว่ายืนยันรายการไหนของคุณ ไม่ได้เก็บอะไรไว้ ขอใหม่ที่ทำจากไฟล์คำขอ: carnet request
error-holder-credential-entry-gone = ใบรับรอง { $path } ยืนยันรายการที่ไม่อยู่ในสมุดบันทึกของคุณแล้ว ({ $id }) ไม่ได้เก็บอะไรไว้ ถ้าคุณลบไปบนอุปกรณ์นี้ ให้เพิ่มกลับจากสำเนาของสมุดบันทึก แล้วลองอีกครั้ง
error-holder-credential-damaged = อ่านใบรับรองของรายการ "{ $title }" ไม่ได้แล้ว ขอใหม่จากคนที่ยืนยัน
error-holder-not-endorsed = รายการ "{ $title }" ยังไม่มีใครยืนยัน แสดงด้วย --self-declared หรือขอการยืนยัน: carnet request
error-holder-selected-twice = รายการ "{ $title }" ใส่ไว้ทั้งใน --select และ --self-declared ใส่แค่ครั้งเดียว
error-holder-bad-stage = "{ $value }" ไม่ใช่ช่วง ช่วงที่มีคือ: recruitment, pre-departure, arrival, career, return
error-holder-bad-audience = ชื่อผู้รับต้องยาว 1 ถึง 100 ตัวอักษร อยู่ในบรรทัดเดียว
error-holder-bad-nonce = "{ $value }" ไม่ใช่รหัสจากผู้ตรวจ: ต้องมี 2 ถึง 128 ตัว เป็น 0-9 และ a-f
error-holder-bad-out = รูป { $path } ต้องมีชื่อที่ลงท้ายด้วย .png หรือ .svg
error-holder-no-vc = การยืนยัน "{ $title }" โดย { $issuer } ทำไว้ก่อนที่ Carnet จะเขียนเป็นใบรับรอง W3C ได้ และมีแค่เขาที่ลงนามได้ ขอให้เขายืนยันใหม่: ทำคำขอใหม่ (carnet request ID --out request.cbor) ให้เขา แล้วเก็บไฟล์ที่เขาให้กลับมา (carnet receive FILE)
