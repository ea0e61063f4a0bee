# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code) (Vietnamese).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Yêu cầu hoàn tiền { $request } của Quý khách cho đơn hàng { $order }: { $status }
heading = Yêu cầu hoàn tiền của Quý khách: { $status }
intro = Chúng tôi đã ra quyết định về yêu cầu hoàn tiền của Quý khách cho đơn hàng { $order }. Dưới đây là quyết định đối với từng sản phẩm.
items-heading = Sản phẩm của Quý khách
return-label = Trả hàng
total-refund-label = Tổng số tiền hoàn lại
paid-to-fast-refund-bonus = tiền thưởng hoàn tiền nhanh của Quý khách (có thể chi tiêu ngay khi khoản hoàn tiền được thanh toán)
paid-to-original-payment = phương thức thanh toán ban đầu của Quý khách (ngân hàng của Quý khách có thể cần thêm vài ngày để hiển thị giao dịch)
paid-now-label = Đang được thanh toán ngay
paid-after-check-label = Thanh toán sau khi kho kiểm tra chất lượng
after-check-note = Khoản hoàn tiền cho các sản phẩm được trả lại sẽ được thanh toán ngay khi kho hoàn tất việc kiểm tra chất lượng các sản phẩm được trả lại và các sản phẩm này đáp ứng điều kiện hoàn tiền.
confirmation-to-come = Quý khách sẽ nhận được xác nhận khi việc hoàn tiền hoàn tất.
confirmed-now = Email này xác nhận: việc hoàn tiền đã hoàn tất.
label-heading = Nhãn trả hàng
label-granted = Một nhãn trả hàng trả trước đã được cấp cho yêu cầu này. Vui lòng đóng gói sản phẩm và gửi trả bằng nhãn này, theo hướng dẫn trên phiếu trả hàng.
label-shared-with-order = Yêu cầu này dùng chung nhãn trả hàng trả trước đã được cấp cho đơn hàng này: vui lòng gửi trả tất cả sản phẩm được trả lại của đơn hàng trong cùng một kiện hàng. Nếu Quý khách chỉ gửi một phần bằng nhãn này, Quý khách có thể phải trả phí vận chuyển cho các sản phẩm còn lại.
label-refused-monthly-limit = Không có nhãn trả hàng trả trước: Quý khách đã nhận tối đa ba (3) nhãn trả hàng trả trước trong tháng dương lịch này. Bên chịu phí trả hàng của từng sản phẩm được nêu ở trên.
label-pickup-suspended = Không có nhãn trả hàng trả trước: dịch vụ gửi trả hàng hiện đang bị tạm ngừng tại địa chỉ giao hàng của Quý khách. Bên chịu phí trả hàng của từng sản phẩm được nêu ở trên.
request-refused-under-rules = Yêu cầu bị từ chối theo quy định
