"""Small factories for tests: a werkplaats with a few related records, built through the
services like a user would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import O, PartnerType, ProjectPartnerRol
from werkplaats_desktop.services import Services


@dataclass
class Small:
    werkplaats: m.Werkplaats
    hogeschool: m.Partner
    gemeente: m.Partner
    project: m.Project
    activiteit: m.Activiteit


def gemeente_id(services: Services, cbs_code: str) -> int:
    return next(g.id for g in services.gemeenten.all() if g.cbs_code == cbs_code)  # type: ignore[misc]


def thema_id(services: Services, nummer: int) -> int:
    return next(t.id for t in services.themas.all() if t.nummer == nummer)  # type: ignore[misc]


def small_werkplaats(services: Services, naam: str = "Wmo-werkplaats Utrecht") -> Small:
    hs = services.partners.create(m.Partner(naam=f"Hogeschool bij {naam}",
                                            type=PartnerType.HOGESCHOOL, provincie_code="PV26"))
    utrecht = gemeente_id(services, "GM0344")
    gem = services.partners.create(m.Partner(naam=f"Gemeente bij {naam}",
                                             type=PartnerType.GEMEENTE, gemeente_id=utrecht,
                                             provincie_code="PV26"))
    wp = services.werkplaatsen.create(m.Werkplaats(naam=naam, penvoerder_id=hs.id,
                                                   provincie_code="PV26", startjaar=2009))
    project = services.projecten.create(m.Project(
        werkplaats_id=wp.id, naam="Kwartiermaken in de wijk", startdatum=date(2010, 1, 1),
        einddatum=date(2012, 12, 31), thema_ids=[thema_id(services, 6)],
        partners=[m.ProjectPartner(partner_id=gem.id, rol=ProjectPartnerRol.TREKKER)],
        pilot_gemeente_ids=[utrecht]))
    act = services.activiteiten.create(m.Activiteit(
        werkplaats_id=wp.id, titel="Studiedag kwartiermaken", o=O.ONDERSTEUNING,
        subtype="conferentie", jaar=2011, datum=date(2011, 3, 4), project_id=project.id,
        gemeente_id=utrecht, bereik=120, thema_ids=[thema_id(services, 6)]))
    return Small(wp, hs, gem, project, act)
