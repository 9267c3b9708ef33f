"""Readers for every input format; pure functions from bytes to RawArticle / Rejected.

`read_bytes` picks the format from the file name and the first bytes, reads the
articles, lends them a sidecar's metadata, and dates each one: its metadata, else a
date its text states ("Published 12 March 2024", a dateline), else none (the stage
then stamps the ingest date). Nothing here touches DuckDB, Dagster or the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import PurePath

from ..dating import find_published_date
from .decode import FIRST_BYTES, Decoded, NotText, binary_reason, clean_line, clean_text, decode_text
from .feeds import FEED_PREFIX, looks_like_feed, read_feed
from .frontmatter import has_front_matter, read_front_matter, read_markdown
from .html import looks_like_html_document, read_html
from .jsonfmt import read_json, read_jsonl
from .model import RawArticle, Rejected, content_sha256
from .plaintext import parse_plaintext
from .sidecar import SIDECAR_SUFFIX, Overrides, is_sidecar, read_sidecar, sidecar_path

__all__ = [
    "FEED_PREFIX",
    "FIRST_BYTES",
    "MAX_BYTES",
    "SIDECAR_SUFFIX",
    "RawArticle",
    "Rejected",
    "content_sha256",
    "detect_format",
    "is_sidecar",
    "read_bytes",
    "read_feed",
    "read_feed_bytes",
    "sidecar_path",
]

MAX_BYTES = 20 * 1024 * 1024

FORMATS_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
# Suffixes whose content may still reveal another format (an HTML page saved as .txt).
_SNIFFED = {"text", None}


def _sniff(data: bytes) -> str | None:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if looks_like_feed(head):
        return "feed"
    if looks_like_html_document(head[:2048].decode("utf-8", "replace")):
        return "html"
    return None


def detect_format(source_path: str, data: bytes) -> str:
    """text | markdown | json | jsonl | html | feed, from the suffix, else (or for .txt) the bytes."""
    fmt = FORMATS_BY_SUFFIX.get(PurePath(source_path.split("#", 1)[0]).suffix.lower())
    if fmt in _SNIFFED:
        fmt = _sniff(data) or fmt
    if fmt is None:
        first = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        fmt = "jsonish" if first in (b"{", b"[") else "text"
    return fmt


def _decoded(source_path: str, data: bytes) -> Decoded | Rejected:
    try:
        return decode_text(data)
    except NotText as exc:
        return Rejected(source_path, str(exc), data[:FIRST_BYTES])


def _read_format(fmt: str, source_path: str, data: bytes) -> Iterator[RawArticle | Rejected]:
    if fmt == "html":
        yield read_html(source_path, data)
        return
    if fmt == "feed":
        yield from read_feed(source_path, data)
        return
    decoded = _decoded(source_path, data)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    text = decoded.text
    if fmt == "jsonish":
        # No suffix and it opens like JSON: JSON if it parses as such, else plain text.
        results = list(read_json(source_path, text))
        if any(isinstance(r, RawArticle) for r in results):
            fmt, found = "json", results
        else:
            fmt, found = "text", None
    else:
        found = None
    if found is None:
        if fmt == "json":
            found = list(read_json(source_path, text))
        elif fmt == "jsonl":
            found = list(read_jsonl(source_path, text))
        elif has_front_matter(text):
            found = read_front_matter(source_path, text, markdown=fmt == "markdown")
        elif fmt == "markdown":
            found = [read_markdown(source_path, text)]
        else:
            found = [parse_plaintext(text, source_path)]
    if decoded.note:
        found = [replace(r, decode_note=decoded.note) if isinstance(r, RawArticle) else r for r in found]
        if any(isinstance(r, RawArticle) for r in found):
            found.append(
                Rejected(
                    source_path,
                    f"{decoded.note}; the article was kept with U+FFFD in their place",
                    data[:FIRST_BYTES],
                    severity="warning",
                )
            )
    yield from found


def finish(
    raw: RawArticle, overrides: Overrides | None = None, today: date | None = None
) -> tuple[RawArticle, list[Rejected]]:
    """Clean title and text, apply the sidecar, and date from the text when the metadata gave no date.

    A body that opens with its own headline loses that first paragraph, so a page whose
    <h1> trafilatura keeps is the same article as its plain-text save.

    A metadata date more than a day after `today` is dropped (with a warning): no
    article is published in the future, and its publication-day partition would not exist.
    """
    warnings: list[Rejected] = []
    title, text = clean_line(raw.title), clean_text(raw.text)
    first, _, rest = text.partition("\n\n")
    if rest and " ".join(first.split()).casefold() == title.casefold():
        text = rest.lstrip()  # the headline repeated as the body's first paragraph (a page's <h1>)
    raw = replace(raw, title=title, text=text)
    if overrides is not None:
        raw = overrides.apply(raw)
    if raw.published is not None and today is not None and raw.published > today + timedelta(days=1):
        warnings.append(
            Rejected(
                raw.source_path,
                f"published {raw.published.isoformat()} is in the future; the article was kept, dated "
                "from its text or the ingest date",
                severity="warning",
            )
        )
        raw = replace(raw, published=None, published_precision=None, published_source=None)
    if raw.published is None:
        found = find_published_date(raw.text, today)
        if found is not None:
            raw = replace(raw, published=found[0], published_precision=found[1], published_source="text")
    return raw, warnings


def read_feed_bytes(
    feed_id: str, data: bytes, content_type: str | None = None, today: date | None = None
) -> Iterator[RawArticle | Rejected]:
    """The items of a feed polled over HTTP (`feed_id` is its URL), finished like any article."""
    for r in read_feed(feed_id, data, content_type):
        if isinstance(r, RawArticle):
            article, warnings = finish(r, None, today)
            yield article
            yield from warnings
        else:
            yield r


def read_bytes(
    source_path: str,
    data: bytes,
    *,
    sidecar: bytes | None = None,
    sidecar_source: str | None = None,
    today: date | None = None,
) -> Iterator[RawArticle | Rejected]:
    """The articles one source's bytes hold (and warnings about them), or the reasons they hold none.

    `sidecar` is the content of `<source_path>.meta.json` when there is one; its
    problems are reported under `sidecar_source` (default: that path). `today` keeps
    dates found in the text from lying in the future.
    """
    if len(data) > MAX_BYTES:
        yield Rejected(
            source_path, f"file too large: {len(data)} bytes (limit {MAX_BYTES})", data[:FIRST_BYTES]
        )
        return
    if not data:
        yield Rejected(source_path, "empty file (0 bytes)")
        return
    why = binary_reason(data)
    if why:
        yield Rejected(source_path, why, data[:FIRST_BYTES])
        return
    overrides = None
    if sidecar is not None:
        overrides = read_sidecar(sidecar_source or sidecar_path(source_path), sidecar)
    results = list(_read_format(detect_format(source_path, data), source_path, data))
    articles = [r for r in results if isinstance(r, RawArticle)]
    for r in results:
        if isinstance(r, RawArticle):
            article, warnings = finish(r, overrides, today)
            yield article
            yield from warnings
        else:
            yield r
    if overrides is not None and articles:
        yield from overrides.problems
