"""The `casualty-tracker` command: run the pipeline, extract figures, query the tables."""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb

from .output import print_rows
from .paths import default_db_path

SUMMARY_SQL = "queries/run_summary.sql"


def _jsonl_lines(paths: list[str]) -> Iterator[str]:
    if not paths:
        yield from sys.stdin
        return
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def _read_jsonl(paths: list[str]) -> Iterator[dict]:
    for n, line in enumerate(_jsonl_lines(paths), 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"casualty-tracker extract: line {n} is not JSON: {exc}") from None


def _parse_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def cmd_extract(args: argparse.Namespace) -> int:
    """JSON-lines articles in, one JSON line of figures per article out."""
    from .extraction import ArticleText, extract_figures  # (not for `query`: keeps its start fast)

    for rec in _read_jsonl(args.files):
        article = ArticleText(
            article_id=str(rec.get("id")),
            title=rec.get("title") or "",
            text=rec.get("text") or "",
            published=_parse_date(rec.get("published")),
            outlet=rec.get("outlet"),
        )
        figures = [f.to_record() for f in extract_figures(article)]
        print(json.dumps({"id": rec.get("id"), "figures": figures}, ensure_ascii=False))
    return 0


def _use_db(db: str | None) -> Path:
    path = Path(db) if db else default_db_path()
    os.environ["CASUALTY_TRACKER_DB"] = str(path.resolve())
    return path.resolve()


def cmd_run(args: argparse.Namespace) -> int:
    """Materialize every asset through Dagster into the database; print what was loaded."""
    db = _use_db(args.db)
    if args.inbox:
        os.environ["CASUALTY_TRACKER_INBOX"] = str(Path(args.inbox).resolve())
    if args.feed:
        os.environ["CASUALTY_TRACKER_FEEDS"] = " ".join(args.feed)
    if args.storage_root:
        os.environ["CASUALTY_TRACKER_STORAGE_ROOT"] = args.storage_root
    from .defs.launch import ensure_dagster_home, run_everything

    ensure_dagster_home()
    import dagster as dg

    from .definitions import defs
    from .storage.warehouse import Warehouse

    warehouse = Warehouse(db, storage_root=os.environ.get("CASUALTY_TRACKER_STORAGE_ROOT") or None)
    with dg.DagsterInstance.get() as instance:
        report = run_everything(defs, instance, warehouse, "DEBUG" if args.verbose else "WARNING")
    for day in report.skipped_dates:
        print(
            f"warning: articles published {day} fall outside the partitions; not extracted", file=sys.stderr
        )
    if not report.success:
        print(
            f"casualty-tracker run: run(s) failed: {', '.join(report.failed)} "
            f"(see the Dagster UI or DAGSTER_HOME logs)",
            file=sys.stderr,
        )
        return 1
    _print_summary(warehouse)
    return 0


def _print_summary(warehouse) -> None:
    from .storage.sqlfiles import sql

    with warehouse.reader() as con:
        cur = con.execute(sql(SUMMARY_SQL))
        columns = [d[0] for d in cur.description]
        rows = cur.fetchall()
    print(f"database: {warehouse.db_path}")
    print_rows(columns, rows)


def cmd_ui(args: argparse.Namespace) -> int:
    """Open the Dagster UI on this project, with the same instance and database as `run`."""
    _use_db(args.db)
    if args.inbox:
        os.environ["CASUALTY_TRACKER_INBOX"] = str(Path(args.inbox).resolve())
    from .defs.launch import ensure_dagster_home
    from .paths import PROJECT_ROOT

    ensure_dagster_home()
    dagster = Path(sys.executable).with_name("dagster")
    workspace = str(PROJECT_ROOT / "workspace.yaml")
    cmd = [str(dagster), "dev", "-w", workspace, "-h", args.host, "-p", str(args.port)]
    os.chdir(PROJECT_ROOT)
    os.execv(cmd[0], cmd)
    return 0  # not reached


