"""Keep the search index current when entries, their tags, or tag names change."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from sitecraft.content.models import Entry, Tag
from sitecraft.search import services


@receiver(post_save, sender=Entry, dispatch_uid="search_entry_saved")
def entry_saved(sender, instance: Entry, raw=False, **kwargs) -> None:
    # Fixtures (raw saves) are loaded without side effects: rebuild the index after them.
    if not raw:
        services.index_entry(instance)


@receiver(post_delete, sender=Entry, dispatch_uid="search_entry_deleted")
def entry_deleted(sender, instance: Entry, **kwargs) -> None:
    services.remove_entry(instance.pk)


@receiver(m2m_changed, sender=Entry.tags.through, dispatch_uid="search_entry_tags")
def entry_tags_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action == "pre_clear" and reverse:
        # tag.entries.clear(): remember whose tags change, the rows are gone afterwards.
        instance._search_entry_ids = list(instance.entries.values_list("pk", flat=True))
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        services.index_entry(instance)
    elif action == "post_clear":
        services.index_entries(getattr(instance, "_search_entry_ids", []))
    else:
        services.index_entries(pk_set or [])


@receiver(post_save, sender=Tag, dispatch_uid="search_tag_saved")
def tag_saved(sender, instance: Tag, created=False, raw=False, **kwargs) -> None:
    if not created and not raw:
        services.index_entries(instance.entries.values_list("pk", flat=True))


@receiver(pre_delete, sender=Tag, dispatch_uid="search_tag_deleting")
def tag_deleting(sender, instance: Tag, **kwargs) -> None:
    instance._search_entry_ids = list(instance.entries.values_list("pk", flat=True))


@receiver(post_delete, sender=Tag, dispatch_uid="search_tag_deleted")
def tag_deleted(sender, instance: Tag, **kwargs) -> None:
    services.index_entries(getattr(instance, "_search_entry_ids", []))
