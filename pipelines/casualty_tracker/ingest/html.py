"""HTML: saved article pages through trafilatura and htmldate; HTML fragments through lxml.

A saved page gives its main text (boilerplate — menus, footers, related links — left
out by trafilatura), its title, its site name (the outlet) and its canonical URL; the
publication date comes from the page's markup by htmldate (meta tags, JSON-LD, <time>),
else from dates htmldate finds in the page's text. A page whose main text is shorter
than MIN_ARTICLE_WORDS words is not an article (a login wall, an index page, a cookie
notice) and is rejected.

Fragments — a feed item's content, a JSON export's `html` field — are turned into text
by lxml: scripts and styles dropped, block elements as paragraph breaks.
"""

from __future__ import annotations

import re
import warnings

import lxml.etree
import lxml.html

from ..dating import parse_date_value
from .decode import FIRST_BYTES, clean_line, clean_text
from .model import RawArticle, Rejected

MIN_ARTICLE_WORDS = 20

_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol"),
        *("p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul"),
    }
)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "template", "svg", "object", "embed")
_FULL_DOCUMENT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S
)
_PARAGRAPHS = re.compile(r"\n\s*\n")


def looks_like_html_document(head: str) -> bool:
    return bool(_FULL_DOCUMENT.match(head))


def fragment_to_text(html: str) -> str:
    """The words of an HTML fragment, one paragraph per block element, entities decoded."""
    if not html or not html.strip():
        return ""
    if "<" not in html and "&" not in html:
        return clean_text(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return clean_text(html)
    for el in [*root.iter(*_DROP_TAGS), *root.iter(lxml.etree.Comment)]:
        el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    raw = root.text_content()
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPHS.split(raw))
    return "\n\n".join(p for p in paragraphs if p)


def html_to_text(html: str) -> str:
    """Text of HTML of either kind: a whole page through trafilatura, a fragment through lxml."""
    if looks_like_html_document(html[:2048]):
        page = _extract(html)
        if page is not None and page.get("text"):
            return page["text"]
    return fragment_to_text(html)


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph a line; the project's texts separate paragraphs by a blank line."""
    lines = (line.strip() for line in clean_text(text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _extract(html: str | bytes) -> dict | None:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
        )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    data["text"] = _paragraphs(data.get("text") or "")
    return data


def _page_date(html: str) -> tuple[tuple, str] | None:
    """((date, precision), source): from the page's markup, else from dates in its text."""
    import htmldate

    for extensive, source in ((False, "metadata"), (True, "text")):
        try:
            found = htmldate.find_date(
                html, extensive_search=extensive, original_date=True, outputformat="%Y-%m-%d"
            )
        except Exception:  # htmldate raises a variety of parser errors on odd pages
            found = None
        if found:
            parsed = parse_date_value(found)
            if parsed is not None:
                return parsed, source
    return None


def decode_html(data: bytes) -> str:
    """The page as text in the encoding it declares (or that trafilatura detects)."""
    from trafilatura.utils import decode_file

    return decode_file(data)


def read_html(source_path: str, data: bytes) -> RawArticle | Rejected:
    """One saved article page: main text, title, date and outlet from the page itself."""
    html = decode_html(data)
    try:
        page = _extract(html)
    except (lxml.etree.LxmlError, ValueError) as exc:
        return Rejected(source_path, f"HTML could not be parsed: {exc}", data[:FIRST_BYTES])
    text = (page or {}).get("text") or ""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        found = f"only {words} word(s) of main text" if words else "no main text"
        return Rejected(
            source_path,
            f"HTML page has no article: {found} (at least {MIN_ARTICLE_WORDS} needed); "
            "save the article page itself, not an index or login page",
            data[:FIRST_BYTES],
        )
    title = clean_line(page.get("title") or "")
    if not title:
        title = clean_line(text.split("\n", 1)[0])[:200]
    dated = _page_date(html)
    published, precision, source = None, None, None
    if dated is not None:
        (published, precision), source = dated
    return RawArticle(
        source_path=source_path,
        source_format="html",
        title=title,
        text=text,
        outlet=clean_line(page.get("sitename") or "") or None,
        published=published,
        published_precision=precision,
        published_source=source,
        url=page.get("url") or None,
    )
