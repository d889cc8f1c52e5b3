import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from sitecraft.publishing.services import (
    PublishError,
    default_out_dir,
    progress_printer,
    publish_site,
)


class Command(BaseCommand):
    help = _("Write the public site as static files that nginx or a CDN can serve.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--out",
            type=Path,
            default=None,
            help=_("Output directory (default: $SITECRAFT_DATA_DIR/public)."),
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=0,
            help=_("Worker processes that render pages (default: one per core)."),
        )

    def _write_progress(self, text: str) -> None:
        self.stderr.write(text, ending="")
        self.stderr.flush()

    def handle(self, *args, out, jobs, verbosity, **options):
        if jobs < 0 or jobs > 256:
            raise CommandError(_("--jobs must be between 1 and 256."))
        jobs = jobs or os.cpu_count() or 1
        progress = None
        if verbosity:
            progress = progress_printer(self._write_progress, tty=self.stderr.isatty())
        try:
            result = publish_site(out or default_out_dir(), jobs=jobs, progress=progress)
        except PublishError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            _(
                "Published %(pages)d pages and %(files)d files in all into %(out)s in "
                "%(seconds).1f s (%(rate).1f pages/s, %(jobs)d jobs); removed %(removed)d "
                "stale files."
            )
            % {
                "pages": result.pages,
                "files": result.files,
                "out": result.out_dir,
                "seconds": result.seconds,
                "rate": result.pages_per_second,
                "jobs": jobs,
                "removed": result.removed,
            }
        )
        if result.skipped and verbosity:
            self.stdout.write(
                _("Left to the app (not the same for every visitor): %(urls)s")
                % {"urls": ", ".join(result.skipped)}
            )
