# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Vietnamese).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Bản tiếng Anh dưới đây là bản có giá trị ràng buộc.
signature = Bộ phận An toàn sản phẩm
greeting = Kính gửi { $name },
severity-general = vi phạm thông thường
severity-serious = vi phạm nghiêm trọng
measure-geo-block = chặn theo khu vực (ẩn tại thị trường này)
measure-rectification = khắc phục (ẩn cho đến khi Quý vị sửa tin đăng)
measure-return-to-warehouse = trả về kho (rút hàng lưu kho tại sàn)
measure-delist = gỡ tin đăng (xóa khỏi mọi thị trường)
all-markets = tất cả thị trường
warehouse = kho { $market }
sep = :{" "}
