# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Vietnamese)
# Draft translated from the English; to be reviewed by a native speaker.

subject = Tình trạng tài khoản của Quý vị: { $before } → { $after }
heading-worse = Tình trạng tài khoản của Quý vị đã xấu đi
heading-better = Tình trạng tài khoản của Quý vị đã được cải thiện
heading-same = Tình trạng tài khoản của Quý vị
change-worse = Tình trạng tài khoản của Quý vị đã tăng từ { $before } lên { $after }: điều này bất lợi hơn cho tài khoản của Quý vị.
change-better = Tình trạng tài khoản của Quý vị đã giảm từ { $before } xuống { $after }: điều này có lợi hơn cho tài khoản của Quý vị.
change-same = Tình trạng tài khoản của Quý vị là { $after }.
trigger-new = Thay đổi này là do một mục ghi mới vào ngày { $date }: { $violation } ({ $points }).
trigger-reversal = Thay đổi này là do việc hủy bỏ mục ghi { $entry } vào ngày { $date }.
trigger-reversal-of = Thay đổi này là do việc hủy bỏ mục ghi { $entry } ({ $violation }, { $points }) vào ngày { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (các mục ghi kể từ { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Tình trạng tài khoản của Quý vị xuất phát từ một hình phạt: { $sanctions }, không phải từ số điểm của Quý vị: chỉ riêng { $points } của Quý vị sẽ tương ứng với tình trạng { $standing }.
sanction-note-unnamed = Tình trạng tài khoản của Quý vị xuất phát từ một hình phạt, không phải từ số điểm của Quý vị: chỉ riêng { $points } của Quý vị sẽ tương ứng với tình trạng { $standing }.
sanction-behind = { $sanction } (mục ghi { $entry }, { $date })
thresholds-heading = Ngưỡng
thresholds-points = số điểm trong 365 ngày gần nhất (tính cuốn chiếu)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } điểm
threshold-or-more = từ { $from } điểm trở lên
your-standing = tình trạng của Quý vị
thresholds-note = Hình phạt được áp dụng kèm theo một vi phạm (hạn chế vận chuyển, phong tỏa tài khoản, đình chỉ, cấm vĩnh viễn) đưa tài khoản của Quý vị tối thiểu vào tình trạng tương ứng với hình phạt đó trong thời gian mục ghi của nó còn được tính; lệnh cấm vĩnh viễn được áp dụng bất kể mục ghi đã bao lâu.
entries-heading = Các mục ghi dẫn đến tình trạng này
no-entries = Không có điểm phạt nào được tính trong 365 ngày gần nhất (tính cuốn chiếu).
lasting-heading = Các hình phạt vẫn còn hiệu lực
reversals-heading = Các lần hủy bỏ trong 365 ngày gần nhất (tính cuốn chiếu)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Hủy bỏ – { $violation }
sanction = Hình phạt
counts-until-ban = { $date } (đối với số điểm; lệnh cấm vĩnh viễn không hết hạn)
to-contest = Để khiếu nại
to-contest-case = khiếu nại trong vòng 7 ngày kể từ thông báo thu hồi, kèm theo mã hồ sơ
to-contest-report = qua Trung tâm Người bán, kèm theo mã báo cáo
to-contest-entry = qua Trung tâm Người bán, kèm theo mã mục ghi
note = Ghi chú
lasting-note = Đã quá 365 ngày: số điểm của mục ghi không còn được tính, nhưng lệnh cấm vĩnh viễn được áp dụng bất kể mục ghi đã bao lâu.
reverses = Hủy bỏ
reverses-of = { $entry } ({ $violation }, ghi nhận ngày { $date }, { $points })
contest-case = Mục ghi phát sinh từ một hồ sơ thu hồi có thể được khiếu nại trong vòng 7 ngày kể từ thông báo thu hồi (trước hạn khiếu nại nêu trong thông báo), kèm theo mã hồ sơ.
contest-report = Vi phạm được báo cáo được khiếu nại qua Trung tâm Người bán, kèm theo mã báo cáo.
