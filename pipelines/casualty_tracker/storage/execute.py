"""Running the SQL of sql/: scripts of several statements, single queries, named parameters.

Parameters are always bound, never pasted: each statement gets exactly the named
parameters ($name) it uses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import duckdb

from .sqlfiles import sql

if TYPE_CHECKING:  # polars loads only when a frame is asked for: `query` starts faster without it
    import polars as pl

_PARAM = re.compile(r"\$([a-z_]+)")


def statements(text: str) -> list[str]:
    """Split one of our .sql files into statements (they end with ';' at a line end)."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


def run_script(con: duckdb.DuckDBPyConnection, text: str, params: dict | None = None) -> None:
    """Run every statement of a script, binding the named parameters each one uses."""
    params = params or {}
    for stmt in statements(text):
        used = {name: params[name] for name in _PARAM.findall(stmt)}
        con.execute(stmt, used) if used else con.execute(stmt)


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """The columns of a table, in order (used to stage frames by name)."""
    return run_query_file(con, "queries/table_columns.sql", {"table": table})["column_name"].to_list()


def run_query_file(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> pl.DataFrame:
    """Run the single query of sql/<name>, binding the named parameters it uses."""
    (query,) = statements(sql(name))
    used = {k: (params or {})[k] for k in _PARAM.findall(query)}
    return fetch_frame(con, query, used or None)


def fetch_frame(
    con: duckdb.DuckDBPyConnection, query: str, params: dict | list | None = None
) -> pl.DataFrame:
    """Run a query and return its result as a polars frame (through Arrow)."""
    import polars as pl

    return pl.from_arrow(con.sql(query, params=params).to_arrow_table())
