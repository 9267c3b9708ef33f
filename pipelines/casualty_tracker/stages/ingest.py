"""Ingest: find new or changed sources, read them, store articles, quarantine the rest.

Incremental by construction: a source whose size and mtime match the ledger is not
read again; one whose bytes hash the same as before is only re-stamped. Articles
are keyed by content hash, so the same article from two files is stored once.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl

from ..ingest import RawArticle, Rejected, read_bytes
from ..storage.loads import load_ingest, read_ledger
from ..storage.warehouse import Warehouse


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str
    size: int
    mtime_ns: int


@dataclass
class IngestSummary:
    files_seen: int = 0
    files_read: int = 0
    articles_read: int = 0
    articles_added: int = 0
    articles_removed: int = 0
    quarantined: int = 0
    touched_dates: list[date] = field(default_factory=list)
    quarantine_reasons: dict[str, str] = field(default_factory=dict)


def scan_sources(folders: Iterable[Path]) -> list[SourceFile]:
    """Every regular, non-hidden file under the folders (recursively), with its stat."""
    found: dict[str, SourceFile] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = Path(root, name)
                try:
                    st = path.stat()
                except OSError:
                    continue
                key = str(path.resolve())
                found[key] = SourceFile(key, st.st_size, st.st_mtime_ns)
    return list(found.values())


def _article_row(raw: RawArticle, now: datetime) -> dict:
    published, precision, source = raw.published, raw.published_precision, raw.published_source
    if published is None:
        published, precision, source = now.date(), "ingest", "ingest"
    return {
        "article_id": raw.article_id,
        "title": raw.title,
        "outlet": raw.outlet,
        "published": published,
        "published_precision": precision or "day",
        "published_source": source or "metadata",
        "url": raw.url,
        "source_path": raw.source_path,
        "source_format": raw.source_format,
        "external_id": raw.external_id,
        "content_sha256": raw.content_sha256,
        "text": raw.text,
        "ingested_at": now,
    }


def ingest_sources(
    warehouse: Warehouse, folders: Iterable[Path], now: datetime | None = None
) -> IngestSummary:
    """Read what changed under the folders into the warehouse; return what happened."""
    now = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
    files = scan_sources(folders)
    summary = IngestSummary(files_seen=len(files))
    with warehouse.writer(publish=False) as con:
        ledger = read_ledger(con)
    changed: list[str] = []
    ledger_rows, article_rows, source_rows, quarantine_rows = [], [], [], []
    for f in files:
        known = ledger.get(f.path)
        if known and known[0] == f.size and known[1] == f.mtime_ns:
            continue
        try:
            data = Path(f.path).read_bytes()
        except OSError as exc:
            data, problem = b"", f"unreadable file: {exc.strerror or exc}"
        else:
            problem = None
        sha = hashlib.sha256(data).hexdigest()
        if known and known[2] == sha and problem is None:
            # Same bytes under a new mtime: re-stamp the ledger, keep everything else.
            ledger_rows.append((f, sha, known[3], known[4]))
            continue
        changed.append(f.path)
        summary.files_read += 1
        results = [Rejected(f.path, problem)] if problem else list(read_bytes(f.path, data))
        articles = [r for r in results if isinstance(r, RawArticle)]
        rejects = [r for r in results if isinstance(r, Rejected)]
        for raw in articles:
            article_rows.append(_article_row(raw, now))
            source_rows.append({"source_path": f.path, "article_id": raw.article_id, "seen_at": now})
        for rej in rejects:
            quarantine_rows.append(
                {
                    "source_path": rej.source_path,
                    "reason": rej.reason,
                    "first_bytes": rej.first_bytes or data[:64],
                    "sha256": sha,
                    "detected_at": now,
                }
            )
            summary.quarantine_reasons[rej.source_path] = rej.reason
        status = "loaded" if articles else "quarantined"
        ledger_rows.append((f, sha, status, len(articles)))
        summary.articles_read += len(articles)
        summary.quarantined += len(rejects)
    if not ledger_rows:
        return summary
    ledger_frame = pl.DataFrame(
        {
            "source_path": [f.path for f, *_ in ledger_rows],
            "size_bytes": [f.size for f, *_ in ledger_rows],
            "mtime_ns": [f.mtime_ns for f, *_ in ledger_rows],
            "sha256": [sha for _, sha, _, _ in ledger_rows],
            "status": [status for *_, status, _ in ledger_rows],
            "articles": [n for *_, n in ledger_rows],
            "read_at": [now] * len(ledger_rows),
        }
    )
    with warehouse.writer() as con:
        result = load_ingest(
            con,
            changed_paths=changed,
            source_files=ledger_frame,
            articles=pl.DataFrame(article_rows, infer_schema_length=None) if article_rows else None,
            article_sources=pl.DataFrame(source_rows) if source_rows else None,
            quarantine=pl.DataFrame(quarantine_rows) if quarantine_rows else None,
        )
    summary.articles_added = result.articles_added
    summary.articles_removed = result.articles_removed
    summary.touched_dates = result.touched_dates
    return summary
