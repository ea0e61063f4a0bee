# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Cás
listing = Liostú
recall = Aisghairm
markets = Margaí
appeal-deadline = Spriocdháta achomhairc
received-subject = Achomharc faighte: cás { $case }
received-heading = Fuaireamar d’achomharc
received = Fuaireamar d’achomharc ar { $filed }. Déanfaidh athbhreithneoir cinneadh air agus cuirfimid an toradh in iúl duit. Fanfaidh na bearta ar do liostú i bhfeidhm go dtí sin, agus ní dhéanfar teagmháil le haon tomhaltóir fad atá d’achomharc ar oscailt.
received-ordered = Fuaireamar d’achomharc ar { $filed }. Déanfaidh athbhreithneoir cinneadh air agus cuirfimid an toradh in iúl duit. Fanfaidh na bearta ar do liostú i bhfeidhm go dtí sin. D’ordaigh an t-údarás go gcuirfí na tomhaltóirí ar an eolas láithreach, mar sin leanann aisghairm na dtomhaltóirí ar aghaidh idir an dá linn.
grounds = Do chúiseanna: { $grounds }
upheld-subject = Seasadh le d’achomharc: cás { $case } – tá do liostú ar díol arís
upheld-heading = Seasadh le d’achomharc
upheld-reason = Sheas athbhreithneoir le d’achomharc: { $reason }
upheld-lifted = Bhaineamar na bearta de do liostú sna margaí { $markets }: tá sé ar díol ansin arís.
upheld-points = Tarraingítear siar an pionós de { $points } phointe.
upheld-told = Cuireadh na tomhaltóirí ar an eolas cheana féin, ar ordú an údaráis.
upheld-not-told = Ní dhéanfar teagmháil le tomhaltóirí faoin gcás seo.
rejected-subject = Diúltaíodh d’achomharc: cás { $case } – tosaíonn aisghairm na dtomhaltóirí
rejected-heading = Diúltaíodh d’achomharc
rejected-reason = Dhiúltaigh athbhreithneoir d’achomharc: { $reason }
rejected-stay = Fanann na bearta ar do liostú sna margaí { $markets } i bhfeidhm. Tá fógra aisghairme á sheoladh againn anois chuig gach tomhaltóir a cheannaigh an táirge sna margaí sin. Gearrtar ort réitigh na dtomhaltóirí — an praghas a íocadh agus táillí an ordaithe.
rejected-stay-points = Fanann na bearta ar do liostú sna margaí { $markets } i bhfeidhm agus tá an pionós de { $points } phointe i bhfeidhm. Tá fógra aisghairme á sheoladh againn anois chuig gach tomhaltóir a cheannaigh an táirge sna margaí sin. Gearrtar ort réitigh na dtomhaltóirí — an praghas a íocadh agus táillí an ordaithe.
refused-subject = Níor glacadh leis an achomharc: cás { $case }
refused-heading = Níorbh fhéidir glacadh le d’achomharc
refused = Níorbh fhéidir linn glacadh le d’achomharc ar chás { $case }: { $reason }.
refused-deadline = Spriocdháta achomhairc an cháis seo: { $deadline }.
refused-contact = Má cheapann tú gur botún é seo, déan teagmháil leis an deasc sábháilteachta táirgí agus luaigh aitheantas an cháis.
refused-no-case = níl aon chás { $case } ann
refused-not-yours = ní cás de do chuid é cás { $case }: ní féidir ach le díoltóir an liostaithe achomharc a dhéanamh
refused-late = rinneadh an t-achomharc ar { $filed }, tar éis an spriocdháta, { $deadline } (7 lá ón bhfógra aisghairme)
refused-state = níl cás { $case } oscailte d’achomharc a thuilleadh
