"""Public pages: home, columns of every module, entries, tags, search, site map, robots, 404."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from sitecraft.columns.modules import get_module
from sitecraft.content import selectors
from sitecraft.content.models import Tag
from sitecraft.web import links
from sitecraft.web.seo import build_meta
from sitecraft.web.snapshot import Snapshot, get_snapshot

FOLDER_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG = 200
MAX_QUERY = 100
MAX_PAGE_DIGITS = 6
SITEMAP_MAX_URLS = 45000  # the protocol allows 50,000 URLs per file


class Page404(Http404):
    """A 404 that knows the language the visitor was reading."""

    def __init__(self, language=None):
        super().__init__("not found")
        self.language = language


def _language(snap: Snapshot, code: str):
    language = snap.by_code.get(code)
    if language is None:
        raise Page404(snap.default)
    return language


def _safe_text(value: str, limit: int) -> bool:
    return len(value) <= limit and not any(ord(ch) < 32 for ch in value)


def _page_number(request: HttpRequest, language) -> int:
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
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
        return render(request, template, ctx, status=status, using="jinja2")


def _breadcrumbs(snap: Snapshot, column) -> list[tuple[str, str]]:
    return [(c.name, links.column_url(c)) for c in snap.ancestors(column)]


@require_safe
def root(request: HttpRequest) -> HttpResponse:
    """Send the bare root to the default language's home page."""
    snap = get_snapshot()
    if snap.default is None:
        return HttpResponse(
            _("Sitecraft is installed, but the site has no language yet."), status=503
        )
    return HttpResponseRedirect(links.home_url(snap.default))


@require_safe
def home(request: HttpRequest, lang: str) -> HttpResponse:
    snap = get_snapshot()
    language = _language(snap, lang)
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
        "switcher": [
            {"language": other, "url": links.home_url(other)}
            for other in snap.languages
            if other.id != language.id
        ],
    }
    alternates = [(other.html_lang, links.home_url(other)) for other in snap.languages]
    return _render(request, "home.html", snap, language, context, alternates=alternates)


def _column(snap: Snapshot, language, folder: str):
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
    language = _language(snap, lang)
    column = _column(snap, language, folder)
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
    context = {
        "column": column,
        "module": module,
        "meta": build_meta(site, column=column),
        "breadcrumbs": _breadcrumbs(snap, column),
        "subcolumns": snap.visible_children(column.id, language.id),
        "banners": snap.column_banners.get(column.id, []),
        "params": snap.params.get(column.id, []),
    }
    if module.has_entries:
        entries = selectors.list_column_entries(snap.descendant_ids(column), column.list_order)
        if column.module == "link":
            context["entries"] = list(entries[:200])
        else:
            page = _paginate(request, entries, column.per_page, language)
            context["page"] = page
            context["entries"] = list(page.object_list)
            context["canonical"] = links.column_url(column, page.number)
            if page.number > 1:
                context["meta"] = build_meta(
                    site, column=column, heading=_("Page %(n)d") % {"n": page.number}
                )
    elif request.GET.get("page") not in (None, "1") and column.module != "sitemap":
        raise Page404(language)
    if column.module == "sitemap":
        context["tree_roots"] = snap.roots.get(language.id, [])
    return _render(request, module.list_template, snap, language, context)


@require_safe
def entry_page(request: HttpRequest, lang: str, folder: str, slug: str) -> HttpResponse:
    snap = get_snapshot()
    language = _language(snap, lang)
    column = _column(snap, language, folder)
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
    context = {
        "column": column,
        "module": module,
        "entry": entry,
        "tags": list(entry.tags.all()),
        "attachments": list(entry.attachments.all()),
        "gallery": list(entry.gallery.all()) if column.module in ("product", "image") else [],
        "params": [
            (p, entry.params.get(p.key))
            for p in snap.params.get(column.id, [])
            if p.read_level == 0
        ],
        "previous": previous,
        "next": following,
        "meta": build_meta(site, column=column, entry=entry),
        "breadcrumbs": _breadcrumbs(snap, column),
        "switcher": _switcher(snap, language, column=column, translations=translations),
        "share_url": links.absolute(own_url),
        "canonical": own_url,
    }
    alternates = [(language.html_lang, own_url)] + [
        (snap.by_id[t.language_id].html_lang, links.entry_url(t, snap))
        for t in translations
        if t.language_id in snap.by_id
    ]
    return _render(request, module.detail_template, snap, language, context, alternates=alternates)


@require_safe
def search(request: HttpRequest, lang: str) -> HttpResponse:
    snap = get_snapshot()
    language = _language(snap, lang)
    query = " ".join(request.GET.get("q", "").split())
    site = snap.settings.get(language.id)
    context = {"query": query, "meta": build_meta(site, heading=_("Search"))}
    if query:
        if not _safe_text(query, MAX_QUERY):
            context["error"] = _("Please search for at most %(n)d characters.") % {"n": MAX_QUERY}
            return _render(request, "search.html", snap, language, context, status=400)
        page = _paginate(request, selectors.search_entries(language.id, query), 10, language)
        context.update(page=page, entries=list(page.object_list))
    return _render(request, "search.html", snap, language, context)


@require_safe
def tag_index(request: HttpRequest, lang: str, column=None) -> HttpResponse:
    snap = get_snapshot()
    language = _language(snap, lang)
    site = snap.settings.get(language.id)
    context = {
        "tags": selectors.list_tags(language.id),
        "column": column,
        "meta": build_meta(site, column=column) if column else build_meta(site, heading=_("Tags")),
    }
    return _render(request, "tags.html", snap, language, context)


@require_safe
def tag_page(request: HttpRequest, lang: str, slug: str) -> HttpResponse:
    snap = get_snapshot()
    language = _language(snap, lang)
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
    }
    return _render(request, "tag.html", snap, language, context)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.SITECRAFT_ADMIN_PREFIX}/",
        "Disallow: /*/search/",
        f"Sitemap: {links.absolute('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    snap = get_snapshot()
    urls: list[tuple[str, object]] = []
    for language in snap.languages:
        urls.append((links.home_url(language), None))
    for column in snap.columns.values():
        if (
            column.is_public
            and column.module not in ("external", "search")
            and column.read_level == 0
        ):
            urls.append((links.column_url(column), column.updated_at))
    entries = (
        selectors.public_entries()
        .filter(read_level=0, column__read_level=0, external_url="")
        .exclude(module="link")
        .only("id", "column_id", "slug", "updated_at", "external_url")
        .order_by("id")
    )
    for entry in entries[:SITEMAP_MAX_URLS].iterator(chunk_size=2000):
        urls.append((links.entry_url(entry, snap), entry.updated_at))
    response = render(
        request,
        "sitemap.xml",
        {"urls": urls, "base_url": settings.SITECRAFT_BASE_URL},
        using="jinja2",
    )
    response["Content-Type"] = "application/xml; charset=utf-8"
    return response


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    """Render the 404 page in the language the visitor was reading."""
    try:
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
    context = {"meta": build_meta(site, heading=_("Page not found"))}
    return _render(request, "404.html", snap, language, context, status=404)
