"""The ingest stage end to end: real files in an inbox, a real warehouse, the tables read back."""

from __future__ import annotations

import json
import os
import tracemalloc
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from ingest_samples import (
    SEED_BODY,
    SEED_OUTLET,
    SEED_PUBLISHED,
    SEED_TITLE,
    SEED_URL,
    SWAP_BODY,
    SWAP_TITLE,
    front_matter,
    html_page,
    jsonl,
    plain,
    record,
    rss,
    seed_item,
    write,
)

from casualty_tracker.ingest import MAX_BYTES
from casualty_tracker.paths import SEED_ARTICLES_DIR, SQL_DIR
from casualty_tracker.stages.ingest import IngestSummary, ingest_sources
from casualty_tracker.storage.warehouse import Warehouse

NOW = datetime(2025, 6, 1, 12, 0, 0)
LATER = datetime(2025, 6, 2, 12, 0, 0)

CAPTURED_TITLE = "Ukraine captures two North Korean soldiers in Kursk"
CAPTURED_BODY = (
    "Ukrainian forces captured two North Korean soldiers in Russia's Kursk region, President Volodymyr "
    "Zelensky said on Saturday.\n\n"
    "The soldiers survived with injuries and were brought to Kyiv, where they are talking to the SBU "
    "security service, he said.\n\n"
    "South Korea's spy agency said about 300 North Korean soldiers had been killed and 2,700 wounded."
)
TANKS_TITLE = "Russian tank assault repelled near Tonenke"
TANKS_BODY = (
    "Ukrainian troops repelled the largest Russian mechanised assault in weeks near Tonenke, "
    "destroying 12 tanks and 8 infantry fighting vehicles, the 25th brigade said.\n\n"
    "The column of 36 tanks and 12 armoured personnel carriers advanced in the morning fog, "
    "the brigade said, adding that the attack was stopped by drones, artillery and mines."
)
MISSING_TITLE = "Thousands of Ukrainian soldiers missing in action"
MISSING_BODY = (
    "Thousands of Ukrainian servicemen are listed as missing in action, their families say, and many "
    "wait months for news.\n\n"
    "The coordination headquarters for the treatment of prisoners of war said it was working to "
    "identify the missing and to bring captives home through exchanges."
)


def run(db: Path, folders: list[Path], now: datetime = NOW, **kw) -> IngestSummary:
    return ingest_sources(Warehouse(db), folders, now=now, **kw)


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with Warehouse(db).reader() as con:
        return con.execute(sql, params or []).fetchall()


def table_dump(db: Path) -> dict[str, list[tuple]]:
    return {
        t: query(db, f"SELECT * FROM {t} ORDER BY ALL")
        for t in ("articles", "article_sources", "source_files", "quarantine")
    }


