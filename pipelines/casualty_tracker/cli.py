"""The `casualty-tracker` command: run the pipeline, extract figures, query the tables."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date

from .extraction import ArticleText, extract_figures


def _read_jsonl(paths: list[str]) -> Iterator[dict]:
    streams: Iterable = [open(p, encoding="utf-8") for p in paths] if paths else [sys.stdin]
    for stream in streams:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def _parse_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def cmd_extract(args: argparse.Namespace) -> int:
    for rec in _read_jsonl(args.files):
        article = ArticleText(
            article_id=str(rec.get("id")),
            title=rec.get("title") or "",
            text=rec.get("text") or "",
            published=_parse_date(rec.get("published")),
            outlet=rec.get("outlet"),
        )
        figures = [f.to_record() for f in extract_figures(article)]
        print(json.dumps({"id": rec.get("id"), "figures": figures}, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casualty-tracker", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract figures from JSON-lines articles (files or stdin)")
    p.add_argument("files", nargs="*", help="JSON-lines files of {id,title,published,outlet,text}")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
