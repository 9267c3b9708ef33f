"""What the Dagster UI shows about a figure table after a load: figures and claims by kind,
the newest figures as a Markdown table, and the claims timeline as an inline PNG (for weapons,
the claims by system instead: one timeline would mix systems).

The Dagster UI renders MetadataValue.md with images, and a data: URI keeps the picture in the
event log itself (no file server needed). Reads only; the caller passes a connection (the
published snapshot, after the load committed) and attaches the result to its
MaterializeResult. No `from __future__ import annotations` here: Dagster resolves annotations
of modules under defs/ at runtime.
"""

import base64

import dagster as dg
import duckdb

from ..charts import png_bytes, timeline_rows, timeline_spec
from ..storage.execute import statements
from ..storage.sqlfiles import sql
from ..tables import FIGURE_TABLES

PREVIEW_ROWS = 10


def _query(name: str, table: str | None = None) -> str:
    (query,) = statements(sql(name))
    return query.replace("{table}", f'"{table}"') if table else query


def _md_cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= 90 else text[:89] + "…"


def markdown_table(columns: list[str], rows: list[tuple]) -> str:
    """Rows as a GitHub-flavoured Markdown table (what MetadataValue.md renders)."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def timeline_markdown(con: duckdb.DuckDBPyConnection, party: str, kind: str) -> str | None:
    """The claims timeline of a party and kind as Markdown holding an inline PNG (None if no claims)."""
    rows = timeline_rows(con, party, kind)
    if not rows:
        return None
    encoded = base64.b64encode(png_bytes(timeline_spec(rows, party, kind), scale=1)).decode()
    return f"**{kind}: {party}**, claims over time\n\n![claims timeline](data:image/png;base64,{encoded})"


def figure_table_metadata(
    con: duckdb.DuckDBPyConnection, table: str, preview_rows: int = PREVIEW_ROWS, chart: bool = True
) -> dict[str, dg.MetadataValue]:
    """Row count, figures and claims by kind, newest figures, and the timeline of the party and
    kind with the most claims in this table (with `chart`; weapons get a table by system)."""
    if table not in FIGURE_TABLES:
        raise ValueError(f"not a figure table: {table!r} (one of {', '.join(FIGURE_TABLES)})")
    by_kind = con.execute(_query("queries/analysis/table_kinds.sql", table)).fetchall()
    cur = con.execute(_query("queries/analysis/table_newest.sql", table), {"limit": preview_rows})
    newest = markdown_table([d[0] for d in cur.description], cur.fetchall())
    metadata: dict[str, dg.MetadataValue] = {
        "dagster/row_count": dg.MetadataValue.int(sum(n for _, n, _ in by_kind)),
        "figures_by_kind": dg.MetadataValue.json({k: n for k, n, _ in by_kind}),
        "claims_by_kind": dg.MetadataValue.json({k: c for k, _, c in by_kind}),
        "newest_figures": dg.MetadataValue.md(newest),
    }
    if table == "weapon_figures":
        cur = con.execute(_query("queries/analysis/weapons_preview.sql"), {"limit": preview_rows})
        systems = markdown_table([d[0] for d in cur.description], cur.fetchall())
        metadata["weapons_by_system"] = dg.MetadataValue.md(systems)
    elif chart:
        kinds = list(FIGURE_TABLES[table])
        subject = con.execute(_query("queries/analysis/busiest_subject.sql"), {"kinds": kinds}).fetchone()
        timeline = timeline_markdown(con, *subject) if subject else None
        if timeline:
            metadata["claims_timeline"] = dg.MetadataValue.md(timeline)
    return metadata
