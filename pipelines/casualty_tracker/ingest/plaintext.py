"""The seed's plain-text layout: headline on the first line, body, optional `| OUTLET` trailer."""

from __future__ import annotations

import re

from .model import RawArticle, Rejected

# "... by a third country. | BGNES" — a short, mostly upper-case or title-case name after a bar.
_TRAILER = re.compile(r"\s*\|\s*(?P<outlet>[^|\n]{1,60}?)\s*\Z")


def split_outlet_trailer(body: str) -> tuple[str, str | None]:
    """Strip a trailing `| OUTLET` marker from the body and return (body, outlet)."""
    m = _TRAILER.search(body)
    if not m:
        return body, None
    return body[: m.start()].rstrip(), m.group("outlet").strip()


def parse_plaintext(text: str, source_path: str, source_format: str = "text") -> RawArticle | Rejected:
    """Headline first, then the body; the outlet from a `| OUTLET` trailer when present."""
    stripped = text.strip()
    if not stripped:
        return Rejected(source_path, "empty article: no text after stripping whitespace")
    title, _, body = stripped.partition("\n")
    body = body.strip()
    if not body:
        return Rejected(source_path, "no article body: the file holds a single line")
    body, outlet = split_outlet_trailer(body)
    return RawArticle(
        source_path=source_path,
        source_format=source_format,
        title=title.strip(),
        text=body,
        outlet=outlet,
    )
