"""Bytes to text: binary sniffing, UTF-8 decoding with a record of what was replaced, text cleanup.

Text formats (plain text, Markdown, JSON, JSON Lines) are read as UTF-8 (a UTF-8 or
UTF-16 byte-order mark is honoured). Bytes that are not valid UTF-8 are replaced with
U+FFFD and listed in a note; the text is kept when it is still readable (at most
MAX_INVALID_SHARE of its bytes replaced), else the source is rejected as not UTF-8.
HTML pages and feeds declare their own encodings and are decoded by their parsers.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from dataclasses import dataclass

MAX_INVALID_SHARE = 0.05
FIRST_BYTES = 64

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .xlsx, .epub ...)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not a text document, or None when they may be one."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return f"binary file: {what}, not a supported article format (save the article as text or HTML)"
    if data.startswith(_UTF16_BOMS):
        return None
    if b"\x00" in data[:8192]:
        return "binary file: NUL bytes in the first 8 KiB, not text"
    return None


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    note: str | None = None  # what the decoding had to replace, when anything


class NotText(ValueError):
    """The bytes are not readable as text; the message says why."""


_collect = threading.local()


def _collecting_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _collect.bad.append((exc.start, exc.object[exc.start : exc.end]))
    return "\ufffd", exc.end


codecs.register_error("casualty_tracker.collect", _collecting_replace)


def _describe(bad: list[tuple[int, bytes]], total: int) -> str:
    shown = ", ".join(f"{pos} ({chunk.hex(' ')})" for pos, chunk in bad[:5])
    more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
    n = sum(len(chunk) for _, chunk in bad)
    return (
        f"invalid UTF-8: {n} of {total} bytes replaced with U+FFFD in {len(bad)} place(s), "
        f"at byte {shown}{more}"
    )


def decode_text(data: bytes) -> Decoded:
    """UTF-8 (or BOM-marked UTF-16) text, with invalid bytes replaced and noted; NotText when unreadable."""
    if data.startswith(_UTF16_BOMS):
        encoding, offset = "utf-16", 0
    elif data.startswith(codecs.BOM_UTF8):
        encoding, offset = "utf-8", 3
    else:
        encoding, offset = "utf-8", 0
    _collect.bad = []
    try:
        text = data[offset:].decode(encoding, errors="casualty_tracker.collect")
        bad = [(pos + offset, chunk) for pos, chunk in _collect.bad]
    finally:
        _collect.bad = []
    if encoding == "utf-16":
        text = text.lstrip("\ufeff")
    if not bad:
        return Decoded(text)
    invalid = sum(len(chunk) for _, chunk in bad)
    note = _describe(bad, len(data))
    if invalid > MAX_INVALID_SHARE * len(data) or not any(ch.isalpha() for ch in text):
        first = bad[0]
        raise NotText(
            f"not UTF-8 text: {invalid} of {len(data)} bytes are invalid UTF-8 (first at byte {first[0]}: "
            f"{first[1].hex(' ')}); too many to keep the text readable — save the file as UTF-8"
        )
    return Decoded(text, note)


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TRAILING_WS = re.compile(r"[ \t\f\v]+$", re.MULTILINE)
_MANY_BREAKS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """One spelling of the same words: NFC, no zero-width or soft hyphens, \\n line ends, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_WS.sub("", text)
    return _MANY_BREAKS.sub("\n\n", text).strip()


def clean_line(text: str) -> str:
    """A title or name on one line: cleaned and with its whitespace folded."""
    return " ".join(clean_text(text).split())
