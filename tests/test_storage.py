"""The warehouse: migrations, the writer lock, snapshot publishing, transactional loads."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from casualty_tracker.storage.execute import statements
from casualty_tracker.storage.loads import load_extraction
from casualty_tracker.storage.migrations import available_migrations, migrate, schema_version
from casualty_tracker.storage.warehouse import NoDatabase, Warehouse, WarehouseBusy

QUARANTINE_ROW = (
    "INSERT INTO quarantine (source_path, reason, detected_at) VALUES ('x', 'why', now()::TIMESTAMP)"
)


def test_new_database_gets_every_migration_and_views(db_path: Path) -> None:
    Warehouse(db_path).ensure_schema()
    with Warehouse(db_path).reader() as con:
        assert schema_version(con) == max(v for v, _, _ in available_migrations())
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {
        "articles",
        "quarantine",
        "casualty_figures",
        "troop_figures",
        "weapon_figures",
        "figures",
    } <= tables


def test_migrate_twice_applies_nothing_the_second_time(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    assert migrate(con) == [v for v, _, _ in available_migrations()]
    assert migrate(con) == []


def test_reader_before_any_run_says_what_to_do(db_path: Path) -> None:
    with pytest.raises(NoDatabase, match="casualty-tracker run"):
        Warehouse(db_path).reader()


def test_reader_is_read_only(db_path: Path) -> None:
    Warehouse(db_path).ensure_schema()
    with Warehouse(db_path).reader() as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM articles")


def test_readers_keep_working_while_a_writer_holds_the_file(db_path: Path) -> None:
    wh = Warehouse(db_path)
    wh.ensure_schema()
    with wh.writer() as con:
        con.execute(
            "INSERT INTO quarantine (source_path, reason, detected_at) VALUES ('x', 'why', now()::TIMESTAMP)"
        )
        # The writer file is held; the snapshot is not, and still shows the last commit.
        with wh.reader() as reader:
            assert reader.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    with wh.reader() as reader:
        assert reader.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 1


def test_second_writer_waits_then_fails_with_a_clear_message(db_path: Path) -> None:
    wh = Warehouse(db_path)
    wh.ensure_schema()
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with wh.writer(publish=False):
            held.set()
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    started = time.monotonic()
    with (
        pytest.raises(WarehouseBusy, match="another casualty-tracker run"),
        Warehouse(db_path, lock_timeout_s=0.5).writer(),
    ):
        pass
    assert time.monotonic() - started >= 0.5
    release.set()
    t.join()


def test_failed_write_publishes_nothing_and_rolls_back(db_path: Path) -> None:
    wh = Warehouse(db_path)
    wh.ensure_schema()
    with pytest.raises(RuntimeError), wh.writer() as con:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO quarantine (source_path, reason, detected_at) VALUES ('x', 'why', now()::TIMESTAMP)"
        )
        raise RuntimeError("boom")
    with wh.writer(publish=False) as con:
        assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_extraction_load_replaces_rows_of_processed_articles(db_path: Path) -> None:
    wh = Warehouse(db_path)
    row = {
        "figure_id": "f1",
        "article_id": "a1",
        "kind": "killed",
        "value": 5,
        "evidence": "5 killed",
        "char_start": 0,
        "char_end": 8,
        "in_title": False,
        "published": date(2024, 1, 2),
    }
    frame = pl.select(**{k: pl.lit(v) for k, v in row.items()})
    for _ in range(2):
        with wh.writer() as con:
            load_extraction(con, "figures", ["a1"], {"casualty_figures": frame}, None, None)
    with wh.reader() as con:
        assert con.execute("SELECT figure_id, value FROM casualty_figures").fetchall() == [("f1", 5)]


def test_statement_splitter_ignores_comments() -> None:
    text = "-- a comment; with a semicolon\nSELECT 1;\nSELECT 2;\n"
    assert statements(text) == ["SELECT 1", "SELECT 2"]
