# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = รหัสผ่านไม่ถูกต้อง ตรวจดูแล้วลองอีกครั้ง ตัวพิมพ์ใหญ่และตัวพิมพ์เล็กไม่เหมือนกัน
error-too-many-attempts = { $minutes ->
   *[other] ใส่รหัสผ่านผิดหลายครั้งเกินไป รอ { $minutes } นาที แล้วลองอีกครั้ง
}
error-passphrase-too-short = รหัสผ่านนี้สั้นเกินไป ใช้อย่างน้อย { $min } ตัวอักษร

## The logbook files

error-no-logbook = ยังไม่มีสมุดบันทึกในโฟลเดอร์นี้ สร้างก่อน หรือเลือกโฟลเดอร์ที่มีสมุดบันทึกของคุณ
error-already-exists = มีสมุดบันทึกอยู่ในโฟลเดอร์นี้แล้ว ไม่มีอะไรเปลี่ยน
error-damaged-key-file = กุญแจของสมุดบันทึกเสียหายหรือหายไป จึงเปิดไม่ได้ ใส่สำเนาจากข้อมูลสำรองกลับมา หรือจากอุปกรณ์ที่คุณจับคู่กับเครื่องนี้
error-damaged-database = สมุดบันทึกของคุณเสียหาย จึงเปิดไม่ได้ ใส่สำเนาจากข้อมูลสำรองกลับมา หรือจากอุปกรณ์ที่คุณจับคู่กับเครื่องนี้
error-too-new = { $what ->
    [export-file] ไฟล์นี้สร้างด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet แล้วลองอีกครั้ง
    [taxonomy] ข้อมูล ESCO ที่มากับ Carnet มาจาก Carnet รุ่นใหม่กว่า อัปเดต Carnet แล้วลองอีกครั้ง
   *[other] สมุดบันทึกของคุณถูกบันทึกด้วย Carnet รุ่นใหม่กว่า อัปเดต Carnet แล้วลองอีกครั้ง
}
error-disk-full = ดิสก์เต็ม ไม่มีอะไรหาย ทำให้มีพื้นที่ว่าง เช่น ลบไฟล์เก่า แล้วลองอีกครั้ง
error-io = Carnet อ่านหรือเขียนไฟล์ของสมุดบันทึกไม่ได้ ตรวจดูว่ามีโฟลเดอร์อยู่ และคุณมีสิทธิ์เขียนในโฟลเดอร์นั้น แล้วลองอีกครั้ง
error-internal = มีบางอย่างผิดพลาดใน Carnet นี่เป็นข้อผิดพลาดของ Carnet ไม่ใช่ของคุณ กรุณาแจ้งคนที่ทำ Carnet

## Entries

error-not-found = ไม่มีรายการที่มี id “{ $id }” ตรวจ id แล้วลองอีกครั้ง
error-ambiguous-id = มีมากกว่าหนึ่งรายการที่ขึ้นต้นด้วย “{ $id }” พิมพ์ id ให้ยาวขึ้น

## Values the person typed

