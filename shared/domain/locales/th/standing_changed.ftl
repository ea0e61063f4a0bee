# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Thai)
# Draft translated from the English; to be reviewed by a native speaker.

subject = สถานะบัญชีของท่าน: { $before } → { $after }
heading-worse = สถานะบัญชีของท่านแย่ลง
heading-better = สถานะบัญชีของท่านดีขึ้น
heading-same = สถานะบัญชีของท่าน
change-worse = สถานะบัญชีของท่านเลื่อนขึ้นจาก { $before } เป็น { $after }: ซึ่งส่งผลเสียต่อบัญชีของท่าน
change-better = สถานะบัญชีของท่านเลื่อนลงจาก { $before } เป็น { $after }: ซึ่งส่งผลดีต่อบัญชีของท่าน
change-same = สถานะบัญชีของท่านคือ { $after }
trigger-new = การเปลี่ยนแปลงนี้เป็นผลจากรายการบันทึกใหม่เมื่อวันที่ { $date }: { $violation } ({ $points })
trigger-reversal = การเปลี่ยนแปลงนี้เป็นผลจากการยกเลิกรายการบันทึก { $entry } เมื่อวันที่ { $date }
trigger-reversal-of = การเปลี่ยนแปลงนี้เป็นผลจากการยกเลิกรายการบันทึก { $entry } ({ $violation }, { $points }) เมื่อวันที่ { $date }
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (รายการบันทึกตั้งแต่ { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = สถานะของท่านเป็นผลจากบทลงโทษ: { $sanctions } ไม่ใช่จากคะแนนของท่าน: หากพิจารณาเพียง { $points } ของท่าน สถานะจะเป็น { $standing }
sanction-note-unnamed = สถานะของท่านเป็นผลจากบทลงโทษ ไม่ใช่จากคะแนนของท่าน: หากพิจารณาเพียง { $points } ของท่าน สถานะจะเป็น { $standing }
sanction-behind = { $sanction } (รายการบันทึก { $entry }, { $date })
thresholds-heading = เกณฑ์
thresholds-points = คะแนนในช่วง 365 วันย้อนหลัง (นับแบบต่อเนื่อง)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } คะแนน
threshold-or-more = { $from } คะแนนขึ้นไป
your-standing = สถานะของท่าน
thresholds-note = บทลงโทษที่กำหนดพร้อมกับการละเมิด (การจำกัดการจัดส่ง การอายัดบัญชี การระงับบัญชี การแบนถาวร) จะทำให้บัญชีของท่านอยู่ในสถานะที่สอดคล้องกับบทลงโทษนั้นเป็นอย่างน้อยตราบที่รายการบันทึกยังนับรวมอยู่ ส่วนการแบนถาวรมีผลไม่ว่ารายการบันทึกจะมีอายุเท่าใด
entries-heading = รายการบันทึกที่เป็นที่มาของสถานะ
no-entries = ไม่มีบทลงโทษที่นับรวมในช่วง 365 วันย้อนหลัง
lasting-heading = บทลงโทษที่ยังคงมีผล
reversals-heading = การยกเลิกในช่วง 365 วันย้อนหลัง
entry-title = { $date }: { $violation }
reversal-title = { $date }: การยกเลิก – { $violation }
sanction = บทลงโทษ
counts-until-ban = { $date } (สำหรับคะแนน; การแบนถาวรไม่มีวันหมดอายุ)
to-contest = การโต้แย้ง
to-contest-case = ยื่นอุทธรณ์ภายใน 7 วันนับจากประกาศการเรียกคืน โดยระบุรหัสกรณี
to-contest-report = ผ่านศูนย์ผู้ขาย โดยระบุรหัสรายงาน
to-contest-entry = ผ่านศูนย์ผู้ขาย โดยระบุรหัสรายการบันทึก
note = หมายเหตุ
lasting-note = เก่ากว่า 365 วัน: คะแนนของรายการนี้ไม่นับรวมอีกต่อไป แต่การแบนถาวรมีผลไม่ว่ารายการบันทึกจะมีอายุเท่าใด
reverses = ยกเลิกรายการ
reverses-of = { $entry } ({ $violation }, บันทึกเมื่อ { $date }, { $points })
contest-case = รายการบันทึกที่มาจากกรณีการเรียกคืนสามารถยื่นอุทธรณ์ได้ภายใน 7 วันนับจากประกาศการเรียกคืน (ภายในกำหนดเวลายื่นอุทธรณ์ที่ระบุในประกาศ) โดยระบุรหัสกรณี
contest-report = การโต้แย้งการละเมิดที่ถูกรายงานให้ทำผ่านศูนย์ผู้ขาย โดยระบุรหัสรายงาน
