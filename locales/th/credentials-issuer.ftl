# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation and verify.

## Help: commands

cli-cmd-issuer = ลงนามรับรองทักษะของคนอื่น ในฐานะครูฝึก นายจ้าง ศูนย์ วิทยาลัย หรือเพื่อนร่วมงาน
cli-cmd-issuer-init = สร้างกุญแจลงนามของคุณในฐานะผู้รับรอง ล็อกด้วยรหัสผ่าน
cli-cmd-issuer-show = แสดงชื่อ ประเภท และกุญแจสาธารณะของคุณในฐานะผู้รับรอง ไม่ต้องใช้รหัสผ่าน
cli-cmd-issuer-revoke = เพิกถอนใบรับรองที่คุณลงนามหนึ่งใบ ตามหมายเลข
cli-cmd-issuer-status-list = เขียนรายการใบรับรองที่คุณเพิกถอนพร้อมลายเซ็น เพื่อให้ผู้ตรวจ
cli-cmd-endorse = ลงนามคำขอที่มีคนให้คุณมา แล้วเขียนใบรับรองเพื่อให้กลับไป
cli-cmd-trust = เลือกว่าจะเชื่อถือลายเซ็นของใครเมื่อตรวจรหัส QR
cli-cmd-trust-anchor = แหล่งความเชื่อถือ: เครือข่ายหรือหน่วยงานที่รับรองผู้รับรอง
cli-cmd-trust-anchor-init = สร้างกุญแจลงนามในฐานะแหล่งความเชื่อถือ เพื่อรับรองผู้รับรอง
cli-cmd-trust-anchor-show = แสดงชื่อและกุญแจสาธารณะของแหล่งความเชื่อถือของคุณ
cli-cmd-trust-anchor-add = เชื่อถือรายชื่อที่ลงนามด้วยกุญแจของแหล่งความเชื่อถือนี้
cli-cmd-trust-bundle = ในฐานะแหล่งความเชื่อถือ ลงนามรายชื่อผู้รับรองที่คุณรับรอง
cli-cmd-trust-import = เพิ่มรายชื่อผู้รับรองที่เชื่อถือได้ซึ่งลงนามแล้ว จากไฟล์
cli-cmd-trust-list = แสดงผู้รับรองที่คุณเชื่อถือ และอายุของแต่ละรายชื่อ
cli-cmd-revocation = รายการใบรับรองที่ผู้รับรองเพิกถอน
cli-cmd-revocation-import = เพิ่มรายการใบรับรองที่ผู้รับรองเพิกถอนซึ่งลงนามแล้ว
cli-cmd-verify = ตรวจรหัส QR ของ Carnet: ใครลงนามแต่ละทักษะ และยังใช้ได้อยู่หรือไม่

## Help: what to give

