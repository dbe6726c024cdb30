# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = วิธีพิมพ์:
cli-help-commands = คำสั่ง:
cli-help-arguments = สิ่งที่ต้องใส่:
cli-help-options = ตัวเลือก:
cli-help-examples = ตัวอย่าง:

## Help: the whole program

cli-about = Carnet เก็บบันทึกสิ่งที่คุณทำได้: ทักษะ งาน ภาษา ประกาศนียบัตร และหลักสูตร บันทึกนี้อยู่บนอุปกรณ์ของคุณ ล็อกด้วยรหัสผ่านของคุณ

cli-examples =
    เริ่มสมุดบันทึก:         carnet init
    เพิ่มทักษะ:              carnet add skill --title "Welding" --level advanced
    ดูรายการของคุณ:          carnet list
    ดูรายการเดียว:           carnet show 3f2a
    ความช่วยเหลือของคำสั่ง:  carnet add --help

cli-opt-data-dir = โฟลเดอร์ที่เก็บสมุดบันทึกของคุณ ตั้งค่าด้วย CARNET_DATA_DIR ก็ได้
cli-opt-json = ตอบเป็น JSON สำหรับโปรแกรมอื่น
cli-opt-lang = ภาษาของข้อความ Carnet เช่น ar, fa, fr, uk หรือ en
cli-opt-help = แสดงความช่วยเหลือนี้
cli-opt-version = แสดงรุ่นของ Carnet

## Help: commands

cli-cmd-init = สร้างสมุดบันทึกใหม่ ล็อกด้วยรหัสผ่าน
cli-cmd-passphrase = เปลี่ยนรหัสผ่านของสมุดบันทึก
cli-cmd-passphrase-change = เปลี่ยนรหัสผ่านของคุณ พิมพ์รหัสเก่า แล้วพิมพ์รหัสใหม่สองครั้ง
cli-cmd-profile = ดูหรือเปลี่ยนโปรไฟล์ของคุณ: ชื่อ ประเทศ และภาษาของคุณ
cli-cmd-profile-show = แสดงโปรไฟล์ของคุณ
cli-cmd-profile-set = เปลี่ยนโปรไฟล์ของคุณ ถ้าจะลบข้อมูลไหน ให้ใส่ค่าว่าง เช่น --contact ""
cli-cmd-add = เพิ่มรายการ: ทักษะ วุฒิการศึกษา ประสบการณ์ทำงาน ภาษา หรือหลักสูตร
cli-cmd-list = แสดงรายการทั้งหมดของคุณ
cli-cmd-show = แสดงทุกอย่างของรายการเดียว
cli-cmd-edit = แก้ไขรายการ
cli-cmd-rm = ลบรายการ
cli-cmd-search = หารายการที่มีคำที่ต้องการ
cli-cmd-detach = เอารูปหรือข้อความเสียงออกจากรายการ จะถูกลบออกจากอุปกรณ์นี้ด้วย ถ้าไม่มีรายการอื่นใช้อยู่
cli-cmd-attach = เพิ่มรูปเอกสารลงในรายการ เช่น ประกาศนียบัตร ใบรับรอง หรือเอกสารการทำงาน หรือเพิ่มข้อความเสียง: ไฟล์เสียงที่คุณเล่าเรื่องทักษะนั้น
cli-cmd-export = เขียนสมุดบันทึกทั้งหมดของคุณเป็นไฟล์ที่โปรแกรมอื่นอ่านได้
cli-cmd-import = อ่านไฟล์ส่งออกของ Carnet เข้าสมุดบันทึกของคุณ ไม่มีอะไรในสมุดบันทึกถูกลบ
cli-cmd-devices = อุปกรณ์ที่มีสมุดบันทึกของคุณ
cli-cmd-devices-list = แสดงอุปกรณ์ที่มีสมุดบันทึกของคุณ
cli-cmd-devices-remove = เอาสมุดบันทึกของคุณออกจากอุปกรณ์ เช่น โทรศัพท์ที่หาย อุปกรณ์นั้นจะอ่านสิ่งที่คุณเพิ่มต่อจากนี้ไม่ได้
cli-cmd-pair = ใส่สมุดบันทึกของคุณลงในอุปกรณ์อีกเครื่องของคุณ เช่น โทรศัพท์ใหม่
cli-cmd-pair-show = บนอุปกรณ์ที่มีสมุดบันทึก: แสดงรหัสให้อุปกรณ์ใหม่ แล้วกดอนุญาต
cli-cmd-pair-join = บนอุปกรณ์ใหม่: รับสมุดบันทึกด้วยรหัสที่อุปกรณ์อีกเครื่องแสดง
cli-cmd-sync = ส่งการเปลี่ยนแปลงของคุณไปที่ฮับของศูนย์ และรับการเปลี่ยนแปลงจากอุปกรณ์อื่นของคุณ ฮับเก็บแค่สำเนาแบบล็อกที่ฮับอ่านไม่ได้

