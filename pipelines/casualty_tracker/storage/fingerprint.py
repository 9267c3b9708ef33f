"""A content fingerprint of a database: what it holds, without when it was written.

Two databases loaded from the same sources agree on every table's fingerprint, however
their runs went (crashed and resumed, or clean). Timestamps of the load itself
(ingested_at, read_at, seen_at, detected_at, extracted_at, applied_at) are left out.
"""

from __future__ import annotations

import hashlib

import duckdb

from .execute import table_columns

VOLATILE = {"ingested_at", "read_at", "seen_at", "detected_at", "extracted_at", "applied_at", "mtime_ns"}


def table_fingerprints(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, str]]:
    """table -> (row count, sha256 of its sorted rows), for every base table."""
    tables = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1"
        ).fetchall()
    ]
    out = {}
    for table in tables:
        columns = [c for c in table_columns(con, table) if c not in VOLATILE]
        select = ", ".join(f'"{c}"' for c in columns)
        rows = con.execute(f'SELECT {select} FROM "{table}" ORDER BY ALL').fetchall()
        digest = hashlib.sha256(repr(rows).encode()).hexdigest()
        out[table] = (len(rows), digest)
    return out
