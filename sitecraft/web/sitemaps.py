"""XML sitemaps (sitemaps.org 0.9, with hreflang alternates) and the plain-text sitemap.

``/sitemap.xml`` is an index of one sitemap per language, ``/sitemap-{code}.xml?p={n}``, each
page holding at most ``URLS_PER_SITEMAP`` URLs: the language's home and public columns first,
then its entries by id. A page reads its entries by id range (found with one bounded query) and
streams them, so its cost is the same few queries on page 1 of a small site and on page 20 of a
site with a million entries, and no request holds more than one page of rows.

Only pages everybody may read are listed: see ``selectors.indexable_entries`` and
``sitemap_columns``. URLs are absolute from ``SITECRAFT_BASE_URL``, never from the request.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.template import engines
from django.utils import timezone
from django.views.decorators.http import require_safe

from sitecraft.content import selectors
from sitecraft.web import links
from sitecraft.web.seo import alternate_links, column_versions
from sitecraft.web.snapshot import Snapshot, get_snapshot
from sitecraft.web.views import MAX_PAGE_DIGITS, Page404, language_or_404

URLS_PER_SITEMAP = 45000  # the protocol allows 50,000 URLs per file
TEXT_MAX_LINES = 50000  # the protocol's limit for a text sitemap
# Columns that are no page of their own: a search form, a tag cloud, a link to elsewhere.
UNLISTED_COLUMN_MODULES = {"search", "tag", "external"}
XML_TYPE = "application/xml; charset=utf-8"
STREAM_BUFFER = 500  # template pieces per chunk written to the client


def sitemap_columns(snap: Snapshot, language) -> list:
    """The language's columns that have a public page of their own, in tree order (no query)."""
    return [
        column
        for column in snap.columns.values()
        if column.language_id == language.id
        and column.is_public
        and column.read_level == 0
        and column.module not in UNLISTED_COLUMN_MODULES
    ]


def _lastmod(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def _hreflang(snap: Snapshot, versions: dict[int, str]) -> list[tuple[str, str]]:
    """Absolute ``(hreflang, url)`` alternates, or none when the page has no translation."""
    if len(versions) < 2:
        return []
    return [(code, links.absolute(url)) for code, url in alternate_links(snap, versions)]


def _page_number(request: HttpRequest, language) -> int:
    raw = request.GET.get("p", "1")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
        raise Page404(language)
    return int(raw)


def _stream_xml(template_name: str, context: dict) -> StreamingHttpResponse:
    template = engines["jinja2"].env.get_template(template_name)
    stream = template.stream(context)
    stream.enable_buffering(STREAM_BUFFER)
    return StreamingHttpResponse(stream, content_type=XML_TYPE)


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """List every page of every language's sitemap."""
    snap = get_snapshot()
    counts = selectors.count_indexable_entries(timezone.now())
    sitemaps = []
    for language in snap.languages:
        total = 1 + len(sitemap_columns(snap, language)) + counts.get(language.id, 0)
        for number in range(1, math.ceil(total / URLS_PER_SITEMAP) + 1):
            sitemaps.append(links.absolute(links.sitemap_url(language, number)))
    template = engines["jinja2"].env.get_template("sitemap_index.xml")
    return HttpResponse(template.render(sitemaps=sitemaps), content_type=XML_TYPE)


@require_safe
def language_sitemap(request: HttpRequest, lang: str) -> HttpResponse:
    """One page of a language's sitemap: home and columns first, then entries by id."""
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    number = _page_number(request, language)
    now = timezone.now()
    columns = sitemap_columns(snap, language)
    fixed = 1 + len(columns)  # the home page and the columns come before the entries
    start, end = (number - 1) * URLS_PER_SITEMAP, number * URLS_PER_SITEMAP
    entry_limit = end - max(start, fixed)
    id_range = None
    if entry_limit > 0:
        id_range = selectors.get_indexable_id_range(
            language.id, offset=max(start - fixed, 0), limit=entry_limit, now=now
        )
    if start >= fixed and id_range is None:
        raise Page404(language)
    urls: list = []
    if start == 0:
        urls.append(_home_url(snap, language, columns, now))
    urls.extend(_column_url(snap, column) for column in columns[max(start - 1, 0) : end - 1])
    if id_range is not None:
        urls = itertools.chain(urls, _entry_urls(snap, language, id_range, now))
    return _stream_xml("sitemap.xml", {"urls": urls})


def _home_url(snap: Snapshot, language, columns: list, now) -> tuple:
    latest = selectors.get_latest_publish_time(language.id, now)
    stamps = [c.updated_at for c in columns if c.updated_at] + ([latest] if latest else [])
    versions = {other.id: links.home_url(other) for other in snap.languages}
    return (
        links.absolute(links.home_url(language)),
        _lastmod(max(stamps, default=None)),
        _hreflang(snap, versions),
    )


def _column_url(snap: Snapshot, column) -> tuple:
    return (
        links.absolute(links.column_url(column)),
        _lastmod(column.updated_at),
        _hreflang(snap, column_versions(snap, column)),
    )


def _entry_urls(snap: Snapshot, language, id_range: tuple[int, int], now) -> Iterator[tuple]:
    """Yield ``(loc, lastmod, alternates)`` of the entries in ``id_range``, streamed by id."""
    translations: dict[object, dict[int, str]] = defaultdict(dict)
    for key, lang_id, column_id, slug in selectors.list_indexable_translations(
        language.id, id_range, now
    ):
        column = snap.columns.get(column_id)
        if column is not None and lang_id in snap.by_id:
            translations[key][lang_id] = links.entry_path(column, slug)
    for column_id, slug, key, lastmod in selectors.iter_indexable_entries(
        language.id, id_range, now
    ):
        column = snap.columns.get(column_id)
        if column is None:
            continue
        path = links.entry_path(column, slug)
        versions = {**translations.get(key, {}), language.id: path}
        yield (
            links.absolute(path),
            _lastmod(lastmod),
            _hreflang(snap, versions),
        )


@require_safe
def sitemap_txt(request: HttpRequest) -> HttpResponse:
    """Every public page's URL, one a line, at most ``TEXT_MAX_LINES``."""
    snap = get_snapshot()
    lines = [links.absolute(links.home_url(language)) for language in snap.languages]
    for language in snap.languages:
        lines.extend(links.absolute(links.column_url(c)) for c in sitemap_columns(snap, language))
    lines = lines[:TEXT_MAX_LINES]

    def generate() -> Iterator[str]:
        for line in lines:
            yield f"{line}\n"
        remaining = TEXT_MAX_LINES - len(lines)
        if remaining <= 0:
            return
        chunk: list[str] = []
        for column_id, slug in selectors.iter_all_indexable_entries(
            list(snap.by_id), remaining, timezone.now()
        ):
            column = snap.columns.get(column_id)
            if column is not None:
                chunk.append(f"{links.absolute(links.entry_path(column, slug))}\n")
            if len(chunk) >= STREAM_BUFFER:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk)

    return StreamingHttpResponse(generate(), content_type="text/plain; charset=utf-8")
