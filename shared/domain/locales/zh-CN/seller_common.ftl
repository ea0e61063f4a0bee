# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Chinese, Simplified).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = 以下英文版本为具有约束力的版本。
signature = 产品安全团队
greeting = 尊敬的{ $name }：
severity-general = 一般违规
severity-serious = 严重违规
measure-geo-block = 地区屏蔽（在该市场隐藏）
measure-rectification = 整改（在您修正商品信息之前隐藏）
measure-return-to-warehouse = 退回仓库（平台库存已撤出）
measure-delist = 下架（已从所有市场移除）
all-markets = 所有市场
warehouse = { $market }仓库
sep = ：
