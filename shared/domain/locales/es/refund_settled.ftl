# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.

subject-passed = Su solicitud de reembolso { $request } del pedido { $order }: reembolso realizado
subject-failed = Su solicitud de reembolso { $request } del pedido { $order }: los artículos devueltos no superaron el control de calidad
heading-passed = Su reembolso se ha realizado
heading-failed = Sus artículos devueltos no superaron el control de calidad
intro-passed = Los artículos que devolvió del pedido { $order } superaron el control de calidad en el almacén el { $date }. Su reembolso se ha realizado.
intro-failed = El almacén revisó el { $date } los artículos que devolvió del pedido { $order }: no superaron el control de calidad.
checked-on-label = Revisado el
items-heading = Sus artículos devueltos
paid-to-fast-refund-bonus = su bono de reembolso rápido
paid-to-original-payment = su método de pago original
fast-refund-bonus-note = El reembolso está disponible de inmediato.
original-payment-note = Según su banco, la operación puede tardar algo de tiempo en reflejarse en su cuenta.
warehouse-found-heading = Lo que constató el almacén
warehouse-found-nothing-said = Los artículos devueltos no cumplen las condiciones de reembolso.
no-refund = No se abona ningún reembolso por estos artículos.
