"""Public URLs of languages, columns, entries and tags.

Every language, the default one included, lives under its own prefix: ``/{code}/``. The bare
root ``/`` redirects to a language's home: the one whose own domain was asked for, else the best
match for the browser's languages, else the default (``web.views.root``). Columns are ``/{code}/{folder}/`` and
entries ``/{code}/{folder}/{slug}/``, where the folder is that of the entry's column. Feeds are
``/{code}/feed/{kind}.xml`` and ``/{code}/{folder}/feed/{kind}.xml``; sitemaps
``/sitemap-{code}.xml?p={n}``.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from django.conf import settings


def home_url(language) -> str:
    return f"/{language.code}/"


def column_url(column, page: int = 1) -> str:
    if column.module == "external" and column.external_url:
        return column.external_url
    url = f"/{column.language.code}/{column.folder}/"
    return f"{url}?page={page}" if page > 1 else url


def entry_url(entry, snapshot=None) -> str:
    """Return the entry's page, or its external URL when it links out."""
    if entry.external_url:
        return entry.external_url
    from sitecraft.web.snapshot import current_snapshot

    snap = snapshot or current_snapshot()
    return entry_path(snap.columns[entry.column_id], entry.slug)


def entry_path(column, slug: str) -> str:
    """Return the page of the entry ``slug`` of ``column`` (for rows read without a model)."""
    return f"/{column.language.code}/{column.folder}/{quote(slug)}/"


def tag_url(tag, language, page: int = 1) -> str:
    url = f"/{language.code}/tags/{quote(tag.slug)}/"
    return f"{url}?page={page}" if page > 1 else url


def tags_url(language) -> str:
    return f"/{language.code}/tags/"


def feed_url(language, kind: str = "rss", column=None) -> str:
    """Return the RSS (``kind="rss"``) or Atom feed of a language, or of one of its columns."""
    if column is not None:
        return f"/{language.code}/{column.folder}/feed/{kind}.xml"
    return f"/{language.code}/feed/{kind}.xml"


def sitemap_url(language, page: int = 1) -> str:
    url = f"/sitemap-{language.code}.xml"
    return f"{url}?p={page}" if page > 1 else url


def search_url(language, **query) -> str:
    url = f"/{language.code}/search/"
    return f"{url}?{urlencode(query)}" if query else url


def absolute(path: str) -> str:
    """Make ``path`` absolute from the configured site URL, never from the request's Host."""
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.SITECRAFT_BASE_URL}{path}"
