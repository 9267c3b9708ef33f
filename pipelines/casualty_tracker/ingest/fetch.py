"""Polling a feed URL over HTTP: bounded in time and size, and never anything but http(s).

The whole fetch — connecting, waiting, reading — must end within `timeout_s`; a server
that accepts and then trickles or stalls is cut off at the deadline. Bodies over
`max_bytes` are cut off too. Redirects are followed only to http(s) URLs; file:, ftp:
and data: URLs are refused outright, so a feed setting cannot make the pipeline read
local files. Every failure is a reason string, never an exception.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

USER_AGENT = "casualty-tracker/0.1 (feed reader)"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    body: bytes = b""
    content_type: str | None = None
    problem: str | None = None  # why there is no usable body


def _opener() -> urllib.request.OpenerDirector:
    """http(s) only: no FileHandler, FTPHandler or DataHandler in the chain."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def url_problem(url: str) -> str | None:
    """Why a configured feed URL may not be polled, or None."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return f"feed URL scheme {parts.scheme or '(none)'!r} is not allowed: only http and https"
    if not parts.hostname:
        return "feed URL has no host"
    return None


def fetch_url(url: str, timeout_s: float, max_bytes: int) -> Fetched:
    """The body of an http(s) URL within `timeout_s` seconds in all, or the reason there is none."""
    problem = url_problem(url)
    if problem:
        return Fetched(url, problem=problem)
    deadline = time.monotonic() + timeout_s
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        with _opener().open(request, timeout=timeout_s) as response:
            content_type = response.headers.get("Content-Type")
            chunks, size = [], 0
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return Fetched(url, b"".join(chunks), content_type, f"timed out after {timeout_s:g}s")
                _set_timeout(response, remaining)
                chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    return Fetched(
                        url,
                        b"".join(chunks)[:64],
                        content_type,
                        f"feed larger than {max_bytes} bytes: not read",
                    )
            return Fetched(url, b"".join(chunks), content_type)
    except urllib.error.HTTPError as exc:
        body = b""
        try:
            body = exc.read(64)
        except Exception:  # the error body is only a courtesy
            body = b""
        return Fetched(url, body, None, f"HTTP {exc.code} {exc.reason}")
    except urllib.error.URLError as exc:
        return Fetched(url, problem=_network_reason(exc.reason, timeout_s))
    except TimeoutError:
        return Fetched(url, problem=f"timed out after {timeout_s:g}s")
    except http.client.HTTPException as exc:
        return Fetched(url, problem=f"malformed HTTP response: {type(exc).__name__} {exc}")
    except (OSError, ValueError) as exc:
        return Fetched(url, problem=_network_reason(exc, timeout_s))


def _set_timeout(response: object, seconds: float) -> None:
    """Shorten the socket timeout so a stalled read ends at the deadline."""
    fp = getattr(response, "fp", None)
    raw = getattr(fp, "raw", None)
    sock = getattr(raw, "_sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))


def _network_reason(reason: object, timeout_s: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout_s:g}s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return f"host not found: {reason.strerror or reason}"
    text = getattr(reason, "strerror", None) or str(reason)
    return f"network error: {text}"
