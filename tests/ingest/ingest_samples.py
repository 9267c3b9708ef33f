"""Articles written out in every input format, for the ingest tests.

The seed article (BGNES, 23 December 2024) and a second, shorter one are rendered as
plain text, Markdown with front matter, JSON, JSON Lines, a saved HTML page and feed
items, so tests can check each reader and that one article in many formats is one.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from casualty_tracker.paths import SEED_ARTICLES_DIR

SEED_FILE = SEED_ARTICLES_DIR / "000_88520847ec444e6e.txt"
SEED_TEXT = SEED_FILE.read_text(encoding="utf-8")
SEED_TITLE, _, _rest = SEED_TEXT.partition("\n")
SEED_BODY = _rest.strip().removesuffix("| BGNES").rstrip()
SEED_OUTLET = "BGNES"
SEED_URL = "https://bgnesnews.com/world/north-korean-army-has-given-1100-casualties-in-ukraine"
SEED_PUBLISHED = "2024-12-23"

SWAP_TITLE = "Russia and Ukraine swap prisoners after plane crash"
SWAP_BODY = (
    "Russia and Ukraine exchanged 195 prisoners of war each on Wednesday, the first swap since a Russian "
    "military transport plane crashed last week, officials said.\n\n"
    "Moscow said 65 Ukrainian prisoners of war were among the 74 people killed when the Il-76 came down "
    "in the Belgorod region on January 24, a claim Kyiv has questioned.\n\n"
    "Ukraine's coordination headquarters said 207 Ukrainians came home, including soldiers who had "
    "defended Mariupol, while the United Arab Emirates said it had mediated the exchange."
)
SWAP_PUBLISHED = "2024-01-31"


def paragraphs_html(body: str) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))


def plain(title: str, body: str, outlet: str | None = None) -> str:
    trailer = f" | {outlet}" if outlet else ""
    return f"{title}\n\n{body}{trailer}\n"


def front_matter(title: str, body: str, published: str, outlet: str, url: str | None = None) -> str:
    lines = ["---", f'title: "{title}"', f"published: {published}", f"outlet: {outlet}"]
    if url:
        lines.append(f"url: {url}")
    return "\n".join([*lines, "---", "", body, ""])


def record(ident: str, title: str, body: str, published: str, outlet: str, url: str | None = None) -> dict:
    return {"id": ident, "title": title, "published": published, "outlet": outlet, "url": url, "text": body}


def html_page(title: str, body: str, published: str | None, site: str, url: str) -> str:
    date_meta = (
        f'<meta property="article:published_time" content="{published}T09:30:00+02:00">' if published else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:title" content="{escape(title)}">
{date_meta}
<link rel="canonical" href="{url}">
<script>window.dataLayer = [];</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<main><article><h1>{escape(title)}</h1>
{paragraphs_html(body)}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Weather this weekend</a></li></ul></aside>
<footer>Copyright {escape(site)}. All rights reserved.</footer>
</body></html>
"""


def rss(channel_title: str, items: list[dict]) -> str:
    """RSS 2.0; each item: title, link, guid, pub (RFC 822), html, optional source."""
    out = []
    for it in items:
        source = (
            f'<source url="https://example.org/rss">{escape(it["source"])}</source>'
            if it.get("source")
            else ""
        )
        guid = f'<guid isPermaLink="false">{escape(it["guid"])}</guid>' if it.get("guid") else ""
        pub = f"<pubDate>{it['pub']}</pubDate>" if it.get("pub") else ""
        link = f"<link>{escape(it['link'])}</link>" if it.get("link") else ""
        out.append(
            f"<item><title>{escape(it['title'])}</title>{link}{guid}{pub}{source}"
            f"<description>{escape(it['html'][:120])}</description>"
            f"<content:encoded><![CDATA[{it['html']}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(channel_title)}</title><link>https://example.org/</link>"
        f"<description>News</description>{''.join(out)}</channel></rss>\n"
    )


def atom(feed_title: str, entries: list[dict]) -> str:
    out = []
    for e in entries:
        out.append(
            f'<entry><title>{escape(e["title"])}</title><link href="{escape(e["link"])}"/>'
            f"<id>{escape(e['guid'])}</id><updated>{e['updated']}</updated>"
            f'<content type="html">{escape(e["html"])}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(feed_title)}</title><id>urn:example:feed</id><updated>2024-12-23T10:00:00Z</updated>"
        f"{''.join(out)}</feed>\n"
    )


def seed_item(**extra) -> dict:
    item = {
        "title": SEED_TITLE,
        "link": SEED_URL,
        "guid": "bgnes-88520847",
        "pub": "Mon, 23 Dec 2024 09:30:00 +0200",
        "html": paragraphs_html(SEED_BODY),
    }
    item.update(extra)
    return item


def swap_item(**extra) -> dict:
    item = {
        "title": SWAP_TITLE,
        "link": "https://example.org/2024/01/31/swap",
        "guid": "example-swap-1",
        "pub": "Wed, 31 Jan 2024 18:00:00 +0000",
        "html": paragraphs_html(SWAP_BODY),
    }
    item.update(extra)
    return item


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
