"""Public URLs of languages, columns, entries and tags.

Every language, the default one included, lives under its own prefix: ``/{code}/``. The bare
root ``/`` redirects to the default language's home. Columns are ``/{code}/{folder}/`` and
entries ``/{code}/{folder}/{slug}/``, where the folder is that of the entry's column.
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
    column = snap.columns[entry.column_id]
    return f"/{column.language.code}/{column.folder}/{quote(entry.slug)}/"


def tag_url(tag, language) -> str:
    return f"/{language.code}/tags/{quote(tag.slug)}/"


def search_url(language, **query) -> str:
    url = f"/{language.code}/search/"
    return f"{url}?{urlencode(query)}" if query else url


def absolute(path: str) -> str:
    """Make ``path`` absolute from the configured site URL, never from the request's Host."""
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.SITECRAFT_BASE_URL}{path}"
