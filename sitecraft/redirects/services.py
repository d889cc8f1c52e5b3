"""Writes to redirects: counting hits, and redirects that follow renamed pages."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from sitecraft.redirects.models import PATH_MAX, Redirect


def record_redirect_hit(redirect: Redirect) -> None:
    """Count one use of ``redirect`` in the database (``hits = hits + 1``, no read-modify-write)."""
    Redirect.objects.filter(pk=redirect.pk).update(hits=F("hits") + 1, last_hit_at=timezone.now())


def add_moved_redirect(*, old_path: str, new_path: str) -> Redirect | None:
    """Record that the page at ``old_path`` now lives at ``new_path`` (301).

    Chains are flattened and loops removed: redirects to ``old_path`` now go straight to
    ``new_path`` (A→B plus B→C gives A→C and B→C), and a redirect *from* ``new_path`` is
    deleted, since that address is live again (A→C, then C→A deletes A→C).
    """
    if old_path == new_path or len(old_path) > PATH_MAX or len(new_path) > PATH_MAX:
        return None
    with transaction.atomic():
        Redirect.objects.filter(old_path=new_path).delete()
        Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
        redirect, _created = Redirect.objects.update_or_create(
            old_path=old_path,
            defaults={"new_path": new_path, "status": Redirect.Status.MOVED_PERMANENTLY},
        )
    return redirect
