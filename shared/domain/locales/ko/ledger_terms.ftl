# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). (Korean)
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = 리콜 대상 제품 판매
violation-recall-evasion = 리콜 적용 중 등록 상품 게시 또는 수정
violation-intellectual-property = 지식재산권 침해
violation-prohibited-item = 금지 또는 제한 품목
violation-health-and-safety = 보건 및 안전
violation-false-information = 허위 또는 오해의 소지가 있는 등록 상품 정보
violation-pricing-abuse = 가격 및 프로모션 악용

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = 리콜 대상 제품 판매
violation-recall-evasion-label = 리콜 적용 중 등록 상품 게시 또는 수정
violation-intellectual-property-label = 지식재산권 침해
violation-prohibited-item-label = 금지 또는 제한 품목
violation-health-and-safety-label = 보건 및 안전
violation-false-information-label = 허위 또는 오해의 소지가 있는 등록 상품 정보
violation-pricing-abuse-label = 가격 및 프로모션 악용

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = 일반 위반
severity-serious-label = 중대 위반

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = 모든 시장에서 등록 상품 삭제
sanction-financial-penalty = 벌금
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = { $amount }의 벌금
sanction-shipping-restriction = 배송 제한
sanction-account-freeze = 계정 동결
sanction-suspension = 계정 정지
sanction-permanent-ban = 영구 이용 금지

## The account standings, from best to worst, as names

standing-good = 양호
standing-warning = 경고
standing-listing-restrictions = 등록 상품 제한
standing-shipping-restricted = 배송 제한 / 계정 동결
standing-suspended = 정지
standing-terminated = 해지

## What each standing means for the seller, in one sentence

consequence-good = 귀하의 계정에는 어떠한 제한도 적용되지 않습니다.
consequence-warning = 공식 경고입니다. 추가로 위반하시면 귀하의 계정이 제한됩니다.
consequence-listing-restrictions = 귀하의 벌점이 기준치 미만으로 내려갈 때까지 새 상품을 등록하시거나 기존 등록 상품을 수정하실 수 없습니다.
consequence-shipping-restricted = 귀하의 배송 권한이 제한되며 귀하 계정의 자금이 동결됩니다.
consequence-suspended = 귀하의 계정이 정지되었습니다. 귀하의 등록 상품은 비공개 처리되며 판매하실 수 없습니다.
consequence-terminated = 귀하의 계정이 해지되었습니다.

## Points: $points is a number, negative for a reversal ("-6 points")
## Korean has only the CLDR category "other": no select needed.

points = { $points }점

## What both emails share

standing-now-heading = 현재 귀하의 계정 상태
standing = 계정 상태
what-it-means = 의미
points-window = 최근 365일(롤링 기준) 벌점
reason = 사유
listing = 등록 상품
severity = 심각도
points-label = 벌점
counts-until = 반영 기한
case = 케이스
report = 보고
contest-heading = 이의 제기 방법
contest-upheld = 이의 제기가 인용되면 해당 항목은 취소됩니다. 그 벌점과 제재는 더 이상 반영되지 않으며, 귀하의 계정 상태가 변경되면 알려 드립니다.
