"""Background tasks: retries with back-off for tasks of the database queue (django-tasks)."""

from __future__ import annotations

import functools
import logging
import sys
from datetime import timedelta

from django.utils import timezone

logger = logging.getLogger(__name__)


def retrying(*, max_attempts: int = 3, backoff: float = 30.0):
    """Re-enqueue a failed task up to ``max_attempts`` times, waiting longer each time.

    Apply *below* ``@task()``; the attempt number travels as the ``attempt`` keyword argument.
    """

    def decorate(func):
        @functools.wraps(func)
        def run(*args, attempt: int = 1, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception:
                if attempt >= max_attempts:
                    logger.exception("task %s failed after %d attempts", func.__name__, attempt)
                    raise
                delay = timedelta(seconds=backoff * 2 ** (attempt - 1))
                logger.warning(
                    "task %s failed; retrying in %s", func.__name__, delay, exc_info=True
                )
                # The module attribute of that name is the Task that ``@task()`` made of ``run``.
                task = getattr(sys.modules[func.__module__], func.__name__)
                task.using(run_after=timezone.now() + delay).enqueue(
                    *args, attempt=attempt + 1, **kwargs
                )
                raise

        return run

    return decorate
