# The refund settlement email to the buyer, after the warehouse's quality check of the returned items (Vietnamese).
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Yêu cầu hoàn tiền { $request } của Quý khách cho đơn hàng { $order }: việc hoàn tiền đã hoàn tất
subject-failed = Yêu cầu hoàn tiền { $request } của Quý khách cho đơn hàng { $order }: sản phẩm được trả lại không đạt kiểm tra chất lượng
heading-passed = Việc hoàn tiền cho Quý khách đã hoàn tất
heading-failed = Sản phẩm Quý khách trả lại không đạt kiểm tra chất lượng
intro-passed = Các sản phẩm Quý khách trả lại cho đơn hàng { $order } đã đạt yêu cầu kiểm tra chất lượng của kho vào ngày { $date }. Việc hoàn tiền cho Quý khách đã hoàn tất.
intro-failed = Kho đã kiểm tra các sản phẩm Quý khách trả lại cho đơn hàng { $order } vào ngày { $date }: các sản phẩm này không đạt kiểm tra chất lượng.
checked-on-label = Ngày kiểm tra
items-heading = Sản phẩm Quý khách đã trả lại
paid-to-fast-refund-bonus = tiền thưởng hoàn tiền nhanh của Quý khách
paid-to-original-payment = phương thức thanh toán ban đầu của Quý khách
fast-refund-bonus-note = Quý khách có thể chi tiêu khoản hoàn tiền ngay lập tức.
original-payment-note = Tùy theo ngân hàng, giao dịch có thể cần một thời gian mới hiển thị trên tài khoản của Quý khách.
warehouse-found-heading = Kết quả kiểm tra của kho
warehouse-found-nothing-said = Các sản phẩm được trả lại không đáp ứng điều kiện hoàn tiền.
no-refund = Không có khoản hoàn tiền nào được thanh toán cho các sản phẩm này.
