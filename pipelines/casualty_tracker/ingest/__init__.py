"""Readers for every input format; pure functions from bytes to RawArticle / Rejected."""

from __future__ import annotations

from collections.abc import Iterator

from .model import RawArticle, Rejected, content_sha256
from .plaintext import parse_plaintext

__all__ = ["MAX_BYTES", "RawArticle", "Rejected", "content_sha256", "read_bytes"]

MAX_BYTES = 20 * 1024 * 1024


def read_bytes(source_path: str, data: bytes) -> Iterator[RawArticle | Rejected]:
    """The articles one source's bytes hold, or the reason they hold none."""
    if len(data) > MAX_BYTES:
        yield Rejected(source_path, f"file too large: {len(data)} bytes (limit {MAX_BYTES})", data[:64])
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Rejected(source_path, f"not UTF-8 text: {exc.reason} at byte {exc.start}", data[:64])
        return
    yield parse_plaintext(text, source_path)
