"""The demo's facts against the seed texts they come from (tests/fixtures/seeds: verbatim
passages of the seed documents). Names are compared letter for letter, counts as written
(a Dutch number word is read as its number)."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from werkplaats_desktop.services import Services
from werkplaats_desktop.services.dashboard import DashboardService
from werkplaats_desktop.store.database import Database

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
GETALLEN = {"één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
            "acht": 8, "negen": 9, "tien": 10, "veertien": 14}


def seed(name: str) -> str:
    """The passage, with non-breaking spaces (typography of the web page) as spaces."""
    return (SEEDS / name).read_text(encoding="utf-8").replace("\xa0", " ")


def getal(word: str) -> int:
    """'Drie' -> 3, '121' -> 121."""
    return int(word) if word.isdigit() else GETALLEN[word.lower()]


def opsomming(text: str) -> list[str]:
    """'a, b en c' or 'a; b; c en d' -> the parts (a Dutch enumeration)."""
    sep = ";" if ";" in text else ","
    *first, last = [p.strip() for p in text.split(sep)]
    return [*first, *last.rsplit(" en ", 1)]


def find(pattern: str, text: str) -> re.Match[str]:
    match = re.search(pattern, text)
    assert match, f"not in the seed text: {pattern}"
    return match


@pytest.fixture
def s(demo_db: Database) -> Services:
    return Services(demo_db)


def werkplaats(s: Services, part: str) -> int:
    found = [w.id for w in s.werkplaatsen.all() if part in w.naam]
    assert len(found) == 1, part
    assert found[0] is not None
    return found[0]


def test_the_werkplaatsen_are_named_as_in_annex_4(s: Services) -> None:
    annex = seed("004_uit_de_steigers.txt").split("**Wmo-werkplaatsen**")[1]
    names = {line.strip() for line in annex.splitlines() if line.startswith("Wmo-werkplaats")}
    assert len(names) == 14
    assert {w.naam for w in s.werkplaatsen.all()} == names
    # the name the issue found shortened
    assert "Wmo-werkplaats Sociale Innovatie en Ondernemerschap (SIO) (Den Haag en Leiden)" in names


def test_start_years_as_in_section_1(s: Services) -> None:
    text = seed("004_uit_de_steigers.txt")
    first = find(r"In (\d{4}) zijn de eerste (\w+) Wmo-werkplaatsen", text)
    later = find(r"In (\d{4}) is daar de (Wmo-werkplaats \w+) bijgekomen", text)
    last = find(r"In (\d{4}) volgden nog (\w+) werkplaatsen", text)
    years = Counter(w.startjaar for w in s.werkplaatsen.all())
    assert years == {int(first[1]): getal(first[2]), int(later[1]): 1,
                     int(last[1]): getal(last[2])}
    assert next(w.startjaar for w in s.werkplaatsen.all() if w.naam == later[2]) == int(later[1])


def test_the_network_counts_as_in_feiten_en_cijfers(s: Services) -> None:
    text = seed("004_uit_de_steigers.txt")
    net = find(r"zo'n (\w+) hogescholen, (\d+) gemeenten \(waarvan (\d+) van het G32-netwerk "
               r"en alle G4 gemeenten\), (\w+) stadsdelen, (\w+) gemeentelijke diensten, (\w+) "
               r"regio's, (\w+) provincies en (\d+) met naam genoemde uitvoeringsorganisaties",
               text)
    partners = s.partners.all()
    types = Counter(p.type.value for p in partners)
    assert len({w.penvoerder_id for w in s.werkplaatsen.all()}) == getal(net[1])
    assert types["gemeente"] == getal(net[2])
    gemeenten = {g.id: g for g in s.gemeenten.all()}
    netwerk = Counter(gemeenten[p.gemeente_id].netwerk for p in partners
                      if p.type.value == "gemeente" and p.gemeente_id is not None)
    assert netwerk["g32"] == getal(net[3]) and netwerk["g4"] == 4
    assert types["stadsdeel"] == getal(net[4])
    assert types["gemeentelijke_dienst"] == getal(net[5])
    assert types["regio"] == getal(net[6])
    assert types["provincie"] == getal(net[7])
    assert types["uitvoeringsorganisatie"] == getal(net[8])


def test_praktijken_onderwerpen_and_themes_as_in_section_1(demo_db: Database) -> None:
    """The "Onderwerpen" tile counts the seed's onderwerpen: 134 in 122 praktijken."""
    text = seed("004_uit_de_steigers.txt")
    m = find(r"in (\d+) benoemde praktijken zo'n (\d+) onderwerpen\. Movisie heeft deze "
             r"onderwerpen gerangschikt onder (\d+) thema's", text)
    feiten = DashboardService(demo_db).data().feiten
    assert (feiten.projecten, feiten.onderwerpen, feiten.themas) == (
        int(m[1]), int(m[2]), int(m[3]))


def test_the_nineteen_themes_as_in_section_1(s: Services) -> None:
    listed = re.findall(r"^- (\d+) (.+)$", seed("004_uit_de_steigers.txt"), re.MULTILINE)
    movisie = {t.nummer: t.naam for t in s.themas.all() if t.bron == "movisie"}
    assert movisie == {int(n): naam for n, naam in listed}


