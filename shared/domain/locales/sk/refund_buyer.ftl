# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Vaša žiadosť o vrátenie peňazí { $request } k objednávke { $order }: { $status }
heading = Vaša žiadosť o vrátenie peňazí: { $status }
intro = O Vašej žiadosti o vrátenie peňazí k objednávke { $order } sme rozhodli. Nižšie nájdete rozhodnutie ku každej položke.
items-heading = Vaše položky
return-label = Vrátenie tovaru
total-refund-label = Celková vrátená suma
paid-to-fast-refund-bonus = Váš bonus za rýchle vrátenie peňazí (môžete ho hneď použiť, keď budú peniaze vyplatené)
paid-to-original-payment = Váš pôvodný platobný prostriedok (Vašej banke môže trvať o niekoľko dní dlhšie, kým transakciu zobrazí)
paid-now-label = Vyplácame teraz
paid-after-check-label = Vyplatíme po kontrole kvality v sklade
after-check-note = Peniaze za vrátené položky vyplatíme hneď, ako sklad dokončí kontrolu kvality vrátených položiek a tie splnia podmienky na vrátenie peňazí.
confirmation-to-come = Keď budú peniaze vrátené, dostanete potvrdenie.
confirmed-now = Tento e-mail je potvrdením: peniaze boli vrátené.
label-heading = Štítok na vrátenie
label-granted = K tejto žiadosti je vystavený predplatený štítok na vrátenie. Zabaľte položky a pošlite ich s ním späť podľa pokynov vo formulári na vrátenie.
label-shared-with-order = Táto žiadosť využíva predplatený štítok na vrátenie, ktorý už bol k tejto objednávke vystavený: všetky vracané položky z objednávky, prosím, pošlite späť v jednom balíku. Ak so štítkom pošlete iba časť z nich, možno budete musieť zaplatiť prepravu ostatných.
label-refused-monthly-limit = Bez predplateného štítka na vrátenie: v tomto kalendárnom mesiaci ste už dostali maximálny počet troch (3) predplatených štítkov na vrátenie. Kto platí vrátenie jednotlivých položiek, je uvedené vyššie.
label-pickup-suspended = Bez predplateného štítka na vrátenie: služby na vracanie zásielok sú na Vašej doručovacej adrese momentálne pozastavené. Kto platí vrátenie jednotlivých položiek, je uvedené vyššie.
request-refused-under-rules = Žiadosť bola zamietnutá podľa pravidiel
