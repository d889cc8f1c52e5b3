"""Page titles, keywords and descriptions (inherited site -> column -> entry), the language
versions of a page (hreflang), and what social networks and search engines read: Open Graph,
Twitter cards and JSON-LD."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, time

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from sitecraft.sites.models import DEFAULT_TITLE_PATTERN
from sitecraft.web import links
from sitecraft.web.jinja import media_url

_PLACEHOLDER_RE = re.compile(r"(\{page\}|\{column\}|\{site\})")
# Google's JobPosting employmentType values, matched against an entry's "employment_type".
EMPLOYMENT_TYPES = {
    "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
}  # fmt: skip
_JSON_ESCAPES = {
    ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
    0x2028: "\\u2028", 0x2029: "\\u2029",
}  # fmt: skip


@dataclass(frozen=True)
class Meta:
    title: str
    keywords: str
    description: str


def plain_text(text: str, limit: int = 200) -> str:
    """Return the start of ``text`` without markup, on one line, at most ``limit`` characters."""
    return Truncator(" ".join(strip_tags(text or "").split())).chars(limit) if text else ""


def render_title(pattern: str, *, page: str = "", column: str = "", site: str = "") -> str:
    """Fill the title ``pattern`` by plain replacement (user text never meets ``str.format``).

    A placeholder whose value is empty is left out together with the separator after it (the
    one before it when it is the last one kept), so "{page} - {column} - {site}" reads
    "News - Site" on a column page.
    """
    values = {"{page}": page, "{column}": column, "{site}": site}
    pieces = _PLACEHOLDER_RE.split(pattern or DEFAULT_TITLE_PATTERN)
    # pieces: literal, placeholder, literal, placeholder, ..., literal
    prefix, suffix = pieces[0], pieces[-1]
    kept = [
        (values[pieces[i]], pieces[i + 1] if i + 2 < len(pieces) else "")
        for i in range(1, len(pieces), 2)
        if values[pieces[i]]
    ]
    body = "".join(
        value + (separator if n < len(kept) - 1 else "")
        for n, (value, separator) in enumerate(kept)
    )
    return f"{prefix}{body}{suffix}".strip()


def build_meta(site, *, column=None, entry=None, tag=None, heading: str = "") -> Meta:
    """Return the page's meta data: the most specific non-empty value of each field wins.

    Titles follow the language's pattern (default "{page} - {column} - {site}"); a custom SEO
    title replaces the whole title.
    """
    site_name = site.site_name if site else ""
    site_title = (site.seo_title or site_name) if site else ""
    keywords = site.seo_keywords if site else ""
    description = site.seo_description if site else ""
    pattern = getattr(site, "title_pattern", "") or DEFAULT_TITLE_PATTERN
    page: list[str] = []
    column_name = ""
    custom_title = ""
    if column is not None:
        keywords = column.seo_keywords or keywords
        description = column.seo_description or plain_text(column.intro) or description
        column_name = column.name
        custom_title = column.seo_title
    if tag is not None:
        keywords = tag.seo_keywords or tag.name
        description = tag.seo_description or description
        page = [tag.name]
        custom_title = tag.seo_title
    if entry is not None:
        keywords = entry.seo_keywords or keywords
        description = (
            entry.seo_description
            or plain_text(entry.summary)
            or plain_text(entry.body)
            or description
        )
        page = [entry.title]
        custom_title = entry.seo_title
    if heading:
        page = [heading, *page]
    if custom_title:
        title = custom_title
    elif page or column_name:
        title = render_title(pattern, page=" - ".join(page), column=column_name, site=site_name)
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


@dataclass
class Social:
    """What a page tells social networks (Open Graph, Twitter) and search engines (JSON-LD)."""

    title: str
    description: str
    url: str
    type: str
    site_name: str
    locale: str
    image: str = ""
    large_image: bool = False
    structured: list[dict] = field(default_factory=list)

    @property
    def twitter_card(self) -> str:
        """A large card for a picture of the page itself (an entry's cover), not for a logo."""
        return "summary_large_image" if self.large_image and self.image else "summary"

    @property
    def json_ld(self) -> list[SafeString]:
        return [json_script_data(item) for item in self.structured]


def json_script_data(data) -> SafeString:
    """Serialise ``data`` for a ``<script type="application/ld+json">`` block.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e`` and ``\\u0026``, so no text can close
    the script element or open a comment, whatever an editor typed.
    """
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES))


def og_locale(language) -> str:
    """``zh-CN`` -> ``zh_CN``: Open Graph's spelling of a language tag."""
    return language.html_lang.replace("-", "_")


