"""Background tasks of the content app."""

from django_tasks import task

from sitecraft.core.tasks import retrying


@task()
@retrying(max_attempts=5, backoff=10)
def entry_came_due(entry_id: int) -> None:
    """A scheduled entry's publish time has come: make every cache show it now."""
    from sitecraft.sites.services import bump_generation

    bump_generation()
