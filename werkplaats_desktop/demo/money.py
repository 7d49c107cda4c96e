"""The demo's money: the VWS subsidy per werkplaats and year, and what partners bring in
(money or hours), aimed at the one-third rule of [000]."""

from __future__ import annotations

from decimal import Decimal

from werkplaats_desktop.demo import facts as F
from werkplaats_desktop.demo.context import EXAMPLE, LAST_YEAR, DemoContext
from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import BijdrageSoort, DeelnameRol, PartnerType


class MoneySteps(DemoContext):
    def geld(self) -> None:
        rate = Decimal(75)  # euro per hour, only to aim the example at the one-third rule
        per_wp_2016 = (Decimal(F.VWS_PER_JAAR_VANAF_2016) / len(self.wp)).quantize(Decimal("0.01"))
        for key, wp in self.wp.items():
            first = wp.startjaar or 2009
            for year in range(first, 2019):
                if year >= 2016:
                    bedrag, note = (
                        per_wp_2016,
                        "EUR 2,6 miljoen per jaar voor alle werkplaatsen "
                        "samen, gelijk verdeeld ([000]).",
                    )
                else:
                    bedrag = Decimal(self.rng.randrange(120_000, 220_000, 1000))
                    note = EXAMPLE
                self.add(
                    "subsidie",
                    m.Subsidie(
                        werkplaats_id=wp.id,
                        jaar=year,
                        bedrag=bedrag,
                        verstrekker="VWS",
                        toelichting=note,
                    ),
                )
                if year > LAST_YEAR:
                    continue
                # partners bring in about twice the subsidy: VWS is one third of the total
                target = bedrag * 2
                active = [
                    (p, rol)
                    for p, rol, s in self.wp_partners[key]
                    if s <= year and p.naam != "Movisie"
                ]
                self.rng.shuffle(active)
                spent = Decimal(0)
                for p, rol in active:
                    if spent >= target:
                        break
                    money = rol in (DeelnameRol.TREKKER, DeelnameRol.FINANCIER) and p.type in (
                        PartnerType.GEMEENTE,
                        PartnerType.PROVINCIE,
                        PartnerType.HOGESCHOOL,
                    )
                    if money:
                        amount = Decimal(self.rng.randrange(5_000, 60_000, 500))
                        spent += amount
                        soort = BijdrageSoort.GELD
                    else:
                        amount = Decimal(self.rng.randrange(40, 900, 10))
                        spent += amount * rate
                        soort = BijdrageSoort.UREN
                    self.add(
                        "bijdrage",
                        m.Bijdrage(
                            werkplaats_id=wp.id,
                            partner_id=p.id,
                            jaar=year,
                            soort=soort,
                            hoeveelheid=amount,
                            toelichting=EXAMPLE,
                        ),
                    )
