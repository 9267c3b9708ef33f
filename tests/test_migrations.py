"""A database made by an older schema is migrated forward on open, never dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from casualty_tracker.storage.migrations import available_migrations, schema_version
from casualty_tracker.storage.warehouse import Warehouse


def _old_database(path: Path) -> None:
    """What version 1 of casualty-tracker left behind: only migration 0001, with data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_migrations "
        "(version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    version, name, text = available_migrations()[0]
    con.execute(text)
    con.execute("INSERT INTO schema_migrations VALUES (?, ?, now()::TIMESTAMP)", [version, name])
    con.execute(
        "INSERT INTO articles (article_id, title, published, content_sha256, ingested_at) "
        "VALUES ('a-old', 'An old article', DATE '2023-10-05', 'sha', now()::TIMESTAMP)"
    )
    con.execute(
        "INSERT INTO casualty_figures (figure_id, article_id, kind, value, qualifier, evidence, char_start, "
        "char_end, in_title, published) VALUES ('f-old', 'a-old', 'missing', 15000, 'approx', 'some 15,000', "
        "0, 11, false, DATE '2023-10-05')"
    )
    con.close()


def test_old_database_is_migrated_forward_with_its_data(tmp_path: Path) -> None:
    db = tmp_path / "db" / "casualties.duckdb"
    wh = Warehouse(db)
    _old_database(wh.writer_path)
    wh.ensure_schema()
    latest = max(v for v, _, _ in available_migrations())
    with wh.reader() as con:
        assert schema_version(con) == latest
        assert con.execute("SELECT title, published FROM articles").fetchall() == [
            ("An old article", date(2023, 10, 5))
        ]
        assert con.execute("SELECT figure_id, value FROM figures").fetchall() == [("f-old", 15000)]
        applied = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert applied == [v for v, _, _ in available_migrations()]


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch) -> None:
    from casualty_tracker.storage import migrations

    db = tmp_path / "m.duckdb"
    con = duckdb.connect(str(db))
    migrations.migrate(con)
    before = schema_version(con)
    broken = [
        *available_migrations(),
        (before + 1, "broken", "ALTER TABLE articles ADD COLUMN x INT; SELECT nonsense"),
    ]
    monkeypatch.setattr(migrations, "available_migrations", lambda: broken)
    with pytest.raises(duckdb.Error, match="nonsense"):
        migrations.migrate(con)
    assert schema_version(con) == before
    columns = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    assert "x" not in columns
