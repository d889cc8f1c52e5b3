"""Writes to the search index: one entry at a time (signals) or all of them (the command)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction

from sitecraft.columns.modules import get_module
from sitecraft.content.models import Entry
from sitecraft.search.analysis import MAX_INDEX_CHARS, analyze, html_to_text
from sitecraft.search.backends import get_backend
from sitecraft.search.models import SearchDocument

BATCH_SIZE = 500
INDEX_FIELDS = (
    "id", "language_id", "column_id", "module", "title", "summary", "body", "status",
    "deleted_at", "seo_keywords",
)  # fmt: skip


def is_indexable(entry: Entry) -> bool:
    """Whether an entry belongs in the index: published, not deleted, of a searchable module.

    Publish time, hidden columns and read levels change without touching the entry, so they
    are checked when searching, not here.
    """
    module = get_module(entry.module)
    return (
        entry.status == Entry.Status.PUBLISHED
        and entry.deleted_at is None
        and module.has_entries
        and module.searchable
    )


def build_document(entry: Entry, tag_names: Iterable[str]) -> SearchDocument:
    """The index row of an entry: terms of its title, summary, body and tags."""
    # Saving an entry and then adding its tags one by one re-indexes the same instance each
    # time: analyse its text once per version of it.
    key = (entry.title, entry.summary, entry.body)
    cached = getattr(entry, "_search_terms", None)
    if cached is None or cached[0] != key:
        text = " ".join([entry.summary, html_to_text(entry.body)])
        cached = (key, analyze(entry.title), analyze(text, limit=MAX_INDEX_CHARS))
        entry._search_terms = cached
    _key, title_terms, text_terms = cached
    terms = title_terms + text_terms + analyze(" ".join(tag_names))
    return SearchDocument(
        entry_id=entry.pk,
        language_id=entry.language_id,
        module=entry.module,
        column_id=entry.column_id,
        title_terms=" ".join(title_terms),
        terms=" ".join(terms),
    )


def index_entry(entry: Entry) -> None:
    """Bring the index up to date with one entry (add, replace or remove its document)."""
    if not is_indexable(entry):
        remove_entry(entry.pk)
        return
    tag_names = entry.tags.values_list("name", flat=True)
    get_backend().index([build_document(entry, tag_names)])


def index_entries(entry_ids: Iterable[int]) -> None:
    """Re-index some entries by id (after their tags changed)."""
    ids = list(entry_ids)
    for start in range(0, len(ids), BATCH_SIZE):
        _index_batch(Entry.objects.filter(pk__in=ids[start : start + BATCH_SIZE]), removals=True)


def remove_entry(entry_id: int) -> None:
    """Drop an entry's document."""
    get_backend().remove([entry_id])


def _index_batch(queryset, *, removals: bool) -> tuple[int, int]:
    """Index a batch of entries; return how many were read and how many indexed."""
    entries = list(queryset.only(*INDEX_FIELDS).prefetch_related("tags"))
    keep = [e for e in entries if is_indexable(e)]
    backend = get_backend()
    backend.index(build_document(e, [t.name for t in e.tags.all()]) for e in keep)
    if removals:
        backend.remove(e.pk for e in entries if not is_indexable(e))
    return len(entries), len(keep)


@transaction.atomic
def rebuild_index(progress: Callable[[int, int], None] | None = None) -> int:
    """Empty the index and index every published entry again, in batches of 500.

    ``progress(done, total)`` is called after each batch with the entries read so far. Returns
    the number of entries indexed.
    """
    backend = get_backend()
    backend.clear()
    candidates = Entry.objects.filter(status=Entry.Status.PUBLISHED, deleted_at__isnull=True)
    total = candidates.count()
    done = indexed = 0
    if progress:
        progress(0, total)
    ids = candidates.order_by("pk").values_list("pk", flat=True).iterator(chunk_size=BATCH_SIZE)
    batch: list[int] = []
    for position, pk in enumerate(ids, 1):
        batch.append(pk)
        if len(batch) == BATCH_SIZE or position == total:
            read, written = _index_batch(Entry.objects.filter(pk__in=batch), removals=False)
            done, indexed, batch = done + read, indexed + written, []
            if progress:
                progress(done, total)
    if batch:  # entries published while we were reading
        indexed += _index_batch(Entry.objects.filter(pk__in=batch), removals=False)[1]
    if hasattr(backend, "rebuild_structures"):
        backend.rebuild_structures()
    return indexed
