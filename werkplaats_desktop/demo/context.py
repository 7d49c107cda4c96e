"""The demo builder's state and its helpers: the random generator of the seed, stable
UUIDs per kind of record, and adding a record through the record services (so the example
data passes the same validation as user input)."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.demo import names as N
from werkplaats_desktop.demo import shape as S
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import DeelnameRol, O, PersoonRol
from werkplaats_desktop.services import Services
from werkplaats_desktop.store import Database, orm

DEFAULT_SEED = 2015
LAST_YEAR = 2015
FIXED_TIME = datetime(2016, 1, 1, 9, 0, 0)
EXAMPLE = "Voorbeelddata (gegenereerd)."


class DemoContext:
    def __init__(self, db: Database, seed: int):
        self.db = db
        self.svc = Services(db)
        self.rng = random.Random(seed)
        self.seed = seed
        self._n: dict[str, int] = defaultdict(int)
        self.s: Session
        self.gem: dict[str, int] = {}
        self.gem_naam: dict[str, str] = {}
        self.gem_prov: dict[str, str] = {}
        self.netwerk: dict[str, str | None] = {}
        self.thema: dict[int, int] = {}
        self.thema_extra: list[int] = []
        self.wp: dict[str, m.Werkplaats] = {}
        self.wp_gemeenten: dict[str, list[str]] = defaultdict(list)
        self.wp_partners: dict[str, list[tuple[m.Partner, DeelnameRol, int]]] = defaultdict(list)
        self.hogeschool: dict[str, m.Partner] = {}
        self.lector: dict[str, m.Persoon] = {}
        #: the kinds of activity per O and the names of kinds and product types
        self.subtypes: dict[O, list[str]] = defaultdict(list)
        self.subtype_naam: dict[str, str] = {}
        self.product_naam: dict[str, str] = {}
        #: theme links beyond one per praktijk that the seed's count of onderwerpen leaves
        self.extra_onderwerpen = F.FEITEN_2015["onderwerpen"] - F.FEITEN_2015["praktijken"]

    # helpers

    def id(self, record: m.Record) -> int:
        """The id of a record made in this build (it has one once stored)."""
        assert record.id is not None
        return record.id

    def uid(self, kind: str) -> str:
        self._n[kind] += 1
        return str(
            uuid.uuid5(uuid.NAMESPACE_OID, f"werkplaats-demo:{self.seed}:{kind}:{self._n[kind]}")
        )

    def add(self, key: str, record: Any) -> Any:
        record.uuid = self.uid(key)
        return self.svc.records(key).add(self.s, record)

    def pick_o(self, breed: bool) -> O:
        mix = S.O_MIX_BREED if breed else S.O_MIX_SMAL
        return self.rng.choices(list(mix), weights=list(mix.values()))[0]

    def person(
        self, organisatie: m.Partner | None, wp: str, rol: PersoonRol, functie: str
    ) -> m.Persoon:
        naam = f"{self.rng.choice(N.VOORNAMEN)} {self.rng.choice(N.ACHTERNAMEN)}"
        slug = naam.lower().replace(" ", ".").replace("'", "")
        return self.add(
            "persoon",
            m.Persoon(
                naam=naam,
                functie=functie,
                organisatie_id=organisatie.id if organisatie else None,
                email=f"{slug}@voorbeeld.nl",
                telefoon=f"06-{self.rng.randint(10000000, 99999999)}",
                notitie=EXAMPLE,
                rollen=[m.PersoonRolInWerkplaats(werkplaats_id=self.id(self.wp[wp]), rol=rol)],
            ),
        )

    # steps

    def reference(self) -> None:
        for g in self.s.scalars(select(orm.Gemeente)):
            assert g.cbs_code
            self.gem[g.cbs_code] = g.id
            self.gem_naam[g.cbs_code] = g.naam
            self.gem_prov[g.cbs_code] = g.provincie_code or ""
            self.netwerk[g.cbs_code] = g.netwerk.value if g.netwerk else None
        for t in self.s.scalars(select(orm.Thema)):
            if t.nummer:
                self.thema[t.nummer] = t.id
            else:
                self.thema_extra.append(t.id)
