# What became of a seller's case: an appeal received, upheld, rejected or not accepted. { $… } are the case's values (Korean).
# Draft translated from the English; to be reviewed by a native speaker.

case = 케이스
listing = 등록 상품
recall = 리콜
markets = 시장
appeal-deadline = 이의 제기 기한
received-subject = 이의 제기 접수: 케이스 { $case }
received-heading = 귀하의 이의 제기가 접수되었습니다
received = 당사는 { $filed }에 귀하의 이의 제기를 접수했습니다. 심사자가 이에 대해 결정한 후 결과를 알려 드리겠습니다. 그때까지 귀하의 등록 상품에 대한 조치는 유지되며, 이의 제기가 진행 중인 동안에는 어떤 소비자에게도 연락하지 않습니다.
received-ordered = 당사는 { $filed }에 귀하의 이의 제기를 접수했습니다. 심사자가 이에 대해 결정한 후 결과를 알려 드리겠습니다. 그때까지 귀하의 등록 상품에 대한 조치는 유지됩니다. 담당 기관이 소비자에게 즉시 알리도록 명령했으므로, 그동안에도 소비자 리콜은 계속 진행됩니다.
grounds = 이의 제기 사유: { $grounds }
upheld-subject = 이의 제기 인용: 케이스 { $case } – 귀하의 등록 상품 판매 재개
upheld-heading = 귀하의 이의 제기가 인용되었습니다
upheld-reason = 심사자가 귀하의 이의 제기를 인용했습니다: { $reason }
upheld-lifted = { $markets }에서 귀하의 등록 상품에 대한 조치를 해제했습니다. 해당 시장에서 다시 판매됩니다.
upheld-points = 벌점 { $points }점은 취소됩니다.
upheld-told = 소비자에게는 담당 기관의 명령에 따라 이미 안내되었습니다.
upheld-not-told = 이 케이스와 관련하여 소비자에게 연락하지 않습니다.
rejected-subject = 이의 제기 기각: 케이스 { $case } – 소비자 리콜 시작
rejected-heading = 귀하의 이의 제기가 기각되었습니다
rejected-reason = 심사자가 귀하의 이의 제기를 기각했습니다: { $reason }
rejected-stay = { $markets }에서 귀하의 등록 상품에 대한 조치는 유지됩니다. 당사는 지금부터 해당 시장에서 이 제품을 구매한 모든 소비자에게 리콜 안내문을 발송합니다. 소비자 구제 조치 비용(결제 금액 및 주문 수수료)은 귀하께 청구됩니다.
rejected-stay-points = { $markets }에서 귀하의 등록 상품에 대한 조치는 유지되며, 벌점 { $points }점이 적용됩니다. 당사는 지금부터 해당 시장에서 이 제품을 구매한 모든 소비자에게 리콜 안내문을 발송합니다. 소비자 구제 조치 비용(결제 금액 및 주문 수수료)은 귀하께 청구됩니다.
refused-subject = 이의 제기 불수리: 케이스 { $case }
refused-heading = 귀하의 이의 제기를 수리할 수 없습니다
refused = 케이스 { $case }에 대한 귀하의 이의 제기를 수리할 수 없었습니다: { $reason }.
refused-deadline = 이 케이스의 이의 제기 기한: { $deadline }.
refused-contact = 착오라고 생각되시면 케이스 ID를 기재하여 제품 안전 창구로 문의하십시오.
refused-no-case = { $case }에 해당하는 케이스가 없습니다
refused-not-yours = 케이스 { $case }은(는) 귀하의 케이스가 아닙니다. 해당 등록 상품의 판매자만 이의를 제기할 수 있습니다
refused-late = 이의 제기가 기한({ $deadline }, 리콜 안내일로부터 7일)이 지난 { $filed }에 제출되었습니다
refused-state = 케이스 { $case }에 대해서는 더 이상 이의를 제기할 수 없습니다
