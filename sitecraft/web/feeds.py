"""RSS 2.0 and Atom feeds of the newest entries: per language, and per column (with its
subcolumns' entries).

Feeds list what sitemaps list (``selectors.indexable_entries``): never drafts, scheduled,
hidden, deleted or members-only entries, nor entries of members-only columns. Every URL in a
feed is absolute, from ``SITECRAFT_BASE_URL``, never from the request's Host.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from sitecraft.content import selectors
from sitecraft.web import links
from sitecraft.web.seo import plain_text
from sitecraft.web.snapshot import Snapshot, get_snapshot
from sitecraft.web.views import Page404, column_has_feed, column_or_404, language_or_404

FEED_LENGTH = 20
DESCRIPTION_CHARS = 300
FEED_CLASSES: dict[str, type[SyndicationFeed]] = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
# Control characters are not allowed in XML 1.0; the feed writer refuses them.
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def _text(value: str) -> str:
    return (value or "").translate(_CONTROL)


def _build_feed(snap: Snapshot, language, kind: str, column=None) -> SyndicationFeed:
    site = snap.settings.get(language.id)
    site_name = site.site_name if site else language.native_name
    if column is None:
        title = site_name
        page_url = links.home_url(language)
        description = (site.seo_description or site.tagline) if site else ""
        column_ids = None
    else:
        title = _("%(column)s - %(site)s") % {"column": column.name, "site": site_name}
        page_url = links.column_url(column)
        description = column.seo_description or plain_text(column.intro)
        column_ids = snap.descendant_ids(column)
    feed = FEED_CLASSES[kind](
        title=_text(title),
        link=links.absolute(page_url),
        description=_text(description or _("The newest entries of %(site)s") % {"site": title}),
        language=language.html_lang,
        feed_url=links.absolute(links.feed_url(language, kind, column)),
    )
    for entry in selectors.list_feed_entries(language.id, column_ids=column_ids, limit=FEED_LENGTH):
        url = links.absolute(links.entry_url(entry, snap))
        feed.add_item(
            title=_text(entry.title),
            link=url,
            description=_text(plain_text(entry.summary or entry.body, DESCRIPTION_CHARS)),
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=entry.published_at,
            updateddate=max(entry.updated_at, entry.published_at),
            author_name=_text(entry.author) or None,
            categories=[_text(tag.name) for tag in entry.tags.all()],
        )
    return feed


def _respond(snap: Snapshot, language, kind: str, column=None) -> HttpResponse:
    with translation.override(language.ui_locale):
        feed = _build_feed(snap, language, kind, column)
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response


@require_safe
def language_feed(request: HttpRequest, lang: str, kind: str) -> HttpResponse:
    """The newest public entries of a language, as RSS 2.0 or Atom."""
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    if kind not in FEED_CLASSES:
        raise Page404(language)
    return _respond(snap, language, kind)


@require_safe
def column_feed(request: HttpRequest, lang: str, folder: str, kind: str) -> HttpResponse:
    """The newest public entries of a column and its subcolumns, as RSS 2.0 or Atom."""
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    column = column_or_404(snap, language, folder)
    if kind not in FEED_CLASSES or not column_has_feed(column):
        raise Page404(language)
    return _respond(snap, language, kind, column)
