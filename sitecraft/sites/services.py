"""Writes to the site's state."""

from django.db import transaction
from django.db.models import F

from sitecraft.sites.models import SiteState


def bump_generation() -> None:
    """Mark every cached view of the site (navigation, settings, pages) as stale."""
    updated = SiteState.objects.filter(pk=1).update(generation=F("generation") + 1)
    if not updated:
        with transaction.atomic():
            SiteState.objects.get_or_create(pk=1, defaults={"generation": 2})
