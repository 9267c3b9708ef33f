"""Ingest: find new or changed sources, read them, store articles, quarantine the rest.

Sources are the files under the folders (seeds, inbox) and the configured feed URLs.
Incremental by construction: a file whose size and mtime match the ledger (and whose
sidecar `<file>.meta.json` did not change) is not read again; one whose bytes hash the
same as before is only re-stamped; a feed whose body hashes the same is not parsed.
Articles are keyed by content hash, so the same article from two sources is stored once.

Feeds are polled before the writer lock is taken, each within its timeout. A feed item
is its own source (`feed:<url>#<guid>`), so an item the feed later drops stays stored.
Quarantine entries carry their origin (the file or feed URL read); reading that origin
again replaces them, so a fixed file clears its entries, and a deleted bad file or a
feed no longer configured takes its entries with it. A deleted good file keeps its
articles (deleting a saved copy is not a retraction).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl

from ..ingest import (
    FIRST_BYTES,
    MAX_BYTES,
    SIDECAR_SUFFIX,
    RawArticle,
    Rejected,
    is_sidecar,
    read_bytes,
    read_feed_bytes,
)
from ..ingest.fetch import Fetched, fetch_url
from ..storage.loads import load_ingest, read_ledger
from ..storage.warehouse import Warehouse

SIDECAR_STATUS = "sidecar"
FLUSH_ARTICLES = 5000  # articles held in memory before they are loaded (bounds memory on big inboxes)
FLUSH_SOURCES = 20000
_HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str
    size: int
    mtime_ns: int
    outside: bool = False  # a symlink that leads out of the folder it was found in: never read


@dataclass
class IngestSummary:
    files_seen: int = 0
    files_read: int = 0
    feeds_polled: int = 0
    articles_read: int = 0
    articles_added: int = 0
    articles_removed: int = 0
    articles_revised: int = 0
    quarantined: int = 0  # entries of severity error: sources (or lines, items) nothing was stored from
    warnings: int = 0  # entries of severity warning: stored, with something lost or altered
    touched_dates: list[date] = field(default_factory=list)
    quarantine_reasons: dict[str, str] = field(default_factory=dict)


def scan_sources(folders: Iterable[Path]) -> list[SourceFile]:
    """Every regular, non-hidden file under the folders (recursively), with its stat.

    Files are keyed by their resolved path. A symlink whose target lies outside the
    folder is listed under its own path, marked `outside`, and never read.
    """
    found: dict[str, SourceFile] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        base = folder.resolve()
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = Path(root, name)
                try:
                    resolved = path.resolve()
                    st = path.stat()
                except (OSError, RuntimeError):
                    continue
                if not resolved.is_relative_to(base):
                    key = str(path.absolute())
                    found[key] = SourceFile(key, st.st_size, st.st_mtime_ns, outside=True)
                    continue
                if not resolved.is_file():
                    continue
                key = str(resolved)
                found[key] = SourceFile(key, st.st_size, st.st_mtime_ns)
    return list(found.values())


def poll_feeds(urls: Sequence[str], timeout_s: float, max_bytes: int = MAX_BYTES) -> list[Fetched]:
    """Fetch every feed URL (a few at a time), each within its timeout; failures come back as reasons."""
    unique = list(dict.fromkeys(u.strip() for u in urls if u and u.strip()))
    if not unique:
        return []
    with ThreadPoolExecutor(max_workers=min(4, len(unique))) as pool:
        return list(pool.map(lambda u: fetch_url(u, timeout_s, max_bytes), unique))


def _sha_of_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _read_limited(path: str, size: int, max_bytes: int) -> tuple[bytes, str, str | None]:
    """(bytes, sha256, problem): the file when it fits in max_bytes, else its first bytes and why.

    A file the scan saw larger than the limit is never read whole: only its first bytes
    are kept, and its hash is taken a chunk at a time. One that grew past the limit
    since the scan is cut at max_bytes + 1.
    """
    if size <= max_bytes:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) <= max_bytes:
            return data, hashlib.sha256(data).hexdigest(), None
        data = data[:FIRST_BYTES]
    else:
        with open(path, "rb") as fh:
            data = fh.read(FIRST_BYTES)
    size = os.path.getsize(path)
    return data, _sha_of_file(path), f"file too large: {size} bytes (limit {max_bytes}); not read"


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
        "decode_note": raw.decode_note,
        "ingested_at": now,
    }


class _Batch:
    """What one run will load: ledger rows, articles, their sources, quarantine entries."""

    def __init__(self, now: datetime, summary: IngestSummary) -> None:
        self.now = now
        self.summary = summary
        self.changed: dict[str, None] = {}
        self.ledger: list[dict] = []
        self.articles: list[dict] = []
        self.sources: list[dict] = []
        self.quarantine: list[dict] = []

    def clear(self) -> None:
        """Forget what was loaded (a flush), keep counting."""
        self.changed, self.ledger, self.articles, self.sources, self.quarantine = {}, [], [], [], []

    def ledger_row(
        self, path: str, size: int | None, mtime_ns: int | None, sha: str | None, status: str, n: int
    ) -> None:
        self.ledger.append(
            {
                "source_path": path,
                "size_bytes": size,
                "mtime_ns": mtime_ns,
                "sha256": sha,
                "status": status,
                "articles": n,
                "read_at": self.now,
            }
        )

    def reject(self, rej: Rejected, origin: str, first_bytes: bytes, sha: str | None) -> None:
        self.quarantine.append(
            {
                "source_path": rej.source_path,
                "reason": rej.reason,
                "first_bytes": rej.first_bytes or first_bytes[:FIRST_BYTES],
                "sha256": sha,
                "detected_at": self.now,
                "severity": rej.severity,
                "origin": origin,
            }
        )
        if rej.severity == "warning":
            self.summary.warnings += 1
        else:
            self.summary.quarantined += 1
        self.summary.quarantine_reasons[rej.source_path] = rej.reason

    def results(self, origin: str, results: list[RawArticle | Rejected], data: bytes, sha: str | None) -> str:
        """Record what reading `origin` gave; return its ledger status."""
        self.changed[origin] = None
        articles = [r for r in results if isinstance(r, RawArticle)]
        errors = 0
        for raw in articles:
            self.articles.append(_article_row(raw, self.now))
            self.sources.append(
                {"source_path": raw.source_path, "article_id": raw.article_id, "seen_at": self.now}
            )
            if raw.source_path != origin:
                self.changed[raw.source_path] = None  # a feed item: replace only what it gave before
        for rej in results:
            if isinstance(rej, Rejected):
                self.reject(rej, origin, data, sha)
                errors += rej.severity != "warning"
        self.summary.articles_read += len(articles)
        return "quarantined" if errors and not articles else "loaded"


def _sidecar_changed(sidecar: SourceFile | None, known: tuple | None) -> bool:
    if sidecar is None:
        return known is not None  # the sidecar was removed
    return known is None or (known[0], known[1], known[3]) != (sidecar.size, sidecar.mtime_ns, SIDECAR_STATUS)


def _read_file(batch: _Batch, f: SourceFile, sidecar: SourceFile | None, today: date, max_bytes: int) -> None:
    if f.outside:
        rej = Rejected(f.path, "symlink leads outside the source folder: not read")
        batch.ledger_row(f.path, f.size, f.mtime_ns, None, batch.results(f.path, [rej], b"", None), 0)
        return
    try:
        data, sha, problem = _read_limited(f.path, f.size, max_bytes)
    except OSError as exc:
        rej = Rejected(f.path, f"unreadable file: {exc.strerror or exc}")
        # No mtime in the ledger: an unreadable file is tried again on the next run.
        batch.ledger_row(f.path, f.size, None, None, batch.results(f.path, [rej], b"", None), 0)
        return
    sidecar_bytes = None
    if sidecar is not None and problem is None:
        try:
            with open(sidecar.path, "rb") as fh:
                sidecar_bytes = fh.read(256 * 1024)
        except OSError as exc:
            sidecar_bytes = None
            warn = Rejected(sidecar.path, f"unreadable sidecar: {exc.strerror or exc}", severity="warning")
            batch.reject(warn, f.path, b"", None)
    if problem is not None:
        results: list[RawArticle | Rejected] = [Rejected(f.path, problem, data[:FIRST_BYTES])]
    else:
        results = list(read_bytes(f.path, data, sidecar=sidecar_bytes, today=today))
    batch.summary.files_read += 1
    status = batch.results(f.path, results, data, sha)
    n = sum(isinstance(r, RawArticle) for r in results)
    batch.ledger_row(f.path, f.size, f.mtime_ns, sha, status, n)
    if sidecar is not None:
        side_sha = hashlib.sha256(sidecar_bytes).hexdigest() if sidecar_bytes is not None else None
        batch.ledger_row(sidecar.path, sidecar.size, sidecar.mtime_ns, side_sha, SIDECAR_STATUS, 0)
        batch.changed[sidecar.path] = None
    else:
        batch.changed[f.path + SIDECAR_SUFFIX] = None  # drop the ledger row of a removed sidecar


def _read_feed(batch: _Batch, fetched: Fetched, known: tuple | None, today: date) -> None:
    url = fetched.url
    batch.summary.feeds_polled += 1
    if fetched.problem is not None:
        rej = Rejected(url, f"feed not read: {fetched.problem}", fetched.body[:FIRST_BYTES])
        batch.ledger_row(url, None, None, None, batch.results(url, [rej], fetched.body, None), 0)
        return
    sha = hashlib.sha256(fetched.body).hexdigest()
    if known and known[2] == sha:
        batch.ledger_row(url, len(fetched.body), None, sha, known[3], known[4])
        return
    results = list(read_feed_bytes(url, fetched.body, fetched.content_type, today))
    status = batch.results(url, results, fetched.body, sha)
    n = sum(isinstance(r, RawArticle) for r in results)
    batch.ledger_row(url, len(fetched.body), None, sha, status, n)


def ingest_sources(
    warehouse: Warehouse,
    folders: Iterable[Path],
    now: datetime | None = None,
    feeds: Sequence[str] = (),
    feed_timeout_s: float = 10.0,
    max_bytes: int = MAX_BYTES,
) -> IngestSummary:
    """Read what changed under the folders and in the feeds into the warehouse; return what happened."""
    now = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
    today = now.date()
    folders = [Path(f) for f in folders]
    files = scan_sources(folders)
    fetched = poll_feeds(feeds, feed_timeout_s, max_bytes)
    summary = IngestSummary(files_seen=len(files))
    with warehouse.writer(publish=False) as con:
        ledger = read_ledger(con)
    batch = _Batch(now, summary)
    flush = _Loader(warehouse, batch, summary)
    by_path = {f.path: f for f in files}
    sidecars = {p: f for p, f in by_path.items() if is_sidecar(Path(p).name)}

    for f in files:
        if f.path in sidecars:
            continue
        sidecar = sidecars.get(f.path + SIDECAR_SUFFIX)
        sidecar_changed = _sidecar_changed(sidecar, ledger.get(f.path + SIDECAR_SUFFIX))
        known = ledger.get(f.path)
        if known and (known[0], known[1]) == (f.size, f.mtime_ns) and not sidecar_changed:
            continue
        if known and not sidecar_changed and not f.outside and f.size <= max_bytes:
            try:
                sha = _sha_of_file(f.path)
            except OSError:
                sha = None
            if sha is not None and known[2] == sha:
                # Same bytes under a new mtime: re-stamp the ledger, keep everything else.
                batch.ledger_row(f.path, f.size, f.mtime_ns, sha, known[3], known[4])
                continue
        _read_file(batch, f, sidecar, today, max_bytes)
        flush()

    for path, sidecar in sidecars.items():
        if path.removesuffix(SIDECAR_SUFFIX) in by_path:
            continue
        known = ledger.get(path)
        if known and (known[0], known[1], known[3]) == (sidecar.size, sidecar.mtime_ns, "quarantined"):
            continue
        name = Path(path.removesuffix(SIDECAR_SUFFIX)).name
        rej = Rejected(path, f"sidecar metadata without its article: no file named {name!r} beside it")
        try:
            with open(path, "rb") as fh:
                head = fh.read(FIRST_BYTES)
        except OSError:
            head = b""
        batch.ledger_row(
            path, sidecar.size, sidecar.mtime_ns, None, batch.results(path, [rej], head, None), 0
        )

    # Sources gone since the last run: a bad file deleted, a sidecar removed, a feed unconfigured.
    bases = [f.resolve() for f in folders]
    configured = {u.strip() for u in feeds}
    for path, known in ledger.items():
        if path in by_path or path in configured or known[3] not in ("quarantined", SIDECAR_STATUS):
            continue
        if path.startswith("/"):
            if any(Path(path).is_relative_to(b) for b in bases) and not os.path.lexists(path):
                batch.changed[path] = None
        else:
            batch.changed[path] = None  # a feed URL (or other non-file source) no longer configured

    for item in fetched:
        _read_feed(batch, item, ledger.get(item.url), today)

    flush(final=True)
    return summary


class _Loader:
    """Loads the batch in slices of FLUSH_ARTICLES articles, each slice one transaction.

    The writer file is opened at the first slice (a run that finds nothing new never
    opens it, nor republishes the snapshot) and published once, after the last slice; a
    crash between slices leaves whole slices committed and the rest for the next run.
    """

    def __init__(self, warehouse: Warehouse, batch: _Batch, summary: IngestSummary) -> None:
        self.warehouse, self.batch, self.summary = warehouse, batch, summary
        self.stack = contextlib.ExitStack()
        self.con = None
        self.touched: set[date] = set()

    def __call__(self, final: bool = False) -> None:
        batch = self.batch
        if not final and len(batch.articles) < FLUSH_ARTICLES and len(batch.ledger) < FLUSH_SOURCES:
            return
        if batch.ledger or batch.changed:
            if self.con is None:
                self.con = self.stack.enter_context(self.warehouse.writer())
            result = load_ingest(
                self.con,
                changed_paths=list(batch.changed),
                source_files=pl.DataFrame(batch.ledger, schema=_LEDGER_SCHEMA),
                articles=pl.DataFrame(batch.articles, infer_schema_length=None) if batch.articles else None,
                article_sources=pl.DataFrame(batch.sources) if batch.sources else None,
                quarantine=pl.DataFrame(batch.quarantine, infer_schema_length=None)
                if batch.quarantine
                else None,
                derived_in_tables=self.warehouse.files is None,
            )
            self.summary.articles_added += result.articles_added
            self.summary.articles_removed += result.articles_removed
            self.summary.articles_revised += result.articles_revised
            self.touched.update(result.touched_dates)
            self.summary.touched_dates = sorted(self.touched)
            batch.clear()
        if final:
            self.stack.close()  # publishes the snapshot if anything was loaded


_LEDGER_SCHEMA = {
    "source_path": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "sha256": pl.String,
    "status": pl.String,
    "articles": pl.Int32,
    "read_at": pl.Datetime("us"),
}


__all__ = ["IngestSummary", "SourceFile", "ingest_sources", "poll_feeds", "scan_sources"]
