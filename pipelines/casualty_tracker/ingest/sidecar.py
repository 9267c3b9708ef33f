"""Sidecar metadata: `<article file>.meta.json` next to an article file overrides what the file says.

    {"published": "2024-12-23", "outlet": "BGNES",
     "url": "https://bgnesnews.com/world/...", "title": "..."}

Any of `published` (or `date`), `outlet`, `url` and `title` may be given; other keys
are ignored. A sidecar is not an article: it only lends its fields to the article(s)
of the file it sits beside (every article, for a file that holds several). Its values
are only ever stored as text: no path or URL in it is opened or fetched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ..dating import parse_date_value
from .decode import FIRST_BYTES, NotText, clean_line, decode_text
from .model import RawArticle, Rejected

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 64 * 1024


def is_sidecar(name: str) -> bool:
    return name.endswith(SIDECAR_SUFFIX) and len(name) > len(SIDECAR_SUFFIX)


def sidecar_path(article_path: str) -> str:
    return article_path + SIDECAR_SUFFIX


def article_path_of(path: str) -> str:
    return path.removesuffix(SIDECAR_SUFFIX)


@dataclass(frozen=True)
class Overrides:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    precision: str | None = None
    problems: list[Rejected] = field(default_factory=list)

    def apply(self, raw: RawArticle) -> RawArticle:
        from dataclasses import replace

        changes: dict = {}
        if self.title:
            changes["title"] = self.title
        if self.outlet:
            changes["outlet"] = self.outlet
        if self.url:
            changes["url"] = self.url
        if self.published is not None:
            changes.update(
                published=self.published, published_precision=self.precision, published_source="metadata"
            )
        return replace(raw, **changes) if changes else raw


def _text(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean_line(str(value)) or None
    return None


def read_sidecar(path: str, data: bytes) -> Overrides:
    """The overrides a sidecar holds; a sidecar that cannot be used gives none and a warning."""

    def problem(reason: str) -> Overrides:
        note = f"{reason}; the article was kept without this sidecar's metadata"
        return Overrides(problems=[Rejected(path, note, data[:FIRST_BYTES], severity="warning")])

    if len(data) > MAX_SIDECAR_BYTES:
        return problem(f"sidecar too large: {len(data)} bytes (limit {MAX_SIDECAR_BYTES})")
    try:
        text = decode_text(data).text
    except NotText as exc:
        return problem(f"sidecar {exc}")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return problem(f"sidecar is malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
    if not isinstance(obj, dict):
        return problem("sidecar JSON is not an object of metadata fields")
    problems = []
    published = obj.get("published", obj.get("date"))
    dated = parse_date_value(published) if published not in (None, "") else None
    if published not in (None, "") and dated is None:
        problems.append(
            Rejected(
                path,
                f"sidecar published {published!r} is not a date; the article was kept, dated otherwise",
                data[:FIRST_BYTES],
                severity="warning",
            )
        )
    return Overrides(
        title=_text(obj, "title"),
        outlet=_text(obj, "outlet"),
        url=_text(obj, "url"),
        published=dated[0] if dated else None,
        precision=dated[1] if dated else None,
        problems=problems,
    )
