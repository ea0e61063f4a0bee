# The compliance reminder email, Vietnamese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Lời nhắc về tính tuân thủ của sản phẩm
greeting = Kính gửi Quý khách,
intro = Quý khách đã mua sản phẩm dưới đây trên sàn thương mại điện tử của chúng tôi. Sản phẩm này chưa tuân thủ đầy đủ các quy định áp dụng cho sản phẩm. Vui lòng đọc bên dưới để biết vấn đề là gì và cần làm gì.
keep = Đây chỉ là lời nhắc: chúng tôi không yêu cầu Quý khách gửi trả sản phẩm.
product-heading = Sản phẩm của Quý khách
name = Sản phẩm:
brand = Thương hiệu:
model = Mẫu mã:
picture = Hình ảnh:
picture-alt = Hình ảnh sản phẩm
sold = Quý khách đã mua sản phẩm này vào ngày { $order_date } (đơn hàng { $order_id }) trên sàn thương mại điện tử của chúng tôi, giao đến { $market }.
issue-heading = Vấn đề là gì
todo-heading = Quý khách cần làm gì
help-heading = Câu hỏi và trả hàng
contact = Nếu có câu hỏi hoặc muốn trả lại sản phẩm, vui lòng liên hệ với chúng tôi qua mục Trợ giúp trong tài khoản của Quý khách.
rights = Quý khách vẫn giữ nguyên mọi quyền của người tiêu dùng, bao gồm quyền yêu cầu trả hàng hoặc hoàn tiền trong các trường hợp được áp dụng.
reassure = Chúng tôi kiểm tra các sản phẩm được bán trên sàn thương mại điện tử của mình và sẽ thông báo cho Quý khách mỗi khi có vấn đề cần Quý khách lưu ý.
signature = Bộ phận An toàn sản phẩm
