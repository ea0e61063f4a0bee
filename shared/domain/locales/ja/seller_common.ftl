# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Japanese).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = 下記の英語版が拘束力を有する正本です。
signature = 製品安全チーム
greeting = { $name } 様
severity-general = 一般違反
severity-serious = 重大違反
measure-geo-block = ジオブロック（この市場では非表示）
measure-rectification = 是正（出品を修正するまで非表示）
measure-return-to-warehouse = 倉庫への返送（プラットフォームの在庫を撤去）
measure-delist = 出品の削除（すべての市場から削除）
all-markets = すべての市場
warehouse = { $market }の倉庫
sep = ：
