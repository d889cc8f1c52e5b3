"""Reads of the site's state."""

from sitecraft.sites.models import SiteState


def get_generation() -> int:
    """Return the current change generation (one indexed primary-key read)."""
    value = SiteState.objects.filter(pk=1).values_list("generation", flat=True).first()
    return value or 0
