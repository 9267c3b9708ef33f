"""What the analyst commands ask of the database: filters checked against what exists,
claims listed, tables and views exported.

Pure of the command line (cli.py only parses and prints) and of Dagster. Every user value is
a bound parameter; the only names put into SQL text are a table or view name found in the
catalog and an export format from a fixed list.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from .storage.execute import statements
from .storage.sqlfiles import sql

EXPORT_FORMATS = {"csv": "FORMAT csv, HEADER", "parquet": "FORMAT parquet", "json": "FORMAT json"}
_KNOWN = {
    "party": "queries/analysis/known_parties.sql",
    "kind": "queries/analysis/known_kinds.sql",
    "claimant": "queries/analysis/known_claimants.sql",
}
_LISTED = 12


class AnalysisError(ValueError):
    """A user's input names nothing in the database; the message says what does exist."""


@dataclass(frozen=True)
class Rows:
    columns: list[str]
    rows: list[tuple]

    def without_empty_columns(self) -> Rows:
        """The same rows less the columns that are empty in every row (narrower tables for people)."""
        keep = [i for i in range(len(self.columns)) if any(r[i] is not None for r in self.rows)]
        if not self.rows or len(keep) == len(self.columns):
            return self
        return Rows([self.columns[i] for i in keep], [tuple(r[i] for i in keep) for r in self.rows])


def _one_query(name: str) -> str:
    (query,) = statements(sql(name))
    return query


def _fetch(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> Rows:
    cur = con.execute(_one_query(name), params or {})
    return Rows([d[0] for d in cur.description], cur.fetchall())


def _listing(names: list[str], wanted: str, listed: int = _LISTED) -> str:
    close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.5)
    if len(names) <= listed:
        return "known: " + ", ".join(names) if names else "none are stored yet"
    shown = close or names[:_LISTED]
    label = "closest" if close else "some"
    return f"{label}: {', '.join(shown)} ({len(names)} in all)"


def resolve(con: duckdb.DuckDBPyConnection, what: str, value: str | None) -> str | None:
    """The stored spelling of a party, kind or claimant (case-insensitive), or AnalysisError."""
    if value is None:
        return None
    names = [r[0] for r in con.execute(_one_query(_KNOWN[what])).fetchall()]
    if value in names:
        return value
    folded = [n for n in names if n.casefold() == value.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    raise AnalysisError(f"unknown {what} {value!r}; {_listing(names, value)}")


def parse_date(value: str | None, option: str) -> date | None:
    """An ISO date from the command line, or AnalysisError naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise AnalysisError(f"bad date {value!r} for {option}: expected YYYY-MM-DD") from None


def list_claims(
    con: duckdb.DuckDBPyConnection,
    party: str | None = None,
    kind: str | None = None,
    claimant: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 50,
) -> Rows:
    """Claims newest first, each once however many outlets carried it (`figures` command)."""
    if since and until and since > until:
        raise AnalysisError(f"--since {since} is after --until {until}")
    params = {
        "party": resolve(con, "party", party),
        "kind": resolve(con, "kind", kind),
        "claimant": resolve(con, "claimant", claimant),
        "since": since,
        "until": until,
        "limit": limit if limit and limit > 0 else None,
    }
    return _fetch(con, "queries/analysis/figures.sql", params)


def relations(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """name -> 'table' | 'view' for everything an analyst may export."""
    return dict(con.execute(_one_query("queries/analysis/relations.sql")).fetchall())


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def export(con: duckdb.DuckDBPyConnection, name: str, fmt: str, output: str | Path) -> Path:
    """Write a whole table or view with DuckDB's COPY; the name must exist in the catalog."""
    known = relations(con)
    if name not in known:
        raise AnalysisError(f"no table or view {name!r}; {_listing(sorted(known), name, listed=100)}")
    if fmt not in EXPORT_FORMATS:
        raise AnalysisError(f"unknown format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
    path = Path(output).expanduser().resolve()
    if not path.parent.is_dir():
        raise AnalysisError(f"cannot write {path}: folder {path.parent} does not exist")
    query = _one_query("queries/analysis/export.sql")
    query = query.replace("{relation}", _quoted(name)).replace("{format}", EXPORT_FORMATS[fmt])
    con.execute(query, {"path": str(path)})
    return path


def kinds_of_party(con: duckdb.DuckDBPyConnection, party: str) -> dict[str, int]:
    """kind -> number of claims about a party."""
    return dict(con.execute(_one_query("queries/analysis/kinds_of_party.sql"), {"party": party}).fetchall())
