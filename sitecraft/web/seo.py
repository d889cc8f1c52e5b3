"""Page titles, keywords and descriptions, inherited site -> column -> entry."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator


@dataclass(frozen=True)
class Meta:
    title: str
    keywords: str
    description: str


def _plain(text: str, words: int = 40) -> str:
    return Truncator(" ".join(strip_tags(text or "").split())).chars(200) if text else ""


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
        description = column.seo_description or _plain(column.intro) or description
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
            entry.seo_description or _plain(entry.summary) or _plain(entry.body) or description
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