error-invalid-kind = “{ $value }” ไม่ใช่ประเภทของรายการ ใช้ skill, qualification, experience, language หรือ learning
error-invalid-date = “{ $value }” ไม่ใช่วันที่ เขียนเป็นปี (2019) เดือน (2019-05) หรือวัน (2019-05-14)
error-invalid-level = { $kind ->
    [language] “{ $value }” ไม่ใช่ระดับภาษา ใช้ A1, A2, B1, B2, C1 หรือ C2
    [qualification] “{ $value }” ไม่ใช่ระดับของวุฒิการศึกษา ใช้ตัวเลข 1 ถึง 8 (EQF)
    [learning] “{ $value }” ไม่ใช่ระดับของหลักสูตร ใช้ตัวเลข 1 ถึง 8 (EQF)
    [eqf] “{ $value }” ไม่ใช่ระดับ EQF ใช้ตัวเลข 1 ถึง 8
   *[other] “{ $value }” ไม่ใช่ระดับ ใช้ basic, intermediate, advanced หรือ expert
}
error-invalid-country = “{ $value }” ไม่ใช่รหัสประเทศ ใช้ตัวอักษรสองตัว เช่น SY, AF, ER หรือ DE
error-invalid-language = “{ $value }” ไม่ใช่รหัสภาษา ใช้รหัสสั้น เช่น ar, fa-AF หรือ en
error-invalid-esco = “{ $value }” ไม่ใช่ที่อยู่ ESCO ที่อยู่ ESCO ขึ้นต้นด้วย http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” ไม่ใช่รหัสอาชีพ ISCO-08 ใช้ตัวเลข 1 ถึง 4 หลัก เช่น 7212
error-invalid-proficiency = “{ $value }” ไม่ใช่ระดับ ใช้ basic, intermediate, advanced หรือ expert
error-invalid-context = “{ $value }” ไม่ใช่วิธีการเรียนรู้ ใช้ formal, non-formal หรือ informal
error-invalid-stage = “{ $value }” ไม่ใช่ช่วง ใช้ recruitment, pre-departure, arrival, career หรือ return
error-invalid-field = “{ $value }” ไม่ใช่สิ่งที่คุณเปลี่ยนได้ ใช้อย่างใดอย่างหนึ่งต่อไปนี้: { $expected }
error-empty-field = { $field ->
    [title] ชื่อว่างอยู่ เขียนชื่อสั้น ๆ
   *[other] { $field } ว่างอยู่ เขียนอะไรสักอย่างลงไป
}
error-date-order = วันสิ้นสุด { $to } อยู่ก่อนวันเริ่ม { $from } ตรวจวันที่ทั้งสอง
error-import-format = ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของ Carnet จึงอ่านไม่ได้ เลือกไฟล์ที่ Carnet ส่งออก

## Photos

