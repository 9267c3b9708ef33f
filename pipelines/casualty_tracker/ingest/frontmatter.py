"""Markdown and text with YAML front matter.

    ---
    title: North Korean army has given 1100 casualties in Ukraine
    published: 2024-12-23
    outlet: BGNES
    url: https://bgnesnews.com/world/...
    ---
    More than 1,000 North Korean soldiers ...

The front matter is read by PyYAML (safe_load); `title`, `published` (or `date`),
`outlet` and `url` are used, other keys ignored. Without a title the first line of
the body is the headline, as in plain text. A Markdown body (.md) is rendered by
markdown-it-py and reduced to its words, so `**bold**`, links and headings read as
plain text; a .txt body is kept as written.
"""

from __future__ import annotations

import re

import yaml

from ..dating import parse_date_value
from .decode import FIRST_BYTES, clean_line, clean_text
from .html import fragment_to_text
from .model import RawArticle, Rejected
from .plaintext import parse_plaintext, split_outlet_trailer

MAX_FRONT_MATTER = 64 * 1024
_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")


def has_front_matter(text: str) -> bool:
    return bool(_OPEN.match(text.replace("\r\n", "\n")))


def markdown_to_text(markdown: str) -> str:
    """The words of a Markdown document, paragraphs separated by blank lines."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown)
    return fragment_to_text(html)


def _markdown_article(body: str, source_path: str) -> tuple[str, str] | Rejected:
    """(title, text) of a Markdown body: a leading heading or first line is the headline."""
    stripped = body.strip()
    if not stripped:
        return Rejected(source_path, "empty article: no text after stripping whitespace")
    first, _, rest = stripped.partition("\n")
    heading = _HEADING.match(first)
    title = heading.group("title") if heading else first
    text = markdown_to_text(rest)
    if not text:
        return Rejected(source_path, "no article body: the file holds a single line")
    return clean_line(markdown_to_text(title) or title), text


def read_markdown(source_path: str, text: str) -> RawArticle | Rejected:
    """A Markdown file without front matter: headline first (a # heading or a line), then the body."""
    got = _markdown_article(text, source_path)
    if isinstance(got, Rejected):
        return got
    title, body = got
    body, outlet = split_outlet_trailer(body)
    return RawArticle(source_path, "markdown", title, body, outlet=outlet)


def _text_value(value: object) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean_line(str(value)) or None
    return None


def _reject(source_path: str, text: str, reason: str) -> Rejected:
    return Rejected(source_path, reason, text.encode()[:FIRST_BYTES])


def read_front_matter(source_path: str, text: str, markdown: bool) -> list[RawArticle | Rejected]:
    """An article from YAML front matter and the body after it (and a warning for a date that is none)."""
    text = text.replace("\r\n", "\n")
    opened = _OPEN.match(text)
    if not opened:
        return [_reject(source_path, text, "front matter must open with '---' on the first line")]
    closed = _CLOSE.search(text, opened.end())
    if not closed:
        return [_reject(source_path, text, "malformed front matter: opened with '---' but never closed")]
    block = text[opened.end() : closed.start()]
    if len(block) > MAX_FRONT_MATTER:
        return [_reject(source_path, text, f"malformed front matter: longer than {MAX_FRONT_MATTER} bytes")]
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2} column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return [_reject(source_path, text, f"malformed YAML front matter: {problem}{where}")]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        kind = type(meta).__name__
        return [_reject(source_path, text, f"malformed front matter: YAML {kind}, not 'key: value' lines")]
    body = text[closed.end() :].lstrip("\n")
    fmt = "markdown" if markdown else "text"
    title = meta.get("title")
    out: list[RawArticle | Rejected] = []
    plain_outlet = None
    if isinstance(title, str) and title.strip():
        content = markdown_to_text(body) if markdown else clean_text(body)
        if not content:
            return [_reject(source_path, text, "no article body after the front matter")]
        title = clean_line(title)
    else:
        got = _markdown_article(body, source_path) if markdown else parse_plaintext(body, source_path, fmt)
        if isinstance(got, Rejected):
            return [got]
        if isinstance(got, RawArticle):
            title, content, plain_outlet = got.title, got.text, got.outlet
        else:
            title, content = got
    content, trailer_outlet = split_outlet_trailer(content)
    trailer_outlet = trailer_outlet or plain_outlet
    published = meta.get("published", meta.get("date"))
    dated = parse_date_value(published) if published not in (None, "") else None
    if published not in (None, "") and dated is None:
        out.append(
            Rejected(
                source_path,
                f"front matter: published {published!r} is not a date; the article was kept, dated from "
                "its text or the ingest date",
                text.encode()[:FIRST_BYTES],
                severity="warning",
            )
        )
    outlet = meta.get("outlet")
    url = meta.get("url")
    out.insert(
        0,
        RawArticle(
            source_path=source_path,
            source_format=fmt,
            title=title,
            text=content,
            outlet=_text_value(outlet) or trailer_outlet,
            published=dated[0] if dated else None,
            published_precision=dated[1] if dated else None,
            published_source="metadata" if dated else None,
            url=_text_value(url),
            external_id=str(meta["id"]) if meta.get("id") is not None else None,
        ),
    )
    return out
