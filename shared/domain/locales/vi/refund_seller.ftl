# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code) (Vietnamese).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Yêu cầu hoàn tiền { $request } cho đơn hàng { $order }: { $status }
heading = Yêu cầu hoàn tiền liên quan đến tin đăng của Quý vị: { $status }
intro = Một người mua đã yêu cầu hoàn tiền cho đơn hàng { $order }. Dưới đây là quyết định đối với các tin đăng của Quý vị trong yêu cầu này.
items-heading = Các tin đăng của Quý vị trong yêu cầu này
items-back-label = Hàng được gửi trả về Quý vị
recall-refund-charged-to-you = Đây là khoản hoàn tiền do thu hồi sản phẩm: khoản này được tính cho Quý vị.
summary-heading = Dành cho Quý vị
refunded-on-yours-label = Số tiền hoàn lại trên tin đăng của Quý vị
charged-to-you-label = Tính cho Quý vị (thu hồi sản phẩm)
items-come-back = Hàng sẽ được gửi trả về Quý vị: xem phần trả hàng của từng tin đăng ở trên.
no-item-comes-back = Không có sản phẩm nào được gửi trả về Quý vị.
none-of-your-listings = Yêu cầu này không nêu tin đăng nào của Quý vị.
what-you-can-do-heading = Những việc Quý vị có thể làm
respond-to-buyer = Phản hồi người mua qua Trung tâm Người bán (đơn hàng { $order }) để đề xuất giải pháp hoặc giải thích quan điểm của Quý vị.
after-sales-dispute = Yêu cầu mà Quý vị và người mua không thể tự giải quyết sẽ được chuyển đến sàn dưới dạng tranh chấp sau bán hàng, và sàn sẽ ra quyết định.
buyer-rights-bind-you = Chương trình không bao giờ hạn chế các quyền theo luật định của người mua: Quý vị vẫn bị ràng buộc bởi quy định về bảo đảm theo luật định và quy định về trả hàng của quốc gia nơi người mua cư trú.
