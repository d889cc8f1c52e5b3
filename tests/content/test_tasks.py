"""Background tasks: scheduled publishing fires from the worker; failed tasks are retried."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from sitecraft.sites.selectors import get_generation
from tests.content import failing_tasks
from tests.factories import make_entry


@pytest.fixture(autouse=True)
def _keep_test_connection(monkeypatch):
    """The worker closes connections between tasks; the test's transaction needs its own."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def _run_worker():
    call_command("worker", batch=True, verbosity=0)


def test_scheduling_an_entry_queues_its_publication(site, django_capture_on_commit_callbacks):
    due = timezone.now() + timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        entry = make_entry(site["news"], "Coming soon", slug="coming-soon", published_at=due)
    queued = DBTaskResult.objects.get(task_path="sitecraft.content.tasks.entry_came_due")
    assert queued.run_after == due
    assert queued.args_kwargs["args"] == [entry.pk]


def test_published_entries_queue_nothing(site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(site["news"], "Now", slug="now")
    assert not DBTaskResult.objects.exists()


def test_worker_runs_due_tasks_only(site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(
            site["news"], "Later", slug="later", published_at=timezone.now() + timedelta(hours=1)
        )
    before = get_generation()
    _run_worker()
    assert get_generation() == before  # not due yet
    DBTaskResult.objects.update(run_after=timezone.now() - timedelta(seconds=1))
    _run_worker()
    assert get_generation() == before + 1
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_failed_task_is_retried_with_backoff(db):
    failing_tasks.CALLS.clear()
    failing_tasks.always_fails.enqueue(7)
    _run_worker()
    assert failing_tasks.CALLS == [7]
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after > timezone.now() + timedelta(seconds=50)
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    _run_worker()
    assert failing_tasks.CALLS == [7, 7]
    assert not DBTaskResult.objects.filter(status="READY").exists()  # gave up after 2 attempts
    assert DBTaskResult.objects.filter(status="FAILED").count() == 2
