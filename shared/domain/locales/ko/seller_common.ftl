# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Korean).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = 아래의 영어 버전이 구속력 있는 정본입니다.
signature = 제품 안전팀
greeting = { $name } 님께
severity-general = 일반 위반
severity-serious = 중대 위반
measure-geo-block = 지역 차단(이 시장에서 비공개)
measure-rectification = 시정(등록 상품을 수정하실 때까지 비공개)
measure-return-to-warehouse = 창고 반송(플랫폼 재고 회수)
measure-delist = 등록 삭제(모든 시장에서 삭제)
all-markets = 모든 시장
warehouse = { $market } 창고
sep = :{" "}
