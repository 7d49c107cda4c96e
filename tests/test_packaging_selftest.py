"""The self-test (``werkplaats self-test``, ``werkplaats-desktop --self-test``): passes on a
working program, and fails with a readable Dutch reason and exit code 1 when something is
missing, without touching the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from werkplaats_desktop import selftest
from werkplaats_desktop.cli.main import main as cli_main
from werkplaats_desktop.locations import DATA_DIR_ENV
from werkplaats_desktop.services import catalog


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def test_the_command_passes_and_writes_its_result(
        qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        _user_data_dir: Path) -> None:
    result_file = tmp_path / "uitvoer" / "zelftest.txt"
    assert cli_main(["self-test", "--resultaat", str(result_file)]) == 0
    out = capsys.readouterr().out
    text = read(result_file)
    assert text.startswith("GESLAAGD: de zelftest van Werkplaats Desktop")
    for step in selftest.default_steps():
        assert f"[ok] {step.naam}" in out and f"[ok] {step.naam}" in text
    assert f"{len(catalog.ALL)} soorten records geschreven en teruggelezen" in text
    assert "Engels (werkplaats_en.qm, " in text
    assert "grafiek per thema als PNG (1200x1240 beeldpunten), SVG en PDF" in text
    assert "landelijk overzicht (2 rijen) geschreven, in een nieuwe database ingelezen en nog " \
           "eens ingelezen zonder dubbele records" in text
    # it worked in a folder of its own, which is gone again; the user's folder is untouched
    assert os.environ[DATA_DIR_ENV] == str(_user_data_dir)
    assert list(_user_data_dir.iterdir()) == []
    database_line = next(line for line in text.splitlines() if "zelftest.sqlite" in line)
    temporary = Path(database_line.rsplit(" in ", 1)[1]).parent
    assert temporary.name.startswith("werkplaats-zelftest-") and not temporary.exists()


def test_the_window_program_runs_its_extra_checks(qapp, tmp_path: Path) -> None:
    from werkplaats_desktop.ui.app import main as app_main

    result_file = tmp_path / "zelftest.txt"
    assert app_main(["--self-test", "--resultaat", str(result_file)]) == 0
    text = read(result_file)
    assert text.startswith("GESLAAGD")
    line = next(line for line in text.splitlines() if "Vensteronderdelen laden" in line)
    assert line.startswith("[ok]")
    translations = next(line for line in text.splitlines() if "Vertalingen laden" in line)
    assert translations.startswith("[ok]") and "qtbase_nl.qm" in translations
    assert "werkplaats_en.qm" in translations
    assert "pictogram, Qt-widgets en de dashboardgrafiek in een venster (600x660" in line


def test_the_translation_check_leaves_the_language_as_it_was(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from werkplaats_desktop.ui import i18n
    from werkplaats_desktop.ui.selftest_qt import check_translations

    i18n.install_translators("nl")
    check_translations()
    assert i18n.translate("QPlatformTheme", "Cancel") == "Annuleren"
    from werkplaats_desktop.domain.numbers import fmt_int

    assert fmt_int(1419) == "1.419"  # the number style is Dutch again too
    assert QCoreApplication.translate("Keuzelijst", "Onderzoek") == "Onderzoek"


def test_translations_qt_cannot_load_fail_the_window_test_with_a_dutch_reason(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from werkplaats_desktop.ui import i18n
    from werkplaats_desktop.ui.app import main as app_main

    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path / "leeg")
    result_file = tmp_path / "zelftest.txt"
    assert app_main(["--self-test", "--resultaat", str(result_file)]) == 1
    err = capsys.readouterr().err
    reason = "Vertalingen laden: de Engelse vertaling is niet geladen: werkplaats_en.qm"
    assert f"zelftest mislukt. {reason}" in err
    text = read(result_file)
    assert text.startswith(f"MISLUKT: de zelftest van Werkplaats Desktop {selftest.__version__} "
                           f"is mislukt.\nReden: {reason}\n")
    assert "[FOUT] Vertalingen laden" in text
    assert "Technische details" not in text  # a known failure needs no traceback


def test_a_damaged_translation_fails_the_command_with_a_dutch_reason(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from werkplaats_desktop.locations import resources_dir

    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    (copy / "translations" / "werkplaats_en.qm").write_bytes(b"geen vertaling")
    monkeypatch.setattr(selftest, "resources_dir", lambda: copy)
    result_file = tmp_path / "zelftest.txt"
    assert cli_main(["self-test", "--resultaat", str(result_file)]) == 1
    reason = "Vertalingen vinden: werkplaats_en.qm is geen vertaalbestand van Qt"
    assert f"werkplaats: zelftest mislukt. {reason}" in capsys.readouterr().err
    assert "[FOUT] Vertalingen vinden" in read(result_file)


def test_missing_program_files_stop_the_test_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(selftest, "resources_dir", lambda: empty)
    result = selftest.run_selftest()
    assert not result.ok
    assert result.reason.startswith("Programmabestanden vinden: deze programmabestanden "
                                    "ontbreken: ")
    assert str(empty / "icons" / "werkplaats.svg") in result.reason
    assert result.skipped == [s.naam for s in selftest.default_steps()[1:]]
    assert "[--] Database maken via de migraties: niet uitgevoerd" in result.text()


def test_an_unexpected_error_is_named_and_its_traceback_kept(tmp_path: Path) -> None:
    def broken(ctx: selftest.Context) -> str:
        raise KeyError("grafiek")

    steps = [selftest.Step("Database maken via de migraties", selftest.create_database),
             selftest.Step("Kapotte stap", broken)]
    result = selftest.run_selftest(steps)
    assert result.reason == "Kapotte stap: onverwachte fout: KeyError: 'grafiek'"
    text = result.text()
    assert "Technische details (voor de ontwikkelaars):" in text
    assert 'raise KeyError("grafiek")' in text


def test_a_chart_without_the_data_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib.figure import Figure

    from werkplaats_desktop import charts

    monkeypatch.setattr(charts, "build", lambda key, data: Figure(figsize=(2, 2)))
    result = selftest.run_selftest(selftest.default_steps()[:4])
    assert result.reason == ("Dashboardgrafiek tekenen: de grafiek per thema "
                             "(grafiek-per-thema.png) toont de balk van de activiteit niet")


def test_every_kind_of_record_needs_an_example(monkeypatch: pytest.MonkeyPatch) -> None:
    left_out = catalog.BY_KEY[selftest._SAMPLES[-1][0]]
    monkeypatch.setattr(selftest, "_SAMPLES", selftest._SAMPLES[:-1])
    result = selftest.run_selftest(selftest.default_steps()[:3])
    assert result.reason == ("Records schrijven en teruglezen: de zelftest kent nog geen "
                             f"voorbeeld van: {left_out.singular}")


def test_a_record_that_reads_back_differently_is_reported() -> None:
    from werkplaats_desktop.domain import model as m

    written = m.Thema(naam="Eenzaamheid", actief=True)
    read_back = m.Thema(naam="Eenzaamheid", actief=False, uuid="u", created_at=None)
    with pytest.raises(selftest.SelfTestFailure, match="thema: veld 'actief' teruggelezen als "
                                                       "False, geschreven was True"):
        selftest._compare("thema", written, read_back)


def test_an_unwritable_result_file_fails_the_command(
        qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "is-een-map"
    folder.mkdir()
    assert cli_main(["self-test", "--resultaat", str(folder)]) == 1
    assert f"het resultaat kon niet worden geschreven naar {folder}" in capsys.readouterr().err