cli-arg-issuer-name = ชื่อของคุณหรือชื่อหน่วยงานของคุณ ตามที่คนอื่นควรเห็น
cli-arg-issuer-country = ประเทศของคุณ เป็นตัวอักษรสองตัว เช่น KE หรือ PT
cli-arg-issuer-kind = คุณเป็นใคร: trainer, employer, centre, college หรือ colleague
cli-arg-revoke-index = หมายเลขของใบรับรองที่จะเพิกถอน
cli-arg-cred-out = ไฟล์ที่จะเขียน
cli-arg-endorse-request = คำขอที่เขาให้คุณมา: ไฟล์ (request.cbor) รูปรหัส QR (PNG หรือ JPEG) หรือไฟล์ข้อความที่มีข้อความขึ้นต้นด้วย CNR1:
cli-arg-endorse-text = ข้อความของคำขอ ขึ้นต้นด้วย CNR1: ถ้าเขาส่งมาเป็นข้อความ ใช้แทนไฟล์
cli-arg-endorse-assessed-by = คุณตรวจทักษะอย่างไร: observation, test, document หรือ interview
cli-arg-endorse-expires = วันสุดท้ายที่ใบรับรองใช้ได้ เช่น 2027-05-14 ถ้าไม่ใส่ จะไม่มีวันหมดอายุ
cli-arg-endorse-valid-days = ใบรับรองใช้ได้กี่วัน นับจากวันนี้
cli-arg-anchor-name = ชื่อของแหล่งความเชื่อถือ ตามที่คนอื่นควรเห็น
cli-arg-anchor-key = กุญแจสาธารณะของแหล่งความเชื่อถือ: ตัวอักษรและตัวเลข 64 ตัว
cli-arg-bundle-issuer = ไฟล์ของผู้รับรอง จาก carnet issuer show --json ใส่หนึ่งครั้งต่อผู้รับรองหนึ่งคน
cli-arg-trust-file = ไฟล์รายชื่อที่เชื่อถือ (.cbor)
cli-arg-status-file = ไฟล์รายการของผู้รับรอง (.cbor)
cli-arg-verify-image = รูปของรหัส QR: PNG, JPEG หรือ WebP
cli-arg-verify-text = ข้อความของรหัส QR ขึ้นต้นด้วย CN1:
cli-arg-verify-nonce = ตัวเลขที่คุณขอให้เจ้าตัวใส่ในรหัส (hex)
cli-arg-verify-audience = ชื่อที่คุณขอให้เจ้าตัวใส่ในรหัส

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = กุญแจผู้รับรองของคุณสำหรับ { $name } พร้อมแล้ว เก็บรหัสผ่านไว้ให้ดี: ถ้าไม่มีรหัสผ่าน คุณจะลงนามไม่ได้
issuer-label-name = ชื่อ:
issuer-label-country = ประเทศ:
issuer-label-kind = ประเภท:
issuer-label-public-key = กุญแจสาธารณะ:
issuer-label-kid = ลายนิ้วมือกุญแจ:
issuer-label-issued = หมายเลขที่ให้ไปแล้ว:
issuer-label-revoked = เพิกถอนแล้ว:
issuer-revoked = เพิกถอนใบรับรองหมายเลข { $index } แล้ว
issuer-already-revoked = ใบรับรองหมายเลข { $index } ถูกเพิกถอนไปแล้วก่อนหน้านี้
issuer-revoked-next-step = ผู้ตรวจจะรู้ก็ต่อเมื่อได้รายการถัดไปของคุณ: เขียนด้วย carnet issuer status-list --out list.cbor แล้วให้ไฟล์กับเขา
issuer-status-list-written = { $count ->
   *[other] รายการอยู่ที่ { $path } มีใบรับรองที่ถูกเพิกถอน { $count } ใบ
}

endorse-intro = { $count ->
   *[other] คุณกำลังจะลงนาม { $count } รายการ ให้คนที่มีกุญแจ { $holder }:
}
endorse-entry = { $title } ({ $kind }, ระดับ { $level }, { $dates })
endorse-untitled = (ไม่มีชื่อ)
endorse-how-observation = คุณบอกว่าคุณดูเขาทำจริง
endorse-how-test = คุณบอกว่าเขาผ่านการทดสอบ
endorse-how-document = คุณบอกว่าคุณตรวจเอกสารแล้ว
endorse-how-interview = คุณบอกว่าคุณตรวจด้วยการสัมภาษณ์
endorse-expires-on = ใช้ได้ถึง { $date }
endorse-no-expiry = ไม่มีวันหมดอายุ
endorse-written = { $count ->
    [1] ลงนามแล้ว ให้ { $path } กลับไปที่เจ้าตัว หมายเลขคือ { $first }
   *[other] ลงนามแล้ว ให้ { $path } กลับไปที่เจ้าตัว หมายเลขคือ { $first } ถึง { $last }
}