error-evidence-not-an-image = ไฟล์นี้ไม่ใช่รูปภาพ Carnet รับรูป JPEG, PNG และ WebP
error-evidence-unsupported-format = นี่เป็นรูปแบบ { $format } ซึ่ง Carnet ใช้ไม่ได้ บันทึกเป็น JPEG, PNG หรือ WebP แล้วลองอีกครั้ง
error-evidence-damaged = รูปนี้เสียหายหรือไม่ครบ ถ่ายหรือเลือกรูปใหม่
error-evidence-too-large = รูปใหญ่เกินไป ({ $width } × { $height } พิกเซล) ถ่ายรูปโดยตั้งคุณภาพให้ต่ำลง หรือเลือกสำเนาที่เล็กกว่า
error-evidence-file-too-big = ไฟล์ใหญ่เกินไป ({ $megabytes } MB) ขีดจำกัดคือ 32 MB เลือกไฟล์ที่เล็กกว่า
error-evidence-encode-failed = Carnet บันทึกรูปไม่ได้ กรุณาลองอีกครั้ง ถ้ายังเกิดขึ้นอีก กรุณาแจ้งคนที่ทำ Carnet

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” ไม่ใช่ที่อยู่ฮับ ที่อยู่ฮับมีหน้าตาแบบนี้ http://192.168.1.10:8470 ขอที่อยู่จากศูนย์
error-sync-no-hub = ยังไม่ได้ตั้งฮับสำหรับสมุดบันทึกนี้ ขอที่อยู่ฮับจากศูนย์
error-sync-unreachable = Carnet ติดต่อฮับที่ { $url } ไม่ได้ สมุดบันทึกของคุณยังปลอดภัยบนอุปกรณ์นี้ ลองอีกครั้งเมื่อคุณเชื่อมต่อกับเครือข่ายของศูนย์
error-sync-refused = ฮับไม่รับอุปกรณ์นี้สำหรับสมุดบันทึกนี้ ถ้าคุณลบอุปกรณ์นี้ออกจากสมุดบันทึกแล้ว ก็เป็นเรื่องปกติ ถ้าไม่ใช่ ให้ถามศูนย์
error-sync-unknown-logbook = ฮับยังไม่มีสำเนาของสมุดบันทึกนี้ ซิงค์อุปกรณ์ที่มีสมุดบันทึกของคุณก่อน แล้วลองอีกครั้ง
error-sync-rate-limited = ฮับยุ่งอยู่ รอ { $seconds } วินาที แล้วลองอีกครั้ง สมุดบันทึกของคุณยังปลอดภัยบนอุปกรณ์นี้
error-sync-hub-full = ฮับไม่มีที่ว่างสำหรับสมุดบันทึกของคุณแล้ว สมุดบันทึกของคุณยังปลอดภัยบนอุปกรณ์นี้ ถามศูนย์
error-sync-hub-error = ฮับมีปัญหา ({ $status } { $code }) สมุดบันทึกของคุณยังปลอดภัยบนอุปกรณ์นี้ ลองอีกครั้งภายหลัง หรือถามศูนย์
error-sync-protocol = ฮับส่งสิ่งที่ Carnet รุ่นนี้อ่านไม่ได้ สมุดบันทึกของคุณยังปลอดภัยบนอุปกรณ์นี้ อัปเดต Carnet หรือถามศูนย์
error-sync-forged = ฮับส่งการเปลี่ยนแปลงที่เสียหายหรือถูกคนอื่นแก้ไข Carnet ไม่ได้ใช้ และสมุดบันทึกของคุณไม่ได้เปลี่ยน แจ้งศูนย์
error-sync-incomplete = ฮับส่งการเปลี่ยนแปลงมาไม่ครบ Carnet ไม่ได้ใช้ และสมุดบันทึกของคุณไม่ได้เปลี่ยน ลองอีกครั้งภายหลัง หรือแจ้งศูนย์
error-sync-unknown-epoch = อุปกรณ์นี้ไม่มีกุญแจล่าสุดของสมุดบันทึก จึงอ่านสิ่งที่อยู่ในฮับไม่ได้ ถ้าคุณลบอุปกรณ์นี้ออกไปแล้ว ก็เป็นเรื่องปกติ ถ้าไม่ใช่ ให้จับคู่ใหม่อีกครั้ง
error-sync-rolled-back = ฮับทำข้อมูลบางส่วนหาย สมุดบันทึกบนอุปกรณ์นี้ครบถ้วนและไม่ได้เปลี่ยน แจ้งศูนย์
error-sync-pairing-code = นี่ไม่ใช่รหัสจับคู่ หรือรหัสขาดไปบางส่วน แสดงรหัสอีกครั้งบนอุปกรณ์อีกเครื่อง แล้วสแกนหรือพิมพ์ให้ครบ
error-sync-pairing-expired = รหัสจับคู่นี้เก่าเกินไป แสดงรหัสใหม่บนอุปกรณ์อีกเครื่องของคุณ
error-sync-pairing-taken = มีอุปกรณ์อื่นตอบรหัสจับคู่นี้ไปแล้ว ไม่ได้แชร์อะไร แสดงรหัสใหม่บนอุปกรณ์อีกเครื่อง แล้วลองอีกครั้ง
error-sync-pairing-refused = อุปกรณ์อีกเครื่องของคุณปฏิเสธการจับคู่นี้ ไม่ได้แชร์อะไร
error-sync-remove-self = นี่คืออุปกรณ์ที่คุณกำลังใช้อยู่ ถ้าจะลบ ให้ลบจากอุปกรณ์อื่นของคุณ
error-sync-cancelled = คุณหยุดรออุปกรณ์อีกเครื่องแล้ว ไม่ได้แชร์อะไร เริ่มใหม่เมื่ออุปกรณ์ทั้งสองพร้อม

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = นี่ไม่ใช่รหัสสี่เหลี่ยมของแผ่นกู้คืน Carnet หรือ Carnet อ่านได้ไม่ครบ ถ่ายรูปรหัสทั้งหมดให้ชัดขึ้น หรือพิมพ์ 12 คำ
error-sync-recovery-words = { $problem ->
    [count] แผ่นกู้คืนมี 12 คำ คุณใส่มา { $position } คำ พิมพ์ให้ครบ 12 คำ ตามลำดับ
    [unknown] คำที่ { $position } ไม่ใช่คำที่ใช้ในแผ่นกู้คืน ตรวจการสะกดบนแผ่น
   *[other] คำเหล่านี้ไม่เข้ากัน: มีคำหนึ่งผิด หรือมีสองคำสลับกัน ตรวจแต่ละคำบนแผ่น
}
error-sync-recovery-no-box = ฮับไม่มีข้อมูลสำหรับแผ่นกู้คืนนี้ อาจมีแผ่นใหม่กว่ามาแทนที่แล้ว หรือแผ่นนี้เป็นของฮับอื่น ใช้แผ่นที่ใหม่ที่สุดของคุณ
error-sheet-write = Carnet เขียนแผ่นลงใน { $path } ไม่ได้ ตรวจโฟลเดอร์และพื้นที่ว่าง ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet หาไฟล์ข้อมูล ESCO ไม่เจอ ({ $path }) ติดตั้ง Carnet ใหม่อีกครั้ง
error-taxonomy-damaged = ไฟล์ข้อมูล ESCO ของ Carnet เสียหาย ({ $reason }) ติดตั้ง Carnet ใหม่อีกครั้ง
error-unknown-concept = ไม่มีทักษะหรืออาชีพใน ESCO ที่ชื่อ “{ $concept }” หาที่อยู่ด้วย carnet esco search
error-not-an-occupation = “{ $concept }” เป็นทักษะใน ESCO ไม่ใช่อาชีพ หาอาชีพด้วย carnet esco search --kind occupation

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet หารหัสสี่เหลี่ยมในรูปนี้ไม่เจอ ถ่ายรูปรหัสทั้งหมดให้ชัดขึ้น หรือพิมพ์รหัสแทน
error-save-file = Carnet บันทึกไฟล์ใน { $path } ไม่ได้ ตรวจพื้นที่ว่าง ({ $reason })

