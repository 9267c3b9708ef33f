"""Syndication linking: the figure tables folded into claims, one row per claim however many
outlets carried it.

Linking is a gaps-and-islands pass over publication dates, done in SQL
(sql/queries/claims/changes.sql, relink.sql) and stored in the `claims` and `claim_reports` tables
rather than computed by a view, so the analyst views answer in milliseconds on millions of
figures. `refresh_claims` is incremental: it recomputes only the linking groups whose
figures changed since the last refresh, so it belongs at the end of every transaction that
writes figures (it sees the uncommitted rows and commits or rolls back with them).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from .execute import run_script
from .sqlfiles import sql

CLAIM_GAP_DAYS = 3
"""Reports of the same claim more than this many days apart are two claims (a claimant repeating
an old figure weeks later makes a new statement); within it, syndicated copies and follow-ups."""


@dataclass(frozen=True)
class ClaimsRefresh:
    """What one refresh recomputed: linking groups, the claims they now hold, their figures."""

    groups: int
    claims: int
    reports: int


def refresh_claims(
    con: duckdb.DuckDBPyConnection, full: bool = False, gap_days: int = CLAIM_GAP_DAYS
) -> ClaimsRefresh:
    """Bring `claims`/`claim_reports` up to date with the figure tables.

    Call it on the writer connection after figures were added, replaced or deleted, inside the
    same transaction. `full` recomputes everything (needed only after changing `gap_days`).
    """
    run_script(con, sql("queries/claims/changes.sql"), {"full": full})
    if not con.execute("SELECT count(*) FROM claims_articles").fetchone()[0]:
        con.execute("DROP TABLE claims_articles")
        return ClaimsRefresh(0, 0, 0)
    run_script(con, sql("queries/claims/relink.sql"), {"gap_days": gap_days})
    groups, claims, reports = con.execute("SELECT * FROM claims_refresh_summary").fetchone()
    con.execute("DROP TABLE claims_refresh_summary")
    return ClaimsRefresh(groups, claims, reports)


def rebuild_claims(con: duckdb.DuckDBPyConnection, gap_days: int = CLAIM_GAP_DAYS) -> ClaimsRefresh:
    """Recompute every claim in one transaction (for a database filled before claims existed)."""
    con.execute("BEGIN TRANSACTION")
    try:
        result = refresh_claims(con, full=True, gap_days=gap_days)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result
