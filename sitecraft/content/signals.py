"""Queue the work that follows a change of content."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from sitecraft.content.models import Entry


@receiver(post_save, sender=Entry)
def schedule_publication(sender, instance: Entry, raw=False, **kwargs) -> None:
    """When an entry is scheduled, have a worker refresh the caches at its publish time.

    Without a worker the page cache still shows it on the first request after that time.
    """
    if raw or instance.status != Entry.Status.PUBLISHED or instance.published_at <= timezone.now():
        return
    from sitecraft.content.tasks import entry_came_due

    due = instance.published_at
    transaction.on_commit(lambda: entry_came_due.using(run_after=due).enqueue(instance.pk))
