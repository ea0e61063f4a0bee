# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Aisghairm táirge ar chúiseanna sábháilteachta: { $title } – { $listings ->
    [one] { $listings } liostú faoi bhac
    [two] { $listings } liostú faoi bhac
    [few] { $listings } liostú faoi bhac
    [many] { $listings } liostú faoi bhac
   *[other] { $listings } liostú faoi bhac
  }, achomharc faoi { $deadline }
subject-update = Nuashonrú – Aisghairm táirge ar chúiseanna sábháilteachta: { $title } – faoi bhac anois sna margaí { $markets } freisin, achomharc faoi { $deadline }
heading = Fógra faoi aisghairm táirge ar chúiseanna sábháilteachta
heading-update = Nuashonrú: fógra faoi aisghairm táirge ar chúiseanna sábháilteachta
intro = Tá táirge a dhíolann tú faoi réir aisghairme ar chúiseanna sábháilteachta. Rinneamar na bearta thíos ar do liostuithe agus ní mór duit gníomhú anois maidir leis an aisghairm seo.
intro-update = Clúdaíonn an aisghairm thíos níos mó margaí anois ina bhfuil do liostuithe á dtairiscint. Leathnaíomar na bearta orthu.
recall-heading = Aisghairm
recall = Aisghairm
recall-id = Aitheantas na haisghairme
reported-by = Tuairiscithe ag
risk = Leibhéal riosca
hazard = Guais
listings-heading = Do liostuithe lena mbaineann
listing-ref = Liostú { $listing } · cás { $case }
why = An fáth a dtagann sé leis
measures = Bearta a rinneadh
penalty = Pionós is infheidhme
penalty-points = { $points } phointe ({ $severity }), curtha síos i do mhórleabhar pionóis; aisiompófar iad má sheastar le d’achomharc
penalty-own = níl aon cheann: thuairiscigh tú féin an aisghairm seo ar do tháirge féin, mar a éilíonn na rialacha, mar sin ní chuirtear aon phointí síos ina leith
todo-heading = Cad is gá duit a dhéanamh
todo-stop = Stop ag díol an táirge atá á aisghairm sna margaí lena mbaineann agus ná liostaigh arís é, faoin liostú seo ná faoi aon liostú eile.
todo-pull = Tarraing siar an stoc lena mbaineann agus déan an aisghairm mar a éilíonn an dlí is infheidhme agus an t-údarás.
todo-remedies = Bí réidh le réitigh na dtomhaltóirí a iompar: gearrtar ort an praghas a íocadh agus táillí an ordaithe i gcás gach aisíocaíochta de bharr aisghairme.
violation-serious = Is sárú é táirge atá á aisghairm a dhíol: 6 phointe in aghaidh an liostaithe (sárú tromchúiseach), curtha síos i mórleabhar pionóis do chuntais leis an bhfógra seo agus aisiompaithe má sheastar le d’achomharc.
violation-general = Is sárú é táirge atá á aisghairm a dhíol: 2 phointe in aghaidh an liostaithe (sárú ginearálta), curtha síos i mórleabhar pionóis do chuntais leis an bhfógra seo agus aisiompaithe má sheastar le d’achomharc.
violation-own = Thuairiscigh tú féin an aisghairm seo ar do tháirge féin: ní chuirtear aon phionós síos ar do liostuithe ina leith.
relisting = Is sárú tromchúiseach é (6 phointe) an táirge a athliostú nó liostú a chur in eagar chun an aisghairm a sheachaint.
appeal-heading = Achomharc
appeal = Má tá agóid agat i gcoinne bhearta na haisghairme nó i gcoinne an phionóis, déan achomharc faoi { $deadline } (7 lá ón bhfógra seo), ag lua aitheantas an cháis. Tar éis an dáta sin, nó má dhiúltaítear don achomharc, seolfaimid fógra aisghairme chuig gach tomhaltóir a cheannaigh an táirge.
