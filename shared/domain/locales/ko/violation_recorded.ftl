# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Korean)
# Draft translated from the English; to be reviewed by a native speaker.

subject = 위반 기록: { $violation }({ $points })
heading = 위반 기록 안내
# $severity: general or serious violation (seller_common).
intro = 당사는 귀하의 계정에 대해 위반 사항을 기록했습니다: { $violation }({ $severity }, { $points }).
violation-heading = 위반 내용
violation = 위반
recorded-on = 기록일
counts-until-value = { $date }(이후 최근 365일 롤링 기간에서 제외됨)
sanction-heading = 제재
meaning-listing-removal = 등록 상품 { $listing }이(가) 모든 시장에서 삭제됩니다. 이 등록 상품이든 다른 어떤 등록 상품이든 해당 제품을 다시 등록하지 마십시오.
meaning-listing-removal-unnamed = 해당 등록 상품이 모든 시장에서 삭제됩니다. 이 등록 상품이든 다른 어떤 등록 상품이든 해당 제품을 다시 등록하지 마십시오.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = { $amount }의 벌금이 귀하의 계정에 부과됩니다.
meaning-fine-unknown = 벌금이 귀하의 계정에 부과됩니다.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = 이 항목이 반영되는 동안(365일) 귀하의 계정은 최소한 { $standing } 상태가 됩니다: { $consequence }
meaning-permanent-ban = 영구 이용 금지는 만료되지 않으며, 이 항목의 경과 기간과 관계없이 적용됩니다. { $consequence }
reminder-heading = 적합성 안내
# $issue: the desk's words, quoted as given.
reminder = 이 등록 상품의 제품이 규정을 준수하지 않으므로, 당사는 귀하로부터 이 제품을 구매한 소비자에게 적합성 안내를 발송합니다: “{ $issue }” 소비자가 요청하는 경우 반품 및 환불을 포함한 애프터서비스 해결 방안을 제공하십시오.
standing-note = 귀하의 계정 상태는 벌점이 아닌 제재에 따른 것입니다. 벌점만으로는 { $standing } 상태에 해당합니다.
contest-case = 이 항목에 이의가 있으시면 리콜 안내일로부터 7일 이내에 케이스 { $case }을(를) 기재하여 이의를 제기하십시오.
contest-report = 이 위반이 잘못 기록되었다고 생각되시면 판매자 센터를 통해 보고 { $report }을(를) 기재하여 이의를 제기하십시오.
contest-unreferenced = 이 위반이 잘못 기록되었다고 생각되시면 판매자 센터를 통해 이의를 제기하십시오.
