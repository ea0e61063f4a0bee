# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values (Korean).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 제품 안전 리콜: { $title } – 등록 상품 { $listings }개 차단, 이의 제기 기한 { $deadline }
subject-update = 업데이트 – 제품 안전 리콜: { $title } – 이제 { $markets }에서도 차단, 이의 제기 기한 { $deadline }
heading = 제품 안전 리콜 안내
heading-update = 업데이트: 제품 안전 리콜 안내
intro = 귀하께서 판매하시는 제품이 제품 안전 리콜 대상이 되었습니다. 당사는 귀하의 등록 상품에 대해 아래의 조치를 취했으며, 귀하께서는 지금 즉시 이 리콜에 대응하셔야 합니다.
intro-update = 아래 리콜의 적용 범위가 귀하의 등록 상품이 판매되는 더 많은 시장으로 확대되었습니다. 당사는 해당 등록 상품에 대한 조치를 확대했습니다.
recall-heading = 리콜
recall = 리콜
recall-id = 리콜 ID
reported-by = 보고 출처
risk = 위험 수준
hazard = 위험 요소
listings-heading = 영향을 받는 귀하의 등록 상품
listing-ref = 등록 상품 { $listing } · 케이스 { $case }
why = 해당 사유
measures = 취해진 조치
penalty = 적용되는 벌점
penalty-points = 벌점 { $points }점({ $severity }), 귀하의 벌점 기록에 등록되며 이의 제기가 인용되면 취소됩니다
penalty-own = 없음: 규정에 따라 귀하께서 자체 제품의 이 리콜을 직접 신고하셨으므로, 이에 대한 벌점은 등록되지 않습니다
todo-heading = 귀하께서 하셔야 할 조치
todo-stop = 영향을 받는 시장에서 리콜 대상 제품의 판매를 중지하시고, 이 등록 상품이든 다른 어떤 등록 상품이든 해당 제품을 다시 등록하지 마십시오.
todo-pull = 영향을 받는 재고를 회수하시고, 관련 법률과 담당 기관이 요구하는 바에 따라 리콜을 실시하십시오.
todo-remedies = 소비자 구제 조치 비용을 부담하실 준비를 하십시오. 리콜로 인한 환불이 있을 때마다 결제 금액과 주문 수수료가 귀하께 청구됩니다.
violation-serious = 리콜 대상 제품을 판매하는 것은 위반 행위입니다. 등록 상품당 벌점 6점(중대 위반)이 이 안내와 함께 귀하 계정의 벌점 기록에 등록되며, 이의 제기가 인용되면 취소됩니다.
violation-general = 리콜 대상 제품을 판매하는 것은 위반 행위입니다. 등록 상품당 벌점 2점(일반 위반)이 이 안내와 함께 귀하 계정의 벌점 기록에 등록되며, 이의 제기가 인용되면 취소됩니다.
violation-own = 귀하께서 자체 제품의 이 리콜을 직접 신고하셨으므로, 이에 대해 귀하의 등록 상품에 벌점이 등록되지 않습니다.
relisting = 리콜을 회피하기 위해 제품을 다시 등록하거나 등록 상품을 수정하는 것은 중대 위반(벌점 6점)입니다.
appeal-heading = 이의 제기
appeal = 리콜 조치나 벌점에 이의가 있으시면 케이스 ID를 기재하여 { $deadline }(이 안내일로부터 7일)까지 이의를 제기하십시오. 이 기한이 지나거나 이의 제기가 기각되면, 당사는 이 제품을 구매한 모든 소비자에게 리콜 안내문을 발송합니다.
