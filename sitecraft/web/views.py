"""Public pages: home, columns of every module, entries, tags, search, site map, robots, 404.

Sitemaps (``sitemaps.py``) and feeds (``feeds.py``) live next door and reuse the lookups here.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.paginator import Page, Paginator
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.http import require_safe

from sitecraft.columns.modules import get_module
from sitecraft.content import selectors
from sitecraft.content.hits import HEADER as HITS_HEADER
from sitecraft.content.hits import record_hit
from sitecraft.content.models import Tag
from sitecraft.redirects.selectors import get_redirect
from sitecraft.redirects.services import record_redirect_hit
from sitecraft.sites.models import clean_robots_txt
from sitecraft.web import links
from sitecraft.web.seo import (
    alternate_links,
    build_meta,
    column_social,
    column_versions,
    entry_social,
    home_social,
)
from sitecraft.web.snapshot import Snapshot, get_snapshot

FOLDER_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG = 200
MAX_QUERY = 100
MAX_PAGE_DIGITS = 6


class Page404(Http404):
    """A 404 that knows the language the visitor was reading."""

    def __init__(self, language=None):
        super().__init__("not found")
        self.language = language


def language_or_404(snap: Snapshot, code: str):
    """Return the published language ``code``, or answer 404."""
    language = snap.by_code.get(code)
    if language is None:
        raise Page404(snap.default)
    return language


def _safe_text(value: str, limit: int) -> bool:
    return len(value) <= limit and not any(ord(ch) < 32 for ch in value)


def _page_number(request: HttpRequest, language) -> int:
    raw = request.GET.get("page", "1")
    # ASCII only: "²".isdigit() is true, but int("²") raises.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
        raise Page404(language)
    return int(raw)


def _paginate(request: HttpRequest, queryset, per_page: int, language) -> Page:
    number = _page_number(request, language)
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    if number > paginator.num_pages:
        raise Page404(language)
    return paginator.page(number)


def _switcher(snap: Snapshot, language, *, column=None, translations=None) -> list[dict]:
    """Links to the same page in each language: its translation, else the nearest translated
    parent column, else that language's home."""
    targets: dict[int, str] = {}
    for other in translations or []:
        targets[other.language_id] = links.entry_url(other, snap)
    if column is not None:
        for ancestor in reversed(snap.ancestors(column)):
            for lang_id, col in snap.translations.get(ancestor.translation_key, {}).items():
                if lang_id not in targets and col.is_public:
                    targets[lang_id] = links.column_url(col)
    items = []
    for lang in snap.languages:
        if lang.id == language.id:
            continue
        items.append({"language": lang, "url": targets.get(lang.id) or links.home_url(lang)})
    return items


def column_has_feed(column) -> bool:
    """Whether a column has feeds: public, readable by everyone, with entry pages."""
    module = get_module(column.module)
    return module.has_entries and module.has_detail and column.is_public and column.read_level == 0


def _feed_links(snap: Snapshot, language, column=None) -> list[tuple[str, str]]:
    """``(title, url)`` of the RSS feeds a page announces: its language's and its column's."""
    site = snap.settings.get(language.id)
    site_name = site.site_name if site else language.native_name
    feeds = [(site_name, links.feed_url(language))]
    if column is not None and column_has_feed(column):
        title = _("%(column)s - %(site)s") % {"column": column.name, "site": site_name}
        feeds.append((title, links.feed_url(language, column=column)))
    return feeds


def _pager(page: Page, url_for) -> dict:
    """The canonical URL of a list page and its rel prev/next, page 1 without ``?page=1``."""
    return {
        "canonical": url_for(page.number),
        "prev_url": url_for(page.previous_page_number()) if page.has_previous() else "",
        "next_url": url_for(page.next_page_number()) if page.has_next() else "",
    }


def _render(request, template, snap, language, context, *, status=200, alternates=None):
    site = snap.settings.get(language.id)
    ctx = {
        "snap": snap,
        "lang": language,
        "site": site,
        "nav_header": snap.nav(language.id, "header"),
        "nav_footer": snap.nav(language.id, "footer"),
        "children_of": lambda col: snap.visible_children(col.id, language.id),
        "alternates": alternates or [],
        "base_url": settings.SITECRAFT_BASE_URL,
        "powered_by": "Sitecraft",
    }
    ctx.update(context)
    ctx.setdefault("meta", build_meta(site))
    ctx.setdefault("switcher", _switcher(snap, language, column=ctx.get("column")))
    ctx.setdefault("breadcrumbs", [])
    with translation.override(language.ui_locale):
        ctx.setdefault("feeds", _feed_links(snap, language, ctx.get("column")))
        return render(request, template, ctx, status=status, using="jinja2")