## Help: what to give to the commands

cli-arg-kind = ประเภทของรายการ: skill (ทักษะ), qualification (วุฒิการศึกษา), experience (งาน), language (ภาษา) หรือ learning (หลักสูตร)
cli-arg-title = ชื่อสั้น ๆ เช่น "งานเชื่อม" หรือ "ใบขับขี่ประเภท B"
cli-arg-description = รายละเอียดเพิ่มเติม ถ้าต้องการ
cli-arg-level = คุณเก่งแค่ไหน สำหรับทักษะหรืองาน: basic, intermediate, advanced หรือ expert สำหรับภาษา: A1 (เริ่มต้น) ถึง C2 (ดีมาก) สำหรับวุฒิการศึกษาหรือหลักสูตร: ระดับ EQF ตั้งแต่ 1 ถึง 8
cli-arg-eqf = ระดับ EQF ของประกาศนียบัตรหรือหลักสูตร ตั้งแต่ 1 ถึง 8 ถ้าคุณรู้
cli-arg-from = เริ่มเมื่อไร: ปี (2019) เดือน (2019-05) หรือวัน (2019-05-14)
cli-arg-to = จบเมื่อไร เขียนแบบเดียวกัน ถ้ายังทำอยู่ไม่ต้องใส่
cli-arg-organisation = นายจ้าง โรงเรียน หรือศูนย์ฝึกอบรม
cli-arg-place = เมืองหรือสถานที่
cli-arg-country = ประเทศ เป็นตัวอักษรสองตัว เช่น SY, AF, DE
cli-arg-context = คุณเรียนรู้มาอย่างไร: formal (โรงเรียน ประกาศนียบัตร), non-formal (หลักสูตร) หรือ informal (จากการทำจริง)
cli-arg-written-in = ภาษาที่คุณใช้เขียนรายการนี้ เป็นรหัสสั้น เช่น ar หรือ en
cli-arg-esco = ที่อยู่ ESCO ของทักษะหรืองาน ถ้าคุณรู้
cli-arg-isco = รหัสอาชีพ ISCO-08 (1 ถึง 4 หลัก) ถ้าคุณรู้
cli-arg-stage = ช่วงไหนของการเดินทางที่เรื่องนี้สำคัญ: recruitment, pre-departure, arrival, career หรือ return ใส่ได้มากกว่าหนึ่ง

cli-arg-list-kind = แสดงเฉพาะรายการประเภทนี้: skill, qualification, experience, language หรือ learning
cli-arg-list-stage = แสดงเฉพาะรายการของช่วงนี้: recruitment, pre-departure, arrival, career หรือ return

cli-arg-id = id ของรายการ ใส่แค่ 4 ตัวแรกหรือมากกว่าก็พอ ถ้าจะดู id ให้พิมพ์: carnet list
cli-arg-set = การเปลี่ยนแปลง เขียนเป็น FIELD=VALUE เช่น level=advanced ใส่ซ้ำได้ถ้าจะเปลี่ยนหลายอย่าง ค่าว่างจะลบช่องนั้น ช่องที่มีคือ: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco
cli-arg-text = คำที่ต้องการค้นหา
cli-arg-evidence = รูปหรือข้อความเสียงที่จะเอาออก: id ตามที่ carnet show และ carnet attach แสดง (ใส่ 8 ตัวแรกหรือมากกว่าก็พอ)
cli-arg-photo = รูปถ่าย (JPEG, PNG หรือ WebP) หรือไฟล์เสียง (WebM, Ogg, MP4, M4A, AAC, MP3 หรือ WAV ไม่เกิน 5 MB) Carnet จะดูข้างในไฟล์ว่าเป็นแบบไหน และลบข้อมูลที่ซ่อนอยู่ เช่น สถานที่ที่ถ่ายรูป
cli-arg-format = ประเภทของไฟล์ ตอนนี้มีแค่ json
cli-arg-file = ไฟล์ส่งออกที่จะอ่าน

