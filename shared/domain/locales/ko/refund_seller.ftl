# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code) (Korean).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 주문 { $order }의 환불 요청 { $request }: { $status }
heading = 귀하의 등록 상품에 대한 환불 요청: { $status }
intro = 구매자가 주문 { $order }에 대해 환불을 요청했습니다. 이 요청에 포함된 귀하의 등록 상품에 대한 결정은 다음과 같습니다.
items-heading = 이 요청에 포함된 귀하의 등록 상품
items-back-label = 귀하께 반송되는 상품
recall-refund-charged-to-you = 이 환불은 제품 리콜에 따른 환불이므로 귀하께 청구됩니다.
summary-heading = 귀하 관련 요약
refunded-on-yours-label = 귀하의 등록 상품에 대한 환불 금액
charged-to-you-label = 귀하께 청구되는 금액(제품 리콜)
items-come-back = 상품이 귀하께 반송됩니다. 위의 각 등록 상품별 반품 내용을 확인하십시오.
no-item-comes-back = 귀하께 반송되는 상품은 없습니다.
none-of-your-listings = 이 요청에는 귀하의 등록 상품이 포함되어 있지 않습니다.
what-you-can-do-heading = 귀하께서 하실 수 있는 조치
respond-to-buyer = 판매자 센터(주문 { $order })를 통해 구매자에게 답변하시어 해결 방안을 제시하시거나 귀하의 입장을 설명하십시오.
after-sales-dispute = 귀하와 구매자가 해결하지 못한 요청은 애프터서비스 분쟁으로 플랫폼에 회부되며, 플랫폼이 결정합니다.
buyer-rights-bind-you = 이 프로그램은 구매자의 법정 권리를 결코 제한하지 않습니다. 귀하께서는 구매자 거주 국가의 법정 보증 및 반품 규정을 계속 준수하셔야 합니다.
