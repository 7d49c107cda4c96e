"""The draaitabel as plain JSON values (``werkplaats draaitabel --json``). The keys are a
documented interface (README, "werkplaats draaitabel"): keep them stable.

``rijen`` and ``kolommen`` hold the dimension and its values (``sleutel``: the id or code,
``null`` for "zonder ..."; ``naam``: the Dutch label), ``cellen`` the numbers row by row in
that order, ``rijtotalen`` and ``kolomtotalen`` the totals after the counting rule
(``telregel``), ``totaal`` the grand total. Counts and bereik are whole numbers, hours and
euros numbers with two decimals.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from werkplaats_desktop.services.dashboard.draaitabel import TELREGEL, Draaitabel, Rubriek


def _number(v: int | Decimal) -> int | float:
    return float(v.quantize(Decimal("0.01"))) if isinstance(v, Decimal) else int(v)


def _axis(dimensie: str, values: list[Rubriek]) -> dict[str, Any]:
    return {"dimensie": dimensie,
            "waarden": [{"sleutel": r.key, "naam": r.label} for r in values]}


def as_json(p: Draaitabel) -> dict[str, Any]:
    f = p.filter
    return {
        "rijen": _axis(p.rijen, p.rij_waarden),
        "kolommen": _axis(p.kolommen, p.kolom_waarden),
        "waarde": p.waarde,
        "filter": {"jaar_van": f.jaar_van, "jaar_tot": f.jaar_tot,
                   "werkplaats_ids": list(f.werkplaats_ids), "thema_id": f.thema_id,
                   "o": f.o, "partner_type": f.partner_type},
        "telregel": TELREGEL,
        "cellen": [[_number(v) for v in row] for row in p.matrix()],
        "rijtotalen": [_number(p.rijtotalen[r.key]) for r in p.rij_waarden],
        "kolomtotalen": [_number(p.kolomtotalen[k.key]) for k in p.kolom_waarden],
        "totaal": _number(p.totaal),
    }