cli-arg-name = ชื่อของคุณ ตามที่อยากให้คนอื่นเห็น
cli-arg-birth-date = วันเกิดของคุณ: 1990, 1990-05 หรือ 1990-05-14
cli-arg-origin = ประเทศที่คุณจากมา เป็นตัวอักษรสองตัว เช่น SY, AF, ER
cli-arg-current = ประเทศที่คุณอยู่ตอนนี้ เป็นตัวอักษรสองตัว เช่น DE, FR
cli-arg-contact = ช่องทางที่คนอื่นติดต่อคุณได้ เช่น เบอร์โทรศัพท์หรืออีเมล
cli-arg-language = ภาษาที่คุณรู้ เป็นรหัสสั้น เช่น ar, fa-AF หรือ en ตัวเลือกด้านล่างเป็นเรื่องของภาษานี้
cli-arg-mother-tongue = ภาษานี้เป็นภาษาแม่ของคุณ
cli-arg-not-mother-tongue = ภาษานี้ไม่ใช่ภาษาแม่ของคุณ
cli-arg-listening = คุณฟังคนอื่นพูดเข้าใจแค่ไหน: A1 (เริ่มต้น) ถึง C2 (ดีมาก)
cli-arg-reading = คุณอ่านได้ดีแค่ไหน: A1 ถึง C2
cli-arg-spoken-interaction = คุณคุยโต้ตอบกับคนอื่นได้ดีแค่ไหน: A1 ถึง C2
cli-arg-spoken-production = คุณพูดคนเดียวได้ดีแค่ไหน: A1 ถึง C2
cli-arg-writing = คุณเขียนได้ดีแค่ไหน: A1 ถึง C2
cli-arg-remove-language = เอาภาษาออกจากโปรไฟล์ของคุณ
cli-arg-hub = ที่อยู่ฮับของศูนย์ เช่น http://192.168.1.10:8470 Carnet จะจำไว้
cli-arg-device-id = id ของอุปกรณ์ ตามที่แสดงโดย: carnet devices list (ใส่ 4 ตัวแรกหรือมากกว่าก็พอ)
cli-arg-pair-approve = อนุญาตอุปกรณ์ใหม่โดยไม่ต้องถาม ถ้าแสดงรหัสนี้ (สำหรับผู้ช่วยเหลือและสคริปต์)
cli-arg-pair-code = รหัสที่อุปกรณ์อีกเครื่องของคุณแสดง ขึ้นต้นด้วย CNP1:
cli-arg-pair-name = ชื่อของอุปกรณ์นี้ เพื่อให้คุณจำได้บนอีกเครื่อง (เช่น "โทรศัพท์ของอามาล")
cli-arg-sync-status = แสดงแค่ว่าซิงค์ครั้งล่าสุดเมื่อไร และมีการเปลี่ยนแปลงรออยู่กี่อย่าง ไม่มีอะไรถูกส่ง
cli-arg-sync-watch = ซิงค์ต่อไปเรื่อย ๆ ถ้าติดต่อฮับไม่ได้ จะลองใหม่ภายหลัง โดยรอนานขึ้นทุกครั้ง
cli-arg-sync-every = ใช้กับ --watch: รอกี่วินาทีระหว่างการซิงค์แต่ละครั้ง (300 ถ้าไม่ได้ใส่)

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = ตั้งรหัสผ่านอย่างน้อย { $min } ตัวอักษร คุณต้องใช้ทุกครั้งที่เปิดสมุดบันทึก ไม่มีใครกู้รหัสผ่านคืนให้คุณได้
cli-passphrase-prompt = รหัสผ่าน:
cli-passphrase-new-prompt = รหัสผ่านใหม่:
cli-passphrase-repeat-prompt = พิมพ์รหัสผ่านใหม่อีกครั้ง:
cli-passphrase-changed = เปลี่ยนรหัสผ่านแล้ว ต่อจากนี้ให้ใช้รหัสผ่านใหม่

