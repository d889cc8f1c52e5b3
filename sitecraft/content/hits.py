"""Buffered view counters: a page view never turns into a database write of its own.

Views are counted in memory per process and written in one batch at most every
``FLUSH_INTERVAL`` seconds (and at exit), with ``UPDATE … SET hits = hits + n`` — no
read-modify-write, no model signals, so counting never invalidates cached pages.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import Counter

logger = logging.getLogger(__name__)

FLUSH_INTERVAL = 10.0
HEADER = "X-Sitecraft-Entry"

_lock = threading.Lock()
_pending: Counter[int] = Counter()
_last_flush = time.monotonic()


def record_hit(entry_id: int) -> None:
    """Count one view of ``entry_id``; flush the buffer when it is due."""
    global _last_flush
    with _lock:
        _pending[entry_id] += 1
        due = time.monotonic() - _last_flush >= FLUSH_INTERVAL
        if due:
            _last_flush = time.monotonic()
    if due:
        flush_hits()


def pending_hits() -> dict[int, int]:
    with _lock:
        return dict(_pending)


def flush_hits() -> int:
    """Write the buffered counts; return how many entries were updated."""
    from django.db import DatabaseError
    from django.db.models import F

    from sitecraft.content.models import Entry

    with _lock:
        batch = dict(_pending)
        _pending.clear()
    written = 0
    for entry_id, count in batch.items():
        try:
            written += Entry.objects.filter(pk=entry_id).update(hits=F("hits") + count)
        except DatabaseError:
            logger.warning("could not write %d view(s) of entry %s", count, entry_id, exc_info=True)
            with _lock:
                _pending[entry_id] += count  # keep them for the next flush
    return written


@atexit.register
def _flush_at_exit() -> None:
    if _pending:
        try:
            flush_hits()
        except Exception:  # noqa: BLE001 - the interpreter is going away; never raise here
            logger.warning("could not write view counts at exit", exc_info=True)