def sparse_file(path: Path, head: bytes, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


@pytest.fixture
def mixed_inbox(tmp_path: Path) -> Path:
    """Every good format (with duplicates across them) and every kind of bad input."""
    inbox = tmp_path / "inbox"
    # Good: five distinct articles.
    write(inbox / "bgnes" / "seed.txt", plain(SEED_TITLE, SEED_BODY, SEED_OUTLET))
    write(
        inbox / "bgnes" / "seed.txt.meta.json",
        json.dumps({"published": SEED_PUBLISHED, "outlet": "BGNES", "url": SEED_URL}),
    )
    write(inbox / "swap.md", front_matter(SWAP_TITLE, SWAP_BODY, "2024-01-31", "Example Wire"))
    captured = record("pol-1", CAPTURED_TITLE, CAPTURED_BODY, "2025-01-11", "Politico")
    swap_again = record("ex-9", SWAP_TITLE, SWAP_BODY, "2024-01-31", "Example Wire")
    export = jsonl([captured]) + '{"id": "broken", "title": "Cut\n' + jsonl([swap_again])
    write(inbox / "export.jsonl", export)
    write(
        inbox / "saved" / "tonenke.html",
        html_page(TANKS_TITLE, TANKS_BODY, "2024-04-01", "LB.ua", "https://x/t"),
    )
    missing_item = seed_item(
        title=MISSING_TITLE, guid="dc-missing", link="https://dc/missing", html=f"<p>{MISSING_BODY}</p>"
    )
    write(inbox / "wire.rss", rss("DC Weekly", [seed_item(), missing_item]))
    write(inbox / "seed-copy.json", json.dumps(record("c", SEED_TITLE, SEED_BODY, SEED_PUBLISHED, "BGNES")))
    # Kept with a warning: two bytes that are not UTF-8.
    damaged = plain(TANKS_TITLE + " (update)", TANKS_BODY.replace("fog,", "fog\xff,"), "LB.ua")
    write(inbox / "damaged.txt", damaged.encode("utf-8").replace("\xff".encode(), b"\xff\xfe"))
    # Bad.
    write(inbox / "empty.txt", b"")
    write(inbox / "scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    write(inbox / "nul.txt", b"Headline\n\nBody \x00\x00\x00 binary")
    write(inbox / "bad.json", '{"title": "Half an object", "text": ')
    write(inbox / "bad-front.md", '---\ntitle: "unterminated\noutlet: X\n---\nBody of the article.\n')
    write(
        inbox / "login.html",
        "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form/></body></html>",
    )
    write(inbox / "cp1251.txt", ("Заголовок\n\n" + "Втрати противника за добу. " * 20).encode("cp1251"))
    sparse_file(inbox / "huge.txt", b"A 50 MB headline\n\nThat no one should read whole.\n", 50 * 1024 * 1024)
    write(inbox / "lonely.txt.meta.json", '{"published": "2024-01-01"}')
    write(inbox / ".hidden.txt", plain(SEED_TITLE, "Not read: hidden files are skipped."))
    return inbox


EXPECTED_TITLES = {
    SEED_TITLE,
    SWAP_TITLE,
    CAPTURED_TITLE,
    TANKS_TITLE,
    MISSING_TITLE,
    TANKS_TITLE + " (update)",
}


def test_mixed_inbox_loads_every_good_article_once_and_quarantines_every_bad_one(
    tmp_path: Path, mixed_inbox: Path
) -> None:
    db = tmp_path / "t.duckdb"
    summary = run(db, [mixed_inbox])

    titles = [r[0] for r in query(db, "SELECT title FROM articles ORDER BY title")]
    assert sorted(titles) == sorted(EXPECTED_TITLES)  # each exactly once
    assert summary.articles_added == len(EXPECTED_TITLES)

    seed = query(
        db,
        "SELECT outlet, published, published_precision, published_source, url FROM articles WHERE title = ?",
        [SEED_TITLE],
    )
    assert seed == [("BGNES", date(2024, 12, 23), "day", "metadata", SEED_URL)]
    # The seed arrived three times: the text file, the feed item and the JSON copy.
    seed_sources = query(
        db,
        "SELECT s.source_path FROM article_sources s JOIN articles a USING (article_id) WHERE a.title = ? "
        "ORDER BY 1",
        [SEED_TITLE],
    )
    inbox = str(mixed_inbox.resolve())
    assert [r[0] for r in seed_sources] == [
        f"{inbox}/bgnes/seed.txt",
        f"{inbox}/seed-copy.json",
        f"feed:{inbox}/wire.rss#bgnes-88520847",
    ]
    swap_sources = query(
        db,
        "SELECT count(*) FROM article_sources s JOIN articles a USING (article_id) WHERE a.title = ?",
        [SWAP_TITLE],
    )
    assert swap_sources == [(2,)]  # swap.md and a line of export.jsonl

    by_format = dict(query(db, "SELECT title, source_format FROM articles"))
    assert by_format[TANKS_TITLE] == "html" and by_format[MISSING_TITLE] == "feed"
    assert by_format[CAPTURED_TITLE] == "jsonl"

    damaged = query(db, "SELECT decode_note FROM articles WHERE title = ?", [TANKS_TITLE + " (update)"])
    assert "invalid UTF-8: 2 of" in damaged[0][0]

    entries = {
        (r[0].removeprefix(inbox + "/"), r[1]): r[2]
        for r in query(db, "SELECT source_path, severity, reason FROM quarantine")
    }
    expected = {
        ("empty.txt", "error"): "empty file (0 bytes)",
        ("scan.pdf", "error"): "binary file: a PDF document",
        ("nul.txt", "error"): "binary file: NUL bytes",
        ("bad.json", "error"): "malformed JSON",
        ("bad-front.md", "error"): "malformed YAML front matter",
        ("login.html", "error"): "HTML page has no article",
        ("cp1251.txt", "error"): "not UTF-8 text",
        ("huge.txt", "error"): "file too large: 52428800 bytes",
        ("export.jsonl#line=2", "error"): "line 2: malformed JSON",
        ("lonely.txt.meta.json", "error"): "sidecar metadata without its article",
        ("damaged.txt", "warning"): "invalid UTF-8",
    }
    assert set(entries) == set(expected)
    for key, start in expected.items():
        assert start in entries[key], (key, entries[key])
    assert summary.quarantined == 10 and summary.warnings == 1

    first = dict(query(db, "SELECT source_path, first_bytes FROM quarantine"))
    head = b"A 50 MB headline\n\nThat no one should read whole.\n"
    assert first[f"{inbox}/huge.txt"] == (head + b"\0" * 64)[:64]
    assert first[f"{inbox}/scan.pdf"].startswith(b"%PDF-1.4")

    ledger = dict(query(db, "SELECT source_path, status FROM source_files"))
    assert ledger[f"{inbox}/bgnes/seed.txt.meta.json"] == "sidecar"
    assert ledger[f"{inbox}/huge.txt"] == "quarantined"
    assert ledger[f"{inbox}/export.jsonl"] == "loaded"

    # A second run finds nothing new and changes nothing.
    before = table_dump(db)
    again = run(db, [mixed_inbox], now=LATER)
    assert (again.files_read, again.articles_added, again.quarantined, again.warnings) == (0, 0, 0, 0)
    assert table_dump(db) == before


def test_fixing_or_deleting_a_bad_file_clears_its_quarantine_entry(tmp_path: Path, mixed_inbox: Path) -> None:
    db = tmp_path / "t.duckdb"
    run(db, [mixed_inbox])
    inbox = str(mixed_inbox.resolve())
    write(
        mixed_inbox / "bad.json",
        json.dumps(record("m", MISSING_TITLE + " (2)", MISSING_BODY, "2023-10-05", "X")),
    )
    write(
        mixed_inbox / "export.jsonl", (mixed_inbox / "export.jsonl").read_text().replace('"Cut\n', '"Cut"}\n')
    )
    (mixed_inbox / "scan.pdf").unlink()
    (mixed_inbox / "lonely.txt.meta.json").unlink()

    summary = run(db, [mixed_inbox], now=LATER)

    reasons = dict(query(db, "SELECT source_path, reason FROM quarantine"))
    assert f"{inbox}/bad.json" not in reasons
    assert f"{inbox}/scan.pdf" not in reasons
    assert f"{inbox}/lonely.txt.meta.json" not in reasons
    # The JSONL line is JSON now, but a title without text: rejected again, for that reason now.
    assert reasons[f"{inbox}/export.jsonl#line=2"] == "line 2 has no 'text' or 'html' with words in it"
    assert query(db, "SELECT count(*) FROM articles WHERE title = ?", [MISSING_TITLE + " (2)"]) == [(1,)]
    assert summary.articles_added == 1
    ledger = {r[0] for r in query(db, "SELECT source_path FROM source_files")}
    assert f"{inbox}/scan.pdf" not in ledger and f"{inbox}/lonely.txt.meta.json" not in ledger
    assert f"{inbox}/bad.json" in ledger


def test_the_seed_gets_its_date_and_outlet_from_its_sidecar(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    run(db, [SEED_ARTICLES_DIR])
    rows = query(
        db, "SELECT title, outlet, published, published_precision, published_source, url FROM articles"
    )
    assert rows == [(SEED_TITLE, "BGNES", date(2024, 12, 23), "day", "metadata", SEED_URL)]
    assert query(db, "SELECT count(*) FROM quarantine") == [(0,)]


def test_adding_or_editing_a_sidecar_rereads_the_article(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    inbox = tmp_path / "inbox"
    write(inbox / "seed.txt", plain(SEED_TITLE, SEED_BODY, SEED_OUTLET))
    first = run(db, [inbox])
    assert query(db, "SELECT published, published_source FROM articles") == [(NOW.date(), "ingest")]
    (article_id,) = query(db, "SELECT article_id FROM articles")[0]

    sidecar = write(inbox / "seed.txt.meta.json", json.dumps({"published": SEED_PUBLISHED, "url": SEED_URL}))
    second = run(db, [inbox], now=LATER)
    assert second.files_read == 1 and second.articles_added == 0 and second.articles_revised == 1
    assert set(second.touched_dates) == {NOW.date(), date(2024, 12, 23)}
    assert query(db, "SELECT article_id, published, published_source, url, outlet FROM articles") == [
        (article_id, date(2024, 12, 23), "metadata", SEED_URL, "BGNES")
    ]
    assert first.touched_dates == [NOW.date()]

    # Same size, new content: the mtime moves on, the date changes.
    sidecar.write_text(json.dumps({"published": "2024-12-24", "url": SEED_URL}))
    os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 10**9))
    run(db, [inbox], now=LATER)
    assert query(db, "SELECT published FROM articles") == [(date(2024, 12, 24),)]

    # A sidecar that breaks: the article stays, with its own metadata, and the sidecar is listed.
    sidecar.write_text('{"published": "2024-12-24",')
    run(db, [inbox], now=LATER)
    assert query(db, "SELECT count(*), any_value(published_source) FROM articles") == [(1, "ingest")]
    (entry,) = query(db, "SELECT source_path, severity, reason FROM quarantine")
    assert entry[0] == str(sidecar.resolve()) and entry[1] == "warning" and "malformed JSON" in entry[2]
    assert query(db, "SELECT published FROM articles") == [(NOW.date(),)]  # back to its first ingest date

    # Removing the sidecar re-reads the article and forgets the sidecar.
    sidecar.unlink()
    run(db, [inbox], now=LATER)
    assert query(db, "SELECT count(*) FROM quarantine") == [(0,)]
    assert query(db, "SELECT count(*) FROM source_files") == [(1,)]
    assert query(db, "SELECT count(*) FROM articles") == [(1,)]
    assert run(db, [inbox], now=LATER).files_read == 0


def test_a_50_mb_file_is_rejected_without_being_read_into_memory(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    inbox = tmp_path / "inbox"
    head = b"Headline of a dump\n\nfirst bytes of a very large file, kept for the analyst"
    inbox.mkdir()
    sparse_file(inbox / "dump.txt", head, 50 * 1024 * 1024)
    Warehouse(db).ensure_schema()
    tracemalloc.start()
    try:
        summary = run(db, [inbox])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MAX_BYTES // 4, f"peak Python memory {peak} bytes: the file was read whole"
    assert summary.quarantined == 1
    (reason, first) = query(db, "SELECT reason, first_bytes FROM quarantine")[0]
    assert reason.startswith("file too large: 52428800 bytes") and first == head[:64]


def test_a_symlink_out_of_the_inbox_is_not_followed(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    secret = write(
        tmp_path / "outside" / "secret.txt", plain("Secret", "Never to be read into the warehouse.")
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "link.txt").symlink_to(secret)
    run(db, [inbox])
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]
    (path, reason, first) = query(db, "SELECT source_path, reason, first_bytes FROM quarantine")[0]
    assert path == str(inbox / "link.txt") and "outside the source folder" in reason and first == b""


def test_unchanged_bytes_under_a_new_mtime_are_only_restamped(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    inbox = tmp_path / "inbox"
    path = write(inbox / "swap.txt", plain(SWAP_TITLE, SWAP_BODY))
    run(db, [inbox])
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    summary = run(db, [inbox], now=LATER)
    assert summary.files_read == 0 and summary.articles_added == 0
    assert query(db, "SELECT mtime_ns FROM source_files") == [(path.stat().st_mtime_ns,)]


def test_changing_a_file_replaces_its_article(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    inbox = tmp_path / "inbox"
    path = write(inbox / "swap.txt", plain(SWAP_TITLE, SWAP_BODY))
    run(db, [inbox])
    write(path, plain(SWAP_TITLE, SWAP_BODY.replace("195", "207")))
    summary = run(db, [inbox], now=LATER)
    assert (summary.articles_added, summary.articles_removed) == (1, 1)
    assert query(db, "SELECT count(*) FROM articles WHERE text LIKE '%207 prisoners%'") == [(1,)]


def test_a_database_made_before_0002_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    wh = Warehouse(db)
    con = duckdb.connect(str(wh.writer_path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
    con.execute((SQL_DIR / "migrations" / "0001_initial.sql").read_text())
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial', now())")
    con.execute("INSERT INTO quarantine VALUES ('/old/bad.txt', 'empty file', NULL, NULL, now())")
    con.close()
    run(db, [tmp_path / "no-inbox"])
    wh.ensure_schema()
    assert query(db, "SELECT source_path, severity, origin FROM quarantine") == [
        ("/old/bad.txt", "error", "/old/bad.txt")
    ]
    assert "decode_note" in [r[0] for r in query(db, "DESCRIBE articles")]


def test_a_big_inbox_is_loaded_in_slices_each_article_once(tmp_path, monkeypatch) -> None:
    import casualty_tracker.stages.ingest as stage_module
    from casualty_tracker.stages.ingest import ingest_sources
    from casualty_tracker.storage.warehouse import Warehouse

    monkeypatch.setattr(stage_module, "FLUSH_ARTICLES", 2)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(5):
        text = f"Clash number {i}\n\n{i + 3} soldiers were killed, the army said.\n"
        (inbox / f"a{i}.txt").write_text(text)
    wh = Warehouse(tmp_path / "db" / "c.duckdb")
    first = ingest_sources(wh, [inbox])
    assert first.articles_added == 5
    assert ingest_sources(wh, [inbox]).articles_added == 0
    with wh.reader() as con:
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (5, 5)
        assert con.execute("SELECT count(*) FROM source_files").fetchone()[0] == 5