## Voice notes

error-evidence-not-audio = ไฟล์นี้ไม่ใช่เสียงที่อัดไว้ Carnet รับไฟล์เสียง WebM, Ogg, MP4, M4A, AAC, MP3 และ WAV
error-evidence-audio-is-video = ไฟล์นี้เป็นวิดีโอ Carnet เก็บแค่เสียง อัดข้อความเสียง หรือเลือกไฟล์เสียง
error-evidence-audio-too-big = ไฟล์เสียงใหญ่เกินไป ({ $megabytes } MB) ขีดจำกัดคือ 5 MB อัดข้อความเสียงให้สั้นลง
error-evidence-audio-damaged = ไฟล์เสียงเสียหายหรือไม่ครบ อัดหรือเลือกใหม่อีกครั้ง
error-evidence-not-evidence = ไฟล์นี้ไม่ใช่รูปภาพและไม่ใช่เสียงที่อัดไว้ Carnet รับรูปภาพ (JPEG, PNG, WebP) และไฟล์เสียง (WebM, Ogg, MP4, M4A, AAC, MP3, WAV)
error-microphone-denied = Carnet ใช้ไมโครโฟนไม่ได้ อนุญาตในการตั้งค่าของโทรศัพท์ หรือแนบไฟล์เสียง
error-microphone-failed = Carnet อัดเสียงไม่ได้ ลองอีกครั้ง หรือแนบไฟล์เสียง
error-recording-empty = ไม่ได้อัดอะไรไว้ ลองอีกครั้ง แล้วพูดหลังจากกดปุ่ม
error-evidence-missing = รูปหรือข้อความเสียงนี้ยังไม่อยู่บนอุปกรณ์นี้ ({ $sha }) ซิงค์เพื่อรับมา
