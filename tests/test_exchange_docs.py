"""docs/uitwisselformaat.md describes every file, column and code the program writes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from werkplaats_desktop.domain import enums
from werkplaats_desktop.exchange import formats as F
from werkplaats_desktop.exchange import landelijk
from werkplaats_desktop.exchange.profiles import PROFILES

DOC = (Path(__file__).resolve().parents[1] / "docs" / "uitwisselformaat.md").read_text(
    encoding="utf-8")


def _section(title: str) -> str:
    """From the heading that holds ``title`` to the next heading."""
    heading = re.search(r"^#{2,4} .*" + re.escape(title) + ".*$", DOC, flags=re.M)
    assert heading is not None, title
    following = re.search(r"^#{2,4} ", DOC[heading.end():], flags=re.M)
    return DOC[heading.start(): heading.end() + (following.start() if following else len(DOC))]


def test_every_file_and_column_is_documented_in_its_own_section() -> None:
    for fmt in F.FILES:
        section = _section(f" `{fmt.file}`")  # its heading: "#### 5.2.n `file`"
        for column in fmt.columns:
            assert f"| `{column.name}` |" in section, (fmt.file, column.name)
    section = _section("4. Het landelijk overzicht")
    for name in landelijk.NAMES:
        assert f"| `{name}` |" in section, name


def test_profiles_versions_guard_and_codes_are_documented(empty_template: Path) -> None:
    for key in PROFILES:
        assert f"`{key}`" in DOC
    assert f'"formaatversie": {F.FORMAT_VERSION}' in DOC
    assert "`=` `+` `-` `@` TAB (U+0009) CR (U+000D)" in DOC
    codes = _section("9. Codelijsten")
    conn = sqlite3.connect(empty_template)
    for table in ("provincie", "o_soort", "activiteit_subtype", "partner_type", "product_type"):
        for (code,) in conn.execute(f"SELECT code FROM {table}"):
            assert f"`{code}`" in codes, (table, code)
    for cls in (enums.WerkplaatsType, enums.ProjectStatus, enums.AgendaStatus, enums.DeelnameRol,
                enums.Overeenkomst, enums.BijdrageSoort, enums.ProjectPartnerRol,
                enums.PersoonRol, enums.Gemeentenetwerk):
        for member in cls:
            assert f"| `{member.value}` | {member.label} |" in codes, member


def test_the_national_code_list_and_the_year_statuses_are_documented(
        empty_template: Path) -> None:
    codes = _section("9. Codelijsten")
    conn = sqlite3.connect(empty_template)
    for code, naam in conn.execute("SELECT code, naam FROM landelijke_werkplaats"):
        assert f"| `{code}` | {naam} |" in codes, code
    for naam, code in conn.execute("SELECT naam, code FROM landelijke_werkplaats_naam"):
        assert naam in codes, (code, naam)
    for member in enums.JaarStatus:
        assert f"| `{member.value}` | {member.label} |" in codes, member
    for key in ("eigen_werkplaats", "jaarstatus", "exportdatum"):
        assert f"| `{key}` |" in _section("5.1 `manifest.json`"), key
