# The refund settlement email to the buyer, after the warehouse's quality check of the returned items (Korean).
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = 주문 { $order }에 대한 환불 요청 { $request }: 환불이 완료되었습니다
subject-failed = 주문 { $order }에 대한 환불 요청 { $request }: 반품된 상품이 품질 검사를 통과하지 못했습니다
heading-passed = 환불이 완료되었습니다
heading-failed = 반품하신 상품이 품질 검사를 통과하지 못했습니다
intro-passed = 주문 { $order }에 대해 반품하신 상품이 { $date }에 창고의 품질 검사를 통과했습니다. 환불이 완료되었습니다.
intro-failed = 창고에서 { $date }에 주문 { $order }에 대해 반품하신 상품을 검사했습니다. 해당 상품은 품질 검사를 통과하지 못했습니다.
checked-on-label = 검사일
items-heading = 반품하신 상품
paid-to-fast-refund-bonus = 고객님의 빠른 환불 보너스
paid-to-original-payment = 고객님의 원래 결제 수단
fast-refund-bonus-note = 환불 금액은 즉시 사용하실 수 있습니다.
original-payment-note = 은행에 따라 거래 내역이 계좌에 표시되기까지 다소 시간이 걸릴 수 있습니다.
warehouse-found-heading = 창고의 확인 결과
warehouse-found-nothing-said = 반품된 상품이 환불 조건을 충족하지 않습니다.
no-refund = 이 상품들에 대해서는 환불이 지급되지 않습니다.
