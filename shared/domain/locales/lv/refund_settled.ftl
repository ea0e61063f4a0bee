# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Jūsu atmaksas pieprasījums { $request } par pasūtījumu { $order }: atmaksa ir veikta
subject-failed = Jūsu atmaksas pieprasījums { $request } par pasūtījumu { $order }: atgrieztās preces neizturēja kvalitātes pārbaudi
heading-passed = Jūsu atmaksa ir veikta
heading-failed = Jūsu atgrieztās preces neizturēja kvalitātes pārbaudi
intro-passed = Preces, ko atgriezāt no pasūtījuma { $order }, izturēja noliktavas kvalitātes pārbaudi (pārbaudes datums: { $date }). Jūsu atmaksa ir veikta.
intro-failed = Noliktava pārbaudīja preces, ko atgriezāt no pasūtījuma { $order } (pārbaudes datums: { $date }): tās neizturēja kvalitātes pārbaudi.
checked-on-label = Pārbaudes datums
items-heading = Jūsu atgrieztās preces
paid-to-fast-refund-bonus = uz Jūsu ātrās atmaksas bonusu
paid-to-original-payment = uz Jūsu sākotnējo maksājuma līdzekli
fast-refund-bonus-note = Atmaksu var izmantot uzreiz.
original-payment-note = Atkarībā no Jūsu bankas var paiet zināms laiks, līdz darījums parādīsies Jūsu kontā.
warehouse-found-heading = Noliktavas konstatējumi
warehouse-found-nothing-said = Atgrieztās preces neatbilst atmaksas nosacījumiem.
no-refund = Par šīm precēm atmaksa netiek veikta.
