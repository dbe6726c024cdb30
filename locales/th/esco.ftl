# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = บริการนี้ใช้การจัดหมวดหมู่ ESCO ของคณะกรรมาธิการยุโรป
esco-attribution-version = { esco-attribution } ESCO v{ $version } ดัดแปลงแล้ว: เป็นส่วนหนึ่งที่แปลงไว้ใช้งานแบบออฟไลน์

## Help

cli-cmd-esco = ค้นหาทักษะและอาชีพใน ESCO ซึ่งเป็นรายการทักษะและอาชีพของยุโรป โดยไม่ต้องใช้อินเทอร์เน็ต
cli-cmd-esco-search = หาทักษะและอาชีพใน ESCO ตามชื่อ เป็นภาษาของคุณหรือภาษาอังกฤษ พิมพ์ผิดเล็กน้อยก็ไม่เป็นไร
cli-cmd-match = เปรียบเทียบสมุดบันทึกของคุณกับอาชีพหนึ่ง: คุณมีทักษะไหนของอาชีพนั้นแล้ว และยังไม่มีทักษะไหน
cli-arg-esco-text = คำที่ต้องการค้นหา เช่น "welding" หรือ "carpenter"
cli-arg-esco-kind = เฉพาะ skill หรือเฉพาะ occupation
cli-arg-esco-limit = จำนวนผลลัพธ์ที่จะแสดงมากที่สุด ค่าเริ่มต้นคือ 10
cli-arg-esco-taxonomy = ไฟล์ข้อมูล ESCO ที่จะใช้แทนไฟล์ที่มากับ Carnet
cli-arg-match-occupation = อาชีพใน ESCO: ที่อยู่ (http://data.europa.eu/esco/occupation/…) หรือรหัสที่อยู่ท้ายที่อยู่
cli-arg-match-rank = แสดง 10 อาชีพที่สมุดบันทึกของคุณมีทักษะหลักครบมากที่สุดแทน
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = แสดงว่ารายการไหนของคุณสำคัญในช่วงหนึ่งของการเดินทาง และเพราะอะไร สำหรับการหางาน คุณใส่งานที่สมัครได้
cli-arg-stage-view-stage = ช่วง: recruitment, pre-departure, arrival, career หรือ return
cli-arg-stage-view-occupation = สำหรับการหางาน: งานที่คุณสมัคร เป็นที่อยู่ ESCO (http://data.europa.eu/esco/occupation/…) หรือรหัสที่อยู่ท้ายที่อยู่
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ทักษะ
esco-kind-occupation = อาชีพ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = ไม่มีทักษะหรืออาชีพใน ESCO ที่ตรงกับ “{ $text }”
esco-match-summary = { $total ->
    [0] อาชีพนี้ไม่มีทักษะหลักใน ESCO
   *[other] สมุดบันทึกของคุณมีทักษะหลัก { $covered } จาก { $total } ทักษะของอาชีพนี้
}
esco-match-essential = ทักษะหลัก:
esco-match-optional = ทักษะเสริม:
esco-coverage-endorsed = ได้รับการรับรอง
esco-coverage-self-declared = คุณบอกเอง
esco-coverage-missing = ยังขาด
esco-match-maybe = อาจเป็นรายการ “{ $title }” ของคุณ ({ $id }) หรือไม่
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ยังไม่มีรายการไหนของคุณที่มีทักษะ ESCO เพิ่มด้วย carnet add skill --title … --esco ADDRESS (หาที่อยู่ด้วย carnet esco search)

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] สำหรับช่วง { $stage } { $count } รายการนี้สำคัญ:
}
stage-view-none = ยังไม่มีรายการไหนของคุณที่สำคัญสำหรับช่วง { $stage } ทำเครื่องหมายช่วงนี้ให้รายการ: carnet edit ID --set stages={ $stage }
stage-view-present = ถ้าจะแสดงเป็นรหัส QR: { $command }
stage-why-target-essential = ทักษะหลักของงานนี้
stage-why-target-optional = มีประโยชน์สำหรับงานนี้
stage-why-target-maybe = อาจตรงกับทักษะของงานนี้
stage-why-marked = คุณทำเครื่องหมายไว้สำหรับช่วงนี้
stage-why-abroad = เรียนรู้หรือทำในต่างประเทศ
stage-why-endorsed = ลงนามรับรองแล้ว
stage-why-qualification = ประกาศนียบัตรหรือใบรับรอง
stage-why-language = ภาษา
stage-why-experience = งานที่คุณเคยทำ
stage-why-learning = หลักสูตร
stage-why-skill = ทักษะ
