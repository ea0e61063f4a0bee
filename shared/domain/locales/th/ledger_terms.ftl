# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). (Thai)
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = การจำหน่ายสินค้าที่ถูกเรียกคืน
violation-recall-evasion = การเผยแพร่หรือแก้ไขรายการสินค้าในขณะที่อยู่ภายใต้การเรียกคืน
violation-intellectual-property = การละเมิดทรัพย์สินทางปัญญา
violation-prohibited-item = สินค้าต้องห้ามหรือสินค้าควบคุม
violation-health-and-safety = สุขภาพและความปลอดภัย
violation-false-information = ข้อมูลรายการสินค้าที่เป็นเท็จหรือทำให้เข้าใจผิด
violation-pricing-abuse = การใช้ราคาและโปรโมชันในทางที่ผิด

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = การจำหน่ายสินค้าที่ถูกเรียกคืน
violation-recall-evasion-label = การเผยแพร่หรือแก้ไขรายการสินค้าในขณะที่อยู่ภายใต้การเรียกคืน
violation-intellectual-property-label = การละเมิดทรัพย์สินทางปัญญา
violation-prohibited-item-label = สินค้าต้องห้ามหรือสินค้าควบคุม
violation-health-and-safety-label = สุขภาพและความปลอดภัย
violation-false-information-label = ข้อมูลรายการสินค้าที่เป็นเท็จหรือทำให้เข้าใจผิด
violation-pricing-abuse-label = การใช้ราคาและโปรโมชันในทางที่ผิด

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = การละเมิดทั่วไป
severity-serious-label = การละเมิดร้ายแรง

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = การนำรายการสินค้าออกจากทุกตลาด
sanction-financial-penalty = ค่าปรับ
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = ค่าปรับ { $amount }
sanction-shipping-restriction = การจำกัดการจัดส่ง
sanction-account-freeze = การอายัดบัญชี
sanction-suspension = การระงับบัญชี
sanction-permanent-ban = การแบนถาวร

## The account standings, from best to worst, as names

standing-good = สถานะดี
standing-warning = คำเตือน
standing-listing-restrictions = จำกัดการลงรายการสินค้า
standing-shipping-restricted = จำกัดการจัดส่ง / อายัดบัญชี
standing-suspended = ระงับบัญชี
standing-terminated = ยุติบัญชี

## What each standing means for the seller, in one sentence

consequence-good = ไม่มีข้อจำกัดใดใช้กับบัญชีของท่าน
consequence-warning = คำเตือนอย่างเป็นทางการ: การละเมิดเพิ่มเติมจะทำให้บัญชีของท่านถูกจำกัด
consequence-listing-restrictions = ท่านไม่สามารถเผยแพร่รายการสินค้าใหม่หรือแก้ไขรายการสินค้าที่มีอยู่ได้ จนกว่าคะแนนของท่านจะลดลงต่ำกว่าเกณฑ์
consequence-shipping-restricted = สิทธิ์ในการจัดส่งของท่านถูกจำกัด และเงินในบัญชีของท่านถูกอายัด
consequence-suspended = บัญชีของท่านถูกระงับ: รายการสินค้าของท่านถูกซ่อนและท่านไม่สามารถขายสินค้าได้
consequence-terminated = บัญชีของท่านถูกยุติ

## Points: $points is a number, negative for a reversal ("-6 points")
## Thai has only the CLDR category "other": no select needed.

points = { $points } คะแนน

## What both emails share

standing-now-heading = สถานะบัญชีของท่านในปัจจุบัน
standing = สถานะบัญชี
what-it-means = ความหมาย
points-window = คะแนนในช่วง 365 วันย้อนหลัง (นับแบบต่อเนื่อง)
reason = เหตุผล
listing = รายการสินค้า
severity = ความร้ายแรง
points-label = คะแนน
counts-until = นับรวมจนถึง
case = กรณี
report = รายงาน
contest-heading = วิธีโต้แย้ง
contest-upheld = หากการอุทธรณ์ของท่านได้รับการพิจารณาเห็นชอบ รายการบันทึกนั้นจะถูกยกเลิก: คะแนนและบทลงโทษของรายการดังกล่าวจะไม่นับรวมอีกต่อไป และเราจะแจ้งให้ท่านทราบเมื่อสถานะบัญชีของท่านเปลี่ยนแปลง
