"""Writes to the site's state."""

from django.db import transaction
from django.db.models import F, Min
from django.utils import timezone

from sitecraft.sites.models import SiteState


def bump_generation() -> None:
    """Mark every cached view of the site (navigation, settings, pages) as stale.

    The database generation moves inside the caller's transaction; the page cache's token is
    published only once that transaction commits, so no process can cache a page of the old
    data under the new token.
    """
    updated = SiteState.objects.filter(pk=1).update(generation=F("generation") + 1)
    if not updated:
        with transaction.atomic():
            SiteState.objects.get_or_create(pk=1, defaults={"generation": 2})
    transaction.on_commit(sync_page_token)


def next_scheduled_time() -> float | None:
    """The Unix time at which the next scheduled entry comes due, if any."""
    from sitecraft.content.models import Entry

    due = Entry.objects.filter(
        status=Entry.Status.PUBLISHED, deleted_at__isnull=True, published_at__gt=timezone.now()
    ).aggregate(due=Min("published_at"))["due"]
    return due.timestamp() if due else None


def sync_page_token() -> None:
    """Publish the current generation and the next due time to the page cache."""
    from sitecraft.web.pagecache import publish_token

    generation = SiteState.objects.filter(pk=1).values_list("generation", flat=True).first() or 0
    publish_token(generation, next_scheduled_time())
