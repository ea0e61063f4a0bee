# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Thai)
# Draft translated from the English; to be reviewed by a native speaker.

subject = บันทึกการละเมิด: { $violation } ({ $points })
heading = บันทึกการละเมิดแล้ว
# $severity: general or serious violation (seller_common).
intro = เราได้บันทึกการละเมิดในบัญชีของท่าน: { $violation } ({ $severity }, { $points })
violation-heading = การละเมิด
violation = การละเมิด
recorded-on = บันทึกเมื่อ
counts-until-value = { $date } (หลังจากนั้นจะพ้นจากช่วง 365 วันย้อนหลัง)
sanction-heading = บทลงโทษ
meaning-listing-removal = รายการสินค้า { $listing } ถูกนำออกจากทุกตลาด ห้ามนำสินค้านี้กลับมาลงขายใหม่ ไม่ว่าภายใต้รายการสินค้านี้หรือรายการสินค้าอื่นใด
meaning-listing-removal-unnamed = รายการสินค้าถูกนำออกจากทุกตลาด ห้ามนำสินค้านี้กลับมาลงขายใหม่ ไม่ว่าภายใต้รายการสินค้านี้หรือรายการสินค้าอื่นใด
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = ค่าปรับ { $amount } จะถูกเรียกเก็บจากบัญชีของท่าน
meaning-fine-unknown = ค่าปรับจะถูกเรียกเก็บจากบัญชีของท่าน
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = ตราบที่รายการบันทึกนี้ยังนับรวมอยู่ (365 วัน) บัญชีของท่านจะอยู่ในสถานะ { $standing } เป็นอย่างน้อย: { $consequence }
meaning-permanent-ban = การแบนถาวรไม่มีวันหมดอายุ: มีผลไม่ว่ารายการบันทึกนี้จะมีอายุเท่าใด { $consequence }
reminder-heading = การแจ้งเตือนเรื่องความสอดคล้องตามข้อกำหนด
# $issue: the desk's words, quoted as given.
reminder = สินค้าของรายการสินค้านี้ไม่เป็นไปตามข้อกำหนด เราจึงส่งการแจ้งเตือนเรื่องความสอดคล้องตามข้อกำหนดไปยังผู้บริโภคที่ซื้อสินค้านี้จากท่าน: “{ $issue }” โปรดให้แนวทางแก้ไขหลังการขายแก่ผู้บริโภคเมื่อมีการร้องขอ รวมถึงการคืนสินค้าและการคืนเงิน
standing-note = สถานะของท่านเป็นผลจากบทลงโทษ ไม่ใช่จากคะแนนของท่าน: หากพิจารณาเพียงคะแนนของท่าน สถานะจะเป็น { $standing }
contest-case = หากท่านคัดค้านรายการบันทึกนี้ โปรดยื่นอุทธรณ์ภายใน 7 วันนับจากประกาศการเรียกคืน โดยระบุกรณี { $case }
contest-report = หากท่านเชื่อว่าการละเมิดนี้ถูกบันทึกโดยผิดพลาด โปรดโต้แย้งผ่านศูนย์ผู้ขาย โดยระบุรายงาน { $report }
contest-unreferenced = หากท่านเชื่อว่าการละเมิดนี้ถูกบันทึกโดยผิดพลาด โปรดโต้แย้งผ่านศูนย์ผู้ขาย