## Answers

cli-init-done = สมุดบันทึกของคุณพร้อมแล้ว อยู่ในโฟลเดอร์นี้: { $dir }
cli-init-next = เก็บรหัสผ่านไว้ให้ดี ถ้าไม่มีรหัสผ่าน ไม่มีใครเปิดสมุดบันทึกได้ แม้แต่ตัวคุณเอง ต่อไป เพิ่มสิ่งที่คุณทำได้ เช่น: carnet add skill --title "Cooking"

cli-list-empty = สมุดบันทึกของคุณยังไม่มีรายการ ถ้าจะเพิ่ม ให้พิมพ์: carnet add skill --title "Cooking"
cli-list-none-match = ไม่มีรายการที่ตรงกับที่คุณขอ
cli-search-none = ไม่มีรายการที่มีคำเหล่านี้ ลองใช้คำอื่น หรือพิมพ์: carnet list

cli-edit-saved = บันทึกการเปลี่ยนแปลงแล้ว
cli-rm-done = ลบแล้ว: { $title }
cli-detached = เอารูปหรือข้อความเสียงออกจากรายการแล้ว

cli-profile-saved = บันทึกโปรไฟล์ของคุณแล้ว
cli-profile-empty = โปรไฟล์ของคุณยังว่างอยู่ ถ้าจะเพิ่มชื่อ ให้พิมพ์: carnet profile set --name "ชื่อของคุณ"

cli-import-added = { $count ->
   *[other] เพิ่ม { $count } รายการแล้ว
}
cli-import-updated = { $count ->
   *[other] อัปเดต { $count } รายการแล้ว
}
cli-import-unchanged = { $count ->
   *[other] { $count } รายการเหมือนเดิมอยู่แล้ว
}
cli-import-profile-updated = อัปเดตโปรไฟล์ของคุณด้วยแล้ว
cli-import-missing-photos = { $count ->
   *[other] รูป { $count } รูปไม่ได้อยู่บนอุปกรณ์นี้ ไฟล์ส่งออกไม่มีรูปภาพ เพิ่มกลับด้วย: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = id
cli-show-kind = ประเภท
cli-show-added = เพิ่มเมื่อ
cli-show-changed = เปลี่ยนเมื่อ
cli-show-evidence = รูปภาพและข้อความเสียง
cli-show-photo = { $sha }  { $width } × { $height } พิกเซล, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } พิกเซล, ไม่อยู่บนอุปกรณ์นี้
cli-show-voice = { $sha }  ข้อความเสียง, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ข้อความเสียง, ไม่อยู่บนอุปกรณ์นี้
cli-show-conflicts = อุปกรณ์อื่นก็เขียนไว้ด้วย:
cli-show-conflicts-hint = ถ้าจะเก็บค่าใดค่าหนึ่ง ให้พิมพ์: carnet edit { $id } --set FIELD=VALUE

cli-field-title = ชื่อ
cli-field-description = รายละเอียด
cli-field-written-in = เขียนเป็นภาษา
cli-field-esco = ESCO
cli-field-isco = รหัสอาชีพ ISCO-08
cli-field-level = ระดับ
cli-field-eqf = ระดับ EQF
cli-field-organisation = หน่วยงาน
cli-field-place = สถานที่
cli-field-country = ประเทศ
cli-field-from = ตั้งแต่
cli-field-to = ถึง
cli-field-context = เรียนรู้มาอย่างไร
cli-field-stages = ช่วง

cli-kind-skill = ทักษะ
cli-kind-qualification = วุฒิการศึกษา
cli-kind-experience = ประสบการณ์
cli-kind-language = ภาษา
cli-kind-learning = หลักสูตร

cli-context-formal = ในระบบ (โรงเรียน ประกาศนียบัตร)
cli-context-non-formal = นอกระบบ (หลักสูตร)
cli-context-informal = ตามอัธยาศัย (จากการทำจริง)

