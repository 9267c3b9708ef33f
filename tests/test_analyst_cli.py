"""The analyst commands (figures, export, chart) against the gold figures of the seed and dev
articles: real answers, clear one-line errors with exit code 2, nothing pasted into SQL."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from casualty_tracker.cli import main
from claims_data import gold_warehouse
from support import gold


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "gold.duckdb"
    gold_warehouse(path, gold("seed.jsonl") + gold("dev.jsonl"))
    return path


def run(capfd, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capfd.readouterr()
    return code, out, err


def test_figures_lists_claims_newest_first(db, capfd):
    code, out, _ = run(capfd, "figures", "--db", str(db), "--party", "north korea", "--kind", "casualties")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["published", "party", "kind", "claimant", "figure"]
    assert "weapon" not in lines[0]  # empty columns are left out of the table
    body = lines[2:-1]
    assert [line[:10] for line in body] == [
        "2025-01-13",
        "2024-12-23",
        "2024-12-23",
        "2024-12-19",
        "2024-12-19",
    ]
    assert "South Korea National Intelligence Service" in body[0] and "≥3,000" in body[0]
    assert "~1,100" in body[1]
    assert lines[-1] == "(5 rows)"


def test_figures_filters_combine_and_print_json(db, capfd):
    code, out, _ = run(
        capfd,
        "figures",
        "--db",
        str(db),
        "--claimant",
        "volodymyr zelensky",
        "--since",
        "2025-01-01",
        "--until",
        "2025-12-31",
        "--format",
        "json",
    )
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {(r["party"], r["kind"], r["figure"]) for r in rows} == {
        ("North Korea", "captured", "2"),
        ("Ukraine", "killed", "45,100"),
        ("Ukraine", "wounded", "~390,000"),
    }
    code, out, _ = run(capfd, "figures", "--db", str(db), "--format", "csv", "--limit", "3")
    assert code == 0 and len(list(csv.reader(out.splitlines()))) == 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--party", "Nrth Korea"], "unknown party 'Nrth Korea'; closest: North Korea"),
        (["--kind", "kiled"], "unknown kind 'kiled'; known: captured, casualties, killed, missing, troops"),
        (["--claimant", "Zelensky"], "unknown claimant 'Zelensky'; closest: Volodymyr Zelensky"),
        (["--since", "2024-13-01"], "bad date '2024-13-01' for --since: expected YYYY-MM-DD"),
        (
            ["--since", "2025-01-02", "--until", "2025-01-01"],
            "--since 2025-01-02 is after --until 2025-01-01",
        ),
        (["--party", "x'); DROP TABLE claims; --"], "unknown party"),
    ],
)
def test_figures_errors_say_what_exists(db, capfd, argv, message):
    code, out, err = run(capfd, "figures", "--db", str(db), *argv)
    assert code == 2 and out == ""
    assert err.startswith(f"casualty-tracker figures: {message}")
    assert err.count("\n") == 1


def test_export_uses_duckdb_copy_in_each_format(db, tmp_path, capfd):
    for fmt in ("csv", "parquet", "json"):
        target = tmp_path / f"latest.{fmt}"
        code, _, err = run(
            capfd, "export", "claims_latest", "--format", fmt, "--output", str(target), "--db", str(db)
        )
        assert code == 0, err
        reader = {"csv": "read_csv", "parquet": "read_parquet", "json": "read_json"}[fmt]
        with duckdb.connect() as con:
            got = con.execute(
                f"SELECT claimant, best FROM {reader}(?) WHERE party = 'North Korea' AND kind = 'casualties' "
                "ORDER BY best DESC",
                [str(target)],
            ).fetchall()
        assert got == [
            ("South Korea National Intelligence Service", 3000),
            ("South Korea Joint Chiefs of Staff", 1100),
            ("US military official", 300),
            ("Ukraine military intelligence", 30),
        ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nope", "--format", "csv"], "no table or view 'nope'; known: article_extractions, article_sources"),
        (['claims"; DROP TABLE claims; --', "--format", "csv"], "no table or view"),
    ],
)
def test_export_refuses_unknown_names(db, tmp_path, capfd, argv, message):
    code, _, err = run(capfd, "export", *argv, "--output", str(tmp_path / "x.csv"), "--db", str(db))
    assert code == 2 and message in err and "claims_latest" in err
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0


def test_export_to_missing_folder_and_missing_database(db, tmp_path, capfd):
    code, _, err = run(
        capfd,
        "export",
        "claims",
        "--format",
        "csv",
        "--output",
        str(tmp_path / "no" / "x.csv"),
        "--db",
        str(db),
    )
    assert code == 2 and "does not exist" in err
    code, _, err = run(capfd, "figures", "--db", str(tmp_path / "absent.duckdb"))
    assert code == 2 and "no database at" in err


def test_chart_command_and_its_errors(db, tmp_path, capfd):
    out = tmp_path / "nk.svg"
    code, _, err = run(
        capfd,
        "chart",
        "--party",
        "North Korea",
        "--kind",
        "casualties",
        "--output",
        str(out),
        "--db",
        str(db),
    )
    assert code == 0, err
    assert "Ukraine military intelligence" in out.read_text(encoding="utf-8")
    code, _, err = run(capfd, "chart", "--party", "Palestine", "--kind", "troops", "--db", str(db))
    assert code == 2
    assert "no claims with a number of kind 'troops' about 'Palestine'" in err and "killed (3)" in err
    code, _, err = run(capfd, "chart", "--party", "Mars", "--kind", "killed", "--db", str(db))
    assert code == 2 and "unknown party 'Mars'" in err
    code, _, err = run(
        capfd,
        "chart",
        "--party",
        "Palestine",
        "--kind",
        "killed",
        "--output",
        str(tmp_path / "x.gif"),
        "--db",
        str(db),
    )
    assert code == 2 and ".png, .svg, .html, .json" in err


def test_exit_code_two_from_a_real_process(db):
    done = subprocess.run(
        [sys.executable, "-m", "casualty_tracker.cli", "figures", "--db", str(db), "--kind", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().startswith("casualty-tracker figures: unknown kind 'nope'; known: captured")
