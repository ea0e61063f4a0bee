# The order cancelled email, Korean.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = 주문 취소: 제품 안전 리콜
greeting = 고객님께
intro = 고객님께서 { $order_date }에 하신 주문(주문 번호 { $order_id }, 배송 국가: { $market })을 발송 전에 취소하였습니다. 아래 제품이 제품 안전 리콜 대상이기 때문입니다.
not-delivered = 이 제품은 배송되지 않습니다. 제품을 받지 않으셨으므로 사용을 중지하시거나 반송하실 것이 없습니다.
product-heading = 제품
name = 제품명:
brand = 브랜드:
model = 모델:
hazard-heading = 리콜 사유
refund-heading = 환불 안내
refund = 결제하신 금액({ $price_paid })과 주문 수수료 전액이 사용하신 결제 수단으로 환불됩니다.
nothing-to-do = 별도로 하실 일은 없습니다.
help-heading = 문의
contact = 문의 사항이 있으시면 계정의 도움말 메뉴를 통해 문의해 주십시오.
signature = 제품 안전팀
