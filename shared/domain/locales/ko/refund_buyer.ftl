# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code) (Korean).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 주문 { $order }에 대한 환불 요청 { $request }: { $status }
heading = 고객님의 환불 요청: { $status }
intro = 주문 { $order }에 대한 고객님의 환불 요청에 대해 결정하였습니다. 각 상품에 대한 결정은 다음과 같습니다.
items-heading = 고객님의 상품
return-label = 반품
total-refund-label = 총 환불 금액
paid-to-fast-refund-bonus = 고객님의 빠른 환불 보너스(환불이 지급되는 즉시 사용 가능)
paid-to-original-payment = 고객님의 원래 결제 수단(은행에서 거래 내역이 표시되기까지 며칠이 더 걸릴 수 있음)
paid-now-label = 지금 지급
paid-after-check-label = 창고의 품질 검사 후 지급
after-check-note = 반품된 상품의 환불 금액은 창고에서 반품된 상품의 품질 검사를 완료하고 해당 상품이 환불 조건을 충족하는 즉시 지급됩니다.
confirmation-to-come = 환불이 완료되면 확인 안내를 보내 드립니다.
confirmed-now = 이 이메일로 환불이 완료되었음을 확인해 드립니다.
label-heading = 반품 라벨
label-granted = 이 요청에 대해 선불 반품 라벨이 발급되었습니다. 상품을 포장하신 후 반품 양식의 안내에 따라 이 라벨을 사용하여 반송해 주십시오.
label-shared-with-order = 이 요청에는 이 주문에 대해 이미 발급된 선불 반품 라벨이 함께 사용됩니다. 이 주문의 반품 상품을 모두 하나의 소포로 반송해 주십시오. 라벨로 일부만 반송하시는 경우, 나머지 상품의 배송비는 고객님께서 부담하셔야 할 수 있습니다.
label-refused-monthly-limit = 선불 반품 라벨 없음: 고객님께서는 이번 달(역월 기준)에 이미 최대 한도인 세 장(3장)의 선불 반품 라벨을 받으셨습니다. 각 상품의 반품 비용을 누가 부담하는지는 위에 표시되어 있습니다.
label-pickup-suspended = 선불 반품 라벨 없음: 현재 고객님의 배송 주소에서는 반품 택배 서비스가 중단되어 있습니다. 각 상품의 반품 비용을 누가 부담하는지는 위에 표시되어 있습니다.
request-refused-under-rules = 규정에 따라 요청이 거절되었습니다
