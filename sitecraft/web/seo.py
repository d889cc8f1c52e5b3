"""Page titles, keywords and descriptions (inherited site -> column -> entry), and the
language versions of a page (hreflang)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator

from sitecraft.web import links


@dataclass(frozen=True)
class Meta:
    title: str
    keywords: str
    description: str


def plain_text(text: str, limit: int = 200) -> str:
    """Return the start of ``text`` without markup, on one line, at most ``limit`` characters."""
    return Truncator(" ".join(strip_tags(text or "").split())).chars(limit) if text else ""


def build_meta(site, *, column=None, entry=None, tag=None, heading: str = "") -> Meta:
    """Return the page's meta data: the most specific non-empty value of each field wins.

    Titles read "{page} - {column} - {site}"; a custom SEO title replaces the whole title.
    """
    site_name = site.site_name if site else ""
    site_title = (site.seo_title or site_name) if site else ""
    keywords = site.seo_keywords if site else ""
    description = site.seo_description if site else ""
    parts: list[str] = []
    custom_title = ""
    if column is not None:
        keywords = column.seo_keywords or keywords
        description = column.seo_description or plain_text(column.intro) or description
        parts = [column.name]
        custom_title = column.seo_title
    if tag is not None:
        keywords = tag.seo_keywords or tag.name
        description = tag.seo_description or description
        parts = [tag.name]
        custom_title = tag.seo_title
    if entry is not None:
        keywords = entry.seo_keywords or keywords
        description = (
            entry.seo_description
            or plain_text(entry.summary)
            or plain_text(entry.body)
            or description
        )
        parts = [entry.title, *parts]
        custom_title = entry.seo_title
    if heading:
        parts = [heading, *parts]
    if custom_title:
        title = custom_title
    elif parts:
        title = " - ".join([*parts, site_name])
    else:
        title = site_title
    return Meta(title=title, keywords=keywords, description=description)


def alternate_links(snap, versions: dict[int, str]) -> list[tuple[str, str]]:
    """Return ``(hreflang, url)`` for each language version of a page, in the site's language
    order, then ``x-default``: the default language's version, when there is one.

    ``versions`` maps language ids to the URL of the page in that language (the page itself
    included); every language version of the page lists the same set, so the links are
    reciprocal.
    """
    items = [(lang.html_lang, versions[lang.id]) for lang in snap.languages if lang.id in versions]
    if snap.default is not None and snap.default.id in versions:
        items.append(("x-default", versions[snap.default.id]))
    return items


def column_versions(snap, column) -> dict[int, str]:
    """The public, readable-by-everyone versions of a column, by language id (no query)."""
    return {
        lang_id: links.column_url(col)
        for lang_id, col in snap.translations.get(column.translation_key, {}).items()
        if col.is_public and col.read_level == 0 and col.module != "external"
    }
