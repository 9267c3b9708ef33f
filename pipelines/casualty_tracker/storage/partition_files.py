"""Parquet storage: the figure tables as one set of files per publication day.

Layout under the storage root (a folder, or an object-store URL such as s3://bucket/x):

    <root>/<table>/_schema.parquet                      empty, fixes the columns
    <root>/<table>/published=YYYY-MM-DD/part-0.parquet  one day's rows of that table
    <root>/_manifests/published=YYYY-MM-DD.json         what a day's run wrote, written last

A partition run writes only its own day's files, so many run at once. Each file is
replaced whole: locally written beside its place and renamed over it (atomic), on an
object store put in one request (an object is never seen half-written). The DuckDB
file keeps the same table names as views over read_parquet, so every query, view and
command works unchanged.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import duckdb

from .execute import run_query_file

PARTITIONED_TABLES = ("number_mentions", "casualty_figures", "troop_figures", "weapon_figures")


def _literal(text: str) -> str:
    """A SQL string literal (view bodies cannot take bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


class PartitionFiles:
    """Where each day's Parquet files live, and how they are written and attached."""

    def __init__(self, root: str) -> None:
        self.remote = "://" in root
        self.root = root.rstrip("/") if self.remote else str(Path(root).resolve())

    def table_dir(self, table: str) -> str:
        if table not in PARTITIONED_TABLES:
            raise ValueError(f"not a partitioned table: {table}")
        return f"{self.root}/{table}"

    def partition_path(self, table: str, day: date) -> str:
        return f"{self.table_dir(table)}/published={day.isoformat()}/part-0.parquet"

    def manifest_path(self, day: date) -> str:
        return f"{self.root}/_manifests/published={day.isoformat()}.json"

    def glob(self, table: str) -> str:
        return f"{self.table_dir(table)}/**/*.parquet"

    # -- the catalog ---------------------------------------------------------------------

    def attach(self, con: duckdb.DuckDBPyConnection) -> None:
        """Make each partitioned table a view over its files (first time: from the empty table)."""
        from .migrations import create_views

        for table in PARTITIONED_TABLES:
            kind = run_query_file(con, "queries/table_type.sql", {"table": table})["table_type"].to_list()
            if kind == ["BASE TABLE"]:
                rows = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if rows:
                    raise RuntimeError(
                        f"{table} holds {rows} rows in the DuckDB file; Parquet storage would hide them. "
                        "Use a new database for Parquet storage (or export the rows first)."
                    )
                schema_file = f"{self.table_dir(table)}/_schema.parquet"
                self._write(con, f'SELECT * FROM "{table}" LIMIT 0', schema_file)
                con.execute(f'DROP TABLE "{table}"')
            con.execute(
                f'CREATE OR REPLACE VIEW "{table}" AS SELECT * FROM read_parquet('
                f"{_literal(self.glob(table))}, union_by_name = true, hive_partitioning = false)"
            )
        create_views(con)

    # -- writing a day ---------------------------------------------------------------------

    def write_table(self, con: duckdb.DuckDBPyConnection, table: str, day: date) -> None:
        """Write `table` of the (scratch) connection as the day's file, replacing it whole."""
        self._write(con, f'SELECT * FROM "{table}"', self.partition_path(table, day))

    def _write(self, con: duckdb.DuckDBPyConnection, select: str, target: str) -> None:
        if self.remote:
            con.execute(f"COPY ({select}) TO {_literal(target)} (FORMAT parquet)")
            return
        final = Path(target)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        try:
            con.execute(f"COPY ({select}) TO {_literal(str(tmp))} (FORMAT parquet)")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, final)
        finally:
            tmp.unlink(missing_ok=True)

    def write_manifest(self, con: duckdb.DuckDBPyConnection, day: date, manifest: dict) -> None:
        """The day's manifest, written after its files: a day without one is not done."""
        body = json.dumps(manifest, sort_keys=True, default=str)
        if self.remote:
            con.execute(
                f"COPY (SELECT {_literal(body)}::JSON AS manifest) TO {_literal(self.manifest_path(day))} "
                "(FORMAT json)"
            )
            return
        final = Path(self.manifest_path(day))
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        tmp.write_text(body, encoding="utf-8")
        os.replace(tmp, final)

    def manifests(self, con: duckdb.DuckDBPyConnection | None = None) -> dict[date, dict]:
        """Every day's manifest, by day."""
        out: dict[date, dict] = {}
        if self.remote:
            assert con is not None, "reading manifests from an object store needs a DuckDB connection"
            try:
                rows = con.execute(
                    f"SELECT manifest FROM read_json({_literal(self.root + '/_manifests/*.json')})"
                ).fetchall()
            except duckdb.IOException:
                return out
            found = [json.loads(r[0]) if isinstance(r[0], str) else r[0] for r in rows]
        else:
            folder = Path(self.root, "_manifests")
            paths = sorted(folder.glob("published=*.json"))
            found = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
        for manifest in found:
            out[date.fromisoformat(manifest["published"])] = manifest
        return out
