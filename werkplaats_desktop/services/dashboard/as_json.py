"""The dashboard's figures as plain JSON values (``werkplaats stats --json``, the report's
CSV files). The keys are a documented interface (README, "werkplaats stats"): keep them stable.
"""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.dashboard.model import (
    BEOOGD_AANDEEL_SUBSIDIE,
    REGEL_THEMAS,
    ZONDER_O,
    DashboardData,
    Output,
    StackRow,
)

#: the key of records without an O in ``per_o``
ZONDER_O_KEY = "zonder_o"


def money(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


def per_o(row: StackRow, with_zonder_o: bool) -> dict[str, int]:
    out = {o.value: row.per_o.get(o.value, 0) for o in O}
    if with_zonder_o:
        out[ZONDER_O_KEY] = row.per_o.get(ZONDER_O, 0)
    return out


def output_as_json(out: Output) -> dict[str, Any]:
    zonder = out.kind == "product"
    return {
        "totaal": out.totaal,
        "per_thema": [{"thema_id": r.key, "thema": r.label, "totaal": r.total,
                       "per_o": per_o(r, zonder)} for r in out.per_thema],
        "per_jaar": [{"jaar": r.key, "totaal": r.total, "per_o": per_o(r, zonder)}
                     for r in out.per_jaar],
        "per_provincie": [{"provincie_code": r.key, "provincie": r.label, "aantal": r.count}
                          for r in out.per_provincie],
        "per_gemeente": [{"gemeente_id": r.key, "gemeente": r.label, "totaal": r.total,
                          "per_o": per_o(r, zonder)} for r in out.per_gemeente],
    }


def data_as_json(d: DashboardData) -> dict[str, Any]:
    f = d.filter
    return {
        "filter": {"jaar_van": f.jaar_van, "jaar_tot": f.jaar_tot,
                   "werkplaats_ids": list(f.werkplaats_ids), "thema_id": f.thema_id,
                   "o": f.o, "partner_type": f.partner_type},
        "uurtarief": money(d.uurtarief),
        "telregel": REGEL_THEMAS,
        "werkplaatsen": [{"id": w.id, "naam": w.naam, "provincie_code": w.provincie_code}
                         for w in d.werkplaatsen],
        "feiten": asdict(d.feiten),
        "activiteiten": output_as_json(d.activiteiten),
        "producten": output_as_json(d.producten),
        "partners_per_type": [{"type": r.key, "naam": r.label, "aantal": r.count}
                              for r in d.partners],
        "cofinanciering": {
            "beoogd_aandeel_subsidie": round(BEOOGD_AANDEEL_SUBSIDIE, 4),
            "per_jaar": [{
                "jaar": r.jaar, "subsidie": money(r.subsidie), "partner_geld": money(r.geld),
                "partner_uren": money(r.uren), "partner_uren_waarde": money(r.uren_waarde),
                "totaal": money(r.totaal),
                "aandeel_subsidie": None if r.aandeel_subsidie is None
                else round(r.aandeel_subsidie, 4),
            } for r in d.cofinanciering],
        },
    }
