"""Reads of entries for the public site: each a fixed number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from django.db.models import Count, Max, Min, Q, QuerySet
from django.db.models.functions import Greatest
from django.utils import timezone

from sitecraft.columns.models import Column
from sitecraft.columns.modules import list_modules
from sitecraft.content.models import Entry, Tag

LIST_FIELDS = (
    "id", "language_id", "column_id", "module", "title", "slug", "summary", "cover", "author",
    "source", "published_at", "is_pinned", "is_recommended", "hits", "external_url", "read_level",
    "job_location", "job_openings", "job_deadline", "job_salary", "params", "translation_key",
)  # fmt: skip

ORDERINGS = {
    Column.ListOrder.TIME: ("-published_at", "-id"),
    Column.ListOrder.TIME_ASC: ("published_at", "id"),
    Column.ListOrder.SORT: ("-sort_order", "-published_at", "-id"),
    Column.ListOrder.HITS: ("-hits", "-published_at", "-id"),
    Column.ListOrder.TITLE: ("title", "id"),
}


def public_entries(now=None) -> QuerySet[Entry]:
    """Entries a visitor may see, with only the columns list pages need."""
    return Entry.objects.public(now).only(*LIST_FIELDS)


def list_column_entries(column_ids: list[int], order: str) -> QuerySet[Entry]:
    """Public entries of the given columns: pinned first, then in the column's list order."""
    return (
        public_entries()
        .filter(column_id__in=column_ids)
        .order_by("-is_pinned", *ORDERINGS.get(order, ORDERINGS[Column.ListOrder.TIME]))
    )


def list_latest(language_id: int, *, modules: list[str] | None = None, recommended=False, limit=6):
    """Latest public entries of a language, optionally of some modules or recommended only."""
    qs = public_entries().filter(language_id=language_id).exclude(module="link")
    if modules:
        qs = qs.filter(module__in=modules)
    if recommended:
        qs = qs.filter(is_recommended=True)
    return list(qs.order_by("-is_pinned", "-published_at", "-id")[:limit])


def get_public_entry(column_id: int, slug: str) -> Entry | None:
    """The public entry ``slug`` of a column, or ``None``."""
    return Entry.objects.public().filter(column_id=column_id, slug=slug).first()


def get_neighbours(entry: Entry, order: str) -> tuple[Entry | None, Entry | None]:
    """The previous and next public entries of the entry's column, in the column's order."""
    fields = ORDERINGS.get(order, ORDERINGS[Column.ListOrder.TIME])
    base = public_entries().filter(column_id=entry.column_id).exclude(pk=entry.pk)

    def after(reverse: bool) -> Q:
        # Lexicographic "comes after entry" over the ordering fields.
        q, equal = Q(), Q()
        for spec in fields:
            name = spec.lstrip("-")
            desc = spec.startswith("-") != reverse
            value = getattr(entry, name)
            step = Q(**{f"{name}__{'lt' if desc else 'gt'}": value})
            q |= equal & step
            equal &= Q(**{name: value})
        return q

    def flip(spec: str) -> str:
        return spec[1:] if spec.startswith("-") else f"-{spec}"

    previous = base.filter(after(reverse=True)).order_by(*[flip(f) for f in fields]).first()
    following = base.filter(after(reverse=False)).order_by(*fields).first()
    return previous, following


def list_translations(entry: Entry) -> list[Entry]:
    """The entry's public translations in other languages."""
    return list(
        public_entries()
        .filter(translation_key=entry.translation_key)
        .exclude(pk=entry.pk)
        .only(
            "id",
            "language_id",
            "column_id",
            "module",
            "slug",
            "title",
            "external_url",
            "read_level",
        )  # fmt: skip
    )


def list_tag_entries(tag: Tag) -> QuerySet[Entry]:
    return public_entries().filter(tags=tag).order_by("-published_at", "-id")


def list_tags(language_id: int, limit: int = 100) -> list[Tag]:
    """Tags of a language that have public entries, most used first, with ``num`` counts."""
    now = timezone.now()
    return list(
        Tag.objects.filter(language_id=language_id)
        .annotate(
            num=Count(
                "entries",
                filter=Q(
                    entries__status=Entry.Status.PUBLISHED,
                    entries__published_at__lte=now,
                    entries__deleted_at__isnull=True,
                    entries__column__is_hidden=False,
                    entries__column__hidden_by_parent=False,
                ),
            )
        )
        .filter(num__gt=0)
        .order_by("-num", "name")[:limit]
    )


def detail_modules() -> list[str]:
    """Keys of the modules whose entries have a page of their own."""
    return [m.key for m in list_modules() if m.has_entries and m.has_detail]


