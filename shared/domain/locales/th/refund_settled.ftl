# The refund settlement email to the buyer, after the warehouse's quality check of the returned items (Thai).
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = คำขอคืนเงิน { $request } ของท่านสำหรับคำสั่งซื้อ { $order }: การคืนเงินเสร็จสิ้นแล้ว
subject-failed = คำขอคืนเงิน { $request } ของท่านสำหรับคำสั่งซื้อ { $order }: สินค้าที่ส่งคืนไม่ผ่านการตรวจสอบคุณภาพ
heading-passed = การคืนเงินของท่านเสร็จสิ้นแล้ว
heading-failed = สินค้าที่ท่านส่งคืนไม่ผ่านการตรวจสอบคุณภาพ
intro-passed = สินค้าที่ท่านส่งคืนสำหรับคำสั่งซื้อ { $order } ผ่านการตรวจสอบคุณภาพของคลังสินค้าเมื่อวันที่ { $date } การคืนเงินของท่านเสร็จสิ้นแล้ว
intro-failed = คลังสินค้าได้ตรวจสอบสินค้าที่ท่านส่งคืนสำหรับคำสั่งซื้อ { $order } เมื่อวันที่ { $date }: สินค้าไม่ผ่านการตรวจสอบคุณภาพ
checked-on-label = ตรวจสอบเมื่อ
items-heading = สินค้าที่ท่านส่งคืน
paid-to-fast-refund-bonus = โบนัสคืนเงินด่วนของท่าน
paid-to-original-payment = ช่องทางการชำระเงินเดิมของท่าน
fast-refund-bonus-note = ท่านสามารถใช้จ่ายเงินคืนได้ทันที
original-payment-note = รายการอาจใช้เวลาสักระยะจึงจะปรากฏในบัญชีของท่าน ขึ้นอยู่กับธนาคารของท่าน
warehouse-found-heading = สิ่งที่คลังสินค้าตรวจพบ
warehouse-found-nothing-said = สินค้าที่ส่งคืนไม่เป็นไปตามเงื่อนไขการคืนเงิน
no-refund = จะไม่มีการคืนเงินสำหรับสินค้าเหล่านี้
