# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = หาชื่อมาตรฐาน (ESCO)
app-esco-find-hint = พิมพ์ตัวอักษรสักสองสามตัว เช่น “เชื่อม”
app-esco-why = นายจ้างในประเทศอื่นรู้จักชื่อเหล่านี้ เลือกชื่อที่ใกล้เคียงกับงานที่คุณทำมากที่สุด
app-esco-none = ไม่พบชื่อมาตรฐาน ลองใช้คำอื่น หรือคำที่สั้นกว่านี้
app-esco-english = ภาษาอังกฤษ: { $english }
app-esco-linked = ชื่อมาตรฐาน
app-esco-unlink = เอาออก
app-esco-choose = เลือก
app-esco-searching = กำลังค้นหา…
app-esco-kind-skill = ทักษะ
app-esco-kind-occupation = งาน

## Comparing with a job

app-match = งานสำหรับฉัน
app-match-title = งานสำหรับฉัน
app-match-intro = เลือกงาน เพื่อดูว่าสมุดบันทึกของคุณมีทักษะไหนของงานนั้นแล้ว และยังขาดทักษะไหน
app-match-find = หางาน
app-match-chosen = งานที่คุณเลือก
app-match-find-hint = เช่น “พ่อครัว” หรือ “ช่างเชื่อม”
app-match-fit = งานที่เข้ากับสมุดบันทึกของฉัน
app-match-fit-none = ยังไม่มีรายการไหนของคุณที่มีชื่อมาตรฐาน เพิ่มชื่อมาตรฐานให้รายการก่อน: กดแก้ไข แล้วกด “หาชื่อมาตรฐาน”
app-match-fit-line = ทักษะหลัก { $covered } จาก { $total } ({ $percent }%)
app-match-summary = { $total ->
    [0] งานนี้ไม่มีทักษะหลักใน ESCO
   *[other] สมุดบันทึกของคุณมีทักษะหลัก { $covered } จาก { $total } ทักษะของงานนี้
}
app-match-essential = ทักษะหลัก
app-match-optional = ทักษะอื่นที่มีประโยชน์
app-match-endorsed = ลงนามรับรองแล้ว
app-match-self-declared = คุณบอกเอง
app-match-missing = ยังขาด
app-match-maybe = ใช่รายการ “{ $title }” ของคุณหรือไม่
app-match-link = ใช่ เชื่อมเลย
app-match-other-job = งานอื่น

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = เลือกสำหรับช่วงนี้
app-stage-template-hint = Carnet จะติ๊กสิ่งที่สำคัญในช่วงนี้ให้ คุณเปลี่ยนได้
app-stage-target = งานที่คุณสมัคร (ข้ามได้)
