"""What a reader makes of a source: articles ready to store, or a reason to quarantine.

Readers are pure: bytes or text in, these records out. They never touch DuckDB or
Dagster, so every format can be tested on files the tests write.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "year", "ingest")
SEVERITIES = ("error", "warning")
_WS = re.compile(r"\s+")


def content_sha256(title: str, text: str) -> str:
    """Hash of the article's words with whitespace folded: the same article, however saved, hashes alike."""
    norm = _WS.sub(" ", f"{title}\n{text}").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article read from a source, before extraction."""

    source_path: str
    source_format: str
    title: str
    text: str
    outlet: str | None = None
    published: date | None = None
    published_precision: str | None = None
    published_source: str | None = None  # metadata | text | ingest
    url: str | None = None
    external_id: str | None = None
    decode_note: str | None = None  # e.g. bytes that were not valid UTF-8

    @property
    def content_sha256(self) -> str:
        return content_sha256(self.title, self.text)

    @property
    def article_id(self) -> str:
        """Stable id from the content, so the same article arriving twice is one row."""
        return self.content_sha256[:16]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A source (or part of one) that could not be read as an article, and why.

    severity "error": nothing of this source (or line, item) was stored; "warning": its
    article was stored, but something was lost or altered on the way (bytes that were
    not UTF-8, a metadata date that is no date, a sidecar that is not JSON).
    """

    source_path: str
    reason: str
    first_bytes: bytes = b""
    severity: str = "error"
