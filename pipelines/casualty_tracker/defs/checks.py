"""Asset checks of the figure tables, evaluated inside the load (write-audit-publish).

The queries live in sql/checks/. Blocking checks run on each batch before it commits:
if one fails the batch is rolled back, the step fails, and nothing downstream runs.
The running-total jump check only warns.
"""

from collections.abc import Iterator

import dagster as dg

from ..storage.audits import FIGURE_AUDITS, AuditResult

FIGURE_ASSETS = ("casualty_figures", "troop_figures", "weapon_figures")
TABLE_KINDS = {
    "casualty_figures": ("killed", "wounded", "casualties", "captured", "missing"),
    "troop_figures": ("troops",),
    "weapon_figures": ("weapons",),
}


def _jsonable(row: dict) -> dict:
    """Audit rows as JSON metadata: dates and other non-JSON values become text."""
    return {k: v if v is None or isinstance(v, bool | int | float | str) else str(v) for k, v in row.items()}


def figure_check_specs() -> list[dg.AssetCheckSpec]:
    return [
        dg.AssetCheckSpec(audit.name, asset=asset, blocking=audit.blocking, description=audit.description)
        for asset in FIGURE_ASSETS
        for audit in FIGURE_AUDITS
    ]


def figure_check_results(results: dict[str, AuditResult]) -> Iterator[dg.AssetCheckResult]:
    """One result per figure table and audit, counting only that table's offending rows."""
    for asset in FIGURE_ASSETS:
        for audit in FIGURE_AUDITS:
            result = results.get(audit.name, AuditResult(audit))
            failures = sum(result.by_kind.get(k, 0) for k in TABLE_KINDS[asset])
            sample = [_jsonable(row) for row in result.sample if row.get("kind") in TABLE_KINDS[asset]]
            yield dg.AssetCheckResult(
                asset_key=asset,
                check_name=audit.name,
                passed=failures == 0,
                severity=dg.AssetCheckSeverity.ERROR if audit.blocking else dg.AssetCheckSeverity.WARN,
                metadata={"offending_rows": failures, "sample": dg.MetadataValue.json(sample)},
            )