def _page_arg(number: int) -> dict:
    return {"page": number} if number > 1 else {}


def _breadcrumbs(snap: Snapshot, column) -> list[tuple[str, str]]:
    return [(c.name, links.column_url(c)) for c in snap.ancestors(column)]


def _preferred_language(snap: Snapshot, request: HttpRequest):
    """The language for the bare root: the one whose own domain this is, else the visitor's
    best match from Accept-Language, else the default. Deep links are never redirected."""
    try:
        by_domain = snap.language_for_domain(request.get_host())
    except DisallowedHost:
        by_domain = None
    if by_domain is not None:
        return by_domain
    header = request.headers.get("Accept-Language", "")[:500]
    for tag, _quality in parse_accept_lang_header(header):
        tag = tag.lower()
        for language in snap.languages:
            codes = {language.code.lower(), language.html_lang.lower()}
            if tag in codes or tag.split("-")[0] in {c.split("-")[0] for c in codes}:
                return language
    return snap.default


@require_safe
def root(request: HttpRequest) -> HttpResponse:
    """Send the bare root to the visitor's language (by domain, then browser), else the default."""
    snap = get_snapshot()
    if snap.default is None:
        return HttpResponse(
            _("Sitecraft is installed, but the site has no language yet."), status=503
        )
    response = HttpResponseRedirect(links.home_url(_preferred_language(snap, request)))
    # The answer depends on the browser's languages: shared caches must not mix them up.
    response["Vary"] = "Accept-Language"
    response["Cache-Control"] = "private, max-age=0"
    return response


@require_safe
def home(request: HttpRequest, lang: str) -> HttpResponse:
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    sections = []
    for module in ("article", "product", "image"):
        column = snap.first_column(language.id, module)
        if column is None:
            continue
        items = selectors.list_latest(
            language.id, modules=[module], limit=6 if module != "article" else 5
        )
        if items:
            sections.append({"column": column, "module": module, "entries": items})
    link_column = snap.first_column(language.id, "link")
    context = {
        "banners": snap.home_banners.get(language.id, []),
        "recommended": selectors.list_latest(language.id, recommended=True, limit=4),
        "sections": sections,
        "friendly_links": (
            list(selectors.list_column_entries([link_column.id], link_column.list_order)[:12])
            if link_column
            else []
        ),
        "about": snap.first_column(language.id, "about"),
        "is_home": True,
        "canonical": links.home_url(language),
        "switcher": [
            {"language": other, "url": links.home_url(other)}
            for other in snap.languages
            if other.id != language.id
        ],
    }
    site = snap.settings.get(language.id)
    context["meta"] = build_meta(site)
    context["social"] = home_social(site, language, context["meta"])
    alternates = alternate_links(
        snap, {other.id: links.home_url(other) for other in snap.languages}
    )
    return _render(request, "home.html", snap, language, context, alternates=alternates)


def column_or_404(snap: Snapshot, language, folder: str):
    if not FOLDER_RE.match(folder) or len(folder) > 64:
        raise Page404(language)
    column = snap.folders.get((language.id, folder))
    if column is None or not column.is_public:
        raise Page404(language)
    return column


def _members_only(request, snap, language, column, entry=None) -> HttpResponse:
    context = {
        "column": column,
        "entry": entry,
        "meta": build_meta(snap.settings.get(language.id), column=column, entry=entry),
        "breadcrumbs": _breadcrumbs(snap, column),
    }
    return _render(request, "members_only.html", snap, language, context, status=403)


