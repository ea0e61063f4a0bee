# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). (Vietnamese)
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = bày bán sản phẩm bị thu hồi
violation-recall-evasion = đăng hoặc chỉnh sửa tin đăng khi tin đăng đang thuộc diện thu hồi
violation-intellectual-property = xâm phạm quyền sở hữu trí tuệ
violation-prohibited-item = hàng cấm hoặc hàng hạn chế kinh doanh
violation-health-and-safety = sức khỏe và an toàn
violation-false-information = thông tin tin đăng sai lệch hoặc gây hiểu nhầm
violation-pricing-abuse = lạm dụng giá và khuyến mại

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Bày bán sản phẩm bị thu hồi
violation-recall-evasion-label = Đăng hoặc chỉnh sửa tin đăng khi tin đăng đang thuộc diện thu hồi
violation-intellectual-property-label = Xâm phạm quyền sở hữu trí tuệ
violation-prohibited-item-label = Hàng cấm hoặc hàng hạn chế kinh doanh
violation-health-and-safety-label = Sức khỏe và an toàn
violation-false-information-label = Thông tin tin đăng sai lệch hoặc gây hiểu nhầm
violation-pricing-abuse-label = Lạm dụng giá và khuyến mại

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Vi phạm thông thường
severity-serious-label = Vi phạm nghiêm trọng

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = gỡ tin đăng khỏi mọi thị trường
sanction-financial-penalty = phạt tiền
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = phạt tiền { $amount }
sanction-shipping-restriction = hạn chế vận chuyển
sanction-account-freeze = phong tỏa tài khoản
sanction-suspension = đình chỉ tài khoản
sanction-permanent-ban = cấm vĩnh viễn

## The account standings, from best to worst, as names

standing-good = Tình trạng tốt
standing-warning = Cảnh cáo
standing-listing-restrictions = Hạn chế tin đăng
standing-shipping-restricted = Hạn chế vận chuyển / tài khoản bị phong tỏa
standing-suspended = Bị đình chỉ
standing-terminated = Bị chấm dứt

## What each standing means for the seller, in one sentence

consequence-good = Không có hạn chế nào áp dụng cho tài khoản của Quý vị.
consequence-warning = Cảnh cáo chính thức: các vi phạm tiếp theo sẽ dẫn đến việc hạn chế tài khoản của Quý vị.
consequence-listing-restrictions = Quý vị không thể đăng tin mới hoặc chỉnh sửa tin đăng hiện có cho đến khi số điểm của Quý vị giảm xuống dưới ngưỡng.
consequence-shipping-restricted = Quyền vận chuyển của Quý vị bị hạn chế và tiền trong tài khoản của Quý vị bị phong tỏa.
consequence-suspended = Tài khoản của Quý vị bị đình chỉ: các tin đăng của Quý vị bị ẩn và Quý vị không thể bán hàng.
consequence-terminated = Tài khoản của Quý vị bị chấm dứt.

## Points: $points is a number, negative for a reversal ("-6 points")
## Vietnamese has only the CLDR category "other": no select needed.

points = { $points } điểm

## What both emails share

standing-now-heading = Tình trạng tài khoản hiện tại của Quý vị
standing = Tình trạng tài khoản
what-it-means = Ý nghĩa
points-window = Số điểm trong 365 ngày gần nhất (tính cuốn chiếu)
reason = Lý do
listing = Tin đăng
severity = Mức độ nghiêm trọng
points-label = Điểm
counts-until = Được tính đến
case = Hồ sơ
report = Báo cáo
contest-heading = Cách khiếu nại
contest-upheld = Nếu khiếu nại của Quý vị được chấp thuận, mục ghi sẽ được hủy bỏ: điểm và hình phạt của mục ghi đó không còn được tính, và chúng tôi sẽ thông báo cho Quý vị khi tình trạng tài khoản của Quý vị thay đổi.
