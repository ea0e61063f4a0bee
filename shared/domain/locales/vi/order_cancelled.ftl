# The order cancelled email, Vietnamese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Đơn hàng đã bị hủy: thu hồi sản phẩm vì lý do an toàn
greeting = Kính gửi Quý khách,
intro = Chúng tôi đã hủy đơn hàng { $order_id } ngày { $order_date } (giao đến { $market }) của Quý khách trước khi gửi hàng: sản phẩm dưới đây đang bị thu hồi vì lý do an toàn.
not-delivered = Sản phẩm sẽ không được giao đến Quý khách. Vì Quý khách chưa từng nhận được sản phẩm, Quý khách không cần ngừng sử dụng hay gửi trả lại bất cứ thứ gì.
product-heading = Sản phẩm
name = Sản phẩm:
brand = Thương hiệu:
model = Mẫu mã:
hazard-heading = Lý do thu hồi
refund-heading = Hoàn tiền
refund = Quý khách sẽ được hoàn lại toàn bộ số tiền đã thanh toán ({ $price_paid }) và các khoản phí của đơn hàng về phương thức thanh toán Quý khách đã sử dụng.
nothing-to-do = Quý khách không cần làm gì thêm.
help-heading = Câu hỏi
contact = Nếu có bất kỳ câu hỏi nào, vui lòng liên hệ với chúng tôi qua mục Trợ giúp trong tài khoản của Quý khách.
signature = Bộ phận An toàn sản phẩm