def cmd_query(args: argparse.Namespace) -> int:
    """Run SQL on a read-only connection to the published snapshot."""
    from .storage.warehouse import NoDatabase, Warehouse

    try:
        con = Warehouse(_use_db(args.db)).reader()
    except NoDatabase as exc:
        print(f"casualty-tracker query: {exc}", file=sys.stderr)
        return 2
    try:
        cur = con.execute(args.sql)
        if cur.description is None:
            return 0
        columns = [d[0] for d in cur.description]
        print_rows(columns, cur.fetchall(), args.format)
    except duckdb.Error as exc:
        print(f"casualty-tracker query: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    return 0


def _analyst_reader(command: str, db: str | None):
    """A read-only connection to the snapshot, or a one-line error and exit code 2."""
    from .storage.warehouse import NoDatabase, Warehouse, WarehouseBusy

    try:
        return Warehouse(_use_db(db)).reader()
    except (NoDatabase, WarehouseBusy) as exc:
        print(f"casualty-tracker {command}: {exc}", file=sys.stderr)
        return None


def _run_analyst(command: str, db: str | None, work) -> int:
    """Run `work(con)` on the snapshot; wrong input or SQL errors print one line and exit 2."""
    from .analysis import AnalysisError

    con = _analyst_reader(command, db)
    if con is None:
        return 2
    try:
        work(con)
    except (AnalysisError, duckdb.Error) as exc:
        print(f"casualty-tracker {command}: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    finally:
        con.close()
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    """Claims newest first, each counted once however many outlets carried it."""
    from .analysis import list_claims, parse_date

    def work(con) -> None:
        found = list_claims(
            con,
            party=args.party,
            kind=args.kind,
            claimant=args.claimant,
            since=parse_date(args.since, "--since"),
            until=parse_date(args.until, "--until"),
            limit=args.limit,
        )
        if args.format == "table":
            found = found.without_empty_columns()
        print_rows(found.columns, found.rows, args.format, out=sys.stdout)

    return _run_analyst("figures", args.db, work)


def cmd_export(args: argparse.Namespace) -> int:
    """Write a table or view to CSV, Parquet or JSON lines with DuckDB's COPY."""
    from .analysis import export

    def work(con) -> None:
        path = export(con, args.relation, args.format, args.output)
        print(f"wrote {path}", file=sys.stderr)

    return _run_analyst("export", args.db, work)


def cmd_chart(args: argparse.Namespace) -> int:
    """Draw the claims timeline of one party and kind (PNG, SVG, HTML or the Vega-Lite JSON)."""
    from .analysis import parse_date
    from .charts import claims_chart, default_output

    def work(con) -> None:
        output = args.output or default_output(args.party, args.kind)
        path = claims_chart(
            con,
            args.party,
            args.kind,
            output,
            since=parse_date(args.since, "--since"),
            until=parse_date(args.until, "--until"),
            log_scale=args.log,
        )
        print(f"wrote {path}", file=sys.stderr)

    return _run_analyst("chart", args.db, work)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casualty-tracker", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    db_help = "DuckDB file (default $CASUALTY_TRACKER_DB or data/casualties.duckdb)"

    p = sub.add_parser(
        "run", help="ingest the seeds and the inbox and load every figure table, through Dagster"
    )
    p.add_argument("--db", help=db_help)
    p.add_argument("--inbox", help="folder of articles to read besides seeds/articles (default data/inbox)")
    p.add_argument(
        "--storage-root",
        help="store figure tables as Parquet files per day under this folder or URL "
        "(default $CASUALTY_TRACKER_STORAGE_ROOT; unset: all in the DuckDB file)",
    )
    p.add_argument(
        "--feed", action="append", help="RSS/Atom URL to poll (repeatable; default $CASUALTY_TRACKER_FEEDS)"
    )
    p.add_argument(
        "--verbose", "-v", action="store_true", help="print every Dagster event, not only warnings"
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("extract", help="extract figures from JSON-lines articles (files or stdin)")
    p.add_argument("files", nargs="*", help="JSON-lines files of {id,title,published,outlet,text}")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ui", help="open the Dagster UI (dagster dev) on this project")
    p.add_argument("--db", help=db_help)
    p.add_argument("--inbox", help="folder of articles to read besides seeds/articles")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=3000)
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("query", help="run SQL on a read-only connection to the database")
    p.add_argument("sql", help="the SQL to run")
    p.add_argument("--db", help=db_help)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser(
        "figures", help="list claims (each once, however many outlets carried it), newest first"
    )
    p.add_argument("--party", help="whose people or equipment, e.g. 'North Korea' (any case)")
    p.add_argument("--kind", help="killed, wounded, casualties, captured, missing, troops or weapons")
    p.add_argument("--claimant", help="who makes the claim, e.g. 'South Korea Joint Chiefs of Staff'")
    p.add_argument("--since", help="claims reported on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="claims first reported on or before this date (YYYY-MM-DD)")
    p.add_argument("--db", help=db_help)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--limit", type=int, default=50, help="at most this many claims (0: all; default 50)")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("export", help="write a table or view to a CSV, Parquet or JSON-lines file")
    p.add_argument("relation", metavar="TABLE_OR_VIEW", help="e.g. claims_latest, casualty_figures")
    p.add_argument("--format", choices=("csv", "parquet", "json"), required=True)
    p.add_argument("--output", required=True, help="the file to write (replaced if it exists)")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("chart", help="draw the claims of one party and kind over time, one line per claimant")
    p.add_argument("--party", required=True, help="e.g. 'North Korea' (any case)")
    p.add_argument("--kind", required=True, help="e.g. casualties, killed, troops")
    p.add_argument(
        "--output",
        help="PATH.png, .svg, .html (standalone page) or .json (Vega-Lite spec); "
        "default claims-<party>-<kind>.png",
    )
    p.add_argument("--since", help="only claims reported on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="only claims first reported on or before this date (YYYY-MM-DD)")
    p.add_argument("--log", action="store_true", help="logarithmic scale (figures of very different sizes)")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_chart)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Dagster's beta notices and quantulum3's optional-classifier notice are not for users.
    warnings.filterwarnings("ignore", message=r".*(is currently in beta|Classifier dependencies).*")
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
