# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = D’iarratas ar aisíocaíocht { $request } ar ordú { $order }: { $status }
heading = D’iarratas ar aisíocaíocht: { $status }
intro = Tá cinneadh déanta againn ar d’iarratas ar aisíocaíocht ar ordú { $order }. Seo é an cinneadh ar gach earra.
items-heading = D’earraí
return-label = Aischur
total-refund-label = Aisíocaíocht iomlán
paid-to-fast-refund-bonus = do bhónas aisíocaíochta tapa (ar fáil le caitheamh láithreach nuair a íoctar an aisíocaíocht)
paid-to-original-payment = do mhodh íocaíochta bunaidh (d’fhéadfadh sé roinnt laethanta eile a thógáil ar do bhanc an t-idirbheart a thaispeáint)
paid-now-label = Á íoc anois
paid-after-check-label = Le híoc tar éis sheiceáil cháilíochta an stórais
after-check-note = Íoctar aisíocaíocht na n-earraí a cuireadh ar ais a luaithe a chríochnaíonn an stóras a sheiceáil cháilíochta ar na hearraí sin agus a chomhlíonann siad coinníollacha na haisíocaíochta.
confirmation-to-come = Gheobhaidh tú deimhniú nuair a bheidh an aisíocaíocht déanta.
confirmed-now = Deimhníonn an ríomhphost seo é: tá an aisíocaíocht déanta.
label-heading = Lipéad aischuir
label-granted = Eisítear lipéad aischuir réamhíoctha don iarratas seo. Pacáil na hearraí agus seol ar ais iad leis, de réir na dtreoracha ar an bhfoirm aischuir.
label-shared-with-order = Roinneann an t-iarratas seo an lipéad aischuir réamhíoctha a eisíodh cheana don ordú seo: cuir gach earra den ordú atá á chur ar ais i mbeart amháin, le do thoil. Mura seolann tú ach cuid acu leis an lipéad, d’fhéadfadh go mbeadh ort íoc as seoladh na n-earraí eile.
label-refused-monthly-limit = Gan lipéad aischuir réamhíoctha: fuair tú an t-uasmhéid de thrí (3) lipéad aischuir réamhíoctha cheana féin an mhí féilire seo. Taispeántar thuas cé a íocann as aischur gach earra.
label-pickup-suspended = Gan lipéad aischuir réamhíoctha: tá seirbhísí beartán aischuir curtha ar fionraí faoi láthair ag do sheoladh seachadta. Taispeántar thuas cé a íocann as aischur gach earra.
request-refused-under-rules = Diúltaíodh don iarratas faoi na rialacha
