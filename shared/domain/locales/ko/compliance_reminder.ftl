# The compliance reminder email, Korean.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = 제품 적합성 안내
greeting = 고객님께
intro = 고객님께서는 당사 마켓플레이스에서 아래 제품을 구매하셨습니다. 이 제품은 적용되는 규정을 완전히 준수하지 않습니다. 아래에서 문제점과 조치 방법을 읽어 주십시오.
keep = 이 안내는 알림일 뿐이며, 제품 반송을 요청드리는 것이 아닙니다.
product-heading = 구매하신 제품
name = 제품명:
brand = 브랜드:
model = 모델:
picture = 사진:
picture-alt = 제품 사진
sold = 고객님께서는 { $order_date }에 당사 마켓플레이스에서 이 제품을 구매하셨습니다(주문 번호 { $order_id }, 배송 국가: { $market }).
issue-heading = 문제점
todo-heading = 조치 방법
help-heading = 문의 및 반품
contact = 문의 사항이 있으시거나 제품을 반품하고 싶으시면 계정의 도움말 메뉴를 통해 문의해 주십시오.
rights = 해당되는 경우 반품이나 환불을 요청하실 권리를 포함하여, 소비자로서의 모든 권리는 그대로 유지됩니다.
reassure = 당사는 마켓플레이스에서 판매되는 제품을 점검하며, 고객님의 확인이 필요한 사항이 있을 때마다 알려 드립니다.
signature = 제품 안전팀
