"""The site's slow-changing data (languages, settings, column tree, banners) held in memory.

Every request reads the site generation (one primary-key query) and reuses the snapshot built
for that generation; a change anywhere bumps the generation, so every process rebuilds on its
next request. Building costs five queries, whatever the size of the site.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

from sitecraft.columns.models import Banner, Column, ParamDefinition
from sitecraft.sites.models import Language, SiteSettings
from sitecraft.sites.selectors import get_generation


@dataclass
class Snapshot:
    generation: int
    languages: list[Language]
    by_code: dict[str, Language]
    by_id: dict[int, Language]
    default: Language | None
    settings: dict[int, SiteSettings]
    columns: dict[int, Column]
    folders: dict[tuple[int, str], Column]
    children: dict[int | None, list[Column]] = field(default_factory=dict)
    roots: dict[int, list[Column]] = field(default_factory=dict)
    translations: dict[object, dict[int, Column]] = field(default_factory=dict)
    home_banners: dict[int, list[Banner]] = field(default_factory=dict)
    column_banners: dict[int, list[Banner]] = field(default_factory=dict)
    params: dict[int, list[ParamDefinition]] = field(default_factory=dict)

    def language_for_domain(self, host: str) -> Language | None:
        host = host.split(":", 1)[0].lower()
        for language in self.languages:
            if language.domain and language.domain.lower() == host:
                return language
        return None

    def visible_children(self, column_id: int | None, language_id: int) -> list[Column]:
        if column_id is None:
            return [c for c in self.roots.get(language_id, []) if c.is_public]
        return [c for c in self.children.get(column_id, []) if c.is_public]

    def nav(self, language_id: int, place: str) -> list[Column]:
        wanted = {"header": {"header", "both"}, "footer": {"footer", "both"}}[place]
        return [c for c in self.roots.get(language_id, []) if not c.is_hidden and c.nav in wanted]

    def ancestors(self, column: Column) -> list[Column]:
        """Return the path from the root column down to ``column`` (inclusive)."""
        path = [column]
        while path[0].parent_id and path[0].parent_id in self.columns:
            path.insert(0, self.columns[path[0].parent_id])
        return path

    def is_public(self, column: Column) -> bool:
        return column.is_public

    def descendant_ids(self, column: Column) -> list[int]:
        ids, stack = [], [column.id]
        while stack:
            current = stack.pop()
            ids.append(current)
            stack.extend(c.id for c in self.children.get(current, []) if not c.is_hidden)
        return ids

    def first_column(self, language_id: int, module: str) -> Column | None:
        for column in self.columns.values():
            if (
                column.language_id == language_id
                and column.module == module
                and self.is_public(column)
            ):
                return column
        return None


def build_snapshot(generation: int) -> Snapshot:
    """Load the snapshot for ``generation`` from the database."""
    languages = [lang for lang in Language.objects.all() if lang.is_active]
    by_id = {lang.id: lang for lang in languages}
    default = next(
        (lang for lang in languages if lang.is_default), languages[0] if languages else None
    )
    settings = {s.language_id: s for s in SiteSettings.objects.filter(language__in=languages)}
    columns = {c.id: c for c in Column.objects.filter(language__in=languages)}
    snap = Snapshot(
        generation=generation,
        languages=languages,
        by_code={lang.code: lang for lang in languages},
        by_id=by_id,
        default=default,
        settings=settings,
        columns=columns,
        folders={(c.language_id, c.folder): c for c in columns.values()},
    )
    children: dict[int | None, list[Column]] = defaultdict(list)
    roots: dict[int, list[Column]] = defaultdict(list)
    translations: dict[object, dict[int, Column]] = defaultdict(dict)
    for column in columns.values():  # already in sort order
        column.language = by_id[column.language_id]
        if column.parent_id:
            children[column.parent_id].append(column)
        else:
            roots[column.language_id].append(column)
        translations[column.translation_key][column.language_id] = column
    snap.children, snap.roots, snap.translations = dict(children), dict(roots), dict(translations)
    home_banners: dict[int, list[Banner]] = defaultdict(list)
    column_banners: dict[int, list[Banner]] = defaultdict(list)
    for banner in Banner.objects.filter(is_active=True, language__in=languages):
        if banner.column_id:
            column_banners[banner.column_id].append(banner)
        else:
            home_banners[banner.language_id].append(banner)
    snap.home_banners, snap.column_banners = dict(home_banners), dict(column_banners)
    params: dict[int, list[ParamDefinition]] = defaultdict(list)
    for param in ParamDefinition.objects.filter(column__in=columns.keys()):
        params[param.column_id].append(param)
    snap.params = dict(params)
    return snap


_lock = threading.Lock()
_current: Snapshot | None = None


def get_snapshot() -> Snapshot:
    """Return the snapshot of the current generation, rebuilding it if the site changed."""
    global _current
    generation = get_generation()
    snap = _current
    if snap is not None and snap.generation == generation:
        return snap
    with _lock:
        if _current is None or _current.generation != generation:
            _current = build_snapshot(generation)
        return _current


def clear_snapshot() -> None:
    """Forget the in-memory snapshot (tests; after a restore)."""
    global _current
    _current = None


def current_snapshot() -> Snapshot:
    """Return the snapshot this request already validated (no query), or validate one."""
    return _current if _current is not None else get_snapshot()
