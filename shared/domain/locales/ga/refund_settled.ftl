# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = D’iarratas ar aisíocaíocht { $request } ar ordú { $order }: tá an aisíocaíocht déanta
subject-failed = D’iarratas ar aisíocaíocht { $request } ar ordú { $order }: níor éirigh leis na hearraí a cuireadh ar ais sa tseiceáil cháilíochta
heading-passed = Tá d’aisíocaíocht déanta
heading-failed = Níor éirigh leis na hearraí a chuir tú ar ais sa tseiceáil cháilíochta
intro-passed = D’éirigh leis na hearraí a chuir tú ar ais ó ordú { $order } i seiceáil cháilíochta an stórais ar { $date }. Tá d’aisíocaíocht déanta.
intro-failed = Sheiceáil an stóras na hearraí a chuir tú ar ais ó ordú { $order } ar { $date }: níor éirigh leo sa tseiceáil cháilíochta.
checked-on-label = Seiceáilte ar
items-heading = Na hearraí a chuir tú ar ais
paid-to-fast-refund-bonus = do bhónas aisíocaíochta tapa
paid-to-original-payment = do mhodh íocaíochta bunaidh
fast-refund-bonus-note = Tá an aisíocaíocht ar fáil le caitheamh láithreach.
original-payment-note = Ag brath ar do bhanc, d’fhéadfadh sé tamall a thógáil sula bhfeicfear an t-idirbheart ar do chuntas.
warehouse-found-heading = Cad a fuair an stóras
warehouse-found-nothing-said = Ní chomhlíonann na hearraí a cuireadh ar ais coinníollacha na haisíocaíochta.
no-refund = Ní íoctar aon aisíocaíocht as na hearraí seo.
