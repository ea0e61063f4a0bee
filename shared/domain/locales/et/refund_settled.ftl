# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Teie raha tagastamise taotlus { $request } tellimuse { $order } kohta: raha on tagastatud
subject-failed = Teie raha tagastamise taotlus { $request } tellimuse { $order } kohta: tagastatud kaubad ei läbinud kvaliteedikontrolli
heading-passed = Raha on Teile tagastatud
heading-failed = Teie tagastatud kaubad ei läbinud kvaliteedikontrolli
intro-passed = Kaubad, mille tagastasite tellimusest { $order }, läbisid lao kvaliteedikontrolli (kontrolli kuupäev: { $date }). Raha on Teile tagastatud.
intro-failed = Ladu kontrollis kaupu, mille tagastasite tellimusest { $order } (kontrolli kuupäev: { $date }): need ei läbinud kvaliteedikontrolli.
checked-on-label = Kontrolli kuupäev
items-heading = Teie tagastatud kaubad
paid-to-fast-refund-bonus = Teie kiirtagastuse boonusele
paid-to-original-payment = Teie algsele makseviisile
fast-refund-bonus-note = Tagastatud summa on kohe kasutatav.
original-payment-note = Olenevalt Teie pangast võib kuluda veidi aega, enne kui tehing Teie kontol kajastub.
warehouse-found-heading = Lao kontrolli tulemus
warehouse-found-nothing-said = Tagastatud kaubad ei vasta raha tagastamise tingimustele.
no-refund = Nende kaupade eest raha ei tagastata.
