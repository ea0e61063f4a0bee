# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Is é an leagan Béarla thíos an leagan ceangailteach.
signature = An Fhoireann Sábháilteachta Táirgí
greeting = A { $name }, a chara,
severity-general = sárú ginearálta
severity-serious = sárú tromchúiseach
measure-geo-block = blocáil gheografach (i bhfolach sa mhargadh seo)
measure-rectification = ceartú (i bhfolach go dtí go gceartóidh tú an liostú)
measure-return-to-warehouse = filleadh ar an stóras (stoc an ardáin tarraingthe siar)
measure-delist = díliostaithe (bainte de gach margadh)
all-markets = gach margadh
warehouse = stóras { $market }
sep = :{" "}
