"""Write-audit-publish: checks that run on a batch inside its transaction, before commit.

Each audit is a query in sql/checks/ returning the offending rows (with their kind,
so results can be reported per figure table). A failing blocking audit rolls the
batch back, so bad rows never reach the tables or the published snapshot; warning
audits are reported and the batch commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb

from .execute import run_query_file

SAMPLE_ROWS = 5


@dataclass(frozen=True)
class Audit:
    name: str
    blocking: bool
    description: str
    params: tuple[tuple[str, object], ...] = ()


FIGURE_AUDITS = (
    Audit("figures_bounds_well_formed", True, "Bounds are well formed: low <= value <= high, none negative."),
    Audit(
        "figures_allowed_values",
        True,
        "Kind, qualifier, action and population come from the allowed sets, in the right table.",
    ),
    Audit(
        "figures_linked_to_articles",
        True,
        "Every figure points at a stored article with a publication date, and carries that date.",
    ),
    Audit("figures_unique_ids", True, "No figure id occurs twice across the figure tables."),
    Audit(
        "figures_running_total_jumps",
        False,
        "Warns when a claim is over 10x a party's recent claims of the same kind (likely extraction error).",
        (("factor", 10), ("window", 5), ("days", 60)),
    ),
)


@dataclass
class AuditResult:
    audit: Audit
    failures: int = 0
    sample: list[dict] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.failures == 0

    def merge(self, other: AuditResult) -> None:
        self.failures += other.failures
        self.sample = (self.sample + other.sample)[:SAMPLE_ROWS]
        for kind, n in other.by_kind.items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + n


class AuditFailed(RuntimeError):
    """A blocking audit found bad rows; the batch was rolled back."""

    def __init__(self, results: list[AuditResult]) -> None:
        self.results = results
        failed = [f"{r.audit.name} ({r.failures} rows)" for r in results if r.audit.blocking and not r.passed]
        super().__init__("blocking checks failed, batch rolled back: " + ", ".join(failed))


def run_audits(con: duckdb.DuckDBPyConnection, audits: Iterable[Audit]) -> list[AuditResult]:
    """Run each audit over the batch (staged_processed) and count its offending rows."""
    results = []
    for audit in audits:
        frame = run_query_file(con, f"checks/{audit.name}.sql", dict(audit.params))
        result = AuditResult(audit, failures=frame.height, sample=frame.head(SAMPLE_ROWS).to_dicts())
        if "kind" in frame.columns:
            result.by_kind = dict(frame.group_by("kind").len().iter_rows())
        results.append(result)
    return results


def raise_on_blocking(results: list[AuditResult]) -> None:
    if any(r.audit.blocking and not r.passed for r in results):
        raise AuditFailed(results)


def merge_results(total: dict[str, AuditResult], results: list[AuditResult]) -> None:
    for r in results:
        if r.audit.name in total:
            total[r.audit.name].merge(r)
        else:
            total[r.audit.name] = r
