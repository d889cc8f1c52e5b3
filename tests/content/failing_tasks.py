"""A task that always fails, for the retry tests."""

from django_tasks import task

from sitecraft.core.tasks import retrying

CALLS: list[int] = []


@task()
@retrying(max_attempts=2, backoff=60)
def always_fails(value: int) -> None:
    CALLS.append(value)
    raise RuntimeError("boom")
