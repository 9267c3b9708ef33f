"""SQL lives in sql/ as .sql files; this module reads them (and nothing else writes SQL text)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..paths import SQL_DIR


@cache
def sql(name: str) -> str:
    """The text of sql/<name> (e.g. "queries/ingest/upsert_articles.sql")."""
    return (SQL_DIR / name).read_text(encoding="utf-8")


def sql_files(folder: str) -> list[Path]:
    """The .sql files of a folder of sql/, in name order (migrations and views are applied in order)."""
    return sorted((SQL_DIR / folder).glob("*.sql"))
