"""The full-page cache for anonymous visitors, answered at the WSGI entry before Django runs.

A page is stored under ``(token, host, path, normalised query)``. The token is the site's
change generation as published by ``publish_token`` — in Redis when ``REDIS_URL`` is set (all
processes and nodes), else in a small file in the data directory (all processes of one
machine) — so one change invalidates every cached page everywhere at once. The token also
carries the time the next scheduled entry comes due; the first request after that moment bumps
the generation, so scheduled entries appear on time without a worker.

Two tiers: a bounded in-process LRU for hot pages, and Redis when configured. Only anonymous
GET/HEAD requests are served from the cache; a request carrying a session cookie (editors,
members) or an Authorization header always reaches Django, and a response that sets a cookie,
varies on Cookie or is marked private is never stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections import OrderedDict
from email.utils import formatdate
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

logger = logging.getLogger(__name__)

CACHEABLE_TYPES = (
    "text/html", "application/xml", "text/xml", "text/plain", "application/rss+xml",
    "application/atom+xml",
)  # fmt: skip
TRACKING_PARAMS = {"fbclid", "gclid", "yclid", "msclkid", "spm", "from"}
MAX_BODY = 2 * 1024 * 1024
LOCAL_MAX_ENTRIES = 2000
LOCAL_MAX_BYTES = 64 * 1024 * 1024
SHARED_TTL = 24 * 3600
HITS_HEADER = "X-Sitecraft-Entry"  # set by entry pages; consumed here, never sent out
CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=30"


class TokenStore:
    """Where the page-cache token lives: a file (one machine) or Redis (several nodes)."""

    def __init__(self, *, path: Path | None = None, redis=None, key: str = "sitecraft:pagetoken"):
        self.path = path
        self.redis = redis
        self.key = key

    def read(self) -> tuple[str, float]:
        """Return ``(token, next_due)``; ``next_due`` is a Unix time or ``inf``."""
        raw = ""
        try:
            if self.redis is not None:
                value = self.redis.get(self.key)
                raw = value.decode() if value else ""
            elif self.path is not None:
                raw = self.path.read_text()
        except (OSError, UnicodeDecodeError):
            raw = ""
        except Exception:  # noqa: BLE001 - Redis down: serve uncached, never fail the request
            return "", float("inf")
        token, _, due = raw.partition(" ")
        try:
            return token, float(due) if due else float("inf")
        except ValueError:
            return token, float("inf")

    def write(self, token: str, next_due: float | None) -> None:
        value = f"{token} {next_due if next_due is not None else 'inf'}"
        if self.redis is not None:
            self.redis.set(self.key, value)
            return
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}")
        temp.write_text(value)
        os.replace(temp, self.path)  # atomic: readers see the old or the new token, never half


class LocalTier:
    """A bounded LRU of pages in this process."""

    def __init__(self, max_entries: int = LOCAL_MAX_ENTRIES, max_bytes: int = LOCAL_MAX_BYTES):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self.items: OrderedDict[str, tuple] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key: str):
        with self.lock:
            item = self.items.get(key)
            if item is not None:
                self.items.move_to_end(key)
            return item

    def set(self, key: str, item: tuple) -> None:
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.size -= len(old[2])
            self.items[key] = item
            self.size += len(item[2])
            while self.items and (len(self.items) > self.max_entries or self.size > self.max_bytes):
                _, evicted = self.items.popitem(last=False)
                self.size -= len(evicted[2])

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.size = 0


def _encode(item: tuple) -> bytes:
    status, headers, body, etag, stored = item
    head = json.dumps([status, headers, etag, stored]).encode()
    return len(head).to_bytes(4, "big") + head + body


def _decode(raw: bytes) -> tuple | None:
    try:
        size = int.from_bytes(raw[:4], "big")
        status, headers, etag, stored = json.loads(raw[4 : 4 + size])
        return status, [tuple(h) for h in headers], raw[4 + size :], etag, stored
    except (ValueError, TypeError):
        return None


def normalise_query(query: str) -> str:
    """Sort parameters and drop tracking ones, so equivalent URLs share one cached page."""
    if not query:
        return ""
    pairs = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if k not in TRACKING_PARAMS and not k.startswith("utm_")
    ]
    return urlencode(sorted(pairs))


class PageCache:
    """WSGI middleware: answer anonymous page views from the cache, fill it on a miss."""

    def __init__(
        self, app, *, store: TokenStore, shared=None, bypass_prefixes=(), cookie_names=(),
        prefix: str = "sitecraft:page:", refresh=None, count_hit=None,
    ):  # fmt: skip
        self.app = app
        self.store = store
        self.shared = shared
        self.local = LocalTier()
        self.bypass_prefixes = tuple(bypass_prefixes)
        self.cookie_names = tuple(f"{name}=" for name in cookie_names)
        self.prefix = prefix
        # ``refresh(bump)`` publishes the token from the database; with ``bump`` it first moves
        # the generation (a scheduled entry came due).
        self.refresh = refresh
        # ``count_hit(entry_id)``: a cached entry page was viewed (Django counted the miss).
        self.count_hit = count_hit

    # -- request side -------------------------------------------------------------------------
    def _bypass(self, environ) -> bool:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return True
        if environ.get("HTTP_AUTHORIZATION"):
            return True
        path = environ.get("PATH_INFO", "")
        if path.startswith(self.bypass_prefixes):
            return True
        cookies = environ.get("HTTP_COOKIE", "")
        return bool(cookies) and any(name in cookies for name in self.cookie_names)

    def _key(self, token: str, environ) -> str:
        host = environ.get("HTTP_HOST", environ.get("SERVER_NAME", "")).lower()
        scheme = environ.get("wsgi.url_scheme", "http")
        raw = f"{token}|{scheme}|{host}|{environ.get('PATH_INFO', '')}|"
        raw += normalise_query(environ.get("QUERY_STRING", ""))
        return self.prefix + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()

    def __call__(self, environ, start_response):
        if self._bypass(environ):
            return self.app(environ, start_response)
        token, next_due = self.store.read()
        if (not token or time.time() >= next_due) and self.refresh is not None:
            self.refresh(bump=bool(token))
            token, _ = self.store.read()
        if not token:
            return self.app(environ, start_response)
        key = self._key(token, environ)
        item = self.local.get(key)
        if item is None and self.shared is not None:
            try:
                raw = self.shared.get(key)
            except Exception:  # noqa: BLE001 - a Redis outage must not take the site down
                raw = None
            item = _decode(raw) if raw else None
            if item is not None:
                self.local.set(key, item)
        if item is not None:
            return self._serve(environ, start_response, item, "hit")
        return self._fill(environ, start_response, key)

    def _serve(self, environ, start_response, item, state):
        status, headers, body, etag, stored = item
        if state == "hit":
            entry_id = next((v for k, v in headers if k == HITS_HEADER), None)
            if entry_id and self.count_hit is not None:
                self.count_hit(int(entry_id))
        headers = [(k, v) for k, v in headers if k != HITS_HEADER]
        extra = [("ETag", etag), ("X-Cache", state)]
        if status.startswith("200") and etag in _etags(environ.get("HTTP_IF_NONE_MATCH", "")):
            keep = [
                (k, v)
                for k, v in headers
                if k.lower() in ("cache-control", "vary", "last-modified")
            ]
            start_response("304 Not Modified", keep + extra)
            return [b""]
        start_response(status, headers + extra)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    # -- response side ------------------------------------------------------------------------
    def _fill(self, environ, start_response, key):
        captured: dict = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, list(headers)
            return lambda data: captured.setdefault("written", []).append(data)

        get_environ = dict(environ, REQUEST_METHOD="GET")  # a HEAD fills the cache with the page
        result = self.app(get_environ, capture)
        try:
            body = b"".join(captured.get("written", [])) + b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        status, headers = captured["status"], captured["headers"]
        if self._storable(status, headers, body):
            etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
            headers = [(k, v) for k, v in headers if k.lower() not in ("cache-control", "etag")]
            headers += [
                ("Cache-Control", CACHE_CONTROL),
                ("Last-Modified", formatdate(usegmt=True)),
            ]
            item = (status, headers, body, etag, time.time())
            self.local.set(key, item)
            if self.shared is not None:
                try:
                    self.shared.set(key, _encode(item), ex=SHARED_TTL)
                except Exception:  # noqa: BLE001 - the shared tier is an optimisation
                    logger.warning("page cache: could not store in the shared tier", exc_info=True)
            return self._serve(environ, start_response, item, "miss")
        start_response(status, [(k, v) for k, v in headers if k != HITS_HEADER])
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    @staticmethod
    def _storable(status: str, headers: list, body: bytes) -> bool:
        if not status.startswith(("200", "301", "302")) or len(body) > MAX_BODY:
            return False
        content_type = ""
        for name, value in headers:
            lower = name.lower()
            if lower == "set-cookie":
                return False
            if lower == "vary" and "cookie" in value.lower():
                return False
            if lower == "cache-control" and ("private" in value or "no-store" in value):
                return False
            if lower == "content-type":
                content_type = value.split(";")[0].strip().lower()
        return status.startswith("30") or content_type in CACHEABLE_TYPES


def _etags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


# -- wiring ------------------------------------------------------------------------------------
_store: TokenStore | None = None


def get_store() -> TokenStore:
    """The token store this process publishes to and reads from."""
    global _store
    if _store is None:
        from django.conf import settings

        if settings.SITECRAFT_REDIS_URL:
            import redis

            _store = TokenStore(redis=redis.Redis.from_url(settings.SITECRAFT_REDIS_URL))
        else:
            _store = TokenStore(path=Path(settings.DATA_DIR) / "cache" / "page-token")
    return _store


def publish_token(generation: int, next_due: float | None) -> None:
    """Make ``generation`` the token of every cached page (called after each change)."""
    get_store().write(str(generation), next_due)


def refresh_token(*, bump: bool = False) -> None:
    """Publish the database's generation (after moving it when ``bump``) as the token.

    The connection it uses is looked after by Django's request signals like any other.
    """
    from sitecraft.sites.services import bump_generation, sync_page_token

    if bump:
        bump_generation()  # in autocommit mode this commits at once
    sync_page_token()


def install(app):
    """Wrap the Django WSGI application with the page cache, as configured."""
    from django.conf import settings

    from sitecraft.content.hits import record_hit

    if not settings.SITECRAFT_PAGE_CACHE:
        return app
    shared = None
    if settings.SITECRAFT_REDIS_URL:
        import redis

        shared = redis.Redis.from_url(settings.SITECRAFT_REDIS_URL)
    return PageCache(
        app,
        store=get_store(),
        shared=shared,
        bypass_prefixes=(f"/{settings.SITECRAFT_ADMIN_PREFIX}/", "/media/", settings.STATIC_URL),
        cookie_names=(settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME),
        refresh=refresh_token,
        count_hit=record_hit,
    )
