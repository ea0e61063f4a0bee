# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Korean)
# Draft translated from the English; to be reviewed by a native speaker.

subject = 귀하의 계정 상태: { $before } → { $after }
heading-worse = 귀하의 계정 상태가 악화되었습니다
heading-better = 귀하의 계정 상태가 개선되었습니다
heading-same = 귀하의 계정 상태
change-worse = 귀하의 계정 상태가 { $before }에서 { $after }(으)로 올라갔습니다. 이는 귀하의 계정에 불리한 변경입니다.
change-better = 귀하의 계정 상태가 { $before }에서 { $after }(으)로 내려갔습니다. 이는 귀하의 계정에 유리한 변경입니다.
change-same = 귀하의 계정 상태는 { $after }입니다.
trigger-new = 이 변경은 { $date }에 등록된 새 항목에 따른 것입니다: { $violation }({ $points }).
trigger-reversal = 이 변경은 { $date }에 항목 { $entry }이(가) 취소된 데 따른 것입니다.
trigger-reversal-of = 이 변경은 { $date }에 항목 { $entry }({ $violation }, { $points })이(가) 취소된 데 따른 것입니다.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total }({ $from } 이후 항목)
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = 귀하의 계정 상태는 벌점이 아닌 제재에 따른 것입니다: { $sanctions }. 귀하의 벌점 { $points }만으로는 { $standing } 상태에 해당합니다.
sanction-note-unnamed = 귀하의 계정 상태는 벌점이 아닌 제재에 따른 것입니다. 귀하의 벌점 { $points }만으로는 { $standing } 상태에 해당합니다.
sanction-behind = { $sanction }(항목 { $entry }, { $date })
thresholds-heading = 기준
thresholds-points = 최근 365일(롤링 기준) 벌점
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to }점
threshold-or-more = { $from }점 이상
your-standing = 귀하의 계정 상태
thresholds-note = 위반과 함께 부과된 제재(배송 제한, 계정 동결, 계정 정지, 영구 이용 금지)는 해당 항목이 반영되는 동안 귀하의 계정을 최소한 그 제재에 해당하는 상태로 둡니다. 영구 이용 금지는 경과 기간과 관계없이 적용됩니다.
entries-heading = 근거가 되는 항목
no-entries = 최근 365일(롤링 기준) 동안 반영되는 벌점이 없습니다.
lasting-heading = 여전히 적용되는 제재
reversals-heading = 최근 365일(롤링 기준) 동안의 취소
entry-title = { $date }: { $violation }
reversal-title = { $date }: 취소 – { $violation }
sanction = 제재
counts-until-ban = { $date }(벌점에 한함, 영구 이용 금지는 만료되지 않음)
to-contest = 이의 제기
to-contest-case = 리콜 안내일로부터 7일 이내에 케이스 ID를 기재하여 이의 제기
to-contest-report = 판매자 센터를 통해 보고 ID를 기재하여 이의 제기
to-contest-entry = 판매자 센터를 통해 항목 ID를 기재하여 이의 제기
note = 참고
lasting-note = 365일 경과: 벌점은 더 이상 반영되지 않지만, 영구 이용 금지는 경과 기간과 관계없이 적용됩니다.
reverses = 취소 대상
reverses-of = { $entry }({ $violation }, { $date } 등록, { $points })
contest-case = 리콜 케이스에 따른 항목은 리콜 안내일로부터 7일 이내(안내에 명시된 이의 제기 기한까지)에 케이스 ID를 기재하여 이의를 제기할 수 있습니다.
contest-report = 보고된 위반에 대해서는 판매자 센터를 통해 보고 ID를 기재하여 이의를 제기합니다.
