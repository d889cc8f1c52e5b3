"""``sitecraft rebuild_search_index``: index every published entry again."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from sitecraft.search.services import rebuild_index

BAR_WIDTH = 30


class Command(BaseCommand):
    help = _("Rebuild the site search index from the published entries.")

    def handle(self, *args, verbosity=1, **options):
        started = time.monotonic()
        show = verbosity > 0

        def progress(done: int, total: int) -> None:
            if not show:
                return
            elapsed = max(time.monotonic() - started, 1e-6)
            filled = BAR_WIDTH * done // total if total else BAR_WIDTH
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            rate = done / elapsed
            rate_text = _("%(rate).0f entries/s") % {"rate": rate}
            # Redrawn in place: a carriage return and no newline until the end.
            self.stderr.write(f"\r[{bar}] {done}/{total} {rate_text}", ending="")
            self.stderr.flush()

        count = rebuild_index(progress=progress)
        if show:
            self.stderr.write("")
            self.stdout.write(
                _("Indexed %(count)d entries in %(seconds).1f s.")
                % {"count": count, "seconds": time.monotonic() - started}
            )
