# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Vaša žiadosť o vrátenie peňazí { $request } k objednávke { $order }: peniaze boli vrátené
subject-failed = Vaša žiadosť o vrátenie peňazí { $request } k objednávke { $order }: vrátené položky neprešli kontrolou kvality
heading-passed = Vaše peniaze boli vrátené
heading-failed = Vaše vrátené položky neprešli kontrolou kvality
intro-passed = Položky, ktoré ste vrátili z objednávky { $order }, prešli dňa { $date } kontrolou kvality v sklade. Vaše peniaze boli vrátené.
intro-failed = Sklad dňa { $date } skontroloval položky, ktoré ste vrátili z objednávky { $order }: neprešli kontrolou kvality.
checked-on-label = Dátum kontroly
items-heading = Vaše vrátené položky
paid-to-fast-refund-bonus = Váš bonus za rýchle vrátenie peňazí
paid-to-original-payment = Váš pôvodný platobný prostriedok
fast-refund-bonus-note = Vrátenú sumu môžete hneď použiť.
original-payment-note = V závislosti od Vašej banky môže chvíľu trvať, kým sa transakcia zobrazí na Vašom účte.
warehouse-found-heading = Zistenie skladu
warehouse-found-nothing-said = Vrátené položky nespĺňajú podmienky na vrátenie peňazí.
no-refund = Za tieto položky sa peniaze nevracajú.
