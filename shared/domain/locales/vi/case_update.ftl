# What became of a seller's case: an appeal received, upheld, rejected or not accepted. { $… } are the case's values (Vietnamese).
# Draft translated from the English; to be reviewed by a native speaker.

case = Hồ sơ
listing = Tin đăng
recall = Thu hồi
markets = Thị trường
appeal-deadline = Hạn khiếu nại
received-subject = Đã nhận khiếu nại: hồ sơ { $case }
received-heading = Chúng tôi đã nhận được khiếu nại của Quý vị
received = Chúng tôi đã nhận được khiếu nại của Quý vị vào { $filed }. Người xem xét sẽ ra quyết định về khiếu nại này và chúng tôi sẽ thông báo kết quả cho Quý vị. Các biện pháp đối với tin đăng của Quý vị vẫn được duy trì cho đến lúc đó, và chúng tôi sẽ không liên hệ với bất kỳ người tiêu dùng nào trong thời gian khiếu nại của Quý vị đang được xử lý.
received-ordered = Chúng tôi đã nhận được khiếu nại của Quý vị vào { $filed }. Người xem xét sẽ ra quyết định về khiếu nại này và chúng tôi sẽ thông báo kết quả cho Quý vị. Các biện pháp đối với tin đăng của Quý vị vẫn được duy trì cho đến lúc đó. Cơ quan quản lý đã yêu cầu thông báo ngay cho người tiêu dùng, vì vậy việc thu hồi đối với người tiêu dùng vẫn tiếp tục trong thời gian này.
grounds = Lý do khiếu nại của Quý vị: { $grounds }
upheld-subject = Khiếu nại được chấp thuận: hồ sơ { $case } – tin đăng của Quý vị đã được mở bán trở lại
upheld-heading = Khiếu nại của Quý vị đã được chấp thuận
upheld-reason = Người xem xét đã chấp thuận khiếu nại của Quý vị: { $reason }
upheld-lifted = Chúng tôi đã dỡ bỏ các biện pháp đối với tin đăng của Quý vị tại { $markets }: tin đăng đã được mở bán trở lại tại đó.
upheld-points = Hình phạt { $points } điểm được hủy bỏ.
upheld-told = Người tiêu dùng đã được thông báo trước đó theo lệnh của cơ quan quản lý.
upheld-not-told = Chúng tôi sẽ không liên hệ với người tiêu dùng về hồ sơ này.
rejected-subject = Khiếu nại bị bác: hồ sơ { $case } – bắt đầu thu hồi đối với người tiêu dùng
rejected-heading = Khiếu nại của Quý vị đã bị bác
rejected-reason = Người xem xét đã bác khiếu nại của Quý vị: { $reason }
rejected-stay = Các biện pháp đối với tin đăng của Quý vị tại { $markets } vẫn được duy trì. Chúng tôi hiện đang gửi thông báo thu hồi tới mọi người tiêu dùng đã mua sản phẩm tại các thị trường đó. Chi phí các biện pháp khắc phục dành cho người tiêu dùng — giá đã thanh toán và phí của đơn hàng — sẽ được tính cho Quý vị.
rejected-stay-points = Các biện pháp đối với tin đăng của Quý vị tại { $markets } vẫn được duy trì và hình phạt { $points } điểm được áp dụng. Chúng tôi hiện đang gửi thông báo thu hồi tới mọi người tiêu dùng đã mua sản phẩm tại các thị trường đó. Chi phí các biện pháp khắc phục dành cho người tiêu dùng — giá đã thanh toán và phí của đơn hàng — sẽ được tính cho Quý vị.
refused-subject = Khiếu nại không được tiếp nhận: hồ sơ { $case }
refused-heading = Khiếu nại của Quý vị không thể được tiếp nhận
refused = Chúng tôi không thể tiếp nhận khiếu nại của Quý vị đối với hồ sơ { $case }: { $reason }.
refused-deadline = Hạn khiếu nại của hồ sơ này: { $deadline }.
refused-contact = Nếu Quý vị cho rằng đây là sự nhầm lẫn, vui lòng liên hệ bộ phận an toàn sản phẩm và nêu rõ mã hồ sơ.
refused-no-case = không có hồ sơ { $case }
refused-not-yours = hồ sơ { $case } không phải là hồ sơ của Quý vị: chỉ người bán của tin đăng mới được khiếu nại
refused-late = khiếu nại được gửi vào { $filed }, sau thời hạn { $deadline } (7 ngày kể từ thông báo thu hồi)
refused-state = hồ sơ { $case } không còn mở để khiếu nại
