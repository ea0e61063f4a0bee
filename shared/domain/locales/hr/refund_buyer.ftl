# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code). Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Vaš zahtjev za povrat novca { $request } za narudžbu { $order }: { $status }
heading = Vaš zahtjev za povrat novca: { $status }
intro = Odlučili smo o Vašem zahtjevu za povrat novca za narudžbu { $order }. U nastavku je odluka za svaki artikl.
items-heading = Vaši artikli
return-label = Povrat
total-refund-label = Ukupni povrat novca
paid-to-fast-refund-bonus = Vaš bonus za brzi povrat novca (možete ga potrošiti odmah nakon isplate povrata)
paid-to-original-payment = Vaš izvorni način plaćanja (Vašoj banci može trebati još nekoliko dana da prikaže transakciju)
paid-now-label = Isplaćuje se sada
paid-after-check-label = Isplaćuje se nakon provjere kvalitete u skladištu
after-check-note = Povrat novca za vraćene artikle isplaćuje se čim skladište završi provjeru kvalitete vraćenih artikala i ako oni ispunjavaju uvjete za povrat novca.
confirmation-to-come = Primit ćete potvrdu kada povrat novca bude izvršen.
confirmed-now = Ova e-poruka to potvrđuje: povrat novca je izvršen.
label-heading = Povratna etiketa
label-granted = Za ovaj zahtjev izdaje se unaprijed plaćena povratna etiketa. Zapakirajte artikle i pošaljite ih natrag s njom, prema uputama na obrascu za povrat.
label-shared-with-order = Ovaj zahtjev dijeli unaprijed plaćenu povratnu etiketu koja je već izdana za ovu narudžbu: molimo Vas da sve vraćene artikle iz narudžbe vratite u jednom paketu. Ako s etiketom pošaljete samo dio njih, možda ćete morati platiti slanje ostalih.
label-refused-monthly-limit = Nema unaprijed plaćene povratne etikete: u ovom ste kalendarskom mjesecu već primili najveći broj od tri (3) unaprijed plaćene povratne etikete. Tko plaća povrat pojedinog artikla, navedeno je gore.
label-pickup-suspended = Nema unaprijed plaćene povratne etikete: usluge povrata pošiljaka trenutačno su obustavljene na Vašoj adresi isporuke. Tko plaća povrat pojedinog artikla, navedeno je gore.
request-refused-under-rules = Zahtjev je odbijen prema pravilima
