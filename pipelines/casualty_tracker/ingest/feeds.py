"""RSS and Atom feeds, from a file or an HTTP body, through feedparser: one article per item.

Each item becomes an article with the source path `feed:<feed url or file>#<guid>`
(the link when the item has no guid, a hash of its words when it has neither), so
an item keeps its identity across polls and stays stored when the feed drops it.
The item's HTML content (or summary) becomes text through lxml; its title, date and
link are the article's; the outlet is the item's own <source> (or dc:publisher) when
it names one, else the feed's title. Nothing of a feed is written to disk and no
link in it is ever fetched.
"""

from __future__ import annotations

import hashlib
import io
import re
import xml.sax
from collections.abc import Iterator
from datetime import date

from ..dating import parse_date_value
from .decode import FIRST_BYTES, clean_line, clean_text
from .html import fragment_to_text
from .model import RawArticle, Rejected

FEED_PREFIX = "feed:"
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.I)


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes open an RSS, Atom or RDF document (before any <html>)."""
    m = _FEED_ROOT.search(head[:4096])
    if not m:
        return False
    h = _HTML_ROOT.search(head[:4096])
    return h is None or m.start() < h.start()


def item_path(feed_id: str, key: str) -> str:
    return f"{FEED_PREFIX}{feed_id}#{key}"


def _text_of(detail: dict | None, value: str) -> str:
    kind = (detail or {}).get("type", "text/html")
    if "html" in kind or "<" in value:
        return fragment_to_text(value)
    return clean_text(value)


def _content(entry: dict) -> str:
    """The item's fullest HTML: its content:encoded/atom content, else its summary/description."""
    best = ""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        text = _text_of(part, value)
        if len(text) > len(best):
            best = text
    if not best and entry.get("summary"):
        best = _text_of(entry.get("summary_detail"), entry["summary"])
    return best


def _published(entry: dict) -> tuple[date, str] | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if value:
            parsed = parse_date_value(value)
            if parsed is not None:
                return parsed
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        tm = entry.get(key)
        if tm:
            return date(tm.tm_year, tm.tm_mon, tm.tm_mday), "day"
    return None


def _outlet(entry: dict, feed_title: str | None) -> str | None:
    source = entry.get("source") or {}
    for value in (source.get("title"), entry.get("publisher"), feed_title):
        if value and clean_line(value):
            return clean_line(value)
    return None


def read_feed(feed_id: str, data: bytes, content_type: str | None = None) -> Iterator[RawArticle | Rejected]:
    """Every item of an RSS/Atom document as an article; the document rejected when it is no feed."""
    import feedparser

    headers = {"content-type": content_type} if content_type else None
    # A stream, never a string: feedparser would take a string for a URL or a file name and open it.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    exc = parsed.get("bozo_exception")
    if not parsed.get("version"):
        why = f": {exc}" if exc else ""
        yield Rejected(feed_id, f"not an RSS or Atom feed{why}", data[:FIRST_BYTES])
        return
    if parsed.get("bozo") and isinstance(exc, xml.sax.SAXException) and parsed.entries:
        yield Rejected(
            feed_id,
            f"feed is not well-formed XML ({exc}); the {len(parsed.entries)} item(s) the parser "
            "recovered were read",
            data[:FIRST_BYTES],
            severity="warning",
        )
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        yield _item(feed_id, n, entry, feed_title)


def _item(feed_id: str, n: int, entry: dict, feed_title: str | None) -> RawArticle | Rejected:
    title = _text_of(entry.get("title_detail"), entry.get("title") or "")
    title = clean_line(title)
    text = _content(entry)
    guid = (entry.get("id") or "").strip() or None
    link = (entry.get("link") or "").strip() or None
    key = guid or link
    if key is None:
        key = "sha256:" + hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]
    path = item_path(feed_id, key)
    if not text:
        what = f"item {n} ({title[:80]!r})" if title else f"item {n}"
        return Rejected(
            path, f"feed {what} has no text (no content or summary)", title.encode()[:FIRST_BYTES]
        )
    if not title:
        title = clean_line(text.split("\n", 1)[0])[:200]
    dated = _published(entry)
    return RawArticle(
        source_path=path,
        source_format="feed",
        title=title,
        text=text,
        outlet=_outlet(entry, feed_title),
        published=dated[0] if dated else None,
        published_precision=dated[1] if dated else None,
        published_source="metadata" if dated else None,
        url=link,
        external_id=guid,
    )
