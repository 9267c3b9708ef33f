"""JSON and JSON Lines exports: one article per object.

An object has `title` and `text` (plain text) or `html` (turned into text), and may
have `id`, `published`, `outlet` and `url`; other fields are ignored. A .json file
holds one object or a list of them; a .jsonl file one object a line. A bad object or
line is its own rejection (`<file>#item=N` / `<file>#line=N`, counted from 1) while
the good ones load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..dating import parse_date_value
from .decode import FIRST_BYTES, clean_line, clean_text
from .html import html_to_text
from .model import RawArticle, Rejected

_TYPE_NAMES = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def _kind(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return clean_line(str(value)) or None


def article_from_object(
    obj: object, source_path: str, where: str, label: str, source_format: str
) -> list[RawArticle | Rejected]:
    """The article one JSON object holds (and any warning about it), or why it holds none."""
    if not isinstance(obj, dict):
        return [Rejected(where, f"{label} is {_kind(obj)}, not an article object")]
    snippet = json.dumps(obj, ensure_ascii=False)[:FIRST_BYTES].encode()
    title = obj.get("title")
    if not isinstance(title, str) or not title.strip():
        why = "has no title" if title in (None, "") else f"has a title that is {_kind(title)}, not text"
        return [Rejected(where, f"{label} {why}", snippet)]
    text_value, html_value = obj.get("text"), obj.get("html")
    if isinstance(text_value, str) and text_value.strip():
        text = clean_text(text_value)
    elif isinstance(html_value, str) and html_value.strip():
        text = html_to_text(html_value)
    else:
        return [Rejected(where, f"{label} has no 'text' or 'html' with words in it", snippet)]
    if not text:
        return [Rejected(where, f"{label} has HTML with no text in it", snippet)]
    out: list[RawArticle | Rejected] = []
    published = obj.get("published", obj.get("date"))
    dated = parse_date_value(published) if published not in (None, "") else None
    if published not in (None, "") and dated is None:
        out.append(
            Rejected(
                where,
                f"{label}: published {published!r} is not a date; the article was kept, dated from "
                "its text or the ingest date",
                snippet,
                severity="warning",
            )
        )
    external = obj.get("id")
    out.insert(
        0,
        RawArticle(
            source_path=source_path,
            source_format=source_format,
            title=clean_line(title),
            text=text,
            outlet=_optional_str(obj, "outlet"),
            published=dated[0] if dated else None,
            published_precision=dated[1] if dated else None,
            published_source="metadata" if dated else None,
            url=_optional_str(obj, "url"),
            external_id=None if external is None else str(external),
        ),
    )
    return out


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def read_json(source_path: str, text: str) -> Iterator[RawArticle | Rejected]:
    """One object or a list of objects; a file of one object a line is read as JSON Lines."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [line for line in text.splitlines() if line.strip()]
        if (
            exc.msg == "Extra data"
            and len(lines) > 1
            and all(line.lstrip().startswith("{") for line in lines)
        ):
            yield from read_jsonl(source_path, text)
            return
        yield Rejected(source_path, f"malformed JSON: {_json_error(exc)}", text.encode()[:FIRST_BYTES])
        return
    if isinstance(doc, dict):
        yield from article_from_object(doc, source_path, source_path, "the JSON object", "json")
        return
    if not isinstance(doc, list):
        yield Rejected(
            source_path, f"the JSON document is {_kind(doc)}, not an article object or a list of them"
        )
        return
    if not doc:
        yield Rejected(source_path, "the JSON list is empty: no articles")
        return
    for n, obj in enumerate(doc, 1):
        yield from article_from_object(obj, source_path, f"{source_path}#item={n}", f"item {n}", "json")


def read_jsonl(source_path: str, text: str) -> Iterator[RawArticle | Rejected]:
    """One article object a line; blank lines are skipped, each bad line is rejected alone."""
    seen = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        where = f"{source_path}#line={n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(
                where,
                f"line {n}: malformed JSON: {exc.msg} at column {exc.colno}",
                line.encode()[:FIRST_BYTES],
            )
            continue
        yield from article_from_object(obj, source_path, where, f"line {n}", "jsonl")
    if not seen:
        yield Rejected(source_path, "empty JSON Lines file: no lines with an object")
