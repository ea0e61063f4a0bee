# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.

english-binds = The English version below is the binding one.
signature = Product Safety team
greeting = Dear { $name },
severity-general = general violation
severity-serious = serious violation
measure-geo-block = geo-block (hidden in this market)
measure-rectification = rectification (hidden until you fix the listing)
measure-return-to-warehouse = return to warehouse (platform stock pulled)
measure-delist = delisted (removed in every market)
all-markets = all markets
warehouse = { $market } warehouse
sep = :{" "}