def _iso(value) -> str:
    if isinstance(value, datetime):
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    return value.isoformat()


def _organization(site, *, with_contact: bool = False) -> dict:
    data: dict = {"@type": "Organization", "name": site.site_name if site else ""}
    data["url"] = links.absolute("/")
    if site and site.logo:
        data["logo"] = links.absolute(media_url(site.logo))
    if with_contact and site:
        if site.email:
            data["email"] = site.email
        if site.phone:
            data["telephone"] = site.phone
        if site.address:
            data["address"] = site.address
    return data


def breadcrumb_list(site, language, crumbs: list[tuple[str, str]]) -> dict:
    """A schema.org ``BreadcrumbList``: the home page (named after the site), then
    ``(name, path)`` pairs."""
    home_name = site.site_name if site else language.native_name
    items = [(home_name, links.home_url(language)), *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": links.absolute(path)}
            for n, (name, path) in enumerate(items, start=1)
        ],
    }


def entry_structured_data(site, entry, url: str, image: str, description: str) -> dict | None:
    """``NewsArticle``, ``Product`` or ``JobPosting`` for an entry of those modules."""
    site_name = site.site_name if site else ""
    if entry.module == "article":
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": Truncator(entry.title).chars(110),
            "datePublished": _iso(entry.published_at),
            "dateModified": _iso(entry.updated_at or entry.published_at),
            "author": (
                {"@type": "Person", "name": entry.author}
                if entry.author
                else {"@type": "Organization", "name": site_name}
            ),
            "publisher": _organization(site),
            "mainEntityOfPage": url,
        }
        if description:
            data["description"] = description
        if image:
            data["image"] = [image]
        return data
    if entry.module == "product":
        data = {"@context": "https://schema.org", "@type": "Product", "name": entry.title}
        data["url"] = url
        if description:
            data["description"] = description
        if image:
            data["image"] = [image]
        if site_name:
            data["brand"] = {"@type": "Brand", "name": site_name}
        return data
    if entry.module == "job":
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": entry.title,
            "description": entry.body or description or entry.title,
            "datePosted": _iso(entry.published_at),
            "hiringOrganization": _organization(site),
            "url": url,
        }
        if entry.job_deadline:
            end_of_day = datetime.combine(entry.job_deadline, time(23, 59, 59))
            data["validThrough"] = _iso(timezone.make_aware(end_of_day))
        employment = str((entry.params or {}).get("employment_type") or "").upper()
        employment = employment.replace("-", "_").replace(" ", "_")
        if employment in EMPLOYMENT_TYPES:
            data["employmentType"] = employment
        if entry.job_location:
            data["jobLocation"] = {
                "@type": "Place",
                "address": {"@type": "PostalAddress", "addressLocality": entry.job_location},
            }
        if entry.job_openings:
            data["totalJobOpenings"] = entry.job_openings
        return data
    return None


def build_social(
    site,
    language,
    meta: Meta,
    *,
    path: str,
    page_type: str = "website",
    image: str = "",
    structured: list[dict] | None = None,
) -> Social:
    """Return the Open Graph, Twitter and JSON-LD data of a page whose own URL is ``path``."""
    logo = links.absolute(media_url(site.logo)) if site and site.logo else ""
    return Social(
        title=meta.title,
        description=meta.description,
        url=links.absolute(path),
        type=page_type,
        site_name=site.site_name if site else "",
        locale=og_locale(language),
        image=image or logo,
        large_image=bool(image),
        structured=structured or [],
    )


def home_social(site, language, meta: Meta) -> Social:
    organization = {"@context": "https://schema.org", **_organization(site, with_contact=True)}
    return build_social(
        site, language, meta, path=links.home_url(language), structured=[organization]
    )


def column_social(site, language, meta: Meta, crumbs, *, path: str) -> Social:
    return build_social(
        site, language, meta, path=path, structured=[breadcrumb_list(site, language, crumbs)]
    )


def entry_social(site, language, meta: Meta, entry, crumbs, *, path: str) -> Social:
    image = links.absolute(media_url(entry.cover)) if entry.cover else ""
    url = links.absolute(path)
    structured = [breadcrumb_list(site, language, [*crumbs, (entry.title, path)])]
    item = entry_structured_data(site, entry, url, image, meta.description)
    if item is not None:
        structured.append(item)
    return build_social(
        site,
        language,
        meta,
        path=path,
        page_type="article" if entry.module == "article" else "website",
        image=image,
        structured=structured,
    )
