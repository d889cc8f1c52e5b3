"""Side effects: redirects follow renamed pages, and a changed redirect refreshes cached pages."""

from __future__ import annotations

from urllib.parse import quote

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from sitecraft.columns.models import Column
from sitecraft.columns.modules import get_module
from sitecraft.content.models import Entry
from sitecraft.redirects.models import Redirect
from sitecraft.redirects.services import add_moved_redirect
from sitecraft.sites.services import bump_generation


def _entry_path(code: str, folder: str, slug: str) -> str:
    return f"/{code}/{folder}/{quote(slug)}/"


def _has_page(module: str) -> bool:
    return get_module(module).has_detail


@receiver(post_save, sender=Redirect)
@receiver(post_delete, sender=Redirect)
def redirect_changed(sender, raw=False, **kwargs) -> None:
    # The page cache stores 301/302 answers: a changed redirect must not be served stale.
    if not raw:
        bump_generation()


@receiver(pre_save, sender=Entry)
def remember_entry_address(sender, instance: Entry, raw=False, **kwargs) -> None:
    """Note the address the entry had before this save, if it had a public page."""
    instance._redirect_from = None
    if raw or instance.pk is None:
        return
    old = (
        Entry.objects.filter(
            pk=instance.pk,
            status=Entry.Status.PUBLISHED,
            published_at__lte=timezone.now(),
            deleted_at__isnull=True,
            external_url="",
            column__is_hidden=False,
            column__hidden_by_parent=False,
        )
        .values_list("slug", "column_id", "column__folder", "column__language__code", "module")
        .first()
    )
    if old is not None and _has_page(old[4]):
        slug, column_id, folder, code, _module = old
        instance._redirect_from = (slug, column_id, _entry_path(code, folder, slug))


@receiver(post_save, sender=Entry)
def redirect_moved_entry(sender, instance: Entry, raw=False, **kwargs) -> None:
    """When a public entry's slug or column changed, send its old address to the new one."""
    before = getattr(instance, "_redirect_from", None)
    instance._redirect_from = None
    if raw or before is None or (before[0], before[1]) == (instance.slug, instance.column_id):
        return
    if instance.external_url or not _has_page(instance.module):
        return
    column = (
        Column.objects.filter(pk=instance.column_id).values_list("folder", "language__code").first()
    )
    if column is not None:
        new_path = _entry_path(column[1], column[0], instance.slug)
        add_moved_redirect(old_path=before[2], new_path=new_path)


@receiver(pre_save, sender=Column)
def remember_column_folder(sender, instance: Column, raw=False, **kwargs) -> None:
    instance._redirect_from = None
    if raw or instance.pk is None:
        return
    instance._redirect_from = (
        Column.objects.filter(pk=instance.pk, is_hidden=False, hidden_by_parent=False)
        .exclude(module="external")
        .values_list("folder", "language__code")
        .first()
    )


@receiver(post_save, sender=Column)
def redirect_moved_column(sender, instance: Column, raw=False, **kwargs) -> None:
    """When a public column's folder changed, redirect its page and its entries' pages."""
    before = getattr(instance, "_redirect_from", None)
    instance._redirect_from = None
    if raw or before is None or before[0] == instance.folder:
        return
    old_folder, code = before
    add_moved_redirect(old_path=f"/{code}/{old_folder}/", new_path=f"/{code}/{instance.folder}/")
    if not _has_page(instance.module):
        return
    slugs = (
        Entry.objects.public()
        .filter(column_id=instance.pk, external_url="")
        .values_list("slug", flat=True)
        .iterator(chunk_size=500)
    )
    for slug in list(slugs):
        add_moved_redirect(
            old_path=_entry_path(code, old_folder, slug),
            new_path=_entry_path(code, instance.folder, slug),
        )
