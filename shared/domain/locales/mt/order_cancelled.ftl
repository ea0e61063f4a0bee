# The order cancelled email, Maltese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Ordni kkanċellata: sejħa lura ta' prodott minħabba s-sikurezza
greeting = Għażiż klijent,
intro = Ikkanċellajna l-ordni tiegħek { $order_id } (data tal-ordni: { $order_date }; pajjiż tal-kunsinna: { $market }) qabel ma ntbagħtet: il-prodott hawn taħt qed jissejjaħ lura minħabba s-sikurezza.
not-delivered = Mhux se jiġi kkunsinnat lilek. Peress li qatt ma rċevejtu, m'hemm xejn li għandek tieqaf tuża u xejn li għandek tibgħat lura.
product-heading = Il-prodott
name = Prodott:
brand = Marka:
model = Mudell:
hazard-heading = Għaliex qed jissejjaħ lura
refund-heading = Ir-rimborż tiegħek
refund = Se tiġi rimborżat bis-sħiħ, il-prezz li ħallast ({ $price_paid }) u t-tariffi tal-ordni, fuq il-metodu ta' pagament li użajt.
nothing-to-do = M'għandek bżonn tagħmel xejn.
help-heading = Mistoqsijiet
contact = Jekk għandek xi mistoqsijiet, ikkuntattjana mit-taqsima Għajnuna tal-kont tiegħek.
signature = It-tim tas-Sikurezza tal-Prodotti
