#!/usr/bin/env python3
"""Mutation testing of the rule and parser modules: how many small changes of the code does
the test suite notice?

    .venv/bin/pip install mutmut            # once (not a dependency of the project)
    .venv/bin/python tools/mutation.py                       # every module, at HEAD
    .venv/bin/python tools/mutation.py --rev f60df9b          # the same at another commit
    .venv/bin/python tools/mutation.py --module store/integrity.py --survivors

For each module in :data:`MODULES` the script exports the commit (``git archive``) into a
scratch folder, writes a ``setup.cfg`` that makes mutmut (3.x) mutate only that module and run
only the listed test files (the fast ones that exercise it; mutmut then runs, per mutant, only
the tests that reach the mutated function), runs ``mutmut run`` there and prints the score:
killed / (killed + survived + not covered), with timeouts counted as killed (a mutant that
hangs the program is noticed) and also shown apart: on a busy machine a timeout can be the
load, and ``--keep --timeout-multiplier 40`` tests those mutants again. Nothing in the
checkout is touched; the scratch folders stay for ``mutmut browse`` (``cd`` into one). Slow
tests (``@pytest.mark.slow``) are left out.

Qt: ``ui/forms/fields.py`` holds the number and date parsing of the forms inside Qt widget
classes. mutmut mutates them like any method; the tests that reach them create real widgets
(pytest-qt, offscreen). Only the parsing is mutated (``only_parsing`` marks the rest of the
scratch copy ``# pragma: no mutate``) and counted (``FIELD_FUNCTIONS``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "werkplaats_desktop"

#: module (under the package) -> the test files that exercise it (missing ones are skipped,
#: so that an older commit can be measured with the same table)
MODULES: dict[str, list[str]] = {
    "domain/validation.py": ["test_validation", "test_records", "test_rules_edges"],
    "exchange/cells.py": [
        "test_exchange_cells", "test_exchange_bad_files", "test_exchange_national",
        "test_rules_edges", "test_exchange_edges",
    ],
    "exchange/checks.py": [
        "test_exchange_import", "test_exchange_national", "test_exchange_bad_files",
        "test_rules_edges", "test_exchange_edges",
    ],
    "exchange/matching.py": [
        "test_exchange_import", "test_exchange_national", "test_rules_edges",
        "test_exchange_edges",
    ],
    "store/integrity.py": [
        "test_safety_integrity", "test_store", "test_safety_backups", "test_hot_journal",
        "test_rules_edges", "test_integrity_direct",
    ],
    "services/records.py": ["test_records", "test_validation", "test_rules_edges",
                            "test_exchange_edges"],
    "services/rules.py": ["test_rules_both_paths", "test_rules_property", "test_rules_edges",
                          "test_records", "test_exchange_edges", "test_rules_direct",
                          "test_year_status"],
    "services/dashboard/queries.py": ["test_dashboard", "test_stats_cli", "test_dashboard_edges",
                                      "test_dashboard_counts"],
    "domain/numbers.py": ["test_numbers", "test_form_fields_edges", "test_entry_scenarios"],
    "domain/dates.py": ["test_exchange_cells", "test_form_fields_edges", "test_exchange_edges"],
    # (before the merges of issues 12-17 the rules and the parsing lived here)
    "services/dashboard_queries.py": ["test_dashboard", "test_stats_cli", "test_dashboard_edges"],
    "ui/forms/fields.py": ["test_gui_entry", "test_validation", "test_form_fields_edges"],
}

#: modules whose tests use the demo database but that the demo builder does not use: the
#: demo is built once for all their mutants (see :func:`cache_demo`)
CACHE_DEMO = {"exchange/matching.py", "services/dashboard_queries.py",
              "services/dashboard/queries.py", "domain/dates.py"}

#: in ui/forms/fields.py only these functions are the parsing the issue asks about
FIELD_FUNCTIONS = ("NumberField.value", "DecimalField.value", "DecimalField.set_value",
                   "parse_date", "DateField.value")


def export(rev: str, target: Path) -> None:
    archive = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, check=True,
                             capture_output=True).stdout
    target.mkdir(parents=True)
    with tempfile.TemporaryFile() as tmp:
        tmp.write(archive)
        tmp.seek(0)
        with tarfile.open(fileobj=tmp) as tar:
            tar.extractall(target, filter="data")


def write_config(folder: Path, module: str, timeout_multiplier: float = 15.0,
                 sqlite_only: bool = False) -> list[str]:
    tests = [f"tests/{t}.py" for t in MODULES[module] if (folder / "tests" / f"{t}.py").exists()]
    # (the [postgresql] variants run the same Python code; each mutant's run would otherwise
    # start its own PostgreSQL server)
    only_sqlite = ["    -k", "    not postgresql"] if sqlite_only else []
    lines = [
        "[mutmut]",
        f"source_paths = {PACKAGE}",
        f"only_mutate = {PACKAGE}/{module}",
        "also_copy =",
        "    db",
        "    resources",
        "    alembic.ini",
        "pytest_add_cli_args =",
        "    -p",
        "    no:cacheprovider",
        "    -m",
        "    not slow",
        *only_sqlite,
        "pytest_add_cli_args_test_selection =",
        *(f"    {t}" for t in tests),
        f"timeout_multiplier = {timeout_multiplier}",
        "",
    ]
    (folder / "setup.cfg").write_text("\n".join(lines), encoding="utf-8")
    return tests


_DEMO_FIXTURE = '''    from werkplaats_desktop.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")
'''
_DEMO_CACHED = '''    from werkplaats_desktop.demo.builder import build_demo

    # (tools/mutation.py --cache-demo: built once, by the clean code, for every mutant)
    cache = Path(__file__).resolve().parents[1] / ".mutation-cache" / "demo.sqlite"
    if not cache.exists():
        cache.parent.mkdir(exist_ok=True)
        build_demo(cache)
    target = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(cache, target)
    return target
'''


def cache_demo(folder: Path) -> None:
    """Build the demo database once for all mutants instead of once per mutant (5 s each):
    the scratch copy's conftest keeps it in ``.mutation-cache``. Only for modules the demo
    builder does not use, so that no kill is lost."""
    conftest = folder / "tests" / "conftest.py"
    text = conftest.read_text(encoding="utf-8")
    if _DEMO_FIXTURE in text:
        conftest.write_text(text.replace(_DEMO_FIXTURE, _DEMO_CACHED), encoding="utf-8")


def only_parsing(folder: Path) -> None:
    """In the scratch copy of ``ui/forms/fields.py``, keep mutmut to the number and date
    parsing (``NumberField`` to ``DateField``): the widget plumbing around it is not what the
    issue asks about, and each of its mutants would run the GUI tests."""
    path = folder / PACKAGE / "ui" / "forms" / "fields.py"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("class FieldInputError"))
    start = next(i for i, line in enumerate(lines) if line.startswith("class NumberField"))
    end = next(i for i, line in enumerate(lines) if line.startswith("class BoolField"))
    lines[end:end] = ["# pragma: no mutate start"]
    lines.append("# pragma: no mutate end")
    lines[start:start] = ["# pragma: no mutate end", ""]
    lines[first:first] = ["# pragma: no mutate start"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _key_matches(key: str, module: str) -> bool:
    if module != "ui/forms/fields.py":
        return True
    # mutant names look like werkplaats_desktop.ui.forms.fields.xǁNumberFieldǁvalue__mutmut_3
    # or werkplaats_desktop.ui.forms.fields.x_parse_date__mutmut_1
    name = key.rsplit(".", 1)[-1].split("__mutmut_")[0]
    name = name.removeprefix("x_").removeprefix("xǁ").replace("ǁ", ".")
    return name in FIELD_FUNCTIONS


def score(folder: Path, module: str, survivors: bool) -> dict[str, object]:
    meta = folder / "mutants" / PACKAGE / (module + ".meta")
    data = json.loads(meta.read_text(encoding="utf-8"))
    codes = {k: v for k, v in data.get("exit_code_by_key", {}).items() if _key_matches(k, module)}
    from mutmut.stats import status_by_exit_code  # mutmut's own reading of its exit codes

    status = {k: status_by_exit_code[c] for k, c in codes.items()}
    killed = sum(1 for s in status.values() if s in ("killed", "caught by type check"))
    timeout = sum(1 for s in status.values() if s == "timeout")
    survived = [k for k, s in status.items() if s == "survived"]
    no_tests = [k for k, s in status.items() if s == "no tests"]
    other = len(codes) - killed - timeout - len(survived) - len(no_tests)
    counted = killed + timeout + len(survived) + len(no_tests)
    result: dict[str, object] = {
        "module": module, "mutants": len(codes), "killed": killed, "timeout": timeout,
        "survived": len(survived), "no_tests": len(no_tests), "other": other,
        "score": round(100 * (killed + timeout) / counted, 1) if counted else None,
    }
    if survivors:
        result["survivor_names"] = sorted(survived + no_tests)
    return result


def rescore(folder: Path, module: str, earlier: dict[str, object], names: list[str],
            survivors: bool) -> dict[str, object]:
    """The score after ``--again``: the earlier run's kills (and timeouts), plus those of
    ``names`` (its survivors and mutants without tests) that the tests now notice."""
    meta = folder / "mutants" / PACKAGE / (module + ".meta")
    codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
    from mutmut.stats import status_by_exit_code

    status = {n: status_by_exit_code[codes.get(n)] for n in names}
    killed = sum(1 for s in status.values() if s in ("killed", "caught by type check"))
    timeout = sum(1 for s in status.values() if s == "timeout")
    survived = sorted(n for n, s in status.items() if s == "survived")
    no_tests = sorted(n for n, s in status.items() if s == "no tests")
    other = len(names) - killed - timeout - len(survived) - len(no_tests)
    k = int(earlier["killed"]) + killed  # type: ignore[call-overload]
    t = int(earlier["timeout"]) + timeout  # type: ignore[call-overload]
    counted = k + t + len(survived) + len(no_tests)
    result: dict[str, object] = {
        "module": module, "mutants": earlier["mutants"], "killed": k, "timeout": t,
        "survived": len(survived), "no_tests": len(no_tests),
        "other": int(earlier["other"]) + other,  # type: ignore[call-overload]
        "score": round(100 * (k + t) / counted, 1) if counted else None,
        "retested": len(names),
    }
    if survivors:
        result["survivor_names"] = survived + no_tests
    return result


def run_module(rev: str, module: str, work: Path, children: int, survivors: bool,
               keep: bool, timeout_multiplier: float = 15.0,
               sqlite_only: bool = False,
               again: dict[str, object] | None = None) -> dict[str, object]:
    folder = work / module.replace("/", "_").removesuffix(".py")
    if folder.exists() and not keep:
        shutil.rmtree(folder)
    if not folder.exists():
        export(rev, folder)
        if module in CACHE_DEMO:
            cache_demo(folder)
        if module == "ui/forms/fields.py":
            only_parsing(folder)
    tests = write_config(folder, module, timeout_multiplier, sqlite_only)
    mutmut = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or "mutmut"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    log = folder / "mutmut.log"
    names = [str(n) for n in cast("list[object]", again["survivor_names"])] if again else []
    if again and not names:
        return {**again, "minutes": 0.0, "retested": 0}
    with open(log, "w", encoding="utf-8") as out:
        subprocess.run([mutmut, "run", "--max-children", str(children), *names], cwd=folder,
                       env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    result = score(folder, module, survivors)
    if again:
        result = rescore(folder, module, again, names, survivors)
    result["tests"] = tests
    result["minutes"] = round((time.monotonic() - start) / 60, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="HEAD", help="commit to measure (default HEAD)")
    parser.add_argument("--module", action="append", choices=sorted(MODULES),
                        help="only this module (may be repeated; default: all)")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "werkplaats-mutation",
                        help="scratch folder (default: <tmp>/werkplaats-mutation)")
    parser.add_argument("--max-children", type=int, default=2,
                        help="mutants tested at once (default 2; 1 on a shared machine)")
    parser.add_argument("--sqlite-only", action="store_true",
                        help="leave out the tests' [postgresql] variants (the same Python code "
                             "against a PostgreSQL server that every mutant's run would start "
                             "anew: a run several times faster)")
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    parser.add_argument("--keep", action="store_true",
                        help="reuse an earlier scratch folder (mutmut continues where it was)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--timeout-multiplier", type=float, default=15.0,
                        help="mutmut's timeout per mutant, times the tests' clean duration "
                             "(default 15). With --keep, a new value makes mutmut test again "
                             "only the mutants that timed out (on a busy machine a timeout "
                             "can be the load, not the mutant)")
    parser.add_argument("--again", type=Path, metavar="EARLIER.json",
                        help="test again only the mutants that survived (or had no test) in an "
                             "earlier --survivors --json run of the same source, at --rev with "
                             "the tests added since: the killed ones stay killed (tests were "
                             "only added), so the score is the earlier kills plus the new ones")
    args = parser.parse_args(argv)
    work = args.work / args.rev.replace("/", "_")
    results = []
    earlier = ({str(r["module"]): r for r in json.loads(args.again.read_text(encoding="utf-8"))}
               if args.again else {})
    for module in args.module or (list(earlier) if args.again else list(MODULES)):
        if args.again and module not in earlier:
            parser.error(f"{module} is not in {args.again}")
        result = run_module(args.rev, module, work, args.max_children, args.survivors,
                            args.keep, args.timeout_multiplier, args.sqlite_only,
                            earlier.get(module))
        results.append(result)
        print(f"{module:<32} score {result['score']}%  killed {result['killed']}"
              f" timeout {result['timeout']} survived {result['survived']}"
              f" no-tests {result['no_tests']} (of {result['mutants']};"
              f" {result['minutes']} min)", flush=True)
        for name in cast("list[str]", result.get("survivor_names", [])):
            print(f"    {name}")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
