"""How the example data is shaped: the mix of the four O's, which products come out of
which O, and the reach of each kind of activity."""

from __future__ import annotations

from werkplaats_desktop.domain.enums import O

#: O mix for werkplaatsen started in 2009/2012 and those of 2013 ("smallere opdracht ...
#: voornamelijk implementatie ... minder op ontwikkeling", [004] 1).
O_MIX_BREED = {O.ONDERZOEK: 0.3, O.ONTWIKKELING: 0.25, O.ONDERWIJS: 0.2, O.ONDERSTEUNING: 0.25}
O_MIX_SMAL = {O.ONDERZOEK: 0.2, O.ONTWIKKELING: 0.1, O.ONDERWIJS: 0.3, O.ONDERSTEUNING: 0.4}
PRODUCT_BIJ_O = {
    O.ONDERZOEK: ("publicatie", "factsheet"),
    O.ONTWIKKELING: ("methodiekbeschrijving", "instrument"),
    O.ONDERWIJS: ("onderwijsmodule", "training"),
    O.ONDERSTEUNING: ("conferentie", "website", "publicatie", "audiovisueel"),
}
BEREIK = {
    "conferentie": (60, 300),
    "verspreiding": (100, 2000),
    "bijscholing": (10, 40),
    "onderwijsmodule": (20, 120),
    "minor": (15, 40),
    "gastcollege": (20, 80),
    "netwerkbijeenkomst": (10, 40),
    "actieleren": (6, 20),
    "advies": (2, 15),
}

