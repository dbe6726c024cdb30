# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ครูฝึก
issuer-kind-employer = นายจ้าง
issuer-kind-centre = ศูนย์
issuer-kind-college = วิทยาลัย
issuer-kind-colleague = เพื่อนร่วมงาน

## verify: verdicts, one per code

verdict-valid = ใช้ได้: ลงนามโดยผู้รับรองที่คุณเชื่อถือ ยังไม่หมดอายุ และไม่ถูกเพิกถอน
verdict-self-declared = เจ้าตัวบอกเองเท่านั้น: ไม่มีใครลงนาม
verdict-unknown-issuer = ลงนามแล้ว แต่ไม่ใช่โดยผู้รับรองที่คุณเชื่อถือ
verdict-expired = หมดอายุแล้ว
verdict-revoked = ผู้รับรองที่ลงนามเพิกถอนแล้ว
verdict-tampered = ถูกแก้ไขหรือคัดลอก: อย่าเชื่อถือ
verdict-malformed = นี่ไม่ใช่รหัส Carnet ที่อ่านได้

## verify: reasons, one per code

reason-wrong-prefix = ข้อความไม่ได้ขึ้นต้นด้วย CN1: จึงไม่ใช่รหัสของ Carnet
reason-bad-base45 = ข้อความนี้มีตัวอักษรที่รหัส Carnet มีไม่ได้ อาจถูกตัดหรือพิมพ์ผิด
reason-bad-zlib = รหัสถูกตัดหรือเสียหาย
reason-too-large = รหัสนี้ใหญ่เกินกว่าจะเป็นรหัสของ Carnet มาก
reason-bad-cose = รหัสเสียหาย หรือไม่ใช่รหัสของ Carnet
reason-unsupported-header = รหัสนี้ใช้ลายเซ็นที่ Carnet ไม่รู้จัก Carnet รุ่นใหม่กว่าอาจอ่านได้
reason-bad-payload = เนื้อหาของรหัสเสียหาย
reason-holder-signature-invalid = ลายเซ็นของเจ้าตัวไม่ตรงกัน: รหัสถูกแก้ไข
reason-nonce-mismatch = รหัสนี้ทำขึ้นสำหรับคำขออื่น (หมายเลข { $found } ไม่ใช่ { $expected }) อาจเป็นสำเนา
reason-audience-mismatch = รหัสนี้ทำขึ้นสำหรับ “{ $found }” ไม่ใช่สำหรับ “{ $expected }”
reason-presentation-expired = ตัวรหัสหมดอายุเมื่อ { $exp } ขอให้เจ้าตัวทำรหัสใหม่
reason-presentation-not-yet-valid = รหัสบอกว่าทำขึ้นเมื่อ { $iat } ซึ่งยังมาไม่ถึง ตรวจนาฬิกาของอุปกรณ์นี้
reason-endorsement-signature-invalid = ลายเซ็นของผู้รับรองไม่ตรงกัน: ทักษะถูกแก้ไข
reason-issuer-key-not-sent = ผู้รับรองระบุไว้แค่ด้วยลายนิ้วมือ { $kid } และคุณไม่รู้จัก
reason-endorsement-expired = ลายเซ็นของทักษะหมดอายุเมื่อ { $exp }
reason-endorsement-not-yet-valid = ทักษะบอกว่าลงนามเมื่อ { $iat } ซึ่งยังมาไม่ถึง ตรวจนาฬิกาของอุปกรณ์นี้
reason-issuer-unknown = “{ $name }” (ลายนิ้วมือกุญแจ { $kid }) ไม่อยู่ในรายชื่อที่คุณเชื่อถือ ใครก็ตั้งชื่อให้ตัวเองได้
reason-issuer-not-trusted-at-issue = “{ $name }” (ลายนิ้วมือกุญแจ { $kid }) ไม่ได้รับการรับรองในวันที่ลงนาม
reason-issuer-trusted = ผู้รับรองอยู่ในรายชื่อที่คุณเชื่อถือ (ลายนิ้วมือกุญแจ { $kid })
reason-issuer-claims-differ = รายชื่อที่คุณเชื่อถือบอกว่าผู้รับรองนี้เป็น{ $kind } ใน { $country } แต่ลายเซ็นบอกไม่ตรงกัน ให้ยึดตามรายชื่อที่เชื่อถือ
reason-revoked = ผู้รับรองเพิกถอนใบรับรองหมายเลข { $index } แล้ว
reason-no-revocation-list = คุณไม่มีรายการสิ่งที่ผู้รับรองนี้เพิกถอน
reason-self-declared = เจ้าตัวบอกเอง ไม่มีใครลงนาม