def indexable_entries(now=None) -> QuerySet[Entry]:
    """Entries with a public page of our own: what sitemaps and feeds may list.

    Public (published, due, not deleted, shown column), readable by everyone (the entry and its
    column), not a link out, and of a module with detail pages.
    """
    return Entry.objects.public(now).filter(
        read_level=0, column__read_level=0, external_url="", module__in=detail_modules()
    )


def count_indexable_entries(now=None) -> dict[int, int]:
    """Number of indexable entries per language id (one query)."""
    rows = (
        indexable_entries(now)
        .order_by()
        .values("language_id")
        .annotate(num=Count("id"))
        .values_list("language_id", "num")
    )
    return dict(rows)


def get_indexable_id_range(
    language_id: int, *, offset: int, limit: int, now=None
) -> tuple[int, int] | None:
    """The first and last id of the ``limit`` indexable entries after ``offset``, by id.

    One query; the page itself is then read by id range (``iter_indexable_entries``), so no
    request ever holds more than one page of rows.
    """
    bounds = (
        indexable_entries(now)
        .filter(language_id=language_id)
        .order_by("id")
        .values("id")[offset : offset + limit]
        .aggregate(lo=Min("id"), hi=Max("id"))
    )
    if bounds["lo"] is None:
        return None
    return bounds["lo"], bounds["hi"]


def _in_range(language_id: int, id_range: tuple[int, int], now) -> QuerySet[Entry]:
    return indexable_entries(now).filter(
        language_id=language_id, id__gte=id_range[0], id__lte=id_range[1]
    )


def iter_indexable_entries(
    language_id: int, id_range: tuple[int, int], now=None
) -> Iterator[tuple]:
    """Stream ``(column_id, slug, translation_key, lastmod)`` by id, where ``lastmod`` is the
    later of the last change and the publish time (a scheduled entry changes when it appears)."""
    return (
        _in_range(language_id, id_range, now)
        .order_by("id")
        .annotate(lastmod=Greatest("updated_at", "published_at"))
        .values_list("column_id", "slug", "translation_key", "lastmod")
        .iterator(chunk_size=2000)
    )


def list_indexable_translations(
    language_id: int, id_range: tuple[int, int], now=None
) -> list[tuple]:
    """``(translation_key, language_id, column_id, slug)`` of the other languages' indexable
    versions of the entries in ``id_range`` (one query)."""
    keys = _in_range(language_id, id_range, now).values("translation_key")
    return list(
        indexable_entries(now)
        .filter(translation_key__in=keys)
        .exclude(language_id=language_id)
        .values_list("translation_key", "language_id", "column_id", "slug")
    )


def iter_all_indexable_entries(language_ids, limit: int, now=None) -> Iterator[tuple]:
    """Stream ``(column_id, slug)`` of at most ``limit`` indexable entries of some languages,
    by id."""
    return (
        indexable_entries(now)
        .filter(language_id__in=language_ids)
        .order_by("id")
        .values_list("column_id", "slug")[:limit]
        .iterator(chunk_size=2000)
    )


def get_latest_publish_time(language_id: int, now=None) -> datetime | None:
    """When the language's newest public entry was published (one indexed query)."""
    return (
        indexable_entries(now)
        .filter(language_id=language_id)
        .order_by("-published_at")
        .values_list("published_at", flat=True)
        .first()
    )


def list_feed_entries(
    language_id: int, *, column_ids: list[int] | None = None, limit: int = 20
) -> list[Entry]:
    """The newest indexable entries of a language or of some columns, with their tags."""
    qs = indexable_entries().filter(language_id=language_id)
    if column_ids is not None:
        qs = qs.filter(column_id__in=column_ids)
    return list(
        qs.only(
            "id",
            "language_id",
            "column_id",
            "title",
            "slug",
            "summary",
            "body",
            "author",
            "published_at",
            "updated_at",
            "translation_key",
            "external_url",
        )  # fmt: skip
        .prefetch_related("tags")
        .order_by("-published_at", "-id")[:limit]
    )


RELATED_LIMIT = 5
RELATED_FIELDS = (
    "id", "language_id", "column_id", "module", "title", "slug", "external_url", "published_at",
    "cover",
)  # fmt: skip


def list_related(entry, tags) -> list[Entry]:
    """Up to five public entries of the entry's language sharing the most of its tags, newest
    first among equals (one query; none when the entry has no tags)."""
    if not tags:
        return []
    tag_ids = [tag.id for tag in tags]
    return list(
        public_entries()
        .filter(language_id=entry.language_id, tags__in=tag_ids)
        .exclude(pk=entry.pk)
        .exclude(module="link")
        .only(*RELATED_FIELDS)
        .annotate(shared=Count("tags"))  # counts only the joined rows: the shared tags
        .order_by("-shared", "-published_at", "-id")[:RELATED_LIMIT]
    )
