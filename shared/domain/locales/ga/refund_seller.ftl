# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Iarratas ar aisíocaíocht { $request } ar ordú { $order }: { $status }
heading = Iarratas ar aisíocaíocht ar do liostuithe: { $status }
intro = D’iarr ceannaitheoir aisíocaíocht ar ordú { $order }. Seo é an cinneadh ar do liostuithe san iarratas.
items-heading = Do liostuithe san iarratas seo
items-back-label = Earraí ar ais chugat
recall-refund-charged-to-you = Aisíocaíocht de bharr aisghairm táirge é seo: gearrtar ortsa í.
summary-heading = Duitse
refunded-on-yours-label = Aisíoctha ar do liostuithe
charged-to-you-label = Gearrtha ort (aisghairm táirge)
items-come-back = Tagann earraí ar ais chugat: féach aischur gach liostaithe thuas.
no-item-comes-back = Ní thagann aon earra ar ais chugat.
none-of-your-listings = Ní ainmníonn an t-iarratas seo aon cheann de do liostuithe.
what-you-can-do-heading = Cad is féidir leat a dhéanamh
respond-to-buyer = Freagair an ceannaitheoir tríd an ionad díoltóirí (ordú { $order }) chun réiteach a thairiscint nó chun do sheasamh a mhíniú.
after-sales-dispute = Téann iarratas nach féidir leat féin agus leis an gceannaitheoir a réiteach chuig an ardán mar dhíospóid iardhíola, agus is é an t-ardán a dhéanann an cinneadh.
buyer-rights-bind-you = Ní chuireann an clár teorainn riamh le cearta reachtúla an cheannaitheora: tá tú fós faoi cheangal ag an ráthaíocht dhlíthiúil agus ag na rialacha aischuir i dtír chónaithe an cheannaitheora.
