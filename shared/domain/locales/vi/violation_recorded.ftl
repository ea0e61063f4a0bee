# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Vietnamese)
# Draft translated from the English; to be reviewed by a native speaker.

subject = Vi phạm đã được ghi nhận: { $violation } ({ $points })
heading = Vi phạm đã được ghi nhận
# $severity: general or serious violation (seller_common).
intro = Chúng tôi đã ghi nhận một vi phạm đối với tài khoản của Quý vị: { $violation } ({ $severity }, { $points }).
violation-heading = Vi phạm
violation = Vi phạm
recorded-on = Ngày ghi nhận
counts-until-value = { $date } (sau đó mục ghi ra khỏi khoảng thời gian 365 ngày tính cuốn chiếu)
sanction-heading = Hình phạt
meaning-listing-removal = Tin đăng { $listing } bị gỡ khỏi mọi thị trường. Không đăng bán lại sản phẩm này, dù dưới tin đăng này hay bất kỳ tin đăng nào khác.
meaning-listing-removal-unnamed = Tin đăng bị gỡ khỏi mọi thị trường. Không đăng bán lại sản phẩm này, dù dưới tin đăng này hay bất kỳ tin đăng nào khác.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Khoản tiền phạt { $amount } được tính vào tài khoản của Quý vị.
meaning-fine-unknown = Một khoản tiền phạt được tính vào tài khoản của Quý vị.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Trong thời gian mục ghi này còn được tính (365 ngày), tài khoản của Quý vị ở tối thiểu tình trạng { $standing }: { $consequence }
meaning-permanent-ban = Lệnh cấm vĩnh viễn không hết hạn: lệnh này được áp dụng bất kể mục ghi đã bao lâu. { $consequence }
reminder-heading = Lời nhắc về tính tuân thủ
# $issue: the desk's words, quoted as given.
reminder = Sản phẩm của tin đăng này không tuân thủ quy định, vì vậy chúng tôi đang gửi lời nhắc về tính tuân thủ tới những người tiêu dùng đã mua sản phẩm này từ Quý vị: “{ $issue }” Vui lòng cung cấp cho họ các giải pháp sau bán hàng, bao gồm trả hàng và hoàn tiền, khi họ yêu cầu.
standing-note = Tình trạng tài khoản của Quý vị xuất phát từ một hình phạt, không phải từ số điểm của Quý vị: chỉ riêng số điểm của Quý vị sẽ tương ứng với tình trạng { $standing }.
contest-case = Nếu Quý vị phản đối mục ghi này, vui lòng khiếu nại trong vòng 7 ngày kể từ thông báo thu hồi, kèm theo hồ sơ { $case }.
contest-report = Nếu Quý vị cho rằng vi phạm này được ghi nhận do nhầm lẫn, vui lòng khiếu nại qua Trung tâm Người bán, kèm theo báo cáo { $report }.
contest-unreferenced = Nếu Quý vị cho rằng vi phạm này được ghi nhận do nhầm lẫn, vui lòng khiếu nại qua Trung tâm Người bán.
