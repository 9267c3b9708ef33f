"""Versioned schema migrations from sql/migrations, applied forward on every writer open.

A database made by an older version keeps its data: each missing NNNN_*.sql runs in
its own transaction and is recorded in schema_migrations; nothing is ever dropped and
re-created. Views (sql/views) are re-created after, since they hold no data.
"""

from __future__ import annotations

import re

import duckdb

from .sqlfiles import sql_files

_VERSION = re.compile(r"^(\d+)_(.+)\.sql$")


def available_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every file of sql/migrations, in version order."""
    found = []
    for path in sql_files("migrations"):
        m = _VERSION.match(path.name)
        if m:
            found.append((int(m.group(1)), m.group(2), path.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this database (0 for a new one)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the missing migrations, then (re)create the views; return the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    current = schema_version(con)
    applied = []
    for version, name, text in available_migrations():
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(text)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp::TIMESTAMP)", [version, name]
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    create_views(con)
    return applied


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """Re-create every view of sql/views (CREATE OR REPLACE), in file order."""
    for path in sql_files("views"):
        con.execute(path.read_text(encoding="utf-8"))
