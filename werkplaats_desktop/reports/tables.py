"""The report's figures as CSV tables that open correctly in Dutch-locale Excel: semicolon
separated, UTF-8 with a byte order mark, decimal comma, one header row with stable names."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from werkplaats_desktop.domain.enums import O
from werkplaats_desktop.services.dashboard.model import (
    FEITEN_LABELS,
    ZONDER_O,
    DashboardData,
    Output,
    StackRow,
)

Table = tuple[list[str], list[list[Any]]]


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, float):
        return f"{value:.4f}".replace(".", ",")
    return str(value)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]],
              preamble: Sequence[Sequence[Any]] = ()) -> Path:
    """``preamble``: lines above the table (what it shows, where it comes from)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        for line in preamble:
            writer.writerow([cell(v) for v in line])
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell(v) for v in row])
    return path


def _o_columns(out: Output) -> list[str]:
    keys = [o.value for o in O] + ([ZONDER_O] if out.kind == "product" else [])
    return keys


def _o_header(out: Output) -> list[str]:
    return [k or "zonder_o" for k in _o_columns(out)]


def _stack_rows(out: Output, rows: list[StackRow], *first: str) -> list[list[Any]]:
    return [[*(getattr(r, a) for a in first), *(r.per_o.get(k, 0) for k in _o_columns(out)),
             r.total] for r in rows]


def tables(d: DashboardData, trend: DashboardData, settings: list[tuple[str, str]],
           ) -> dict[str, Table]:
    """File stem -> (header, rows) for every figure of the report. ``trend`` holds the
    figures per year (the years up to the report's year)."""
    out: dict[str, Table] = {
        "instellingen": (["instelling", "waarde"], [list(s) for s in settings]),
        "feiten": (["sleutel", "omschrijving", "aantal"],
                   [[key, label, getattr(d.feiten, key)] for key, label, _u in FEITEN_LABELS]),
    }
    for o in (d.activiteiten, d.producten):
        name = "activiteiten" if o.kind == "activiteit" else "producten"
        t = trend.output(o.kind)
        out[f"{name}-per-thema"] = (["thema_id", "thema", *_o_header(o), "totaal"],
                                    _stack_rows(o, o.per_thema, "key", "label"))
        out[f"{name}-per-jaar"] = (["jaar", *_o_header(t), "totaal"],
                                   _stack_rows(t, t.per_jaar, "key"))
        out[f"{name}-per-provincie"] = (
            ["provincie_code", "provincie", "aantal"],
            [[r.key, r.label, r.count] for r in o.per_provincie])
        out[f"{name}-per-gemeente"] = (["gemeente_id", "gemeente", *_o_header(o), "totaal"],
                                       _stack_rows(o, o.per_gemeente, "key", "label"))
    out["partners-per-type"] = (["type", "naam", "aantal"],
                                [[r.key, r.label, r.count] for r in d.partners])
    out["cofinanciering"] = (
        ["jaar", "subsidie", "partner_geld", "partner_uren", "partner_uren_waarde", "totaal",
         "aandeel_subsidie"],
        [[r.jaar, r.subsidie, r.geld, r.uren, r.uren_waarde, r.totaal, r.aandeel_subsidie]
         for r in trend.cofinanciering])
    return out
