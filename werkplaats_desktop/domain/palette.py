"""The colours of the four O's, used everywhere (tables, forms, charts, report).

Okabe & Ito's palette: distinguishable with the common forms of colour blindness, and each
readable against white."""

from __future__ import annotations

O_COLORS: dict[str, str] = {
    "onderzoek": "#0072B2",  # blue
    "ontwikkeling": "#E69F00",  # orange
    "onderwijs": "#009E73",  # bluish green
    "ondersteuning": "#CC79A7",  # reddish purple
}

#: for series that are not an O (subsidy, partner money, partner hours, ...)
EXTRA_COLORS: tuple[str, ...] = ("#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999")