@require_safe
def column_page(request: HttpRequest, lang: str, folder: str) -> HttpResponse:
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    column = column_or_404(snap, language, folder)
    module = get_module(column.module)
    if column.module == "external":
        return HttpResponseRedirect(column.external_url)
    if column.module == "search":
        return search(request, lang)
    if column.module == "tag":
        return tag_index(request, lang, column=column)
    if column.read_level > 0:
        return _members_only(request, snap, language, column)
    site = snap.settings.get(language.id)
    alternates = alternate_links(snap, column_versions(snap, column))
    context = {
        "column": column,
        "module": module,
        "meta": build_meta(site, column=column),
        "breadcrumbs": _breadcrumbs(snap, column),
        "subcolumns": snap.visible_children(column.id, language.id),
        "banners": snap.column_banners.get(column.id, []),
        "params": snap.params.get(column.id, []),
        "canonical": links.column_url(column),
    }
    if module.has_entries:
        entries = selectors.list_column_entries(snap.descendant_ids(column), column.list_order)
        if column.module == "link":
            context["entries"] = list(entries[:200])
        else:
            page = _paginate(request, entries, column.per_page, language)
            context["page"] = page
            context["entries"] = list(page.object_list)
            context.update(_pager(page, lambda n: links.column_url(column, n)))
            if page.number > 1:
                # Page n of a list has no equivalent in other languages: no hreflang there.
                alternates = []
                context["meta"] = build_meta(
                    site, column=column, heading=_("Page %(n)d") % {"n": page.number}
                )
    elif request.GET.get("page") not in (None, "1") and column.module != "sitemap":
        raise Page404(language)
    if column.module == "sitemap":
        context["tree_roots"] = snap.roots.get(language.id, [])
    context["social"] = column_social(
        site, language, context["meta"], context["breadcrumbs"], path=context["canonical"]
    )
    return _render(request, module.list_template, snap, language, context, alternates=alternates)


@require_safe
def entry_page(request: HttpRequest, lang: str, folder: str, slug: str) -> HttpResponse:
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    column = column_or_404(snap, language, folder)
    module = get_module(column.module)
    if not module.has_detail or not _safe_text(slug, MAX_SLUG):
        raise Page404(language)
    entry = selectors.get_public_entry(column.id, slug)
    if entry is None:
        raise Page404(language)
    if entry.external_url:
        return HttpResponseRedirect(entry.external_url)
    if entry.read_level > 0 or column.read_level > 0:
        return _members_only(request, snap, language, column, entry)
    previous, following = selectors.get_neighbours(entry, column.list_order)
    translations = selectors.list_translations(entry)
    site = snap.settings.get(language.id)
    own_url = links.entry_url(entry, snap)
    tags = list(entry.tags.all())
    meta = build_meta(site, column=column, entry=entry)
    breadcrumbs = _breadcrumbs(snap, column)
    context = {
        "column": column,
        "module": module,
        "entry": entry,
        "tags": tags,
        "related": selectors.list_related(entry, tags),
        "attachments": list(entry.attachments.all()),
        "gallery": list(entry.gallery.all()) if column.module in ("product", "image") else [],
        "params": [
            (p, entry.params.get(p.key))
            for p in snap.params.get(column.id, [])
            if p.read_level == 0
        ],
        "previous": previous,
        "next": following,
        "meta": meta,
        "breadcrumbs": breadcrumbs,
        "social": entry_social(site, language, meta, entry, breadcrumbs, path=own_url),
        "switcher": _switcher(snap, language, column=column, translations=translations),
        "share_url": links.absolute(own_url),
        "canonical": own_url,
    }
    versions = {language.id: own_url}
    for other in translations:
        other_column = snap.columns.get(other.column_id)
        if (
            other_column is not None
            and other.language_id not in versions
            and other.read_level == 0
            and other_column.read_level == 0
            and not other.external_url
            and get_module(other.module).has_detail
        ):
            versions[other.language_id] = links.entry_url(other, snap)
    alternates = alternate_links(snap, versions)
    response = _render(
        request, module.detail_template, snap, language, context, alternates=alternates
    )
    record_hit(entry.id)
    response[HITS_HEADER] = str(entry.id)  # the page cache counts later views of this page
    return response