trust-anchor-added = ตอนนี้คุณเชื่อถือรายชื่อที่ลงนามโดย { $name } แล้ว (ลายนิ้วมือกุญแจ { $kid })
trust-bundle-written = { $count ->
   *[other] รายชื่อผู้รับรอง { $count } รายที่ลงนามแล้วอยู่ที่ { $path }
}
trust-imported = { $count ->
   *[other] เพิ่มรายชื่อที่เชื่อถือของผู้รับรอง { $count } ราย ทำเมื่อ { $date } แล้ว
}
trust-list-empty = คุณยังไม่เชื่อถือผู้รับรองคนไหน เพิ่มรายชื่อที่เชื่อถือด้วย carnet trust import
trust-list-bundle = { $days ->
    [0] รายชื่อที่เชื่อถือจาก { $anchor } ทำวันนี้ ({ $date }):
   *[other] รายชื่อที่เชื่อถือจาก { $anchor } ทำเมื่อ { $days } วันก่อน ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, ลายนิ้วมือกุญแจ { $kid }
revocation-imported = { $count ->
   *[other] เพิ่มรายการของ { $name } ทำเมื่อ { $date } แล้ว: เพิกถอนใบรับรอง { $count } ใบ
}

## Errors of these commands

error-issuer-exists = มีกุญแจผู้รับรองอยู่ในโฟลเดอร์นี้แล้ว ไม่มีอะไรเปลี่ยน
error-no-issuer = ยังไม่มีกุญแจผู้รับรองในโฟลเดอร์นี้ สร้างด้วย carnet issuer init
error-issuer-damaged = กุญแจผู้รับรองในโฟลเดอร์นี้เสียหาย หรือไม่ตรงกับรายละเอียด ใส่สำเนาจากข้อมูลสำรองกลับมา
error-anchor-exists = มีกุญแจแหล่งความเชื่อถืออยู่ในโฟลเดอร์นี้แล้ว ไม่มีอะไรเปลี่ยน
error-no-anchor = ยังไม่มีกุญแจแหล่งความเชื่อถือในโฟลเดอร์นี้ สร้างด้วย carnet trust anchor init
error-anchor-damaged = กุญแจแหล่งความเชื่อถือในโฟลเดอร์นี้เสียหาย หรือไม่ตรงกับรายละเอียด ใส่สำเนาจากข้อมูลสำรองกลับมา
error-identity-too-new = กุญแจนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่อใช้
error-storage-file = Carnet เขียนหรืออ่าน { $path } ไม่ได้ ตรวจดูว่ามีพื้นที่ว่าง และคุณมีสิทธิ์เขียนที่นั่น (สำหรับผู้ช่วยเหลือ: { $reason })
error-file-too-big = { $path } ใหญ่เกินกว่าจะเป็นไฟล์ของ Carnet มาก
error-issuer-kind = “{ $value }” ไม่ใช่ประเภทของผู้รับรอง เขียน trainer, employer, centre, college หรือ colleague
error-assessed-by = “{ $value }” ไม่ใช่วิธีตรวจ เขียน observation, test, document หรือ interview
error-expires-date = “{ $value }” ไม่ใช่วันที่ เขียนเป็น ปี-เดือน-วัน เช่น 2027-05-14
error-expires-past = วันสิ้นสุดต้องอยู่หลังวันนี้
error-issuer-indexes-used-up = กุญแจผู้รับรองนี้ให้หมายเลขไปหมดแล้ว สร้างกุญแจผู้รับรองใหม่
error-revoke-not-issued = คุณยังไม่ได้ลงนามใบรับรองหมายเลข { $index } หมายเลขของคุณเริ่มจาก 0 ถึงน้อยกว่า { $next }
error-anchor-name = ชื่อต้องยาว 1 ถึง 100 ตัวอักษร
error-anchor-known = คุณเชื่อถือแหล่งความเชื่อถือนี้อยู่แล้ว (ลายนิ้วมือกุญแจ { $kid })
error-issuer-file = { $path } ไม่ใช่ไฟล์ของผู้รับรอง ขอผลลัพธ์ของ carnet issuer show --json จากผู้รับรอง
error-trust-bundle-not-newer = คุณมีรายชื่อที่เชื่อถือนี้ หรือรายชื่อที่ใหม่กว่าจากแหล่งความเชื่อถือเดียวกันอยู่แล้ว ไม่มีอะไรเปลี่ยน
error-status-list-not-newer = คุณมีรายการที่ใหม่กว่าจากผู้รับรองนี้อยู่แล้ว ไม่มีอะไรเปลี่ยน
error-status-list-issuer-unknown = รายการนี้มาจากผู้รับรองที่คุณยังไม่เชื่อถือ (ลายนิ้วมือกุญแจ { $kid }) นำเข้ารายชื่อที่เชื่อถือที่มีชื่อผู้รับรองนี้ก่อน
error-verifier-damaged = รายชื่อที่เชื่อถือที่คุณบันทึกไว้เสียหายหรือถูกเปลี่ยน นำเข้าใหม่อีกครั้ง
error-verify-nonce = “{ $value }” ไม่ใช่ตัวเลขแบบ hex เช่น 3fa9
error-verify-got-request = นี่เป็นคำขอให้ยืนยันรายการของใครบางคน (ข้อความขึ้นต้นด้วย CNR1:) ไม่ใช่รหัสที่แสดงทักษะ ไม่ได้ตรวจอะไร คนที่ยืนยันจะลงนามด้วย: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = นี่เป็นรหัสที่แสดงทักษะของใครบางคน (ข้อความขึ้นต้นด้วย CN1:) ไม่ใช่คำขอให้ยืนยัน ไม่ได้ลงนามอะไร ถ้าจะตรวจ ให้พิมพ์: carnet verify PICTURE หรือ carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = รายชื่อที่เชื่อถือนี้เสียหาย หรือไม่ใช่รายชื่อที่เชื่อถือ
error-trust-bundle-wrong-file = นี่เป็นไฟล์ Carnet ประเภทอื่น ไม่ใช่รายชื่อที่เชื่อถือ
error-trust-bundle-newer-version = รายชื่อที่เชื่อถือนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่ออ่าน
error-trust-bundle-unknown-anchor = รายชื่อที่เชื่อถือนี้ลงนามโดยแหล่งความเชื่อถือที่คุณไม่ได้เชื่อถือ (ลายนิ้วมือกุญแจ { $kid }) เพิ่มก่อนด้วย carnet trust anchor add ถ้าคุณรู้จัก
error-trust-bundle-bad-signature = ลายเซ็นบนรายชื่อที่เชื่อถือนี้ไม่ตรงกัน ไฟล์ถูกเปลี่ยนหรือเสียหาย
error-trust-bundle-invalid = ใช้ค่าหนึ่งในรายชื่อที่เชื่อถือไม่ได้ ({ $field })
error-trust-bundle-too-large = รายชื่อที่เชื่อถือนี้ใหญ่เกินไป
error-status-list-malformed = รายการนี้เสียหาย หรือไม่ใช่รายการใบรับรองที่ถูกเพิกถอน
error-status-list-wrong-file = นี่เป็นไฟล์ Carnet ประเภทอื่น ไม่ใช่รายการใบรับรองที่ถูกเพิกถอน
error-status-list-newer-version = รายการนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่ออ่าน
error-status-list-wrong-issuer = รายการนี้เป็นของผู้รับรองคนอื่น ({ $found } ไม่ใช่ { $expected })
error-status-list-bad-signature = ลายเซ็นบนรายการนี้ไม่ตรงกัน ไฟล์ถูกเปลี่ยนหรือเสียหาย
error-status-list-invalid = ใช้ค่าหนึ่งในรายการไม่ได้ ({ $field })
error-status-list-too-large = รายการนี้ใหญ่เกินไป
