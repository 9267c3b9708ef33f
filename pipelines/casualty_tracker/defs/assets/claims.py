"""Claims (Parquet storage): syndicated figures linked into claims once days are written.

In single-file storage every figures load links claims in its own transaction. In Parquet
storage partition runs never touch the DuckDB file, so this asset links them afterwards,
eagerly: Dagster's automation runs it when figure partitions change, and the command line
runs it after its extraction runs.
"""

import dagster as dg

from ...storage.claims import refresh_claims
from ..resources import WarehouseResource
from ..settings import WRITER_POOL


@dg.asset(
    deps=["casualty_figures", "troop_figures", "weapon_figures"],
    group_name="claims",
    pool=WRITER_POOL,
    kinds={"duckdb"},
    automation_condition=dg.AutomationCondition.eager(),
)
def claims(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Figures folded into claims: one claim however many outlets carried it (claims, claim_reports)."""
    with warehouse.warehouse().writer() as con:
        con.execute("BEGIN TRANSACTION")
        result = refresh_claims(con)
        con.execute("COMMIT")
    context.log.info(f"relinked {result.groups} groups into {result.claims} claims")
    return dg.MaterializeResult(
        metadata={"groups_relinked": result.groups, "claims": result.claims, "reports": result.reports}
    )