@require_safe
def search(request: HttpRequest, lang: str) -> HttpResponse:
    """Site search: ranked, highlighted hits of the language, narrowed by module or column."""
    # Imported here so this view stays one self-contained block (see sitecraft/search/).
    from urllib.parse import urlencode

    from sitecraft.search import selectors as search_selectors

    snap = get_snapshot()
    language = language_or_404(snap, lang)
    query = " ".join(request.GET.get("q", "").split())
    site = snap.settings.get(language.id)
    choices = search_selectors.list_filter_choices(snap.columns.values(), language.id)
    module = request.GET.get("module", "")
    column_raw = request.GET.get("column", "")
    column_ids = {str(column_id): column_id for column_id, _name in choices.columns}
    context = {
        "query": query,
        "meta": build_meta(site, heading=_("Search")),
        "module_choices": choices.modules,
        "column_choices": choices.columns,
        "search_module": module,
        "search_column": column_raw,
    }
    # Filters come from an allow-list: the modules and columns this language shows.
    if (module and module not in dict(choices.modules)) or (
        column_raw and column_raw not in column_ids
    ):
        context.update(
            search_module="",
            search_column="",
            error=_("Please choose a module and column from the lists."),
        )
        return _render(request, "search.html", snap, language, context, status=400)
    if query:
        if not _safe_text(query, MAX_QUERY):
            context["error"] = _("Please search for at most %(n)d characters.") % {"n": MAX_QUERY}
            return _render(request, "search.html", snap, language, context, status=400)
        number = _page_number(request, language)
        column = snap.columns[column_ids[column_raw]] if column_raw else None
        per_page = 10
        results = search_selectors.search(
            language,
            query,
            module=module,
            column_ids=snap.descendant_ids(column) if column else None,
            page=number,
            per_page=per_page,
        )
        if results.out_of_range:
            raise Page404(language)
        page = Paginator(range(results.total), per_page).page(number)
        page.object_list = results.hits
        filters = {k: v for k, v in (("q", query), ("module", module), ("column", column_raw)) if v}
        context.update(page=page, hits=results.hits, page_query=urlencode(filters))
        pager = _pager(page, lambda n: links.search_url(language, **filters, **_page_arg(n)))
        context.update(prev_url=pager["prev_url"], next_url=pager["next_url"])
    return _render(request, "search.html", snap, language, context)


@require_safe
def tag_index(request: HttpRequest, lang: str, column=None) -> HttpResponse:
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    site = snap.settings.get(language.id)
    if column is not None:
        versions = column_versions(snap, column)
        canonical = links.column_url(column)
    else:
        versions = {other.id: links.tags_url(other) for other in snap.languages}
        canonical = links.tags_url(language)
    context = {
        "tags": selectors.list_tags(language.id),
        "column": column,
        "meta": build_meta(site, column=column) if column else build_meta(site, heading=_("Tags")),
        "canonical": canonical,
    }
    alternates = alternate_links(snap, versions)
    return _render(request, "tags.html", snap, language, context, alternates=alternates)


@require_safe
def tag_page(request: HttpRequest, lang: str, slug: str) -> HttpResponse:
    snap = get_snapshot()
    language = language_or_404(snap, lang)
    if not _safe_text(slug, 120):
        raise Page404(language)
    tag = Tag.objects.filter(language=language, slug=slug).first()
    if tag is None:
        raise Page404(language)
    page = _paginate(request, selectors.list_tag_entries(tag), 12, language)
    context = {
        "tag": tag,
        "page": page,
        "entries": list(page.object_list),
        "meta": build_meta(snap.settings.get(language.id), tag=tag),
        **_pager(page, lambda n: links.tag_url(tag, language, n)),
    }
    return _render(request, "tag.html", snap, language, context)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """The default language's robots.txt when set, else a safe default; always with a Sitemap."""
    sitemap_line = f"Sitemap: {links.absolute('/sitemap.xml')}"
    snap = get_snapshot()
    site = snap.settings.get(snap.default.id) if snap.default else None
    custom = clean_robots_txt(site.robots_txt) if site else ""
    if custom:
        if sitemap_line.lower() not in custom.lower().splitlines():
            custom = f"{custom}\n{sitemap_line}"
        return HttpResponse(f"{custom}\n", content_type="text/plain; charset=utf-8")
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.SITECRAFT_ADMIN_PREFIX}/",
        "Disallow: /*/search/",
        sitemap_line,
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _redirect_for(request: HttpRequest) -> HttpResponse | None:
    """Answer a stored redirect for the path, counting the hit, if there is one."""
    redirect = get_redirect(request.path)
    if redirect is None:
        return None
    record_redirect_hit(redirect)
    if redirect.status == 302:
        return HttpResponseRedirect(redirect.new_path)
    return HttpResponsePermanentRedirect(redirect.new_path)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    """Answer a stored redirect for the path, else render the 404 page in the language the
    visitor was reading (with that language's own text when it has one)."""
    try:
        response = _redirect_for(request)
        if response is not None:
            return response
        snap = get_snapshot()
    except Exception:  # noqa: BLE001 - a 404 must render even when the database is down
        return HttpResponse("Not found", status=404, content_type="text/plain")
    language = getattr(exception, "language", None)
    if language is None:
        first = request.path.strip("/").split("/", 1)[0]
        language = snap.by_code.get(first) or snap.default
    if language is None:
        return HttpResponse("Not found", status=404, content_type="text/plain")
    site = snap.settings.get(language.id)
    context = {
        "meta": build_meta(site, heading=_("Page not found")),
        "not_found_html": site.not_found_html if site else "",
    }
    return _render(request, "404.html", snap, language, context, status=404)
