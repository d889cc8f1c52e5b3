"""The registry of content modules (about, article, product...).

A module declares how its columns behave: whether it has entries, which templates render its
list and detail pages, and which entry fields its editors see. Adding a module is registering
one ``Module`` here, from any app.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Module:
    """How one kind of column behaves."""

    key: str
    label: str
    has_entries: bool = True
    has_detail: bool = True
    list_template: str = "list.html"
    detail_template: str = "detail.html"
    entry_fields: tuple[str, ...] = field(default_factory=tuple)
    searchable: bool = True


_REGISTRY: dict[str, Module] = {}


def register_module(module: Module) -> Module:
    """Register a module (or replace one with the same key)."""
    _REGISTRY[module.key] = module
    return module


def get_module(key: str) -> Module:
    """Return the registered module ``key``; unknown keys fall back to a page without entries."""
    return _REGISTRY.get(key) or Module(key=key, label=key, has_entries=False, has_detail=False)


def list_modules() -> list[Module]:
    """Return every registered module in registration order."""
    return list(_REGISTRY.values())


def module_choices() -> list[tuple[str, str]]:
    """Return ``(key, label)`` pairs for model and form choices."""
    return [(m.key, m.label) for m in _REGISTRY.values()]


for _module in (
    Module(
        "about", _("About page"), has_entries=False, has_detail=False, list_template="about.html"
    ),
    Module("article", _("Articles / news"), list_template="list_article.html"),
    Module(
        "product",
        _("Products"),
        list_template="list_grid.html",
        detail_template="detail_product.html",
    ),
    Module(
        "download",
        _("Downloads"),
        list_template="list_download.html",
        detail_template="detail_download.html",
    ),
    Module(
        "image",
        _("Image gallery"),
        list_template="list_grid.html",
        detail_template="detail_product.html",
    ),
    Module("job", _("Jobs"), list_template="list_job.html", detail_template="detail_job.html"),
    Module(
        "message", _("Guestbook"), has_entries=False, has_detail=False, list_template="about.html"
    ),
    Module(
        "feedback",
        _("Feedback form"),
        has_entries=False,
        has_detail=False,
        list_template="about.html",
    ),
    Module(
        "link",
        _("Friendly links"),
        has_detail=False,
        list_template="list_link.html",
        searchable=False,
    ),
    Module(
        "sitemap",
        _("Site map"),
        has_entries=False,
        has_detail=False,
        list_template="sitemap_page.html",
    ),
    Module("search", _("Search"), has_entries=False, has_detail=False, list_template="search.html"),
    Module("tag", _("Tags"), has_entries=False, has_detail=False, list_template="tags.html"),
    Module("external", _("External link"), has_entries=False, has_detail=False),
):
    register_module(_module)