cli-stage-recruitment = หางาน
cli-stage-pre-departure = ก่อนเดินทาง
cli-stage-arrival = เมื่อไปถึง
cli-stage-career = ระหว่างทำงาน
cli-stage-return = กลับบ้าน

cli-proficiency-basic = พื้นฐาน
cli-proficiency-intermediate = ปานกลาง
cli-proficiency-advanced = สูง
cli-proficiency-expert = เชี่ยวชาญ

cli-level-eqf = ระดับ EQF { $level }

cli-profile-name = ชื่อ
cli-profile-birth-date = วันเกิด
cli-profile-origin = มาจาก
cli-profile-current = อาศัยอยู่ที่
cli-profile-contact = ติดต่อ
cli-profile-languages = ภาษา
cli-profile-mother-tongue = { $language } (ภาษาแม่)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = การฟัง { $level }
cli-cefr-reading = การอ่าน { $level }
cli-cefr-spoken-interaction = การพูดโต้ตอบ { $level }
cli-cefr-spoken-production = การพูด { $level }
cli-cefr-writing = การเขียน { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet ไม่รู้จัก “{ $arg }” ในตำแหน่งนี้
cli-error-unknown-command = ไม่มีคำสั่ง “{ $command }”
cli-error-invalid-value = ใช้ “{ $value }” กับ { $arg } ไม่ได้
cli-error-missing-value = { $arg } ต้องมีค่าตามหลัง
cli-error-valid-values = คุณใช้ได้: { $values }
cli-error-missing-argument = ขาดบางอย่าง: { $arg }
cli-error-missing-command = บอกว่า Carnet ต้องทำอะไรต่อจาก “{ $command }”
cli-error-valid-commands = คำสั่งที่มีคือ: { $commands }
cli-error-conflict = ใช้ { $arg } ร่วมกับ { $other } ไม่ได้
cli-error-no-equals = เขียน { $arg } ตามด้วยเครื่องหมายเท่ากับ และค่าต่อท้ายทันที
cli-error-too-many-values = { $arg } รับค่าได้น้อยกว่านี้ “{ $value }” เกินมาหนึ่งค่า
cli-error-wrong-number-of-values = { $arg } มีจำนวนค่าไม่ถูกต้อง
cli-error-invalid-utf8 = Carnet อ่านตัวอักษรบางตัวที่คุณพิมพ์ไม่ได้ กรุณาพิมพ์ใหม่
cli-error-did-you-mean = คุณหมายถึง { $suggestion } หรือไม่
cli-error-usage = Carnet ไม่เข้าใจคำสั่งนี้
cli-error-usage-hint = พิมพ์ { $command } --help เพื่อดูว่าพิมพ์อะไรได้บ้าง
cli-error-set-format = “{ $value }” ไม่ใช่การเปลี่ยนแปลง เขียนเป็น FIELD=VALUE เช่น --set level=advanced
cli-error-nothing-to-change = ไม่มีอะไรให้เปลี่ยน ใส่ตัวเลือกอย่างน้อยหนึ่งอย่าง เช่น --name "ชื่อของคุณ"

cli-error-passphrase-unavailable = Carnet ต้องใช้รหัสผ่าน แต่ถามรหัสผ่านตรงนี้ไม่ได้ เปิด Carnet ในเทอร์มินัล หรือตั้งค่า { $variable }
cli-error-passphrase-mismatch = รหัสผ่านทั้งสองไม่ตรงกัน ไม่มีอะไรเปลี่ยน กรุณาลองอีกครั้ง
cli-error-read-file = Carnet อ่านไฟล์ { $path } ไม่ได้ ตรวจชื่อไฟล์และโฟลเดอร์ แล้วลองอีกครั้ง
cli-error-no-data-dir = Carnet หาโฟลเดอร์สำหรับสมุดบันทึกของคุณไม่เจอ เลือกโฟลเดอร์ด้วย --data-dir เช่น --data-dir ./carnet
cli-error-output = Carnet เขียนคำตอบไม่ได้ ตรวจดูว่าดิสก์ไม่เต็ม แล้วลองอีกครั้ง
cli-error-details = รายละเอียดสำหรับผู้ช่วยเหลือ: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ถ้าจะสร้าง ให้พิมพ์: carnet init
cli-hint-already-exists = ถ้าจะดูว่ามีอะไรอยู่ ให้พิมพ์: carnet list ถ้าจะมีสมุดบันทึกเล่มที่สอง ให้เลือกโฟลเดอร์อื่นด้วย --data-dir
cli-hint-not-found = ถ้าจะดู id ให้พิมพ์: carnet list
cli-hint-ambiguous-id = ถ้าจะดู id ให้พิมพ์: carnet list
cli-hint-import-format = เลือกไฟล์ที่สร้างด้วย: carnet export --format json
cli-hint-invalid-field = ถ้าจะดูรายชื่อช่อง ให้พิมพ์: carnet edit --help

## carnet sync

cli-sync-phase-sending = กำลังส่ง
cli-sync-phase-receiving = กำลังรับ
cli-sync-phase-photos = รูปภาพ
cli-sync-done = ซิงค์กับ { $hub } แล้ว
cli-sync-changes = { $sent ->
   *[other] ส่ง { $sent } การเปลี่ยนแปลง
}, { $received ->
   *[other] รับ { $received } การเปลี่ยนแปลง
}
cli-sync-photos = { $sent ->
   *[other] ส่งรูป { $sent } รูป
}, { $received ->
   *[other] รับรูป { $received } รูป
}
cli-sync-bytes = ข้อมูลที่ใช้: ส่ง { $up } KB รับ { $down } KB
cli-sync-retry = จะลองอีกครั้งใน { $seconds ->
   *[other] { $seconds } วินาที
}
cli-sync-status-hub = ฮับ: { $hub }
cli-sync-status-last = ซิงค์ครั้งล่าสุด: { $when }
cli-sync-status-pending = { $count ->
    [0] ไม่มีการเปลี่ยนแปลงที่รออยู่
   *[other] มี { $count } การเปลี่ยนแปลงรอส่ง
}
cli-sync-no-hub = ยังไม่มี
cli-sync-never = ไม่เคย
cli-hint-sync-no-hub = ถ้าจะตั้งค่า ให้พิมพ์: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = การเปลี่ยนแปลงของคุณยังเก็บไว้ ถ้าจะลองอีกครั้งภายหลัง ให้พิมพ์: carnet sync

## carnet pair

cli-pair-show-scan = สแกนรหัสนี้ด้วยอุปกรณ์ใหม่ หรือพิมพ์ข้อความด้านล่างลงในอุปกรณ์นั้น
cli-pair-show-expires = รหัสนี้ใช้ได้ 10 นาที
cli-pair-show-request = อุปกรณ์ “{ $name }” ต้องการสมุดบันทึกของคุณ รหัสของอุปกรณ์คือ { $fingerprint }
cli-pair-show-ask = อุปกรณ์ใหม่ของคุณแสดงรหัสเดียวกันหรือไม่ พิมพ์ ใช่ (หรือ yes) เพื่ออนุญาต หรือพิมพ์ ไม่
cli-pair-yes = ใช่
cli-pair-show-approved = ตอนนี้ “{ $name }” มีสมุดบันทึกของคุณแล้ว
cli-pair-show-refused = คุณตอบว่าไม่ “{ $name }” ไม่ได้รับอะไรเลย
cli-pair-default-name = อุปกรณ์ใหม่
cli-pair-join-check = อุปกรณ์อีกเครื่องของคุณต้องแสดงรหัสนี้: { $fingerprint } กดอนุญาตที่เครื่องนั้น
cli-pair-join-done = { $count ->
   *[other] ตอนนี้อุปกรณ์นี้มีสมุดบันทึกของคุณแล้ว มี { $count } รายการ
}

## carnet devices

cli-devices-none = ยังไม่มีอุปกรณ์ใดซิงค์สมุดบันทึกนี้
cli-devices-line = { $id }  { $name }  (ตั้งแต่ { $added })
cli-devices-this = ← อุปกรณ์นี้
cli-devices-removed = (ลบเมื่อ { $when })
cli-devices-removed-done = ลบ “{ $name }” แล้ว ตอนนี้สมุดบันทึกของคุณมีกุญแจใหม่ ซึ่งอุปกรณ์นั้นไม่มี
cli-devices-new-sheet = แผ่นกู้คืนของคุณยังมีกุญแจเก่า พิมพ์แผ่นใหม่ตอนนี้ แล้วทำลายแผ่นเก่า: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = พิมพ์แผ่นกู้คืน: ถ้าโทรศัพท์เครื่องนี้หาย แผ่นนี้กับรหัสผ่านจะเอาสมุดบันทึกกลับมาบนโทรศัพท์ใหม่ได้
cli-cmd-recover = บนอุปกรณ์ใหม่: เอาสมุดบันทึกกลับมาด้วยแผ่นกู้คืนและรหัสผ่านของคุณ
cli-arg-recovery-out = ไฟล์ที่จะเขียนแผ่นลงไป ต้องลงท้ายด้วย .png หรือ .pdf
cli-arg-recover-sheet = รูปถ่ายหรือภาพสแกนของแผ่นกู้คืน (PNG หรือ JPEG) Carnet จะอ่านรหัสสี่เหลี่ยมบนแผ่น
cli-arg-recover-words = 12 คำบนแผ่นกู้คืน ตามลำดับ อยู่ในเครื่องหมายคำพูด ใส่ --hub ด้วย
cli-arg-recover-hub = ที่อยู่ฮับที่พิมพ์อยู่บนแผ่นกู้คืน เช่น http://192.168.1.10:8470
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet เขียนแผ่นเป็นไฟล์ .png หรือ .pdf ได้ แต่เป็น “{ $path }” ไม่ได้
cli-recovery-sheet-done = แผ่นกู้คืนของคุณอยู่ที่ { $path } พิมพ์ออกมา แล้วเก็บกระดาษไว้ในที่ปลอดภัย ห่างจากโทรศัพท์
cli-recovery-sheet-english = แผ่นนี้เป็นภาษาอังกฤษ: Carnet ยังแสดงตัวอักษรภาษาของคุณบนแผ่นได้ไม่ถูกต้อง
cli-recovery-sheet-replaced = แผ่นที่คุณเคยพิมพ์ไว้ก่อนหน้านี้ใช้ไม่ได้แล้ว ให้ทำลายทิ้ง
cli-recover-done = { $count ->
   *[other] สมุดบันทึกของคุณกลับมาอยู่บนอุปกรณ์นี้แล้ว: { $count } รายการ
}
cli-passphrase-sheet-updated = แผ่นกู้คืนของคุณยังใช้ได้ กับรหัสผ่านใหม่ของคุณ
cli-passphrase-sheet-not-updated = อัปเดตแผ่นกู้คืนของคุณที่ฮับไม่ได้ จนกว่าคุณจะพิมพ์แผ่นใหม่ แผ่นนี้ยังต้องใช้รหัสผ่านเก่า พิมพ์แผ่นใหม่เมื่อคุณเชื่อมต่อได้: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = แผ่นกู้คืน Carnet
cli-sheet-made = ทำเมื่อ { $date }
cli-sheet-hub = ฮับ: { $hub }
cli-sheet-words = 12 คำของคุณ
cli-sheet-instructions =
    เก็บกระดาษนี้ไว้ให้ดี กระดาษนี้กับรหัสผ่านจะเอาสมุดบันทึกกลับมาบนโทรศัพท์ใหม่ได้:
    1. ติดตั้ง Carnet บนโทรศัพท์ใหม่ แล้วเลือกกู้คืนสมุดบันทึก
    2. สแกนรหัสสี่เหลี่ยม หรือพิมพ์ 12 คำและที่อยู่ฮับ
    3. พิมพ์รหัสผ่านของคุณ สมุดบันทึกจะกลับมาจากฮับ
    บนคอมพิวเตอร์: carnet recover --sheet photo.jpg
cli-sheet-warning = กระดาษนี้อย่างเดียวเปิดสมุดบันทึกของคุณไม่ได้: ต้องใช้รหัสผ่านด้วย อย่าเก็บไว้ด้วยกัน ถ้าคุณพิมพ์แผ่นใหม่ แผ่นนี้จะใช้ไม่ได้อีก
