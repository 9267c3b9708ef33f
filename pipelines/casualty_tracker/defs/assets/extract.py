"""Extract and figures stages, partitioned by publication day.

A run over a partition (or a range, in one run) re-extracts every article of those
days and replaces their rows; with `only_new` it takes only articles the current
extractor has not yet seen, which is what the command line and the sensor ask for.
"""

import dagster as dg

from ...stages.storage_modes import figures_stage, mentions_stage
from ...storage.audits import AuditFailed
from ..checks import TABLE_KINDS, figure_check_results, figure_check_specs
from ..metadata import figure_table_metadata
from ..partitions import partition_dates, publication_day
from ..resources import WarehouseResource
from ..settings import partition_backfill_policy, partition_pool


class ExtractConfig(dg.Config):
    only_new: bool = False
    """Process only articles not yet extracted at this extractor version (default: redo the days)."""


@dg.asset(
    partitions_def=publication_day,
    backfill_policy=partition_backfill_policy(),
    deps=["articles"],
    group_name="extract",
    pool=partition_pool(),
    kinds={"duckdb", "python"},
)
def number_mentions(
    context: dg.AssetExecutionContext, config: ExtractConfig, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Every number quantulum3 (and the vague-amount lexicon) finds in candidate sentences."""
    start, end = partition_dates(context)
    summary = mentions_stage(warehouse.warehouse(), start, end, only_pending=config.only_new)
    context.log.info(f"{summary.articles} articles, {summary.rows.get('number_mentions', 0)} mentions")
    return dg.MaterializeResult(
        metadata={
            "articles_processed": summary.articles,
            "rows_added": summary.rows.get("number_mentions", 0),
        }
    )


FIGURE_SPECS = [
    dg.AssetSpec(
        name,
        deps=["number_mentions"],
        group_name="figures",
        description=description,
        kinds={"duckdb"},
    )
    for name, description in (
        ("casualty_figures", "Killed, wounded, casualties, captured and missing, as claims with evidence."),
        ("troop_figures", "Troops and personnel deployed, sent, stationed or mobilised."),
        ("weapon_figures", "Weapon systems and munitions supplied, destroyed, captured or lost; calibres."),
    )
]


@dg.multi_asset(
    specs=FIGURE_SPECS,
    check_specs=figure_check_specs(),
    partitions_def=publication_day,
    backfill_policy=partition_backfill_policy(),
    pool=partition_pool(),
)
def figure_tables(context: dg.AssetExecutionContext, config: ExtractConfig, warehouse: WarehouseResource):
    """Classify mentions into figures (kind, bounds, party, claimant) and load the figure tables."""
    start, end = partition_dates(context)
    try:
        summary = figures_stage(warehouse.warehouse(), start, end, only_pending=config.only_new)
    except AuditFailed as failed:
        yield from figure_check_results({r.audit.name: r for r in failed.results})
        raise dg.Failure(description=str(failed)) from failed
    context.log.info(f"{summary.articles} articles, figures by kind: {summary.by_kind}")
    with warehouse.warehouse().reader() as con:
        for spec in FIGURE_SPECS:
            name = spec.key.path[-1]
            kinds = {k: n for k, n in summary.by_kind.items() if k in TABLE_KINDS[name]}
            metadata = {
                "articles_processed": summary.articles,
                "rows_added": summary.rows.get(name, 0),
                "figures_added_by_kind": dg.MetadataValue.json(kinds),
                **figure_table_metadata(con, name),
            }
            yield dg.MaterializeResult(asset_key=spec.key, metadata=metadata)
    yield from figure_check_results(summary.audits)
