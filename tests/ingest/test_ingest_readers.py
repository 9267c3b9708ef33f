"""Pure readers: files the tests write, read by `read_bytes` — no DuckDB, no Dagster, no network."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from ingest_samples import (
    SEED_BODY,
    SEED_OUTLET,
    SEED_PUBLISHED,
    SEED_TITLE,
    SEED_URL,
    SWAP_BODY,
    SWAP_TITLE,
    atom,
    front_matter,
    html_page,
    jsonl,
    paragraphs_html,
    plain,
    record,
    rss,
    seed_item,
    swap_item,
    write,
)

from casualty_tracker.ingest import MAX_BYTES, RawArticle, Rejected, detect_format, read_bytes

TODAY = date(2025, 6, 1)
SEED_DAY = date.fromisoformat(SEED_PUBLISHED)


def read(path: Path, sidecar: bytes | None = None) -> list[RawArticle | Rejected]:
    return list(read_bytes(str(path), path.read_bytes(), sidecar=sidecar, today=TODAY))


def articles(results: list) -> list[RawArticle]:
    return [r for r in results if isinstance(r, RawArticle)]


def rejects(results: list, severity: str | None = None) -> list[Rejected]:
    return [r for r in results if isinstance(r, Rejected) and (severity is None or r.severity == severity)]


def only_article(results: list) -> RawArticle:
    assert not rejects(results, "error"), rejects(results)
    (a,) = articles(results)
    return a


def only_reject(results: list) -> Rejected:
    assert not articles(results), articles(results)
    (r,) = rejects(results)
    return r


# --- plain text --------------------------------------------------------------------------------


def test_plain_text_like_the_seed(tmp_path: Path) -> None:
    a = only_article(read(write(tmp_path / "seed.txt", plain(SEED_TITLE, SEED_BODY, SEED_OUTLET))))
    assert a.title == SEED_TITLE
    assert a.outlet == SEED_OUTLET
    assert a.text.startswith("More than 1,000 North Korean soldiers")
    assert a.text.endswith("by a third country.")
    assert a.source_format == "text"
    assert a.published is None  # nothing in the text dates it: the stage stamps the ingest date


def test_sidecar_dates_plain_text(tmp_path: Path) -> None:
    path = write(tmp_path / "seed.txt", plain(SEED_TITLE, SEED_BODY, SEED_OUTLET))
    meta = json.dumps({"published": SEED_PUBLISHED, "outlet": "BGNES", "url": SEED_URL}).encode()
    a = only_article(read(path, sidecar=meta))
    assert (a.published, a.published_precision, a.published_source) == (SEED_DAY, "day", "metadata")
    assert a.url == SEED_URL
    assert a.outlet == "BGNES"


def test_sidecar_overrides_title_and_outlet(tmp_path: Path) -> None:
    path = write(tmp_path / "seed.txt", plain(SEED_TITLE, SEED_BODY, "Wrong Outlet"))
    meta = json.dumps({"title": "A better headline", "outlet": "BGNES", "published": "December 2024"})
    a = only_article(read(path, sidecar=meta.encode()))
    assert (a.title, a.outlet) == ("A better headline", "BGNES")
    assert (a.published, a.published_precision) == (date(2024, 12, 1), "month")


@pytest.mark.parametrize(
    ("sidecar", "why"),
    [
        (b'{"published": "2024-12-23", ', "sidecar is malformed JSON"),
        (b'["2024-12-23"]', "not an object"),
        (b'{"published": "next week"}', "is not a date"),
    ],
)
def test_a_bad_sidecar_keeps_the_article_and_warns(tmp_path: Path, sidecar: bytes, why: str) -> None:
    path = write(tmp_path / "seed.txt", plain(SEED_TITLE, SEED_BODY, SEED_OUTLET))
    results = read(path, sidecar=sidecar)
    a = only_article(results)
    assert a.published is None
    (warning,) = rejects(results, "warning")
    assert warning.source_path == f"{path}.meta.json"
    assert why in warning.reason


def test_text_states_its_publication_date(tmp_path: Path) -> None:
    body = "Published 31 January 2024\n\n" + SWAP_BODY
    a = only_article(read(write(tmp_path / "swap.txt", plain(SWAP_TITLE, body))))
    assert (a.published, a.published_precision, a.published_source) == (date(2024, 1, 31), "day", "text")


def test_a_dateline_dates_the_article(tmp_path: Path) -> None:
    body = "KYIV, Jan 31, 2024 (Reuters) - " + SWAP_BODY
    a = only_article(read(write(tmp_path / "swap.txt", plain(SWAP_TITLE, body))))
    assert (a.published, a.published_source) == (date(2024, 1, 31), "text")


def test_dates_in_the_story_do_not_date_the_article(tmp_path: Path) -> None:
    a = only_article(read(write(tmp_path / "swap.txt", plain(SWAP_TITLE, SWAP_BODY))))
    assert a.published is None  # "January 24" and "last week" are events, not the publication


# --- Markdown and front matter ------------------------------------------------------------------


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    body = SEED_BODY.replace("Joint Chiefs of Staff", "**Joint Chiefs of Staff**").replace(
        "AFP", "[AFP](https://www.afp.com)"
    )
    path = write(tmp_path / "seed.md", front_matter(SEED_TITLE, body, SEED_PUBLISHED, SEED_OUTLET, SEED_URL))
    a = only_article(read(path))
    assert a.title == SEED_TITLE
    assert (a.outlet, a.url, a.published, a.published_source) == (SEED_OUTLET, SEED_URL, SEED_DAY, "metadata")
    assert a.source_format == "markdown"
    assert "**" not in a.text and "](" not in a.text
    assert "Joint Chiefs of Staff (JCS) said" in a.text


def test_text_with_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "seed.txt", front_matter(SEED_TITLE, SEED_BODY, "23 December 2024", "BGNES"))
    a = only_article(read(path))
    assert (a.title, a.outlet, a.published) == (SEED_TITLE, "BGNES", SEED_DAY)
    assert a.source_format == "text"


def test_front_matter_without_title_takes_the_first_line(tmp_path: Path) -> None:
    text = f"---\npublished: 2024-01-31\noutlet: Example Wire\n---\n# {SWAP_TITLE}\n\n{SWAP_BODY}\n"
    a = only_article(read(write(tmp_path / "swap.md", text)))
    assert a.title == SWAP_TITLE
    assert a.text.startswith("Russia and Ukraine exchanged 195")


def test_markdown_without_front_matter(tmp_path: Path) -> None:
    a = only_article(read(write(tmp_path / "swap.md", f"# {SWAP_TITLE}\n\n{SWAP_BODY}\n")))
    assert a.title == SWAP_TITLE
    assert a.published is None


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (
            '---\ntitle: "unclosed quote\npublished: 2024-01-31\n---\nBody text here.\n',
            "malformed YAML front matter",
        ),
        ("---\ntitle: [a, b\n---\nBody\n", "malformed YAML front matter"),
        ("---\ntitle: Headline\npublished: 2024-01-31\n\nBody without a closing marker.\n", "never closed"),
        ("---\n- a list\n- not a mapping\n---\nBody\n", "not 'key: value' lines"),
    ],
)
def test_malformed_front_matter_is_rejected(tmp_path: Path, content: str, why: str) -> None:
    r = only_reject(read(write(tmp_path / "bad.md", content)))
    assert why in r.reason
    assert r.first_bytes.startswith(b"---")


def test_front_matter_yaml_error_says_where(tmp_path: Path) -> None:
    r = only_reject(read(write(tmp_path / "bad.md", "---\ntitle: ok\noutlet: [BGNES\n---\nBody\n")))
    assert "line" in r.reason and "column" in r.reason


def test_front_matter_with_a_date_that_is_none_warns(tmp_path: Path) -> None:
    text = f"---\ntitle: {SWAP_TITLE}\npublished: last Wednesday\n---\n{SWAP_BODY}\n"
    results = read(write(tmp_path / "swap.md", text))
    assert only_article(results).published is None
    (w,) = rejects(results, "warning")
    assert "'last Wednesday' is not a date" in w.reason


# --- JSON and JSON Lines -------------------------------------------------------------------------


def test_json_object(tmp_path: Path) -> None:
    rec = record("bg-1", SEED_TITLE, SEED_BODY, SEED_PUBLISHED, SEED_OUTLET, SEED_URL)
    a = only_article(read(write(tmp_path / "one.json", json.dumps(rec))))
    assert (a.title, a.outlet, a.url, a.external_id) == (SEED_TITLE, SEED_OUTLET, SEED_URL, "bg-1")
    assert (a.published, a.published_source, a.source_format) == (SEED_DAY, "metadata", "json")


def test_json_list_with_a_bad_object(tmp_path: Path) -> None:
    docs = [
        record("bg-1", SEED_TITLE, SEED_BODY, SEED_PUBLISHED, SEED_OUTLET),
        {"id": "no-text", "title": "Headline only"},
        "not an object",
        {"id": "ex-2", "title": SWAP_TITLE, "published": "2024-01-31", "html": paragraphs_html(SWAP_BODY)},
    ]
    path = write(tmp_path / "export.json", json.dumps(docs, indent=2))
    results = read(path)
    assert [a.title for a in articles(results)] == [SEED_TITLE, SWAP_TITLE]
    bad = rejects(results)
    assert [r.source_path for r in bad] == [f"{path}#item=2", f"{path}#item=3"]
    assert "has no 'text' or 'html'" in bad[0].reason
    assert "is a string, not an article object" in bad[1].reason
    swap = articles(results)[1]
    assert "<p>" not in swap.text and swap.text.count("\n\n") == 2


def test_jsonl_each_bad_line_is_its_own_entry(tmp_path: Path) -> None:
    good = [
        record("bg-1", SEED_TITLE, SEED_BODY, SEED_PUBLISHED, SEED_OUTLET),
        record("ex-2", SWAP_TITLE, SWAP_BODY, "2024-01-31", "Example Wire"),
    ]
    lines = jsonl(good[:1]) + '{"id": "broken", "title": "Cut off\n' + "\n" + "[1, 2]\n"
    lines += '{"id": "x", "title": 42, "text": "Body"}\n' + jsonl(good[1:])
    path = write(tmp_path / "export.jsonl", lines)
    results = read(path)
    assert [a.external_id for a in articles(results)] == ["bg-1", "ex-2"]
    assert all(a.source_path == str(path) for a in articles(results))
    bad = rejects(results)
    assert [r.source_path for r in bad] == [f"{path}#line=2", f"{path}#line=4", f"{path}#line=5"]
    assert "line 2: malformed JSON" in bad[0].reason
    assert "is a list, not an article object" in bad[1].reason
    assert "title that is a number" in bad[2].reason
    assert bad[0].first_bytes.startswith(b'{"id": "broken"')


def test_malformed_json_is_rejected(tmp_path: Path) -> None:
    r = only_reject(read(write(tmp_path / "bad.json", '{"title": "x", "text": "y",\n "outlet": }')))
    assert r.reason.startswith("malformed JSON:") and "line 2" in r.reason


def test_json_lines_saved_as_json_are_read_as_lines(tmp_path: Path) -> None:
    recs = [
        record("a", SEED_TITLE, SEED_BODY, SEED_PUBLISHED, "BGNES"),
        record("b", SWAP_TITLE, SWAP_BODY, "", ""),
    ]
    assert len(articles(read(write(tmp_path / "export.json", jsonl(recs))))) == 2


def test_json_without_a_suffix_is_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path / "export", json.dumps(record("a", SWAP_TITLE, SWAP_BODY, "2024-01-31", "X")))
    assert detect_format(str(path), path.read_bytes()) == "jsonish"
    assert only_article(read(path)).source_format == "json"


def test_a_text_headline_in_brackets_is_not_json(tmp_path: Path) -> None:
    a = only_article(read(write(tmp_path / "note", f"[Update] {SWAP_TITLE}\n\n{SWAP_BODY}\n")))
    assert a.title == f"[Update] {SWAP_TITLE}"


# --- HTML ----------------------------------------------------------------------------------------


def test_saved_html_page(tmp_path: Path) -> None:
    page = html_page(SEED_TITLE, SEED_BODY, SEED_PUBLISHED, "BGNES", SEED_URL)
    a = only_article(read(write(tmp_path / "page.html", page)))
    assert a.title == SEED_TITLE
    assert (a.outlet, a.url, a.source_format) == ("BGNES", SEED_URL, "html")
    assert (a.published, a.published_precision, a.published_source) == (SEED_DAY, "day", "metadata")
    assert "Most read" not in a.text and "All rights reserved" not in a.text and "dataLayer" not in a.text
    assert a.text.split("\n\n")[0] == SEED_BODY.split("\n\n")[0]


def test_html_page_dated_only_in_its_text(tmp_path: Path) -> None:
    page = html_page(SWAP_TITLE, SWAP_BODY, None, "Example Wire", "https://example.org/swap")
    page = page.replace("<h1>", "<p>Kyiv, January 31, 2024</p><h1>")
    a = only_article(read(write(tmp_path / "page.htm", page)))
    assert (a.published, a.published_source) == (date(2024, 1, 31), "text")


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page = html_page(SEED_TITLE, SEED_BODY, SEED_PUBLISHED, "BGNES", SEED_URL)
    a = only_article(read(write(tmp_path / "page.txt", page)))
    assert a.source_format == "html" and a.outlet == "BGNES"


def test_html_in_a_declared_legacy_encoding(tmp_path: Path) -> None:
    body = "Генштаб ЗСУ повідомив, що втрати Росії перевищили 1 000 000 осіб. " * 4
    page = html_page("Втрати Росії", body, "2025-06-12", "Укрінформ", "https://example.org/ua")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    a = only_article(read(write(tmp_path / "ua.html", page.encode("cp1251"))))
    assert a.title == "Втрати Росії" and "Генштаб ЗСУ" in a.text
    assert a.decode_note is None


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><title>Sign in</title></head><body><nav>Home</nav>"
        "<form><label>Password</label><input type='password'></form></body></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<!doctype html><html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_an_article_is_rejected(tmp_path: Path, page: str) -> None:
    r = only_reject(read(write(tmp_path / "login.html", page)))
    assert r.reason.startswith("HTML page has no article")
    assert r.first_bytes


# --- feeds as files ------------------------------------------------------------------------------


def test_rss_file(tmp_path: Path) -> None:
    feed = rss("Example Wire", [seed_item(source="BGNES"), swap_item()])
    path = write(tmp_path / "wire.rss", feed)
    seed, swap = only_articles = articles(read(path))
    assert len(only_articles) == 2
    assert seed.source_path == f"feed:{path}#bgnes-88520847"
    assert (seed.title, seed.outlet, seed.url) == (SEED_TITLE, "BGNES", SEED_URL)
    assert (seed.published, seed.published_source) == (SEED_DAY, "metadata")
    assert seed.text.split("\n\n")[0] == SEED_BODY.split("\n\n")[0]
    assert swap.outlet == "Example Wire"  # the feed's title, the item naming no source
    assert swap.external_id == "example-swap-1" and swap.source_format == "feed"


def test_atom_file_sniffed_without_suffix(tmp_path: Path) -> None:
    entry = {
        "title": SWAP_TITLE,
        "link": "https://example.org/swap",
        "guid": "tag:example.org,2024:swap",
        "updated": "2024-01-31T18:00:00Z",
        "html": paragraphs_html(SWAP_BODY),
    }
    path = write(tmp_path / "download", atom("Example Atom", [entry]))
    assert detect_format(str(path), path.read_bytes()) == "feed"
    a = only_article(read(path))
    assert a.source_path == f"feed:{path}#tag:example.org,2024:swap"
    assert (a.outlet, a.published) == ("Example Atom", date(2024, 1, 31))


def test_feed_item_without_guid_uses_its_link_and_one_without_text_is_rejected(tmp_path: Path) -> None:
    items = [swap_item(guid=None), seed_item(html="")]
    items[1]["html"] = ""
    path = write(tmp_path / "wire.xml", rss("Example Wire", items))
    results = read(path)
    (a,) = articles(results)
    assert a.source_path == f"feed:{path}#https://example.org/2024/01/31/swap"
    (r,) = rejects(results)
    assert r.source_path == f"feed:{path}#bgnes-88520847" and "has no text" in r.reason


def test_xml_that_is_no_feed_is_rejected(tmp_path: Path) -> None:
    r = only_reject(read(write(tmp_path / "data.xml", "<?xml version='1.0'?><catalog><book/></catalog>")))
    assert r.reason.startswith("not an RSS or Atom feed")


# --- bad input ----------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    assert only_reject(read(write(tmp_path / "empty.txt", b""))).reason == "empty file (0 bytes)"


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert "empty article" in only_reject(read(write(tmp_path / "blank.txt", " \n\t\n"))).reason


def test_single_line_file(tmp_path: Path) -> None:
    assert "single line" in only_reject(read(write(tmp_path / "headline.txt", SEED_TITLE))).reason


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"Headline\n\nBody with a \x00 NUL byte in it", "NUL bytes"),
    ],
)
def test_binary_files_are_rejected(tmp_path: Path, content: bytes, what: str) -> None:
    r = only_reject(read(write(tmp_path / "article.txt", content)))
    assert r.reason.startswith("binary file") and what in r.reason
    assert r.first_bytes == content[:64]


def test_a_few_invalid_utf8_bytes_keep_the_article_with_a_note(tmp_path: Path) -> None:
    raw = plain(SEED_TITLE, SEED_BODY, SEED_OUTLET).encode()
    pos = raw.index(b"Kremlin")
    damaged = raw[:pos] + b"\xff\xfe" + raw[pos:] + b"\xe9"
    results = read(write(tmp_path / "seed.txt", damaged))
    a = only_article(results)
    assert "\ufffd" in a.text and "Kremlin" in a.text
    assert a.decode_note is not None and f"at byte {pos} (ff)" in a.decode_note
    (w,) = rejects(results, "warning")
    assert w.source_path == str(tmp_path / "seed.txt")
    assert "invalid UTF-8" in w.reason and "article was kept" in w.reason


def test_mostly_invalid_utf8_is_rejected(tmp_path: Path) -> None:
    text = "Генштаб повідомив про втрати противника за добу. " * 10
    r = only_reject(read(write(tmp_path / "cp1251.txt", ("Заголовок\n\n" + text).encode("cp1251"))))
    assert r.reason.startswith("not UTF-8 text") and "save the file as UTF-8" in r.reason


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    data = plain(SWAP_TITLE, SWAP_BODY).encode("utf-16")
    a = only_article(read(write(tmp_path / "swap.txt", data)))
    assert a.title == SWAP_TITLE and a.decode_note is None


def test_too_large_in_memory_is_rejected_with_its_first_bytes() -> None:
    data = b"Headline\n\n" + b"x" * MAX_BYTES
    (r,) = read_bytes("/inbox/huge.txt", data)
    assert isinstance(r, Rejected) and r.reason.startswith("file too large")
    assert r.first_bytes == data[:64]


def test_a_future_metadata_date_is_dropped_with_a_warning(tmp_path: Path) -> None:
    rec = record("f", SWAP_TITLE, SWAP_BODY, "2031-01-01", "Example Wire")
    results = read(write(tmp_path / "future.json", json.dumps(rec)))
    assert only_article(results).published is None
    assert "in the future" in rejects(results, "warning")[0].reason


# --- one article, however it arrives ------------------------------------------------------------


def test_the_same_article_in_every_format_has_one_id(tmp_path: Path) -> None:
    rec = record("bg-1", SEED_TITLE, SEED_BODY, SEED_PUBLISHED, SEED_OUTLET, SEED_URL)
    crlf_spacey = plain(SEED_TITLE, SEED_BODY.replace("\n\n", "\n \n\n").replace(". ", ".  "), SEED_OUTLET)
    files = {
        "seed.txt": plain(SEED_TITLE, SEED_BODY, SEED_OUTLET),
        "seed-crlf.txt": crlf_spacey.replace("\n", "\r\n").encode(),
        "seed-bom.txt": b"\xef\xbb\xbf" + plain(SEED_TITLE, SEED_BODY).encode(),
        "seed.md": front_matter(SEED_TITLE, SEED_BODY, SEED_PUBLISHED, SEED_OUTLET),
        "seed.json": json.dumps(rec),
        "seed.jsonl": jsonl([rec]),
        "seed.html": html_page(SEED_TITLE, SEED_BODY, SEED_PUBLISHED, "BGNES", SEED_URL),
        "seed.rss": rss("BGNES", [seed_item()]),
        "seed-html-field.json": json.dumps({**rec, "text": None, "html": paragraphs_html(SEED_BODY)}),
    }
    ids = {}
    for name, content in files.items():
        ids[name] = only_article(read(write(tmp_path / name, content))).article_id
    assert len(set(ids.values())) == 1, ids


def test_a_different_article_has_another_id(tmp_path: Path) -> None:
    a = only_article(read(write(tmp_path / "a.txt", plain(SEED_TITLE, SEED_BODY))))
    b = only_article(read(write(tmp_path / "b.txt", plain(SEED_TITLE, SEED_BODY.replace("1,100", "1,200")))))
    assert a.article_id != b.article_id


def test_a_feed_that_is_not_well_formed_keeps_what_the_parser_recovers(tmp_path: Path) -> None:
    feed = rss("Example Wire", [swap_item()]).replace("</channel>", "<broken & unescaped></channel>")
    results = read(write(tmp_path / "wire.rss", feed))
    assert [a.title for a in articles(results)] == [SWAP_TITLE]
    (w,) = rejects(results, "warning")
    assert w.reason.startswith("feed is not well-formed XML") and "1 item(s)" in w.reason


@pytest.mark.parametrize(
    ("content", "why"),
    [("[]", "the JSON list is empty"), ('"just a string"', "is a string, not an article object")],
)
def test_json_that_holds_no_article(tmp_path: Path, content: str, why: str) -> None:
    assert why in only_reject(read(write(tmp_path / "x.json", content))).reason


def test_empty_json_lines_file(tmp_path: Path) -> None:
    assert "empty JSON Lines file" in only_reject(read(write(tmp_path / "x.jsonl", "\n\n"))).reason