def test_utrecht_lectoraten_and_kenniskringen_as_in_seed_002(s: Services) -> None:
    text = seed("002_utrecht.txt")
    utrecht = werkplaats(s, "Utrecht")
    lectoraten = find(r"(\w+) lectoraten van het Kenniscentrum Sociale Innovatie", text)
    assert sum(lec.werkplaats_id == utrecht for lec in s.lectoraten.all()) == getal(lectoraten[1])
    kringen = find(r"Rond (\w+) thema’s werden zogenoemde Wmo-kenniskringen gevormd", text)
    names = re.findall(r"^\s+\d\. (.+?)\. ", text, re.MULTILINE)
    assert len(names) == getal(kringen[1])
    assert [k.naam for k in s.kenniskringen.all() if k.werkplaats_id == utrecht] == names
    projects = {p.naam for p in s.projecten.all() if p.werkplaats_id == utrecht}
    assert set(names) <= projects
    assert "Van Sociaal isolement naar sociale inclusie" in names  # the example


def test_utrecht_pilots_and_outputs_as_in_seed_002(s: Services) -> None:
    text = seed("002_utrecht.txt")
    gemeente = {g.id: g.naam for g in s.gemeenten.all()}
    pilots = {p.naam: {gemeente[i] for i in p.pilot_gemeente_ids} for p in s.projecten.all()}
    isolement = find(r"aanpakken ontwikkeld in (.+?)\.", text)
    assert pilots["Van Sociaal isolement naar sociale inclusie"] == set(opsomming(isolement[1]))
    monitoring = find(r"Pilots vonden plaats in de gemeenten (.+?)\.", text)
    assert pilots["Monitoring, Lokale Beleidsontwikkeling en Zeggenschap"] == set(
        opsomming(monitoring[1]))
    boek = find(r"het boek (.+?) en diverse", text)
    assert any(p.titel == boek[1] and p.type == "boek" for p in s.producten.all())
    partners = {p.naam for p in s.partners.all()}
    assert "CliëntenBelang Utrecht" in text and "CliëntenBelang Utrecht" in partners
    assert any(naam.startswith("LESI ") for naam in partners)


def test_avans_lectoraten_and_programmes_as_in_seed_003(s: Services) -> None:
    text = seed("003_avans.txt")
    avans = werkplaats(s, "Avans")
    lectoraten = find(r"De lectoraten (.+?) werken in de Werkplaats", text)
    assert {lec.naam for lec in s.lectoraten.all() if lec.werkplaats_id == avans} == set(
        opsomming(lectoraten[1]))
    programmas = find(r"in (\d+) programma’s: (.+?)\.", text)
    names = opsomming(programmas[2])
    assert len(names) == int(programmas[1])
    assert set(names) <= {p.naam for p in s.projecten.all() if p.werkplaats_id == avans}


def test_people_and_organisations_of_annex_1(s: Services) -> None:
    text = seed("004_uit_de_steigers.txt")
    interviews = text.split("#### *Interviews*")[1].split("#### *Regiobijeenkomsten*")[0]
    people = dict(re.findall(r"^(.+?)\t(.+)$", interviews, re.MULTILINE))
    partner = {p.id: p.naam for p in s.partners.all()}
    demo = {p.naam: partner.get(p.organisatie_id) for p in s.personen.all()
            if p.naam in people}
    # everyone interviewed is in the demo, with the organisation the annex names (the demo
    # keeps the hogeschool of a kenniscentrum: "Kenniscentrum Sociale Innovatie Hogeschool
    # Utrecht" -> "Hogeschool Utrecht")
    assert set(demo) == set(people)
    for naam, organisatie in demo.items():
        assert organisatie is not None and people[naam].endswith(organisatie), naam
    regio = text.split("#### *Regiobijeenkomsten*")[1].split("*Bijgewoonde overleggen*")[0]
    organisations = {org.split("/")[0] for org in re.findall(r"\t(.+)$", regio, re.MULTILINE)}
    partners = set(partner.values())
    # every organisation there is a partner (a kenniscentrum as its hogeschool)
    missing = {o for o in organisations
               if o not in partners and not any(o.endswith(" " + p) for p in partners)}
    assert not missing and len(organisations) >= 15
    overleg = find(r"Landelijk overleg Wmo-werkplaatsen op (\d+) april (\d{4}), voorgezeten "
                   r"door onafhankelijk voorzitter (.+?)\.", text)
    dates = {a.datum.isoformat() for a in s.activiteiten.all() if a.datum is not None
             and a.titel == "Landelijk overleg Wmo-werkplaatsen"}
    assert dates == {f"{overleg[2]}-04-{int(overleg[1]):02d}"}
    assert overleg[3] in {p.naam for p in s.personen.all()}


def test_themasamenwerking_of_annex_2(s: Services) -> None:
    """The infographic's list: an item broken over two lines is one name ("Maatschappelijk
    Rendement / Effectencalculator"); the figure's number before one item is not part of it."""
    block = seed("004_uit_de_steigers.txt").split("### Themasamenwerking Wmo werkplaatsen")[1]
    block = block.split("[…]")[0]
    items = []
    for item in block.split("- \n")[1:]:
        lines = [line.strip() for line in item.strip().splitlines() if line.strip()]
        items.append(re.sub(r"^\d+ ", "", " / ".join(lines)))
    assert len(items) == 10
    assert {t.naam for t in s.themasamenwerkingen.all()} == set(items)


def test_vws_money_from_2016_as_in_seed_000(s: Services) -> None:
    m = find(r"€ (\d+),(\d) miljoen op jaarbasis", seed("000_nieuws_juli_2015.txt"))
    total = sum(x.bedrag for x in s.subsidies.all() if x.jaar == 2016)
    expected = Decimal(f"{m[1]}.{m[2]}") * 1_000_000
    assert abs(total - expected) < Decimal("0.01") * 14  # equal shares, rounded to cents
    chair = find(r"(Theo Roes), voorzitter van het landelijk overleg",
                 seed("000_nieuws_juli_2015.txt"))
    assert chair[1] in {p.naam for p in s.personen.all()}