## verify: the rest of the report

verify-presentation = แสดงสำหรับช่วง{ $stage } ทำเมื่อ { $date } โดยคนที่มีกุญแจ { $kid }
verify-audience = ทำให้: { $audience }
verify-stage-recruitment = หางาน
verify-stage-pre-departure = เตรียมตัวเดินทาง
verify-stage-arrival = เมื่อไปถึง
verify-stage-career = ทำงานและฝึกอบรม
verify-stage-return = กลับบ้าน
verify-endorsed-by = ลงนามโดย { $name } ซึ่งเป็น{ $kind } ใน { $country }
verify-endorsed-by-unchecked = ลงนามโดยคนที่เรียกตัวเองว่า “{ $name }” ซึ่งเป็น{ $kind } ใน { $country } (ยังไม่ได้ตรวจ ลายนิ้วมือกุญแจ { $kid })
verify-colleague-note = นี่เป็นคำรับรองของเพื่อนร่วมงาน: คนที่เคยทำงานข้าง ๆ เจ้าตัว ไม่ใช่โรงเรียนหรือนายจ้าง
verify-endorsed-on = ลงนามเมื่อ { $date } ตรวจโดย{ $how }{ $expires ->
    [none] {""}
   *[other] {" "}ใช้ได้ถึง { $expires }
}
verify-how-observation = การดูเขาทำงาน
verify-how-test = การทดสอบ
verify-how-document = เอกสาร
verify-how-interview = การสัมภาษณ์
verify-hidden = { $count ->
   *[other] เจ้าตัวซ่อนรายละเอียดไว้ { $count } อย่าง
}
verify-trust-age = { $days ->
    [0] รายชื่อที่เชื่อถือจากวันนี้
   *[other] รายชื่อที่เชื่อถือจาก { $days } วันก่อน ({ $date })
}
verify-newer-code = รหัสนี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet เพื่อตรวจ
verify-status-age = { $days ->
    [0] รายการใบรับรองที่ถูกเพิกถอน: จากวันนี้
   *[other] รายการใบรับรองที่ถูกเพิกถอน: จาก { $days } วันก่อน ({ $date })
}
verify-field-kind = อะไร:
verify-field-title = ชื่อ:
verify-field-esco = ESCO:
verify-field-entry-id = รายการ:
verify-field-level = ระดับ:
verify-field-from = ตั้งแต่:
verify-field-to = ถึง:
verify-field-country = ประเทศ:
verify-field-context = เรียนรู้มา:
verify-field-evidence = หลักฐาน (แฮช):
verify-field-eqf = ระดับ EQF:
verify-entry-kind-skill = ทักษะ
verify-entry-kind-qualification = ประกาศนียบัตรหรือวุฒิการศึกษา
verify-entry-kind-experience = ประสบการณ์ทำงาน
verify-entry-kind-language = ภาษา
verify-entry-kind-learning = หลักสูตร
verify-context-formal = ที่โรงเรียนหรือวิทยาลัย
verify-context-non-formal = ในหลักสูตร
verify-context-informal = จากการทำงานหรือเรียนรู้ด้วยตัวเอง
verify-esco-skill = ทักษะ
verify-esco-occupation = อาชีพ
verify-esco-qualification = วุฒิการศึกษา
