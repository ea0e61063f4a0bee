# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values (Vietnamese).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Thu hồi sản phẩm vì lý do an toàn: { $title } – { $listings } tin đăng bị chặn, hạn khiếu nại { $deadline }
subject-update = Cập nhật – Thu hồi sản phẩm vì lý do an toàn: { $title } – nay bị chặn thêm tại { $markets }, hạn khiếu nại { $deadline }
heading = Thông báo thu hồi sản phẩm vì lý do an toàn
heading-update = Cập nhật: thông báo thu hồi sản phẩm vì lý do an toàn
intro = Một sản phẩm Quý vị đang bán thuộc diện thu hồi vì lý do an toàn sản phẩm. Chúng tôi đã áp dụng các biện pháp dưới đây đối với các tin đăng của Quý vị và Quý vị phải hành động ngay đối với đợt thu hồi này.
intro-update = Đợt thu hồi dưới đây nay áp dụng cho thêm các thị trường nơi tin đăng của Quý vị được chào bán. Chúng tôi đã mở rộng các biện pháp đối với các tin đăng đó.
recall-heading = Thu hồi
recall = Thu hồi
recall-id = Mã thu hồi
reported-by = Được báo cáo bởi
risk = Mức độ rủi ro
hazard = Mối nguy
listings-heading = Các tin đăng bị ảnh hưởng của Quý vị
listing-ref = Tin đăng { $listing } · hồ sơ { $case }
why = Lý do trùng khớp
measures = Biện pháp đã áp dụng
penalty = Hình phạt áp dụng
penalty-points = { $points } điểm ({ $severity }), được ghi vào sổ điểm phạt của Quý vị; sẽ được hủy bỏ nếu khiếu nại của Quý vị được chấp thuận
penalty-own = không có: Quý vị đã tự báo cáo đợt thu hồi này đối với sản phẩm của chính mình theo đúng quy định, vì vậy không có điểm phạt nào được ghi cho việc này
todo-heading = Những việc Quý vị phải làm
todo-stop = Ngừng bán sản phẩm bị thu hồi tại các thị trường bị ảnh hưởng và không đăng bán lại sản phẩm này, dù dưới tin đăng này hay bất kỳ tin đăng nào khác.
todo-pull = Rút số hàng tồn kho bị ảnh hưởng và tiến hành thu hồi theo yêu cầu của pháp luật hiện hành và cơ quan quản lý.
todo-remedies = Sẵn sàng chịu chi phí các biện pháp khắc phục dành cho người tiêu dùng: giá đã thanh toán và phí của đơn hàng sẽ được tính cho Quý vị đối với mỗi khoản hoàn tiền do thu hồi.
violation-serious = Bán sản phẩm bị thu hồi là hành vi vi phạm: 6 điểm cho mỗi tin đăng (vi phạm nghiêm trọng), được ghi vào sổ điểm phạt của tài khoản Quý vị cùng với thông báo này và sẽ được hủy bỏ nếu khiếu nại của Quý vị được chấp thuận.
violation-general = Bán sản phẩm bị thu hồi là hành vi vi phạm: 2 điểm cho mỗi tin đăng (vi phạm thông thường), được ghi vào sổ điểm phạt của tài khoản Quý vị cùng với thông báo này và sẽ được hủy bỏ nếu khiếu nại của Quý vị được chấp thuận.
violation-own = Quý vị đã tự báo cáo đợt thu hồi này đối với sản phẩm của chính mình: không có hình phạt nào được ghi đối với các tin đăng của Quý vị vì việc này.
relisting = Đăng bán lại sản phẩm hoặc chỉnh sửa tin đăng nhằm lẩn tránh việc thu hồi là vi phạm nghiêm trọng (6 điểm).
appeal-heading = Khiếu nại
appeal = Nếu Quý vị phản đối các biện pháp thu hồi hoặc hình phạt, vui lòng gửi khiếu nại chậm nhất vào { $deadline } (7 ngày kể từ thông báo này), kèm theo mã hồ sơ. Sau thời hạn đó, hoặc nếu khiếu nại bị bác, chúng tôi sẽ gửi thông báo thu hồi tới mọi người tiêu dùng đã mua sản phẩm.
