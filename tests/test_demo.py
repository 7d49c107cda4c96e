"""The demo database: the facts of the seeds, deterministic example data."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from werkplaats_desktop.services import Services
from werkplaats_desktop.store.database import Database

# "Uit de steigers" (2015), section 1, copied from the seed text.
MOVISIE_THEMAS = [
    "Actief Burgerschap",
    "Armoede en participatie",
    "Deskundigheidsbevordering (sociale) professionals / vrijwilligers / burgers",
    "Doorbreek eenzaamheid en sociaal isolement",
    "E-Health en E-Welzijn",
    "Eigen kracht / Zelfregie / Versterken sociaal netwerk",
    "Governance",
    "Het (keukentafel) Gesprek (toegang tot voorzieningen)",
    "Integrale sociale teams / Integraal werken",
    "Interdisciplinair samenwerken",
    "Jeugdzorg/Jeugdwijkteams",
    "Kennis ontwikkelen, delen en verspreiden",
    "Monitoring en evaluatie / Resultaatmeting / Maatschappelijk rendement",
    "Rehabilitatie in de wijk",
    "Samenspel formele en informele zorg",
    "Samenwerken in de keten",
    "Transitie; verschuiving van formele naar informele zorg/ondersteuning",
    "Wmo loket nieuwe stijl",
    "Zelfhulp ondersteund door ervaringsdeskundigen",
]


def test_the_fourteen_werkplaatsen_with_their_start_years(demo_db: Database) -> None:
    wps = Services(demo_db).werkplaatsen.all()
    assert len(wps) == 14
    assert Counter(w.startjaar for w in wps) == {2009: 6, 2012: 1, 2013: 7}
    by_name = {w.naam: w.startjaar for w in wps}
    assert by_name["Wmo-werkplaats Rotterdam"] == 2012
    assert by_name["Wmo-werkplaats Utrecht"] == 2009
    assert by_name["Wmo-werkplaats Flevoland"] == 2013


def test_the_themes_are_spelled_as_in_the_seed(demo_db: Database) -> None:
    themas = Services(demo_db).themas.all()
    movisie = sorted((t for t in themas if t.bron == "movisie"), key=lambda t: t.nummer or 0)
    assert [t.naam for t in movisie] == MOVISIE_THEMAS
    assert [t.nummer for t in movisie] == list(range(1, 20))
    assert {t.naam for t in themas if t.bron == "verbreding"} == {
        "Jeugdhulp (Jeugdwet)", "Werk en inkomen (Participatiewet)",
        "Passend onderwijs (Wet Passend Onderwijs)"}


def test_utrecht_has_its_five_kenniskringen_with_outputs_and_pilots(demo_db: Database) -> None:
    s = Services(demo_db)
    utrecht = next(w for w in s.werkplaatsen.all() if w.naam == "Wmo-werkplaats Utrecht")
    kringen = [k for k in s.kenniskringen.all() if k.werkplaats_id == utrecht.id]
    assert len(kringen) == 5
    assert "Presentie, Kwartiermaken en Support" in {k.naam for k in kringen}
    titles = {p.titel for p in s.producten.all()}
    assert "Supportgericht Werken in de Wmo" in titles
    pilots = {g.naam for p in s.projecten.all() if p.naam == "Monitoring, Lokale "
              "Beleidsontwikkeling en Zeggenschap" for g in map(s.gemeenten.get,
                                                                 p.pilot_gemeente_ids)}
    assert pilots == {"Amersfoort", "Woerden", "Leusden"}


def test_avans_and_the_landelijk_overleg(demo_db: Database) -> None:
    s = Services(demo_db)
    avans = next(w for w in s.werkplaatsen.all() if "Avans" in w.naam)
    lectoraten = {lec.naam for lec in s.lectoraten.all() if lec.werkplaats_id == avans.id}
    assert lectoraten == {"Integrale Veiligheid", "Jeugd, Gezin & Samenleving", "Active Ageing",
                          "Leven Lang in Beweging"}
    overleg = [a for a in s.activiteiten.all() if a.titel == "Landelijk overleg Wmo-werkplaatsen"]
    assert len(overleg) == 14 and {a.datum.isoformat() for a in overleg} == {"2015-04-16"}
    movisie = next(p for p in s.partners.all() if p.naam == "Movisie")
    assert s.lists.count("deelname", _q(partner_id=movisie.id)) == 14


def test_the_network_matches_feiten_en_cijfers_2015(demo_db: Database) -> None:
    s = Services(demo_db)
    counts = Counter(p.type.value for p in s.partners.all())
    assert counts["gemeente"] == 121
    assert counts["uitvoeringsorganisatie"] == 280
    assert counts["stadsdeel"] == 5 and counts["gemeentelijke_dienst"] == 4
    assert counts["regio"] == 9 and counts["provincie"] == 3
    assert s.projecten.count() == 122
    gemeenten = {g.id: g for g in s.gemeenten.all()}
    netwerk = Counter(gemeenten[p.gemeente_id].netwerk for p in s.partners.all()
                      if p.type.value == "gemeente")
    assert netwerk["g4"] == 4 and netwerk["g32"] == 25


def test_example_data_spans_2009_2015_and_all_four_os(demo_db: Database) -> None:
    s = Services(demo_db)
    acts = s.activiteiten.all()
    assert {a.jaar for a in acts} == set(range(2009, 2016))
    assert {a.o.value for a in acts} == {"onderzoek", "ontwikkeling", "onderwijs", "ondersteuning"}
    assert s.info.is_demo()
    assert s.producten.count() > 100 and s.bijdragen.count() > 300


def _q(**filters: object):  # type: ignore[no-untyped-def]
    from werkplaats_desktop.services.lists import ListQuery

    return ListQuery(filters=filters)


def _dump(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    dump = [(t, sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)) for t in tables]
    conn.close()
    return dump


def test_same_seed_same_database(tmp_path: Path, demo_template: Path) -> None:
    """The same file, byte for byte, also from another process (whose string hashing, and so
    the order of any set, differs from this one's)."""
    again = tmp_path / "again.sqlite"
    env = dict(os.environ, PYTHONHASHSEED=str(os.getpid() % 4000 + 1))
    subprocess.run([sys.executable, "-m", "werkplaats_desktop.cli.main", "demo", str(again)],
                   env=env, check=True, capture_output=True)
    assert _dump(again) == _dump(demo_template)
    assert again.read_bytes() == demo_template.read_bytes()


def test_another_seed_gives_other_example_data(demo_seed_3: Path, demo_template: Path) -> None:
    other, base = dict(_dump(demo_seed_3)), dict(_dump(demo_template))
    assert other["thema"] == base["thema"] and other["gemeente"] == base["gemeente"]
    assert other["activiteit"] != base["activiteit"]
