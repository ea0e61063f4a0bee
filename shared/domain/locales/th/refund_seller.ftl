# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code) (Thai).
# Draft translated from the English; to be reviewed by a native speaker.

subject = คำขอคืนเงิน { $request } สำหรับคำสั่งซื้อ { $order }: { $status }
heading = คำขอคืนเงินเกี่ยวกับรายการสินค้าของท่าน: { $status }
intro = ผู้ซื้อได้ขอคืนเงินสำหรับคำสั่งซื้อ { $order } ผลการพิจารณาสำหรับรายการสินค้าของท่านในคำขอนี้มีดังนี้
items-heading = รายการสินค้าของท่านในคำขอนี้
items-back-label = สินค้าที่ส่งกลับถึงท่าน
recall-refund-charged-to-you = นี่คือการคืนเงินจากการเรียกคืนสินค้า: จะถูกเรียกเก็บจากท่าน
summary-heading = สำหรับท่าน
refunded-on-yours-label = ยอดคืนเงินสำหรับรายการสินค้าของท่าน
charged-to-you-label = เรียกเก็บจากท่าน (การเรียกคืนสินค้า)
items-come-back = สินค้าจะถูกส่งกลับถึงท่าน: โปรดดูการส่งคืนของแต่ละรายการสินค้าด้านบน
no-item-comes-back = ไม่มีสินค้าที่ถูกส่งกลับถึงท่าน
none-of-your-listings = คำขอนี้ไม่ได้ระบุรายการสินค้าใดของท่าน
what-you-can-do-heading = สิ่งที่ท่านสามารถทำได้
respond-to-buyer = ตอบกลับผู้ซื้อผ่านศูนย์ผู้ขาย (คำสั่งซื้อ { $order }) เพื่อเสนอแนวทางแก้ไขหรือชี้แจงจุดยืนของท่าน
after-sales-dispute = คำขอที่ท่านและผู้ซื้อไม่สามารถตกลงกันได้จะถูกส่งไปยังแพลตฟอร์มในฐานะข้อพิพาทหลังการขาย และแพลตฟอร์มจะเป็นผู้ตัดสิน
buyer-rights-bind-you = โปรแกรมนี้ไม่จำกัดสิทธิตามกฎหมายของผู้ซื้อไม่ว่ากรณีใด: ท่านยังคงผูกพันตามการรับประกันตามกฎหมายและกฎการคืนสินค้าของประเทศที่ผู้ซื้อมีถิ่นที่อยู่
