# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Thai).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = ฉบับภาษาอังกฤษด้านล่างเป็นฉบับที่มีผลผูกพัน
signature = ทีมความปลอดภัยของสินค้า
greeting = เรียน { $name }
severity-general = การละเมิดทั่วไป
severity-serious = การละเมิดร้ายแรง
measure-geo-block = การบล็อกตามพื้นที่ (ซ่อนในตลาดนี้)
measure-rectification = การแก้ไข (ซ่อนไว้จนกว่าท่านจะแก้ไขรายการสินค้า)
measure-return-to-warehouse = การส่งคืนคลังสินค้า (ถอนสต็อกของแพลตฟอร์มออก)
measure-delist = การนำรายการสินค้าออก (ลบออกจากทุกตลาด)
all-markets = ทุกตลาด
warehouse = คลังสินค้า { $market }
sep = :{" "}
